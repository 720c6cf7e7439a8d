import type { TemporalExpression } from '../../model/timex.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';
import { datePredicate } from './datePredicate.ts';
import { CLAUSE_VERBS } from './words.ts';

/*
 * Date expressions a title keeps although it leaves the points in time out: they are part of what
 * is said (a length of time, a frequency, a rate, a possessive before its noun, all a "be" says).
 */

/** Whether a title keeps the date expression `t` of sentence `s` as words of what is said. */
export function keptInTitle(s: Sentence, t: TemporalExpression): boolean {
  return (
    toldLength(s, t) ||
    frequencyOfNoun(s, t) ||
    rate(s, t) ||
    possessive(s, t) ||
    notUntil(s, t) ||
    subjectOfVerb(s, t) ||
    afterDue(s, t) ||
    toldByClause(s, t) ||
    namedDayObject(s, t) ||
    datePredicate(s, t)
  );
}

/** Parsers of a day or month that a name gives: a holiday, an Islamic holy month ("Ramadan"). */
const NAMED_DAY_PARSERS = /^(?:HolidayParser|MovableHolidayParser|IslamicHolidayParser|IslamicMonthParser)$/;

/**
 * "Afghans marked Nowruz quietly", "Muslims began Ramadan", "families celebrated Eid al-Fitr": a
 * holiday named right after a verb is the verb's object, what is marked or begun; without it the
 * title reads "Afghans marked quietly". (After a preposition, "on Nowruz", it is the time, and goes.)
 */
export function namedDayObject(s: Sentence, t: TemporalExpression): boolean {
  if (!t.tags.some((tag) => NAMED_DAY_PARSERS.test(tag))) return false;
  const before = s.tokens.findLast((x) => x.end <= t.start);
  return before?.pos === 'VERB' && !CLAUSE_VERBS.test(before.lemma);
}

/**
 * "administering Propofol on the day | the singer died", "the night | when he was arrested": a
 * time told by the clause after it is what that clause says; without it the clause is glued to the
 * words before ("administering Propofol and Lorazepam the singer died").
 */
export function toldByClause(s: Sentence, t: TemporalExpression): boolean {
  if (!/^the\s+(?:day|night|morning|afternoon|evening|week|month|year|moment|time)$/i.test(t.text))
    return false;
  const k = s.tokens.findIndex((x) => x.start >= t.end);
  const at = s.tokens.findIndex((x) => x.start >= t.start);
  // (After its preposition inside a clause, not opening it: "Earlier in the week | she visited Homs";
  // nor an apposition to another date: "since 1979, the year his father left office".)
  if (
    k < 0 ||
    s.tokens[at - 1]?.pos !== 'ADP' ||
    !s.tokens.slice(0, at).some((x) => x.pos === 'VERB' || x.pos === 'AUX')
  )
    return false;
  // "when" or "that" opens it; or a subject right after the noun, without its pronoun.
  let i = /^(?:when|that)$/i.test(s.tokens[k]!.text) ? k + 1 : k;
  if (
    !/^(?:DET|PRON|PROPN|NOUN)$/.test(s.tokens[i]?.pos ?? '') ||
    (/^(?:it|that|this)$/i.test(s.tokens[i]!.text) && i === k)
  )
    return false;
  while (i < s.tokens.length && i - k < 6 && /^(?:DET|ADJ|NOUN|PROPN|PRON)$/.test(s.tokens[i]!.pos)) i++;
  return /^(?:VERB|AUX)$/.test(s.tokens[i]?.pos ?? '') && !/ing$/i.test(s.tokens[i]!.text);
}

/**
 * "Officials said Thursday was the first day they had failed …", "Yesterday saw the heaviest
 * fighting": a date its clause's verb is said of is that clause's subject; without it the title
 * reads "said was the first day".
 */
export function subjectOfVerb(s: Sentence, t: TemporalExpression): boolean {
  const next = s.tokens.find((x) => x.start >= t.end);
  const before = s.tokens.findLast((x) => x.end <= t.start);
  return (
    (next?.pos === 'VERB' || next?.pos === 'AUX') &&
    // (Not an inverted "Six years ago came the Sars epidemic": a date counted back is an adverb.)
    !/\bago$/i.test(t.text) &&
    // (A verb's object takes no date before it: not "the toll rose Sunday to 40", a date's own verb.)
    !/ing$/i.test(next.text) &&
    // (Opening the sentence, or the words said: not "Mr Dudley, | today became", "estimates
    // released | Thursday were", where the date is the verb's, between its subject and it.)
    // ("which the WHO warned today | has": a deictic day after the verb is the verb's.)
    (before === undefined ||
      (before.pos === 'VERB' &&
        CLAUSE_VERBS.test(before.lemma) &&
        !/^(?:today|yesterday|tonight|now)$/i.test(t.text)) ||
      /^that$/i.test(before.text))
  );
}

/**
 * "The company's results due on Tuesday are expected to reveal …": the date a "due" looks to is
 * what it says; without it the title reads "results due are expected".
 */
export function afterDue(s: Sentence, t: TemporalExpression): boolean {
  return /\bdue\s+(?:(?:on|by|in|at|for)\s+)?$/i.test(
    s.text.slice(Math.max(0, t.start - s.start - 12), t.start - s.start),
  );
}

/**
 * "BP wasn't expected to reach that capacity until mid-July": the date a negated clause waits for
 * is what it says; without it the title says the opposite.
 */
export function notUntil(s: Sentence, t: TemporalExpression): boolean {
  const own = /^(?:until|till)\b/i.test(t.text);
  const before = s.text.slice(0, t.start - s.start) + (own ? ' until ' : '');
  // (Not a cleft, "It wasn't until the early 1900s that …", whose date is its point.)
  if (/\bit\s+(?:was|is|wasn['’]t|isn['’]t)\s+(?:not\s+)?until\s+$/i.test(before)) return false;
  // (The negation of the clause "until" belongs to, back to its last comma, semicolon or colon.)
  // (Not the comma of "19,000".)
  const breaks = [...before.matchAll(/[;:]|,(?!\d)/g)];
  const clause = before.slice((breaks.at(-1)?.index ?? -1) + 1);
  return /\b(?:until|till)\s+(?:the\s+)?$/i.test(before) && /\b(?:not|never|no)\b|n['’]t\b/i.test(clause);
}

/**
 * What a title leaves out is the points in time; a length of time after the verb is part of what
 * is said ("gave the firm 48 hours", "135 people have died in two days", "ending 48 years of
 * emergency rule"): a duration of a counted length, after the sentence's first verb, and not the
 * measure of "a day after …" nor a vague "recent years".
 */
export function toldLength(s: Sentence, t: TemporalExpression): boolean {
  if (t.type !== 'DURATION') return false;
  // "It took just a few seconds for the news to filter through", "the talks lasted several days":
  // a length, counted or not, is the object of a verb of taking or lasting.
  const at = s.tokens.findIndex((x) => x.start >= t.start);
  let v = at - 1;
  while (v > 0 && /^(?:just|only|about|around|nearly|almost|over|another)$/i.test(s.tokens[v]!.text)) v--;
  if (s.tokens[v]?.pos === 'VERB' && /^(?:take|last)$/.test(s.tokens[v]!.lemma)) return true;
  if (!/^P(?:T)?\d/.test(t.value)) return false;
  const verb = s.tokens.find((x) => x.pos === 'VERB' || x.pos === 'AUX');
  if (!verb || verb.start > t.start) return false;
  // ("the world's first official pandemic in 41 years | after the WHO raised …": the length a first
  // or a superlative is counted over, whatever follows it.)
  if (RECORD_BEFORE.test(s.text.slice(Math.max(0, t.start - s.start - 60), t.start - s.start))) return true;
  return !/^\s*(?:after|before|later|earlier|since|ago|on|from)\b/i.test(
    s.text.slice(t.end - s.start, t.end - s.start + 12),
  );
}

/** A first, a last or a superlative after its article or possessive, then its noun, and the "in" that opens the length it is counted over (not "an arrest in 24 hours"). */
const RECORD_BEFORE =
  /(?:\b(?:the|its|their|his|her|our)|['’]s)\s+(?:[\w-]+\s+)?(?:first|last|only|worst|best|most|least|\w{2,}est)\b(?:\s+[\w'’-]+){0,4}\s+in\s+$/i;

/**
 * "to agree to a daily ceasefire", "weekly protests": a frequency before a noun says what kind of
 * thing it is, and stays in a title; only points in time go.
 */
export function frequencyOfNoun(s: Sentence, t: TemporalExpression): boolean {
  if (t.type !== 'SET' || !/^(?:daily|weekly|monthly|yearly|annual|hourly|nightly)$/i.test(t.text))
    return false;
  const next = s.tokens.find((x) => x.start >= t.end);
  return next?.pos === 'NOUN' || next?.pos === 'ADJ';
}

/**
 * "struck a conciliatory note at Tuesday's debate", "to cope with last week's earthquake": a date
 * that owns the noun after it is the noun's determiner; without it the title reads "at debate".
 */
export function possessive(s: Sentence, t: TemporalExpression): boolean {
  const k = s.tokens.findIndex((x) => x.start >= t.end);
  // ("since Tuesday's 7.0 magnitude earthquake": or a number that measures it.)
  return k >= 0 && /^['’]s$/.test(s.tokens[k]!.text) && /^(?:NOUN|ADJ|NUM)$/.test(s.tokens[k + 1]?.pos ?? '');
}

/**
 * "Up to 60,000 barrels of oil a day have leaked", "5,000 barrels per day": a unit of time after a
 * quantity is the rate's, part of what is said; without it a daily flow reads as a total.
 */
export function rate(s: Sentence, t: TemporalExpression): boolean {
  if (!/^(?:a|an|per|each)\s+(?:day|week|month|year|hour|minute)$/i.test(t.text)) return false;
  const before = s.tokens.findLast((x) => x.end <= t.start);
  return before !== undefined && (before.pos === 'NOUN' || before.pos === 'NUM');
}

/** Words that round a date off ("in the next day | or two", "a week | or so"): they go with it. */
const ROUNDING = /^,?\s+or\s+(?:two|three|so|more|less|longer|later|earlier|sooner)\b/i;

/** Where a date that ends at offset `end` of the text ends with its rounding words. */
export function dateEnd(s: Sentence, end: number): number {
  const m = ROUNDING.exec(s.text.slice(end - s.start, end - s.start + 24));
  return m ? end + m[0].length : end;
}
