/**
 * Whether `title` is `sentence` with words deleted: each of its words is a whole word of the
 * sentence, in the same order (case aside; a comma, semicolon or colon after a word is punctuation,
 * not a word). Words are runs of non-space characters; a title word
 * may be a piece of a sentence word only where the sentence splits it at punctuation ("Friday's" →
 * "Friday", "'s"; `"terrorists"` → "terrorists").
 */
export function isDeletionOf(title: string, sentence: string): boolean {
  const s = sentence.toLowerCase();
  let at = 0;
  // Commas, semicolons and colons are not words: "Idlib, activists said" is "Idlib … activists said".
  for (const word of title
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[,;:]+$/, ''))
    .filter(Boolean)) {
    let found = -1;
    for (let i = s.indexOf(word, at); i >= 0; i = s.indexOf(word, i + 1)) {
      const before = s[i - 1];
      const after = s[i + word.length];
      const edge = (c: string | undefined, w: string) =>
        c === undefined || /\s/.test(c) || /[^\p{L}\p{N}]/u.test(c) || /[^\p{L}\p{N}]/u.test(w);
      if (edge(before, word[0]!) && edge(after, word[word.length - 1]!)) {
        found = i;
        break;
      }
    }
    if (found < 0) return false;
    at = found + word.length;
  }
  return true;
}
