import { describe, expect, it } from 'vitest';
import { coordinatedVerbs } from '../../../src/events/anchoring/coordinated.ts';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { article, monthIn } from '../eventFixtures.ts';

const joined = (text: string, verb: string, date?: string) => {
  const { tokens } = annotate(text);
  const i = tokens.findIndex((t) => t.text === verb);
  const d = date === undefined ? -1 : tokens.findIndex((t) => t.text === date);
  return coordinatedVerbs(tokens, i, d).map((k) => tokens[k]!.text);
};

describe('coordinatedVerbs', () => {
  it('joins verbs that share the subject of the dated verb', () => {
    expect(
      joined('Bush today denounced the policies of war, and said the attack would fail.', 'denounced'),
    ).toEqual(['said']);
    expect(
      joined('The company told customers Monday about the bugs and temporarily stopped shipping.', 'told'),
    ).toEqual(['stopped']);
  });

  it('joins the verb before the dated one when the date stands before both', () => {
    const text = 'President Bush today denounced the policies of war and said the attack would fail.';
    expect(joined(text, 'said', 'today')).toEqual(['denounced']);
    const late = 'His car was spotted nearby and was found abandoned in December.';
    expect(joined(late, 'found', 'December')).toEqual([]);
  });

  it('leaves out a verb with a subject of its own, one told later, and verbs before the dated one', () => {
    expect(
      joined('A lawmaker subpoenaed him Friday and one of his relatives sought custody.', 'subpoenaed'),
    ).toEqual([]);
    expect(joined('He flew to Florida in June and later returned to Cuba.', 'flew')).toEqual([]);
    expect(joined('His car was spotted nearby, and was found abandoned in December.', 'found')).toEqual([]);
  });
});

describe('joinedClauseVerbs (through extractEvents)', () => {
  it('dates a joined clause with its own subject by the date that opens the sentence', () => {
    const text =
      'But in June last year, the remaining leadership had a falling out, and Pol Pot was arrested.';
    const events = extractEvents(article(text), [monthIn(text, 'June last year', '2021-06')]);
    const arrested = events.find((e) => e.mentions[0]?.trigger?.text === 'arrested');
    expect(arrested?.title).toBe('Pol Pot was arrested');
    expect(arrested?.when.start).toBe('2021-06-01');
  });

  it('leaves a denial or a perfect up to now out', () => {
    const text =
      'Last week, legislation imploded in the Senate, and no national consensus has emerged to move America off oil.';
    const events = extractEvents(article(text), [monthIn(text, 'Last week', '2022-04')]);
    expect(events.some((e) => e.mentions[0]?.trigger?.text === 'emerged')).toBe(false);
  });
});
