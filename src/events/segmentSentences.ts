/** A sentence of an article: UTF-16 offsets into the article text (end exclusive). */
export interface Sentence {
  readonly index: number;
  /** 0-based paragraph number; blank lines, headings and bullets start new paragraphs. */
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** A short line without final punctuation (a dateline or a heading): never an event by itself. */
  readonly heading: boolean;
}

// Words that end with a period without ending the sentence. Kept lower-case, without the dot.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt cpt sgt cmdr adm gov sen rep rev st jr sr hon pres ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc inc ltd co corp dept est approx ' +
    'ft mt fig al op vol pp cf'
  ).split(' '),
);
// After these an upper-case word may still start a new sentence ("… in the U.S. The talks …").
const SENTENCE_STARTERS = new Set(
  (
    'the a an he she it they we i this that these those there but and in on at for after before ' +
    'however meanwhile his her their its our yesterday today officials police'
  ).split(' '),
);
const CLOSERS = '"\'”’»)]';
const FURNITURE =
  /^(?:[^\n]{0,220}?\((?:Reuters|AP|AFP)\)\s*[-–—]+\s*|Photograph:\s+(?:[^\s/\\]+(?:\s[^\s/\\]+){0,3}\\?\/)?(?:White House|Associated Press|Getty Images|Press Association|[\p{L}][\p{L}.]*)\s+)/u;
const GLUE =
  /\b(?!(?:in|of|to|told|from|by|on|at|with|for|and|or|said|says|reported|called|named|read|see|like|about|via|is|was|are|were)\b)(\p{Ll}{2,}) (?=(?:The|A|An) \p{Ll})/gu;
const OPEN_QUOTES = '"“«';

function isUpperStart(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{Lu}\d"“«'‘(]/u.test(ch);
}

/** Whether the period at `dot` closes an abbreviation, an initial or a number, not a sentence. */
function isAbbreviationDot(text: string, dot: number, next: string): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 24), dot))?.[1] ?? '';
  const word = before.replace(/^\.+/, '');
  if (word.length === 0) return false;
  const lower = word.toLowerCase();
  const nextWord = (/^[\p{L}]+/u.exec(next)?.[0] ?? '').toLowerCase();
  // "No. 3", "Jan. 5": an abbreviation followed by a number never ends a sentence.
  if ((lower === 'no' || lower === 'nos' || /^[a-z]{3,4}$/.test(lower)) && /^\d/.test(next)) {
    return ABBREVIATIONS.has(lower);
  }
  if (ABBREVIATIONS.has(lower)) return lower !== 'etc' || !isUpperStart(next[0]);
  // Dotted acronyms and times (U.S., a.m.) and single initials (J. K. Rowling).
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word)) {
    return !SENTENCE_STARTERS.has(nextWord);
  }
  return false;
}

/**
 * Splits an article into sentences. Survives abbreviations (Mr., Gen., U.S., Jan., No. 3, a.m.),
 * decimals and initials; keeps a closing quote after the period in its sentence; treats blank
 * lines, bullets and short unpunctuated lines (datelines, headings) as boundaries. Bullet markers
 * are left outside the sentence span.
 */
export function segmentSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  const push = (rawStart: number, rawEnd: number, heading: boolean): void => {
    let s = rawStart;
    let e = rawEnd;
    while (s < e && /\s/.test(text[s]!)) s++;
    // Bullet and heading markers are layout, not words of the sentence.
    const marker = /^(?:[-*•–]\s+|#{1,6}\s+|>\s*)/.exec(text.slice(s, e));
    if (marker) s += marker[0].length;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ index: out.length, paragraph, start: s, end: e, text: text.slice(s, e), heading });
  };

  // Lines first: paragraph structure lives in the newlines.
  const lines: { start: number; end: number }[] = [];
  for (let i = 0, start = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ start, end: i });
      start = i + 1;
    }
  }
  let blockStart = -1;
  let blockEnd = -1;
  const flushBlock = (): void => {
    if (blockStart < 0) return;
    splitBlock(text, blockStart, blockEnd, (s, e, heading) => push(s, e, heading));
    blockStart = -1;
    paragraph++;
  };
  for (const line of lines) {
    const content = text.slice(line.start, line.end).trim();
    if (content.length === 0) {
      flushBlock();
      continue;
    }
    const isBullet = /^(?:[-*•–]\s|#{1,6}\s|\d+[.)]\s)/.test(content);
    const isHeading = content.length <= 80 && !/[.!?:;"”’)]$/.test(content) && !/,$/.test(content);
    if (isBullet) flushBlock();
    if (isHeading && !isBullet) {
      flushBlock();
      push(line.start, line.end, true);
      paragraph++;
      continue;
    }
    if (blockStart < 0) blockStart = line.start;
    blockEnd = line.end;
  }
  flushBlock();
  return out;
}

/** Splits one block of running text at sentence-final punctuation. */
function splitBlock(
  text: string,
  from: number,
  to: number,
  emit: (s: number, e: number, heading: boolean) => void,
): void {
  let start = from;
  // A wire dateline or photo credit before the story ("NUSA DUA, Indonesia | Mon May 4 … (Reuters) - ",
  // "Photograph: Pete Souza/White House ") is layout, kept apart as a heading.
  const furniture = FURNITURE.exec(text.slice(from, Math.min(to, from + 300)));
  if (furniture) {
    emit(from, from + furniture[0].length, true);
    start = from + furniture[0].length;
  }
  // Page furniture glued to the first sentence ("… swine flu victim The prematurely born son …"):
  // a headline or caption ends where "The/A/An" starts a clause after a lower-case word.
  GLUE.lastIndex = 0;
  for (const m of text.slice(from, Math.min(to, from + 400)).matchAll(GLUE)) {
    const at = from + m.index + m[1]!.length + 1;
    if (at <= start || /[.!?]/.test(text.slice(start, at)) || at - start > 240) break;
    emit(start, at - 1, true);
    start = at;
  }
  let quotes = 0; // straight double quotes seen in the current sentence, to tell opening from closing
  let curly = 0; // “ minus ”
  let curlyFrom = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '"') quotes++;
    else if (ch === '“') {
      if (curly === 0) curlyFrom = i;
      curly++;
    } else if (ch === '”') curly = Math.max(0, curly - 1);
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < to && '.!?'.includes(text[j]!)) j++;
    // A closing quote or bracket after the period belongs to this sentence.
    while (j < to && CLOSERS.includes(text[j]!)) {
      const c = text[j]!;
      if (c === '"') {
        if (quotes % 2 === 0) break; // an opening quote of the next sentence
        quotes++;
      } else if (c === '”') curly = Math.max(0, curly - 1);
      j++;
    }
    const next = text.slice(j, Math.min(to, j + 30));
    const spaced = /^\s/.test(next);
    const after = next.replace(/^\s+/, '');
    if (after.length === 0) continue; // end of block: the block boundary closes it
    if (ch === '.' && /\d/.test(text[i - 1] ?? '') && /^\d/.test(next)) continue; // 3.5
    if (!spaced) {
      // Glued text from undone tokenization: `said.The` or `useless."The`.
      const glued =
        (OPEN_QUOTES.includes(after[0]!) || /^\p{Lu}\p{Ll}/u.test(after)) &&
        /\p{Ll}{2}[.!?]["”’]*$/u.test(text.slice(Math.max(from, i - 3), j));
      if (!glued) continue;
    }
    if (!isUpperStart(after[0])) continue;
    if (ch === '.' && j === i + 1 && isAbbreviationDot(text, i, after)) continue;
    // Inside an open curly quotation a period does not end the reporting sentence around it.
    // An unbalanced quote mark must not swallow the rest of the paragraph.
    if (curly > 0 && i - curlyFrom < 600) continue;
    emit(start, j, false);
    start = j;
    quotes = 0;
    curly = 0;
  }
  emit(start, to, false);
}
