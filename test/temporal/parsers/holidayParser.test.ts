import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';
import { runCases } from '../cases.ts';

describe('movableHolidayParser, DCT 2000-04-17 (Monday of Holy Week)', () => {
  runCases('2000-04-17', [
    // Easter week is the ISO week ending on Easter Sunday; read on its Monday it is under way.
    {
      text: 'Protesters prayed for divine help as Easter week began.',
      surface: 'Easter week',
      value: '2000-W16',
      precision: 'week',
      rangeStart: '2000-04-17',
    },
    { text: 'Pilgrims filled Jerusalem for Holy Week.', surface: 'Holy Week', value: '2000-W16' },
    { text: 'The pope will say Mass on Easter Sunday.', surface: 'Easter Sunday', value: '2000-04-23' },
    { text: 'Shops will close on Good Friday.', surface: 'Good Friday', value: '2000-04-21' },
    // Past tense looks back: the Good Friday a year ago, not the one this week.
    { text: 'The bomb exploded on Good Friday.', surface: 'Good Friday', value: '1999-04-02' },
    { text: 'Crowds gathered on Palm Sunday.', surface: 'Palm Sunday', value: '2000-04-16' },
    { text: 'He plans to fly home before Passover.', surface: 'Passover', value: '2000-04-20' },
    { text: 'Orthodox Easter will fall a week later.', surface: 'Orthodox Easter', value: '2000-04-30' },
    { text: 'The talks ended on Easter 1999.', surface: 'Easter 1999', value: '1999-04-04', anchor: 'none' },
    { text: 'Prices rose after last Easter.', surface: 'last Easter', value: '1999-04-04' },
    { text: 'It reopens next Thanksgiving.', surface: 'next Thanksgiving', value: '2000-11-23' },
    { text: 'The boy was found on Thanksgiving Day.', surface: 'Thanksgiving Day', value: '1999-11-25' },
    { text: 'Sales slumped after Chinese New Year.', surface: 'Chinese New Year', value: '2000-02-05' },
    {
      text: 'Families traveled home for the Spring Festival.',
      surface: 'the Spring Festival',
      value: '2000-02-05',
    },
  ]);
});

describe('movableHolidayParser, US civic holidays', () => {
  runCases('1998-10-26', [
    {
      text: 'It is going to be a theme of our campaign from now to Election Day.',
      surface: 'Election Day',
      value: '1998-11-03',
    },
    { text: 'The strike began on Labor Day.', surface: 'Labor Day', value: '1998-09-07' },
    // A Monday holiday's weekend is the one before it.
    {
      text: 'Traffic deaths over the Labor Day weekend rose.',
      surface: 'the Labor Day weekend',
      value: '1998-W36-WE',
      rangeStart: '1998-09-05',
    },
    { text: 'A "Labor Day sale" drew crowds on Labor Day.', surface: 'Labor Day', value: '1998-09-07' },
    { text: 'The bill was signed on Memorial Day.', surface: 'Memorial Day', value: '1998-05-25' },
    {
      text: 'They marched on Martin Luther King Jr. Day.',
      surface: 'Martin Luther King Jr. Day',
      value: '1998-01-19',
    },
    // No tense cue: the nearest one, here the coming January's.
    { text: 'MLK Day remains a school holiday.', surface: 'MLK Day', value: '1999-01-18' },
    { text: 'Markets were closed for Presidents’ Day.', surface: 'Presidents’ Day', value: '1998-02-16' },
    { text: 'She called on Mother’s Day.', surface: 'Mother’s Day', value: '1998-05-10' },
    { text: 'He called on Father’s Day.', surface: 'Father’s Day', value: '1998-06-21' },
    { text: 'The Thanksgiving weekend is busy.', surface: 'The Thanksgiving weekend', value: '1998-W48-WE' },
    // "the" belongs to "parade", not to the holiday.
    { text: 'Crowds lined the Thanksgiving Day parade.', surface: 'Thanksgiving Day', value: '1997-11-27' },
  ]);
});

describe('holidayParser (fixed dates)', () => {
  runCases('1998-10-26', [
    { text: 'The memorial will be dedicated on Veterans Day.', surface: 'Veterans Day', value: '1998-11-11' },
    { text: 'The tsunami struck on Boxing Day, 2004.', surface: 'Boxing Day, 2004', value: '2004-12-26' },
  ]);

  runCases('2022-09-01', [
    { text: 'Kabul marked Afghan Independence Day.', surface: 'Independence Day', value: '2022-08-19' },
    {
      text: "Crowds met on Afghanistan's 103rd Independence Day.",
      surface: 'Independence Day',
      value: '2022-08-19',
    },
    { text: "Flags flew on Pakistan's Independence Day.", surface: 'Independence Day', value: '2022-08-14' },
    { text: 'Fireworks lit up Independence Day.', surface: 'Independence Day', value: '2022-07-04' },
  ]);

  it.each([
    ['They sailed to Easter Island on Monday.', 'Easter'],
    ['Children hunted Easter eggs on Monday.', 'Easter'],
    ['The Good Friday agreement was debated on Monday.', 'Good Friday'],
    ['Veterans of the Yom Kippur War met on Monday.', 'Yom Kippur'],
    ['The ship docked at Christmas Island on Monday.', 'Christmas'],
    ['The bill became a Christmas tree of favors on Monday.', 'Christmas'],
    ['Turnout on election day was low on Monday.', 'election day'],
    ['Officials said the memorial day of mourning was Monday.', 'memorial day'],
  ])('does not read a name or lower-case phrase as a holiday: %s', (text, name) => {
    const results = tag(text, { reference: '1998-10-26' });
    expect(results.some((r) => r.text.includes(name))).toBe(false);
    expect(results.some((r) => r.text === 'Monday')).toBe(true);
  });

  it('does not tag a holiday before its rule existed', () => {
    expect(tag('He was born on Martin Luther King Day in 1950.', { reference: '1951-06-01' })).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ text: 'Martin Luther King Day' })]),
    );
  });
});

describe('movableHolidayParser, a break named after a holiday', () => {
  it('reads "the Easter holidays" as about two weeks around Easter, not Easter Sunday', () => {
    const [easter] = tag('A pupil who visited the US during the Easter holidays was diagnosed.', {
      reference: '2009-05-04',
    });
    expect(easter).toMatchObject({ text: 'Easter', value: '2009-W15', precision: 'week', mod: 'APPROX' });
    expect(easter?.range).toEqual({ start: '2009-04-05', end: '2009-04-19' });
  });

  it('keeps a holiday named by "holiday" in the singular its day', () => {
    const [day] = tag('Obama spent the Memorial Day holiday golfing.', { reference: '2010-06-19' });
    expect(day).toMatchObject({ value: '2010-05-31', precision: 'day' });
  });
});
