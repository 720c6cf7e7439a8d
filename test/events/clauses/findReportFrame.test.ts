import { describe, expect, it } from 'vitest';
import {
  findReportFrame,
  frameAfterAside,
  quotedRanges,
} from '../../../src/events/clauses/findReportFrame.ts';

describe('findReportFrame', () => {
  it('splits "X said (yesterday) that …" into the frame and the reported words', () => {
    const text = 'The MoD stated yesterday that the dispute has ended.';
    const f = findReportFrame(text)!;
    expect(text.slice(0, f.frameEnd)).toBe('The MoD stated yesterday');
    expect(text.slice(f.contentStart)).toBe('the dispute has ended.');
  });

  it('finds the frame without "that", keeping a day after the verb in the frame', () => {
    const text = 'BP said on Monday it had collected 10,500 barrels of oil.';
    const f = findReportFrame(text)!;
    expect(text.slice(0, f.frameEnd)).toBe('BP said on Monday');
    expect(text.slice(f.contentStart)).toBe('it had collected 10,500 barrels of oil.');
  });

  it('finds "told <addressee>" without "that"', () => {
    const text = 'Spokesman Sami al-Kurdi told Reuters news agency the FSA had begun attacking soldiers.';
    const f = findReportFrame(text)!;
    expect(text.slice(0, f.frameEnd)).toBe('Spokesman Sami al-Kurdi told Reuters news agency');
    expect(text.slice(f.contentStart)).toBe('the FSA had begun attacking soldiers.');
    expect(findReportFrame('He told the story of the siege.')).toBeUndefined();
  });

  it('is not fooled by a noun "reports of" or an inverted attribution', () => {
    expect(findReportFrame('Following reports of clashes in Balkhab, calm returned.')).toBeUndefined();
    expect(findReportFrame('Three soldiers died in the blast, said the ministry.')).toBeUndefined();
  });

  it('finds the frame without "that" past an aside between the speaker and the saying', () => {
    const text = 'A provincial official, who spoke on condition of anonymity, said 12 militants were killed.';
    // (findReportFrame takes the comma before "said" for an inverted attribution's.)
    expect(findReportFrame(text)).toBeUndefined();
    const f = frameAfterAside(text)!;
    expect(f.verb).toBe('said');
    expect(text.slice(f.contentStart)).toBe('12 militants were killed.');
    const speaking = 'The governor, speaking to reporters in Herat, said the road had reopened.';
    expect(speaking.slice(frameAfterAside(speaking)!.contentStart)).toBe('the road had reopened.');
    // (An inverted attribution after an aside is still none.)
    expect(frameAfterAside('Three soldiers, who were on patrol, died, said the ministry.')).toBeUndefined();
  });

  it('frames the words after a relative aside in a sentence with dates only when the aside holds one', () => {
    const text =
      'The school, which closed after pupils fell ill on Monday, said it was moving exams to next week.';
    const at = (w: string) => [text.indexOf(w), text.indexOf(w) + w.length] as const;
    expect(frameAfterAside(text, [at('Monday'), at('next week')])?.verb).toBe('said');
    // (Dates only in the words said, or in a participle's aside, leave the sentence to narration.)
    expect(frameAfterAside(text, [at('next week')])).toBeUndefined();
    const speaking = 'Nagel, speaking ahead of hearings Tuesday, said the limit was no cap.';
    const tuesday = [speaking.indexOf('Tuesday'), speaking.indexOf('Tuesday') + 7] as const;
    expect(frameAfterAside(speaking, [tuesday])).toBeUndefined();
  });

  it('reads a newspaper named "News" as the one who reports', () => {
    const text = 'But The Buffalo News reported Friday that the hair was found buried in the ground.';
    const f = findReportFrame(text)!;
    expect(text.slice(0, f.frameEnd)).toBe('But The Buffalo News reported Friday');
    expect(text.slice(f.contentStart)).toBe('the hair was found buried in the ground.');
  });
});

describe('quotedRanges', () => {
  it('finds straight and curly quotations, glued or not', () => {
    const text = 'pledged to deploy"every resource"in response and “all means”.';
    expect(quotedRanges(text).map(([a, b]) => text.slice(a, b))).toEqual(['"every resource"', '“all means”']);
  });
});

describe('findReportFrame and a plural noun after a preposition', () => {
  it('takes no "reports" after "with" for a saying', () => {
    expect(
      findReportFrame(
        'With reports about the attack still leading TV bulletins, many pundits see signs that an end game is approaching.',
      ),
    ).toBeUndefined();
  });
});
