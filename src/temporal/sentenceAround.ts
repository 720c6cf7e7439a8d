/** Longest stretch either side of an expression searched for its sentence. */
const SENTENCE_WINDOW = 300;
/** Abbreviations whose period never ends a sentence (titles, months, "No."). */
const TITLES = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt sgt adm gov sen rep rev st jr sr jan feb mar apr jun jul aug sep sept ' +
    'oct nov dec no vs messrs'
  ).split(' '),
);

/** Whether the character at `i` ends a sentence: not the period of "Mr.", "P.", "Co. for", "4.5". */
function endsSentence(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '\n') return true;
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  let j = i + 1;
  while (j < text.length && /["'”’)`]/.test(text[j] as string)) j++;
  // Scraped text drops the space after a closing quote: `ling."The Obama …`.
  if (j < text.length && !/\s/.test(text[j] as string) && !(j > i + 1 && /[A-Z]/.test(text[j] as string)))
    return false;
  if (ch !== '.') return true;
  while (j < text.length && text[j] === ' ') j++;
  const next = text[j] ?? '';
  if (/[a-z0-9]/.test(next)) return false;
  const word = (/([A-Za-z]+)$/.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '').toLowerCase();
  if (word.length === 1 || TITLES.has(word)) return false;
  return true;
}

/** The sentence span containing [start, end), at most SENTENCE_WINDOW characters either side. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  // The window is capped so text without sentence breaks stays linear: without the cap every
  // result rescanned the whole run (quadratic; measured by scripts/bench-tagger.ts).
  const minStart = Math.max(0, start - SENTENCE_WINDOW);
  const maxEnd = Math.min(text.length, end + SENTENCE_WINDOW);
  let s = start;
  while (s > minStart && !endsSentence(text, s - 1)) s--;
  let e = end;
  while (e < maxEnd && !endsSentence(text, e)) e++;
  return { start: s, end: e };
}
