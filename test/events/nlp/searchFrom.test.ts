import { describe, expect, it } from 'vitest';
import { searchFrom } from '../../../src/events/nlp/searchFrom.ts';

/** Every match from `from` up to `to`, the way the segmenter walks a block. */
const walk = (
  find: (t: string, f: number) => RegExpExecArray | null,
  text: string,
  from: number,
  to: number,
) => {
  const out: number[] = [];
  for (let m = find(text, from); m && m.index < to; m = find(text, m.index + m[0].length)) out.push(m.index);
  return out;
};

/** The same walk with a fresh `exec` every time. */
const plain = (pattern: RegExp) => (text: string, from: number) => {
  const re = new RegExp(pattern.source, pattern.flags);
  re.lastIndex = from;
  return re.exec(text);
};

describe('searchFrom', () => {
  const pattern = /(?<=\p{Ll} )(?:Monday|Friday)['’]s(?= \p{Ll})/gu;
  const text =
    'A storm hit on Monday. Rebels said Friday’s talks failed.\n\nThe army said Monday’s attack killed ten. ' +
    'Nothing else happened that week, and nobody said anything more. Officials noted Friday’s vote passed.';

  it('finds the same matches as a fresh search, block after block and in any order', () => {
    const find = searchFrom(pattern);
    const blocks = [
      [0, 57],
      [59, 100],
      [100, 160],
      [160, text.length],
      [0, text.length],
      [30, 120],
      [59, 100],
    ] as const;
    for (const [from, to] of blocks)
      expect(walk(find, text, from, to)).toEqual(walk(plain(pattern), text, from, to));
    expect(walk(find, text, 0, text.length)).toHaveLength(3);
  });

  it('answers a search of another text afresh, and a lookbehind still sees before the offset', () => {
    const find = searchFrom(pattern);
    expect(find(text, 0)?.index).toBe(text.indexOf('Friday’s'));
    const other = 'the minister said Monday’s meeting was cancelled';
    expect(find(other, 0)?.index).toBe(other.indexOf('Monday'));
    // From the match's own offset: its lookbehind reads the words before it.
    expect(find(other, other.indexOf('Monday'))?.index).toBe(other.indexOf('Monday'));
    expect(find(other, other.indexOf('Monday') + 1)).toBeNull();
  });

  it('remembers that nothing matches further on without missing a match before the last search', () => {
    const find = searchFrom(/x/g);
    expect(find('a x b', 3)).toBeNull();
    expect(find('a x b', 4)).toBeNull();
    expect(find('a x b', 0)?.index).toBe(2);
  });

  it('does not search a text that holds none of the words every match needs, and finds the rest as before', () => {
    // (A pattern given words it does not need shows the skip: the text is not searched at all.)
    expect(searchFrom(/b/g, ['zzz'])('abc', 0)).toBeNull();
    const find = searchFrom(pattern, ["day's", 'day’s']);
    const none = 'A storm hit on Monday. Rebels said talks failed on Friday.';
    for (const t of [text, none, text, none])
      expect(walk(find, t, 0, t.length)).toEqual(walk(plain(pattern), t, 0, t.length));
  });
});
