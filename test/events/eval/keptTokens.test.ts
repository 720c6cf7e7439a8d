import { describe, expect, it } from 'vitest';
import { keptTokens } from '../../../src/events/eval/keptTokens.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';

/** The texts of the tokens a title's words cover in its sentence. */
const kept = (title: string, sentence: string) => {
  const { tokens } = annotate(sentence);
  return keptTokens(title.split(' '), sentence, tokens)?.map((i) => tokens[i]!.text);
};

describe('keptTokens', () => {
  it('finds the title’s words whatever their case, at offsets past a letter whose lower case is longer', () => {
    expect(kept('The rig exploded', 'When the well blew out, the rig exploded.')).toEqual([
      'the',
      'rig',
      'exploded',
    ]);
    // ("İ".toLowerCase() is "i̇", two UTF-16 units: offsets in a lower-cased copy run one ahead a
    // letter. The tokenizer splits "İzmir" after its "İ".)
    expect(kept('İİ İzmir had a quake', 'İİ İzmir had a quake on Monday.')).toEqual([
      'İİ',
      'İ',
      'zmir',
      'had',
      'a',
      'quake',
    ]);
  });
});
