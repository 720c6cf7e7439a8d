import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

const texts = (t: string) => segmentSentences(t).map((s) => s.text);

describe('segmentSentences', () => {
  it('keeps a name that closes a relative clause set off by commas in its sentence', () => {
    expect(
      texts(
        'Aid is needed. The singer, who gained fame as a member of hip-hop trio The Fugees, was born in Haiti in 1972.',
      ),
    ).toEqual([
      'Aid is needed.',
      'The singer, who gained fame as a member of hip-hop trio The Fugees, was born in Haiti in 1972.',
    ]);
  });

  it('takes a piece written in capitals only for a headline', () => {
    const s = segmentSentences(
      'Troops fight militias in Mali streets HAITI CRIPPLED BY DEVASTATING EARTHQUAKE Haiti was hit by a quake. AND THEY WILL SPEAK OUT ON ELECTION DAY.',
    );
    expect(s.map((x) => [x.text, x.heading])).toEqual([
      ['Troops fight militias in Mali streets', true],
      ['HAITI CRIPPLED BY DEVASTATING EARTHQUAKE', true],
      ['Haiti was hit by a quake.', false],
      ['AND THEY WILL SPEAK OUT ON ELECTION DAY.', true],
    ]);
  });
  it('keeps abbreviations, initials, decimals and numbers inside sentences', () => {
    expect(
      texts(
        'Mr. Karimi met Gen. Smith in the U.S. on Jan. 5 at 9 a.m. local time. Prices rose 3.5 percent. No. 3 won.',
      ),
    ).toEqual([
      'Mr. Karimi met Gen. Smith in the U.S. on Jan. 5 at 9 a.m. local time.',
      'Prices rose 3.5 percent.',
      'No. 3 won.',
    ]);
    expect(texts('J. K. Rowling wrote it. It sold well.')).toEqual([
      'J. K. Rowling wrote it.',
      'It sold well.',
    ]);
  });

  it('keeps a decimal after a word whole, and ends a sentence an abbreviation closes with two periods', () => {
    const decimal =
      'Scientists predicted in 2008 that a magnitude-7.2 earthquake would result. In 1946, a M8.1 quake hit the island.';
    expect(texts(decimal)).toEqual([
      'Scientists predicted in 2008 that a magnitude-7.2 earthquake would result.',
      'In 1946, a M8.1 quake hit the island.',
    ]);
    expect(
      texts('Crude oil washes ashore in Orange Beach, Ala.. The oil was often hidden. Officials said so.'),
    ).toEqual([
      'Crude oil washes ashore in Orange Beach, Ala..',
      'The oil was often hidden.',
      'Officials said so.',
    ]);
    // Before a name the abbreviation's period is its own: no sentence ends there.
    const name =
      'Rescuers prepare it for transport from the Ft.. Jackson Wildlife Rehabilitation Center in Buras.';
    expect(texts(name)).toEqual([name]);
    // Nor before a one-word name a noun phrase goes on from.
    expect(texts('Oil reached Ft.. Lauderdale beaches on Monday. The slick grew.')).toEqual([
      'Oil reached Ft.. Lauderdale beaches on Monday.',
      'The slick grew.',
    ]);
    const dix = 'The flu was found at a military installation in Ft.. Dix, New Jersey, in 1976.';
    expect(texts(dix)).toEqual([dix]);
    // A clause opened by a word that is no name, a word of the language in capitals, or a name and
    // its verb or possessive, starts a sentence.
    expect(texts('Oil washed up near Pensacola, Fla.. Tar balls were found.')).toEqual([
      'Oil washed up near Pensacola, Fla..',
      'Tar balls were found.',
    ]);
    expect(texts('The page belongs to Network, Inc.. All materials are copyrighted.')).toEqual([
      'The page belongs to Network, Inc..',
      'All materials are copyrighted.',
    ]);
    expect(
      texts(
        "It paid the Marine Spill Response Corp.. MSRC's spending was $88 million. Waves hit Pensacola Beach, Fla.. Waves of tar blobs washed ashore.",
      ),
    ).toEqual([
      'It paid the Marine Spill Response Corp..',
      "MSRC's spending was $88 million.",
      'Waves hit Pensacola Beach, Fla..',
      'Waves of tar blobs washed ashore.',
    ]);
    expect(texts('The chips came from Acme, Inc.. Smith said the order was late.')).toEqual([
      'The chips came from Acme, Inc..',
      'Smith said the order was late.',
    ]);
    // A company's legal form after the doubled period is the name's last word.
    const legal = 'Site owner Taylor Energy Co.. LLC said in a written statement that a platform collapsed.';
    expect(texts(legal)).toEqual([legal]);
    // … and its doubled period is the abbreviation's, no token of its own that would end the name.
    expect(
      segmentSentences(legal)[0]!
        .tokens.map((t) => t.text)
        .slice(2, 6),
    ).toEqual(['Taylor', 'Energy', 'Co..', 'LLC']);
  });

  it('gives a closing quote after the period to its sentence', () => {
    expect(texts('He said: “We will fight.” Then he left. She said "No." They went.')).toEqual([
      'He said: “We will fight.”',
      'Then he left.',
      'She said "No."',
      'They went.',
    ]);
  });

  it('does not split a quotation that runs over several sentences', () => {
    expect(texts('“It is over. We won,” he said. Next.')).toEqual([
      '“It is over. We won,” he said.',
      'Next.',
    ]);
  });

  it('splits glued text from undone tokenization', () => {
    expect(texts('It was useless.The move failed. "Why?" he asked.')).toEqual([
      'It was useless.',
      'The move failed.',
      '"Why?" he asked.',
    ]);
  });

  it('treats datelines, headings, bullets and blank lines as boundaries, with offsets into the text', () => {
    const text =
      'KABUL\n\n- Forces attacked the base. Nine died\n\nHotter after the lull\n\nThe war goes on.';
    const s = segmentSentences(text);
    expect(s.map((x) => x.text)).toEqual([
      'KABUL',
      'Forces attacked the base.',
      'Nine died',
      'Hotter after the lull',
      'The war goes on.',
    ]);
    expect(s.map((x) => x.heading)).toEqual([true, false, false, true, false]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(new Set(s.map((x) => x.paragraph)).size).toBe(4);
  });

  it('keeps wire datelines, photo credits (anywhere) and glued headlines apart as headings', () => {
    const text =
      'BURAS, Louisiana | Sun Jun 20 (Reuters) - BP estimates the flow. Photograph: Pete Souza\\/White House BP will pay.';
    const s = segmentSentences(text);
    expect(s.map((x) => [x.heading, x.text])).toEqual([
      [true, 'BURAS, Louisiana | Sun Jun 20 (Reuters) -'],
      [false, 'BP estimates the flow.'],
      [true, 'Photograph: Pete Souza\\/White House'],
      [false, 'BP will pay.'],
    ]);
    const credit = segmentSentences(
      'Photograph: Charles Dharapak\\/AP\\/PA Michelle Obama visited the coast.',
    );
    expect(credit.map((x) => [x.heading, x.text])).toEqual([
      [true, 'Photograph: Charles Dharapak\\/AP\\/PA'],
      [false, 'Michelle Obama visited the coast.'],
    ]);
    const byline = segmentSentences(
      'Divisions laid bare as Arab League meets By Wyre Davies BBC Middle East correspondent, Baghdad At the summit Mr Maliki warned of war.',
    );
    expect(byline.map((x) => [x.heading, x.text])).toEqual([
      [
        true,
        'Divisions laid bare as Arab League meets By Wyre Davies BBC Middle East correspondent, Baghdad',
      ],
      [false, 'At the summit Mr Maliki warned of war.'],
    ]);
    const glued = segmentSentences(
      'Family devastated by death of flu victim The son of Jacqui Fleming has died.',
    );
    expect(glued.map((x) => [x.heading, x.text])).toEqual([
      [true, 'Family devastated by death of flu victim'],
      [false, 'The son of Jacqui Fleming has died.'],
    ]);
  });
});

describe('segmentSentences on captions that are clauses', () => {
  it('splits a caption clause from the lead glued to it, and a profile box line from its text', () => {
    expect(
      segmentSentences(
        'Dozens of peacekeepers and officials are missing Officials in Dhaka have made contact with six of their policemen.',
      ).map((x) => x.text),
    ).toEqual([
      'Dozens of peacekeepers and officials are missing',
      'Officials in Dhaka have made contact with six of their policemen.',
    ]);
    expect(
      segmentSentences(
        'He was one of four killed. Hisham Ikhtiar, director of the National Security Bureau (NSB) Born in 1941, Gen Ikhtiar was the head of the bureau.',
      ).map((x) => x.text),
    ).toEqual([
      'He was one of four killed.',
      'Hisham Ikhtiar, director of the National Security Bureau (NSB)',
      'Born in 1941, Gen Ikhtiar was the head of the bureau.',
    ]);
  });
});

describe('segmentSentences on a standfirst glued to the lead', () => {
  it('keeps its bullets and its time stamp apart as headings, though a decimal point is in them', () => {
    const sentences = segmentSentences(
      "cents BP's total spill spending so far hits $2.65bn cents Tony Hayward not resigning says BP The total figure is up from Friday's figure of $2.35bn. BP has paid out more than $128m.",
    );
    expect(sentences.map((x) => [x.heading, x.text])).toEqual([
      [true, "BP's total spill spending so far hits $2.65bn"],
      [true, 'Tony Hayward not resigning says BP'],
      [false, "The total figure is up from Friday's figure of $2.35bn."],
      [false, 'BP has paid out more than $128m.'],
    ]);
    expect(
      segmentSentences(
        'Energy firm beats expectations with profit Tuesday 27 April 2010 08.47 BST BP has smashed City forecasts with a 135% jump in profits.',
      ).map((x) => [x.heading, x.text]),
    ).toEqual([
      [true, 'Energy firm beats expectations with profit'],
      [true, 'Tuesday 27 April 2010 08.47 BST'],
      [false, 'BP has smashed City forecasts with a 135% jump in profits.'],
    ]);
  });
});

describe("segmentSentences on a reporter's byline", () => {
  it('keeps a byline with its role before the outlet apart as a heading', () => {
    expect(
      segmentSentences(
        'By Richard Anderson Business reporter, BBC News BP has suffered a number of controversies in recent years.',
      ).map((x) => [x.heading, x.text]),
    ).toEqual([
      [true, 'By Richard Anderson Business reporter, BBC News'],
      [false, 'BP has suffered a number of controversies in recent years.'],
    ]);
  });
});

describe('segmentSentences on run-on text', () => {
  it('cuts a sentence without an end into pieces no longer than MAX_SENTENCE, losing nothing', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
    const sentences = segmentSentences(text);
    expect(sentences.length).toBeGreaterThan(5);
    for (const s of sentences) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(sentences.map((s) => s.text).join(' ')).toBe(text);
  });
});

describe('segmentSentences after a state abbreviation closed twice', () => {
  it('ends the sentence before a name and a noun ("Fla.. BP officials"), not after "Ft.."', () => {
    expect(
      segmentSentences('Tar balls reached Pensacola, Fla.. BP officials said the spill was contained.').map(
        (s) => s.text,
      ),
    ).toEqual(['Tar balls reached Pensacola, Fla..', 'BP officials said the spill was contained.']);
  });
});

describe('segmentSentences at a line break after a line without final punctuation', () => {
  it('ends a caption, a graphic label or a list item at its line, not inside the sentence after', () => {
    const graphic =
      'The Turkish jet took off from Malatya at 10:00 local time and flew south along the coast towards Syria\nSyria says the jet enters its airspace at 11:40 and it is shot down by anti-aircraft fire soon after\nTurkey says the jet was hit in international airspace. The two pilots are missing.';
    expect(texts(graphic)).toEqual([
      'The Turkish jet took off from Malatya at 10:00 local time and flew south along the coast towards Syria',
      'Syria says the jet enters its airspace at 11:40 and it is shot down by anti-aircraft fire soon after',
      'Turkey says the jet was hit in international airspace.',
      'The two pilots are missing.',
    ]);
  });

  it('goes on past a line a comma or a joining word ends, or before one in small letters', () => {
    for (const text of [
      'The company said it would pay the claims of fishermen and others hurt by the spill in full,\nTony Hayward said on Monday.',
      'The company said it would pay the claims of fishermen and others hurt by the spill in full and\nTony Hayward said so on Monday.',
      'The company said it would pay the claims of fishermen and others hurt by the spill in full\nbecause Tony Hayward said so on Monday.',
    ])
      expect(texts(text)).toEqual([text]);
  });
});
