import { describe, expect, it } from 'vitest';
import { toldAddressee } from '../../../src/events/anchoring/toldAddressee.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import type { Trigger } from '../../../src/events/triggers/findTriggers.ts';

/** The tokens of `text` and a trigger at its word `verb`. */
function read(text: string, verb: string) {
  const { tokens } = annotate(text);
  const index = tokens.findIndex((t) => t.text === verb);
  const t = tokens[index]!;
  const trigger: Trigger = {
    index,
    start: t.start,
    end: t.end,
    text: t.text,
    lemma: t.lemma,
    pos: t.pos,
    score: 1,
    eventClass: 'REPORTING',
  };
  return { tokens, trigger };
}

describe('toldAddressee', () => {
  it('keeps the one told between the verb of telling and the words told', () => {
    const { tokens, trigger } = read('The White House has warned BP it faces fines.', 'warned');
    const told = [6, 7, 8];
    expect(toldAddressee(tokens, trigger, [0, 1, 2, 3, 4], told).map((i) => tokens[i]!.text)).toEqual(['BP']);
  });

  it('gives none for a verb that tells no one, and none (without throwing) when no words are told', () => {
    const said = read('The White House said BP faces fines.', 'said');
    expect(toldAddressee(said.tokens, said.trigger, [0, 1, 2, 3], [4, 5, 6])).toEqual([]);
    const { tokens, trigger } = read('The White House has warned BP', 'warned');
    expect(toldAddressee(tokens, trigger, [0, 1, 2, 3, 4], [])).toEqual([]);
  });
});
