import { describe, expect, it } from 'vitest';
import { wrappedLineBreaks } from '../../../src/events/nlp/hardWrap.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

const linesOf = (text: string): { start: number; end: number }[] => {
  const out: { start: number; end: number }[] = [];
  for (let i = 0, start = 0; i <= text.length; i++)
    if (i === text.length || text[i] === '\n') {
      out.push({ start, end: i });
      start = i + 1;
    }
  return out;
};

const WRAPPED = [
  'KABUL',
  '',
  'Government troops attacked the city of Herat and the northern provinces',
  'on Monday, officials said, and the fighting went on for three days in',
  'Kandahar where the army and the police fought side by side, a spokesman',
  'said. The Taliban denied it.',
  '',
  '- one item of a list',
  '- another',
].join('\n');

describe('wrappedLineBreaks', () => {
  it('finds the breaks of full lines in a text wrapped at a fixed width', () => {
    expect([...wrappedLineBreaks(WRAPPED, linesOf(WRAPPED))]).toEqual([2, 3, 4]);
  });

  it('finds none where the lines are paragraphs (scraped text) or short layout lines', () => {
    const scraped = `${'Government troops attacked the city of Herat on Monday, officials said, and the fighting went on. '.repeat(3)}\nCaption of a picture\nThe next paragraph opens here and runs on for a long while, as paragraphs of scraped pages do.`;
    expect(wrappedLineBreaks(scraped, linesOf(scraped)).size).toBe(0);
    const layout = 'Photo: Reuters\nSyria says the jet enters its airspace\nThe jet was shot down.';
    expect(wrappedLineBreaks(layout, linesOf(layout)).size).toBe(0);
  });

  it("finds none in a graphic's labels of like width, each opening with a capital", () => {
    const graphic =
      'The Turkish jet took off from Malatya at 10:00 local time and flew south along the coast\nSyria says the jet enters its airspace at 11:40 and it is shot down soon after\nTurkey says the jet was hit in international airspace. The two pilots are missing.';
    expect(wrappedLineBreaks(graphic, linesOf(graphic)).size).toBe(0);
    expect(segmentSentences(graphic).map((s) => s.text)).toEqual([
      'The Turkish jet took off from Malatya at 10:00 local time and flew south along the coast',
      'Syria says the jet enters its airspace at 11:40 and it is shot down soon after',
      'Turkey says the jet was hit in international airspace.',
      'The two pilots are missing.',
    ]);
  });

  it('takes the width from most lines, not from one longer line', () => {
    const long = WRAPPED.replace(
      'on Monday, officials said,',
      'on Monday, the governor of the province and two officials of the ministry in Kabul said,',
    );
    expect(long.split('\n')[3]!.length).toBeGreaterThan(90);
    expect([...wrappedLineBreaks(long, linesOf(long))]).toEqual([2, 3, 4]);
  });
});

describe('segmentSentences of hard-wrapped text', () => {
  it('reads a wrapped line break as a space, not a heading or the end of a caption', () => {
    const texts = segmentSentences(WRAPPED).map((s) => s.text.replace(/\n/g, ' '));
    expect(texts).toContain(
      'Government troops attacked the city of Herat and the northern provinces on Monday, officials said, and the fighting went on for three days in Kandahar where the army and the police fought side by side, a spokesman said.',
    );
    expect(texts).toContain('The Taliban denied it.');
    expect(segmentSentences(WRAPPED).find((s) => s.text === 'KABUL')?.heading).toBe(true);
  });
});
