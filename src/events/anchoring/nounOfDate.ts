import type { TemporalExpression } from '../../model/timex.ts';
import { eventTypeOf } from '../eventTypes.ts';
import type { Token } from '../nlp/annotate.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { datesNoun, tokenRange } from './attachTimex.ts';

/** Nouns made from verbs ("trading", "announcement", "appearance", "election"). */
const DEVERBAL =
  /^(?:\p{Ll}{3,}(?:ing|ment|tion|sion|ance|ence)|\p{Ll}+(?:rture|osure|izure|pture|ilure)|(?:arriv|approv|remov|withdraw|propos|refus|renew|dismiss|deni|tri|buri|surviv|dispos|revers)al)s?$/u;
/** Words of those forms that name no happening. */
const NOT_DEVERBAL =
  /^(?:addition|morning|evening|building|spring|string|ceiling|clothing|housing|earning|government|parliament|department|document|apartment|element|instrument|equipment|monument|segment|sentiment|evidence|science|audience|presence|distance|balance|insurance|ambulance|province|finance|reference|sentence|experience|circumstance|difference|intelligence|confidence|importance|substance|influence|nation|station|population|position|relation|question|section|condition|tradition|generation|portion|television|division|mission|commission|version|tension|pension|vision|edition)s?$/;

/** A word the trigger model passed over, as a low-scored occurrence. */
export function lowScored(t: Token, index: number, pos: 'NOUN' | 'VERB'): Trigger {
  return {
    index,
    start: t.start,
    end: t.end,
    text: t.text,
    lemma: t.lemma,
    pos,
    score: 0,
    eventClass: 'OCCURRENCE',
  };
}

/** Whether a word names a happening by its form ("announcement", "shooting", "withdrawal"). */
export const deverbal = (w: string): boolean => DEVERBAL.test(w) && !NOT_DEVERBAL.test(w);

/** Words that name a time or a kind of day, never a happening ("Sunday night", "the 1990 fiscal year"). */
export const TIME_WORDS =
  /^(?:morning|afternoon|evening|night|day|week|weekend|month|year|quarter|period|season|time|fiscal|century|decade|budget|price|prices|level|levels|rate|rates|figure|figures|law|act|book)s?$/i;

/**
 * The noun a date inside a noun phrase dates ("the Oct. 23 sniper shooting of …", "last month's
 * shooting death", "Saturday night's debate"), as a trigger, when it names a happening: a trigger
 * found, a noun made from a verb, a noun of a known event type, or a gerund the tagger took for a
 * verb. The phrase runs over modifiers after the date (or its "'s") to its head, the last noun
 * before a word that is none; `eligible` decides triggers the caller may not date.
 */
export function nounOfDate(
  p: SentenceParse,
  t: TemporalExpression,
  eligible: (x: Trigger) => boolean,
): Trigger | undefined {
  const { tokens } = p.s;
  if (!datesNoun(tokens, t.start, t.end)) return undefined;
  let [a, i] = tokenRange(tokens, t.start, t.end);
  // Only a phrase a preposition governs ("in the Oct. 23 sniper shooting"): a verb's object
  // ("dismissed Sunday's vote as a farce") is told by that verb.
  const opener = /^['’]s$/.test(tokens[i]?.text ?? '') ? a : a - 1;
  const preposition = governedAt(tokens, opener === a && tokens[a - 1]?.pos === 'ADP' ? a - 1 : opener - 1);
  if (preposition < 0) return undefined;
  // A phrase that opens the sentence, up to its comma, frames the clause after it ("In a Sept. 29,
  // 2008 incident …, a gas line blew apart"); the medium of a saying is no happening of its own
  // ("Halliburton informed its shareholders … in its July 23 quarterly report").
  if (preposition === 0) return undefined;
  const verb = p.triggers.filter((x) => x.pos === 'VERB' && x.index < preposition).at(-1);
  // (Its medium, not a phrase of the words said: "tells the Post the situation is comparable to the
  // 2004 Asian tsunami".)
  if (
    verb?.eventClass === 'REPORTING' &&
    !tokens.slice(verb.index + 1, preposition).some((x) => x.pos === 'AUX' || x.pos === 'VERB')
  )
    return undefined;
  if (/^['’]s$/.test(tokens[i]?.text ?? '')) i++;
  let head = -1;
  for (let k = i; k < Math.min(tokens.length, i + 4); k++) {
    const x = tokens[k]!;
    // "the Oct. 23 sniper shooting of …": a gerund after a noun heads the phrase only before "of"
    // ("on the 1881 census living in Carno" describes the census's entry).
    const nominal = gerund(x) && (tokens[k - 1]?.pos !== 'NOUN' || /^of$/i.test(tokens[k + 1]?.text ?? ''));
    if (x.pos === 'NOUN' || nominal) head = k;
    else if (x.pos !== 'ADJ' && x.pos !== 'PROPN' && x.pos !== 'NUM') break;
  }
  // "said Friday's profittaking was …": a phrase that is a clause's subject goes with its verb.
  if (head < 0 || /^(?:VERB|AUX)$/.test(tokens[head + 1]?.pos ?? '')) return undefined;
  // The head when it names a happening, else the nearest modifier that does ("shooting death").
  for (let k = head; k >= i; k--) {
    const word = tokens[k]!;
    if (TIME_WORDS.test(word.text)) return undefined;
    const found = p.triggers.find((x) => x.index === k && x.eventClass !== 'STATE');
    const made: Trigger | undefined = found
      ? { ...found, pos: 'NOUN' }
      : deverbal(word.text) || gerund(word) || (word.pos === 'NOUN' && eventTypeOf(word.lemma) !== 'other')
        ? lowScored(word, k, 'NOUN')
        : undefined;
    if (made) return eligible(made) ? made : undefined;
  }
  return undefined;
}

/**
 * Whether a date stands in an "of" phrase completing a noun ("veterans of the 1999 Turkey earthquake
 * and the 2004 tsunami", "the progeny of the 1918 influenza strain"): with no happening to date in
 * its own phrase, it dates nothing else in the sentence ("the progeny … evolved"). Not a possessive
 * day ("the location for Friday's ceremony"), nor another preposition, which may hang on the verb
 * ("visited the US during the Easter holidays").
 */
export function completesNoun(tokens: readonly Token[], t: TemporalExpression): boolean {
  const [a, b] = tokenRange(tokens, t.start, t.end);
  if (
    !(datesNoun(tokens, t.start, t.end) || namesBeforeNoun(tokens, a, b)) ||
    /^['’]s$/.test(tokens[b]?.text ?? '')
  )
    return false;
  const opener = /^(?:DET|PRON)$/.test(tokens[a - 1]?.pos ?? '') ? a - 1 : a;
  const preposition = governedAt(tokens, opener - 1);
  return (
    preposition > 0 &&
    /^of$/i.test(tokens[preposition]!.text) &&
    /^(?:NOUN|PROPN)$/.test(tokens[preposition - 1]!.pos)
  );
}

/** "the 1999 Turkey earthquake", "the 1989 Exxon Valdez disaster": after an article, a name or two, then the phrase's noun. */
function namesBeforeNoun(tokens: readonly Token[], a: number, b: number): boolean {
  if (tokens[a - 1]?.pos !== 'DET') return false;
  let k = b;
  while (k < b + 3 && tokens[k]?.pos === 'PROPN') k++;
  return k > b && tokens[k]?.pos === 'NOUN';
}

/**
 * The preposition governing a noun phrase whose opener is just after `k`: the one at `k`, or, for a
 * phrase joined by "and"/"or" to an earlier one, the earlier one's ("veterans of the 1999 Turkey
 * earthquake and the 2004 tsunami": "of" governs both). -1 with none.
 */
function governedAt(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.pos === 'ADP') return k;
  if (!/^(?:and|or)$/i.test(tokens[k]?.text ?? '')) return -1;
  for (let j = k - 1; j >= Math.max(0, k - 7); j--) {
    const pos = tokens[j]!.pos;
    if (pos === 'ADP') return j;
    if (!/^(?:DET|NUM|ADJ|NOUN|PROPN)$/.test(pos)) return -1;
  }
  return -1;
}

/** "shooting" after "the Oct. 23 sniper": an -ing word inside a noun phrase is a noun, whatever its tag. */
const gerund = (x: Token): boolean =>
  x.pos === 'VERB' && /\p{Ll}{3,}ing$/u.test(x.text) && !NOT_DEVERBAL.test(x.text);

/**
 * Whether a date stands inside a noun phrase, before its noun: "yesterday's operation", "the
 * November 1995 assassination", "Kopp's 1987 Chevrolet Cavalier".
 */
export function insidePhrase(
  tokens: readonly Token[],
  t: TemporalExpression,
  dates: readonly TemporalExpression[],
): boolean {
  const [a, b] = tokenRange(tokens, t.start, t.end);
  // "A week ago today": a date before another is no modifier of a noun.
  if (dates.some((u) => u !== t && tokens[b] && u.start <= tokens[b]!.start && tokens[b]!.end <= u.end))
    return false;
  // A phrase that opens the sentence with a preposition and a comma frames the clause: "In the
  // 1918 pandemic, the first wave was mild, but by fall, the second wave killed many people".
  const opener = /^(?:DET|PRON)$/.test(tokens[a - 1]?.pos ?? '') ? a - 1 : a;
  if (opener === 1 && tokens[0]!.pos === 'ADP') {
    const comma = tokens.findIndex((x, i) => i >= b && x.text === ',');
    if (comma >= 0 && !tokens.slice(b, comma).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return false;
  }
  if (datesNoun(tokens, t.start, t.end)) return true;
  const before = tokens[a - 1];
  const next = tokens[b]?.pos ?? '';
  // "that third-quarter corporate earnings": a date used as an adjective, no preposition before it.
  if ((next === 'NOUN' || next === 'ADJ') && before?.pos !== 'ADP') return true;
  // "Kopp's 1987 Chevrolet Cavalier": a model year before a name.
  return before !== undefined && (/^['’]s$/.test(before.text) || before.pos === 'DET') && next === 'PROPN';
}

/**
 * Whether `t` is a year between an article and a noun that a likeness compares with ("comparable to
 * the 2004 Asian tsunami", "similar to the 1989 spill"): the standard of the comparison, not of the
 * clause (not "hit hard by the 2003 SARS outbreak", whose date is the hitting's).
 */
export function yearBeforeNoun(tokens: readonly Token[], t: TemporalExpression): boolean {
  const [a, b] = tokenRange(tokens, t.start, t.end);
  return (
    b === a + 1 &&
    /^\d{4}$/.test(tokens[a]!.text) &&
    /^(?:the|a|an)$/i.test(tokens[a - 1]?.text ?? '') &&
    tokens[a - 2]?.pos === 'ADP' &&
    /^(?:comparable|similar|equivalent|akin|reminiscent|identical|close)$/i.test(tokens[a - 3]?.text ?? '') &&
    /^(?:NOUN|PROPN|ADJ)$/.test(tokens[b]?.pos ?? '')
  );
}

/**
 * Whether a date stands inside the phrase of the noun at `n`, before it: opened by a determiner
 * or a possessive ("the Sept. 11, 2001, terrorist attacks", "his Aug. 2 power-grab") or itself
 * possessive ("last year's Madrid summit"), with only modifiers and commas up to the noun.
 */
export function inNounPhrase(tokens: readonly Token[], t: TemporalExpression, n: number): boolean {
  const [a, b] = tokenRange(tokens, t.start, t.end);
  if (n < b || n - b > 4) return false;
  const opened = /^(?:DET|PRON)$/.test(tokens[a - 1]?.pos ?? '') || /^['’]s$/.test(tokens[b]?.text ?? '');
  return (
    opened &&
    tokens.slice(b, n).every((x) => /^(?:ADJ|NOUN|PROPN|NUM)$/.test(x.pos) || /^(?:,|['’]s)$/.test(x.text))
  );
}

/** Rules of `attachTimex` by which a date binds an event noun directly. */
export const BOUND_RULES: ReadonlySet<string> = new Set(['possessive', 'premodifier', 'noun-pp']);
