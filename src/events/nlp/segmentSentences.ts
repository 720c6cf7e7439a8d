import { type Annotation, annotate, firstTokenAt, knownWord, type Token, tokensWithin } from './annotate.ts';
import { captionEnds } from './captionEnds.ts';
import { clauseAfterClause } from './clauseAfterClause.ts';
import { creditEnds, creditedCaptions, creditPrefix, gluedCreditEnds } from './creditEnds.ts';
import { CENTS_BULLET } from './gluedItems.ts';
import { gluedStarts, shouted } from './gluedSentences.ts';
import { wrappedLineBreaks } from './hardWrap.ts';
import { trailingListNumber } from './listNumbers.ts';
import { nameClauseStarts } from './nameOpensClause.ts';
import { nameRunClauseStarts } from './nameRunOpensClause.ts';
import { standaloneNames } from './nameRuns.ts';
import { appealBoxLines, isBroadcastTimes, isDateStamp, isFactBoxLine } from './pageFurniture.ts';
import { postStamps } from './postStamp.ts';
import { tickerPeriod } from './tickerPeriod.ts';
import { token } from './token.ts';
import { wireDatelineLength } from './wireDateline.ts';

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
  /** Its tokens with part of speech and lemma, from the NLP library. */
  readonly tokens: readonly Token[];
}

/** A sentence closed inside a quotation ('She said "No." They went.'). */
const QUOTED_END = /[.!?]["”’]\s+(?=\p{Lu})/gu;
/**
 * An abbreviation's period doubled before a clause ("… in Orange Beach, Ala.. The gulf's …"), not
 * an ellipsis; not before a name ("from the Ft.. Jackson Wildlife Center", "in Ft.. Dix, N.J.").
 */
const DOUBLED_PERIOD =
  /(?<![.])\.\.\s+(?=\p{Lu}[\p{L}'’-]*\s+\p{Ll}|(?:The|A|An|He|She|It|They|We|I|This|In|On|At|But|And)\s)/gu;

/**
 * Whether a doubled period before `at` ends a sentence: not before a name that goes on as a noun
 * phrase, a name in capitals no word of the language ("Oil reached Ft.. Lauderdale beaches"), where
 * the period is the abbreviation's alone; before a word that is no name ("Ala.. The gulf's …"), a
 * word of the language in capitals ("Fla.. Tar balls washed …"), or a name with its verb or its
 * possessive ("Inc.. Smith said …", "Corp.. MSRC's overall spending …"), a clause starts.
 */
function doubledPeriodEnds(tokens: readonly Token[], at: number): boolean {
  const i = firstTokenAt(tokens, at);
  const word = tokens[i];
  if (!word || word.start !== at) return false;
  // A company's legal form goes on its name ("Taylor Energy Co.. LLC said …", "Mitsui & Co.. Ltd.").
  if (LEGAL_FORM.test(word.text)) return false;
  // (Only after an abbreviation that stands before a name, "Ft.", "St.", "Mt."; a state's, "Fla..
  // BP officials said", "Tex.. Obama administration officials", ends its sentence.)
  let a = i - 1;
  while (a > 0 && /^\.+$/.test(tokens[a]!.text)) a--;
  const abbreviation = tokens[a]?.text.replace(/\.+$/, '');
  if (!/^(?:Ft|St|Mt|Pt)$/i.test(abbreviation ?? '')) return true;
  return !(word.pos === 'PROPN' && tokens[i + 1]?.pos === 'NOUN' && !knownWord(word.text.toLowerCase()));
}

/** A company's legal form, the last word of its name. */
const LEGAL_FORM = /^(?:LLC|L\.?L\.?C|Ltd|PLC|Plc|Inc|Corp|LP|LLP|AG|GmbH|SA|NV|BV)\.?$/;

/**
 * A sentence's tokens with an abbreviation's doubled period inside it joined to the abbreviation
 * ("Taylor Energy Co.. LLC said", "from the Ft.. Jackson Wildlife Center"): the library makes ".." a
 * punctuation token of its own, which would end the name it stands in.
 */
function joinedDoubledPeriods(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.text === '..')) return tokens;
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = out.at(-1);
    if (
      t.text === '..' &&
      prev &&
      prev.end === t.start &&
      /^\p{Lu}\p{L}{0,3}$/u.test(prev.text) &&
      k < tokens.length - 1 &&
      /^\p{Lu}/u.test(tokens[k + 1]!.text)
    )
      out[out.length - 1] = token(prev.start, t.end, prev.text + t.text, prev.pos, prev.lemma);
    else out.push(t);
  }
  return out;
}

/** The longest sentence, in characters; longer runs of text are cut (see `segmentSentences`). */
export const MAX_SENTENCE = 2000;

const FURNITURE =
  /^(?:By\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:\p{Lu}\p{L}+\s+){0,3}(?:reporter|correspondent|editor|analyst|writer|producer),\s+BBC News\s+(?=\p{Lu})|(?:[^.!?\n]{0,160}?\s)?By\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}BBC(?:\s+\p{Lu}[\p{L}-]+){1,4}\s+[Cc]orrespondent(?:,\s+\p{Lu}[\p{L}-]+)?\s+|(?:[^.!?\n]{0,160}?\s)?By\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}BBC News(?:,\s+(?:\p{Lu}[\p{L}-]+\s+){1,2}(?=\p{Lu})|\s+(?=\p{Lu}))|(?:By\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){1,4}BBC News,\s+(?:\p{Lu}[\p{L}-]+\s+){1,2}(?=\p{Lu})|[^\n]{0,220}?\((?:Reuters|AP|AFP)\)\s*[-–—]+\s*|Photograph:\s+(?:[^\s/\\]+(?:\s[^\s/\\]+){0,3}\\?\/){0,3}(?:White House|Associated Press|Getty Images|Press Association|[\p{L}][\p{L}.]*)\s+)/u;

/**
 * Splits an article into sentences: the NLP library ends sentences within running text
 * (abbreviations, initials, decimals, quotations); layout is ours: blank lines, bullets and short
 * unpunctuated lines (datelines, headings) are boundaries, and wire datelines and photo credits
 * glued before a story are kept apart as headings. Bullet markers are left outside the sentence span.
 */
export function segmentSentences(text: string, annotation: Annotation = annotate(text)): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  const push = (rawStart: number, rawEnd: number, heading: boolean): void => {
    // A run-on "sentence" (a table, a dump without punctuation) is cut into pieces of at most
    // MAX_SENTENCE characters at a semicolon, comma or space, so no step grows with its square.
    if (rawEnd - rawStart > MAX_SENTENCE) {
      const window = text.slice(rawStart, rawStart + MAX_SENTENCE);
      const cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '), window.lastIndexOf(' '));
      const at = rawStart + (cut > MAX_SENTENCE / 2 ? cut + 1 : MAX_SENTENCE);
      pushOne(rawStart, at, heading);
      push(at, rawEnd, heading);
      return;
    }
    pushOne(rawStart, rawEnd, heading);
  };
  const pushOne = (rawStart: number, rawEnd: number, heading: boolean): void => {
    let s = rawStart;
    let e = rawEnd;
    while (s < e && /\s/.test(text[s]!)) s++;
    // Bullet and heading markers are layout, not words of the sentence.
    const marker =
      /^(?:[-*•–]\s+|#{1,6}\s+|>\s*)/.exec(text.slice(s, e)) ?? CENTS_BULLET.exec(text.slice(s, s + 12));
    if (marker) s += marker[0].length;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s)
      out.push({
        index: out.length,
        paragraph,
        start: s,
        end: e,
        text: text.slice(s, e),
        heading,
        tokens: joinedDoubledPeriods(tokensWithin(annotation.tokens, s, e)),
      });
  };

  // Lines first: paragraph structure lives in the newlines.
  const lines: { start: number; end: number }[] = [];
  for (let i = 0, start = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ start, end: i });
      start = i + 1;
    }
  }
  // Nouns the text writes in lower case: capitalized elsewhere, they only open a sentence.
  const lowerWords = new Set(
    annotation.tokens.filter((t) => t.pos === 'NOUN' && /^\p{Ll}+$/u.test(t.text)).map((t) => t.text),
  );
  let blockStart = -1;
  let blockEnd = -1;
  // Where a line of the block opens after one that ends a text of its own (`endsUnpunctuated`).
  let lineEnds: number[] = [];
  const flushBlock = (): void => {
    if (blockStart < 0) return;
    splitBlock(text, blockStart, blockEnd, annotation, lowerWords, lineEnds, (s, e, heading) =>
      push(s, e, heading),
    );
    blockStart = -1;
    lineEnds = [];
    paragraph++;
  };
  // A hard-wrapped text's full lines go on in the next line: no heading, caption or bullet there.
  const wrapped = wrappedLineBreaks(text, lines);
  for (const [i, line] of lines.entries()) {
    const content = text.slice(line.start, line.end).trim();
    if (wrapped.has(i - 1)) {
      blockEnd = line.end;
      continue;
    }
    if (content.length === 0) {
      flushBlock();
      continue;
    }
    const isBullet = /^(?:[-*•–]\s|#{1,6}\s|\d+[.)]\s)/.test(content);
    const isHeading =
      !wrapped.has(i) && content.length <= 80 && !/[.!?:;"”’)]$/.test(content) && !/,$/.test(content);
    if (isBullet) flushBlock();
    if (isHeading && !isBullet) {
      flushBlock();
      push(line.start, line.end, true);
      paragraph++;
      continue;
    }
    if (blockStart < 0) blockStart = line.start;
    else if (endsUnpunctuated(text.slice(blockStart, blockEnd), content)) lineEnds.push(line.start);
    blockEnd = line.end;
  }
  flushBlock();
  // A photo caption that an agency's credit closes or follows is layout: it describes a picture.
  const gaps = out.map((s, i) => text.slice(i > 0 ? out[i - 1]!.end : 0, s.start));
  for (const i of creditedCaptions(
    out.map((s) => s.text),
    gaps,
  ))
    out[i] = { ...out[i]!, heading: true };
  // So is an appeal's box: what to give and where.
  for (const i of appealBoxLines(out)) out[i] = { ...out[i]!, heading: true };
  return out;
}

/**
 * Whether a line break ends the text before it (`lineBefore`, which ends at the break) where the
 * next line's content is `next`: a line with no final punctuation
 * (a picture's caption, a graphic's label, a list's item) followed by one that opens a sentence
 * with a capital, a digit or a quotation mark ("… flew south along the coast towards Syria⏎Syria
 * says the jet enters its airspace …"). (A short such line is a heading already; one ending in a
 * comma, or in a word that joins it to the next, goes on: "… in full,⏎Tony Hayward said".)
 */
function endsUnpunctuated(lineBefore: string, next: string): boolean {
  const last = lineBefore.trimEnd();
  return (
    last.length > 0 &&
    !/[.!?:;,"”’)\-–—]$/.test(last) &&
    !/\b(?:and|or|but|of|the|a|an|to|in|on|at|for|with|by|from|that|as)$/i.test(last) &&
    /^(?:["“‘']?\p{Lu}|\d)/u.test(next)
  );
}

/** Splits one block of running text where the library starts sentences, after its layout furniture. */
function splitBlock(
  text: string,
  from: number,
  to: number,
  annotation: Annotation,
  lowerWords: ReadonlySet<string>,
  lineEnds: readonly number[],
  emitLayout: (s: number, e: number, heading: boolean) => void,
): void {
  // A caption or headline glued to the lead without a period is layout of its own. Further on, a
  // caption glued to the next paragraph is read more strictly ("the damage Bush and Cheney have done"
  // is one sentence) and what comes before it stays a sentence: it may be a caption that tells a
  // happening, or a list item glued to the next.
  const stop = text.slice(from, to).search(/[.!?]/);
  const opening = /\S/.test(text.slice(0, from)) ? from : from + (stop < 0 ? to - from : stop);
  // The names the article writes on their own, found once if a caption at the opening needs them.
  let names: Map<string, number> | undefined;
  const namesOf = (): Map<string, number> => {
    names ??= standaloneNames(annotation.tokens);
    return names;
  };
  // A fact box's line ("Coalition of seven opposition factions, united against Assad regime") is
  // layout too: it describes, it tells no happening.
  const layout = (s: number, e: number, heading: boolean): void =>
    emitLayout(
      s,
      e,
      heading ||
        isDateStamp(text.slice(s, e).trim()) ||
        isBroadcastTimes(text.slice(s, e).trim()) ||
        isFactBoxLine(text.slice(s, e).trim(), tokensWithin(annotation.tokens, s, e)),
    );
  // A blog post's byline and stamp ("Susan Watts | 18:00 UK time, Saturday, 25 April 2009") is
  // layout wherever a post opens in the block: it ends the piece before it and is a heading.
  const stamps = postStamps(text, from, to);
  const emit = (s: number, e: number, heading: boolean): void => {
    if (stamps.some((p) => p.start === s && p.end >= e)) heading = true;
    if (!heading) {
      // "AP | Thirteen nations and the U.N. have offered …": a caption's credit left before the next
      // sentence is left out of it, as a bullet is (a heading of its own would end the lead's run).
      const credit = creditPrefix(text.slice(s, Math.min(e, s + 120)));
      if (credit > 0 && credit < e - s) s += credit;
      const tokens = tokensWithin(annotation.tokens, s, e);
      const credits = new Set(creditEnds(tokens));
      const ends = [
        ...credits,
        ...captionEnds(tokens, lowerWords, s >= opening, s < opening ? namesOf() : undefined),
        ...clauseAfterClause(tokens, s >= opening),
        ...nameClauseStarts(tokens),
        ...nameRunClauseStarts(tokens),
      ];
      for (const at of [...new Set(ends)].sort((a, b) => a - b)) {
        layout(s, at, credits.has(at) || s < opening);
        s = at;
      }
    }
    layout(s, e, heading || shouted(text.slice(s, e)));
  };
  const starts = annotation.sentenceStarts;
  let start = from;
  // A wire dateline or photo credit before the story ("NUSA DUA, Indonesia | Mon May 4 … (Reuters) - ",
  // "Photograph: Pete Souza/White House ") is layout, kept apart as a heading.
  const furniture = FURNITURE.exec(text.slice(from, Math.min(to, from + 300)));
  // Any other dateline opens the article's first block only ("KABUL, May 13 - Fighting broke out …").
  const dateline =
    furniture?.[0].length || (/\S/.test(text.slice(0, from)) ? 0 : wireDatelineLength(text.slice(from, to)));
  if (dateline > 0) {
    emit(from, from + dateline, true);
    start = from + dateline;
  }
  // Page furniture glued to the first sentence ("… swine flu victim The prematurely born son …"):
  // a headline or caption ends where a sentence starts without a period before it.
  const glued = gluedStarts(text, start, to, annotation.tokens).filter(
    (at) => !closesRelativeAside(annotation.tokens, start, at),
  );
  for (const at of glued) {
    if (at - from > 400) break;
    // (A start at the block's own start, a bullet before its first item, ends no piece.)
    if (at <= start) continue;
    // (A decimal point ends no headline: "BP's total spill spending so far hits $2.65bn".)
    if (/[.!?](?!\d)/.test(text.slice(start, at)) || at - start > 240) break;
    emit(start, at, true);
    start = at;
  }
  // The library misses the end of a sentence closed inside a quotation ('She said "No." They went.'),
  // and one an abbreviation's period doubles before a clause (see `doubledPeriodEnds`).
  const block = text.slice(start, to);
  const quoted = [
    ...[...block.matchAll(QUOTED_END)].map((m) => start + m.index + m[0].length),
    ...[...block.matchAll(DOUBLED_PERIOD)]
      .map((m) => start + m.index + m[0].length)
      .filter((at) => doubledPeriodEnds(annotation.tokens, at)),
    ...gluedCreditEnds(block).map((at) => start + at),
  ];
  let lo = 0;
  for (let hi = starts.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  const within: number[] = [];
  for (let i = lo; i < starts.length && starts[i]! < to; i++) within.push(starts[i]!);
  // Scraped pages glue captions and headlines to the text without a period ("… as the new prime
  // minister The rebels still control …").
  const after = glued.filter((at) => at > start);
  const stampEnds = stamps.flatMap((p) => [p.start, p.end]).filter((at) => at > start);
  const lineStarts = lineEnds.filter((at) => at > start);
  for (let at of [...new Set([...within, ...quoted, ...after, ...stampEnds, ...lineStarts])].sort(
    (a, b) => a - b,
  )) {
    // "…,'' Howard said. ``The …": the library may start the next sentence inside the closing "''".
    while (/^['’”]\s/.test(text.slice(at, at + 2)) && at < to) at++;
    // The library ends a sentence at '"Why?"' before "he asked", and inside a quotation that
    // runs over several sentences; the reporting clause belongs with the words it reports.
    // (A bullet decoded as "cents" opens an item in small letters.)
    // (A period between digits is a decimal point: "a magnitude-7.2 earthquake".)
    if (
      (/^\s*\p{Ll}/u.test(text.slice(at, at + 4)) && !CENTS_BULLET.test(text.slice(at, at + 12))) ||
      (/\d\.$/.test(text.slice(at - 2, at)) && /^\d/.test(text.slice(at, at + 1))) ||
      // (Nor does the period inside a stock ticker: "Sanofi-Aventis (SASY. PA) is spending …".)
      tickerPeriod(text, at) ||
      insideQuotation(text, start, at)
    )
      continue;
    // "… enters its airspace at 11:40 (08:40 GMT) 3. | Turkish military loses …": the number of a
    // list's next item is left out of the item before (it is layout, as a bullet is).
    const number = trailingListNumber(text, start, at);
    emit(start, number >= 0 ? number : at, false);
    start = at;
  }
  emit(start, to, false);
}

/** Whether a curly quotation opened between `from` and `at` is still open at `at` (within 600 chars). */
function insideQuotation(text: string, from: number, at: number): boolean {
  let open = 0;
  let openedAt = 0;
  for (let i = from; i < at; i++) {
    const ch = text[i];
    if (ch === '“') {
      if (open === 0) openedAt = i;
      open++;
    } else if (ch === '”') open = Math.max(0, open - 1);
  }
  return open > 0 && at - openedAt < 600;
}

/**
 * Whether the capitalised words at `at` end a relative clause set off by a comma that opened after
 * `from` ("The singer, who gained fame as a member of hip-hop trio | The Fugees, was born …"): a
 * name, its closing comma, then the main clause's finite verb. A glued sentence does not open with
 * a subject a comma parts from its verb.
 */
function closesRelativeAside(tokens: readonly Token[], from: number, at: number): boolean {
  const first = firstTokenAt(tokens, at);
  let open = -1;
  for (let i = firstTokenAt(tokens, from); i < first; i++) {
    if (tokens[i]!.text === ',' && /^(?:who|which)$/i.test(tokens[i + 1]?.text ?? '')) open = i + 1;
    else if (open >= 0 && /^[,;:]$/.test(tokens[i]!.text)) open = -1;
  }
  if (open < 0) return false;
  let k = first;
  while (k < tokens.length && k - first < 6 && /^(?:DET|PROPN)$/.test(tokens[k]!.pos)) k++;
  const verb = tokens[k + 1];
  return (
    k > first &&
    tokens[k]?.text === ',' &&
    verb !== undefined &&
    (verb.pos === 'AUX' ||
      (verb.pos === 'VERB' && verb.lemma !== verb.text.toLowerCase() && !/ing$/i.test(verb.text)))
  );
}
