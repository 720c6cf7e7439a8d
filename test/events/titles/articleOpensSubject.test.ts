import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { articleOpensSubject } from '../../../src/events/titles/articleOpensSubject.ts';

/** Whether the last "the" of `text` opens a subject after the noun before it. */
const opens = (text: string) => {
  const { tokens } = annotate(text);
  const j = tokens.findLastIndex((t) => t.text === 'the');
  return articleOpensSubject(tokens, j, 0, () => false);
};

describe('articleOpensSubject', () => {
  it("opens a subject after a verb's phrase, a telling's addressee or an opening preposition's noun", () => {
    expect(opens('Lehr did not disclose in his testimony the methodology used')).toBe(true);
    expect(opens('Mr Annan has told the Security Council the observers were targeted')).toBe(true);
    expect(opens('In both countries the virus was detected')).toBe(true);
  });

  it("opens none after a participle's phrase or inside a relative without its pronoun", () => {
    expect(opens('Aid agencies operating from Haiti the Dominican Republic have struggled')).toBe(false);
    expect(opens('It was the ombudsman the company set up')).toBe(false);
  });
});
