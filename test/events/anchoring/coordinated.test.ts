import { describe, expect, it } from 'vitest';
import { coordinatedVerbs } from '../../../src/events/anchoring/coordinated.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';

const joined = (text: string, verb: string) => {
  const { tokens } = annotate(text);
  const i = tokens.findIndex((t) => t.text === verb);
  return coordinatedVerbs(tokens, i).map((k) => tokens[k]!.text);
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

  it('leaves out a verb with a subject of its own, one told later, and verbs before the dated one', () => {
    expect(
      joined('A lawmaker subpoenaed him Friday and one of his relatives sought custody.', 'subpoenaed'),
    ).toEqual([]);
    expect(joined('He flew to Florida in June and later returned to Cuba.', 'flew')).toEqual([]);
    expect(joined('His car was spotted nearby, and was found abandoned in December.', 'found')).toEqual([]);
  });
});
