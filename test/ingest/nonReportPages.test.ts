import { describe, expect, it } from 'vitest';
import {
  isProgrammeListing,
  isRunningOrder,
  nonReport,
  readersPostsStart,
  runningOrderItems,
} from '../../src/ingest/nonReportPages.ts';

/** Sentences of a news report: third person, past tense, no one speaking of "I". */
const REPORT_SENTENCE = [
  'Police arrested five protesters in the capital on Monday.',
  'The government said the curfew would stay in force until the end of the week.',
  'Rescue teams pulled two survivors from the rubble of a collapsed school.',
  'The United Nations appealed for more aid for the region.',
  'Officials said the death toll had risen to 120.',
];
/** A reader's post: first person singular, a private life. */
const POST_SENTENCE = [
  'My great grandfather was born in the village in 1819 and married there in 1840.',
  'I am looking for any information about his brothers, who emigrated to Canada.',
  'She had four children, and the family moved to the coast after her husband died.',
  'Can anyone help me find the record of their marriage?',
  'I believe my grandmother kept a shop in the main street.',
];
const repeat = (sentences: string[], chars: number): string => {
  const out: string[] = [];
  for (let n = 0, i = 0; n < chars; i++) {
    const s = sentences[i % sentences.length]!;
    out.push(s);
    n += s.length + 1;
  }
  return out.join(' ');
};

describe('isProgrammeListing', () => {
  it('takes a page of credits and time slots for a listing, not a report quoting one', () => {
    expect(
      isProgrammeListing(
        'Presenter/Zoe Ball, Producer/Ben Walker. 7.00-10.30 pm. Presenter/Jo Whiley 9.00am-12.00noon.',
      ),
    ).toBe(true);
    expect(isProgrammeListing('The show, from 7.00-10.30 pm, was presented by Zoe Ball.')).toBe(false);
  });
});

describe('isRunningOrder', () => {
  const notes = [
    'PLEASE NOTE: We are unable to offer transcripts for our programme interviews.',
    'Today is broadcast live and the running order is subject to change.',
  ];
  const items = [
    'Hundreds of people are feared dead after an earthquake. Thousands are injured. Dr Ann Lee, head of seismic hazard at the Geological Survey, examines the cause of the quake.',
    'The Conservatives are calling for changes to labels on drinks. They say units are misunderstood. Shadow health secretary John Smith discusses the policy.',
    'Finland has extended its anti-tobacco laws. Shops may no longer display cigarettes. Paul Henley reports from Helsinki.',
    'The first day of the fishing season begins today. Anglers are urged to release their catch. James Cook reports from the river.',
    'Should the UK follow the US in imposing a levy on banks? Vince Cable, a Liberal Democrat, and Terry Smith, a broker, debate whether a levy could work.',
    'Business news with Adam Shaw.',
  ];
  const page = [...notes, ...items].join(' ');
  it('takes item after item closed by who discusses it on air for a running order', () => {
    expect(isRunningOrder(page)).toBe(true);
    expect(nonReport(page)).toEqual({ from: 0, reason: 'running order' });
  });

  it('takes a report with a clip or two for a report', () => {
    const clip = `${repeat(REPORT_SENTENCE, 1200)} Paul Henley reports from Helsinki. The BBC's Jim Muir reports from Beirut.`;
    expect(isRunningOrder(clip)).toBe(false);
    // Four items are not enough: a page of clips may have that many.
    expect(isRunningOrder([...notes, ...items.slice(0, 4), ...REPORT_SENTENCE].join(' '))).toBe(false);
  });

  // The diplomacy report of review16, item 3: "X met with Y" is no programme's segment.
  const diplomacy = [
    'Clinton met with Lavrov, the foreign minister, in Moscow on Tuesday.',
    'The two discussed arms control and Iran.',
    'She later had dinner with Medvedev.',
    'Obama spoke by phone with Netanyahu, officials said.',
    'The call lasted an hour.',
    'Secretary Gates met with Serdyukov, the defence minister, in Washington.',
    'They agreed to resume military contacts.',
    'Admiral Mullen held talks with Makarov.',
    'The talks were described as constructive.',
  ];
  it('takes a report of who met with whom for a report, short or long', () => {
    expect(isRunningOrder(diplomacy.join(' '))).toBe(false);
    expect(nonReport(diplomacy.join(' '))).toBeUndefined();
    // Twice as long, past the fewest sentences of a running order, and a name alone before "with".
    const long = [...diplomacy, ...diplomacy, 'Lavrov met with Clinton.', 'Medvedev thanked Mrs Clinton.'];
    expect(runningOrderItems(long.join(' '))).toBe(0);
    expect(isRunningOrder(long.join(' '))).toBe(false);
  });

  it("counts closing lines only after a story, and takes no short page's lines for a running order", () => {
    // Closing-like lines in a row, with no story between: one item, not five.
    const lines = [
      'Prosecutor David Walgren describes the last hours of the singer.',
      'Defence lawyer Ed Chernoff describes the doctor as a caring man.',
      'Nurse Cherilyn Lee describes the singer asking for the drug.',
      'Security guard Alberto Alvarez describes the scene in the bedroom.',
      'Paramedic Richard Senneff describes the attempt to revive him.',
    ];
    const trial = [...REPORT_SENTENCE, ...lines, ...REPORT_SENTENCE, ...REPORT_SENTENCE].join(' ');
    expect(runningOrderItems(trial)).toBe(1);
    expect(isRunningOrder(trial)).toBe(false);
    // Five items of a story and a close, but fourteen sentences in all: too short for a programme's page.
    expect(isRunningOrder(`${items.slice(0, 4).join(' ')} ${items[4]!}`)).toBe(false);
  });
});

describe('readersPostsStart', () => {
  it('takes a page of first-person posts far longer than an article for readers posts, whole', () => {
    const page = `Are you trying to trace your family tree? Post a query here. ${repeat(POST_SENTENCE, 60_000)}`;
    expect(readersPostsStart(page)).toBe(0);
    expect(nonReport(page)).toEqual({ from: 0, reason: "readers' posts" });
  });

  it('keeps the report before the posts', () => {
    const report = repeat(REPORT_SENTENCE, 4000);
    const page = `${report} ${repeat(POST_SENTENCE, 60_000)}`;
    const from = readersPostsStart(page);
    // The cut falls at a window of sentences: within twenty sentences of where the posts begin.
    expect(from).toBeGreaterThan(report.length - 1300);
    expect(from).toBeLessThanOrEqual(report.length + 1);
  });

  it('takes no Roman numeral "I" for the first person', () => {
    // A long history feature: kings and wars numbered "I" in every other sentence.
    const history = repeat(
      [
        'The treaty that ended World War I redrew the map of the region.',
        'Veterans of the war returned to farms and factories.',
        'Queen Elizabeth I granted the town its charter in 1573.',
        'The market grew around the new harbour.',
        'The Phase I trials of the vaccine began in the spring.',
      ],
      60_000,
    );
    expect(readersPostsStart(history)).toBe(-1);
    // The speaker after a sentence's first word, or alone, is still first person.
    const posts = repeat(
      ['When I was a boy the harbour was full.', 'Yesterday I found his grave.', 'It rained.'],
      60_000,
    );
    expect(readersPostsStart(posts)).toBe(0);
  });

  it('takes neither a short page of posts nor a long report quoting witnesses for posts', () => {
    expect(readersPostsStart(repeat(POST_SENTENCE, 20_000))).toBe(-1);
    // A long report where every fourth sentence is a witness speaking of "I".
    const witnesses = repeat([...REPORT_SENTENCE.slice(0, 3), POST_SENTENCE[1]!], 80_000);
    expect(readersPostsStart(witnesses)).toBe(-1);
    expect(nonReport(witnesses)).toBeUndefined();
  });
});
