import { foundingFact } from './foundingFact.ts';

/**
 * Whether a sentence's wording tells background — a history or a standing condition — rather than
 * the day's news. English tense, aspect and adverbs of time only, never a topic's words. An undated
 * happening of such a sentence is no news of the day (see `tellsNews` in `articleContext.ts`).
 */

/** Irregular past participles the regular endings miss ("have put"); some are nouns too. */
const IRREGULAR =
  '(?:hit|put|set|cut|let|shut|spread|cost|hurt|quit|split|burst|read|led|fled|fed|met|left|kept|held|sold|told|found|heard|sent|spent|lost|meant|dealt|struck|stuck|won|become|come|run)';

/** An adverb inside a verb group ("have already put"), not a determiner ("had a set of …"). */
const INNER_ADVERB = "(?:\\w+ly|already|not|never|also|just|now|then|still|once|twice|since|n't)";

/** "have/has [twice] vetoed", "have so far been knocked": the present perfect, up to three words inside. */
const PRESENT_PERFECT = new RegExp(
  `\\b(?:ha(?:ve|s)|'ve)\\s+(?:(?:[\\w-]+\\s+){0,3}?(?:been\\s+)?[a-z]+(?:ed|en|wn|ne|ht|lt|ung|un|ome|ade|id|ot)|(?:${INNER_ADVERB}\\s+)?(?:been\\s+)?${IRREGULAR})\\b`,
  'i',
);

/**
 * Where the main clause ends: a clause joined by "but" or "while", a relative or complement clause,
 * the words of a saying. A signal there belongs to another clause ("…, control techniques that have
 * changed little over the past four decades"; "…, but so far they've been unsuccessful"). Lower case
 * only: "The WHO has …" is a name.
 */
const CLAUSE_END =
  /,\s*(?:but|and|while|as|although|though|yet|with)\b|;|:(?!\d)|\b(?:that|which|who|whom|whose|where|because|said|says|say|told|tells|according|claims?|asks?)\b/;

/** "The unrest had spiralled out of control": the past perfect tells an earlier time. */
const PAST_PERFECT = /\bhad\s+(?:\w+\s+)?(?:been\s+)?\w+(?:ed|en|wn|ne|ht|lt)\b/i;

/**
 * Words of a saying: a past perfect in what was said is the speaker's present perfect moved back a
 * tense ("Greenpeace said it had cut fuel supplies"), often the day's news; only the narrator's own
 * past perfect tells an earlier time.
 */
const SAYING =
  /\b(?:said|says|say|told|tells|added|adds|reported|reports|announced|announces|stated|states|confirmed|confirms|claimed|claims|explained|insisted|noted|acknowledged|admitted|according\s+to)\b/i;

/** "The authorities have long restricted …", "for decades": a standing condition. */
const STANDING =
  /\b(?:ha(?:ve|s)\s+long|long\s+been|always|for\s+(?:decades|years|generations|centuries))\b/i;

const NUMBER_WORD = '(?:two|three|four|five|six|seven|eight|nine|ten|a\\s+dozen|dozens\\s+of|\\d+)';

/**
 * A count of times or a repetition ("twice", "three times", "repeatedly", "consistently", "again and
 * again", "two previous resolutions"), not a multiple ("five times more oil", "twice the size").
 */
const REPEATED = new RegExp(
  `\\b(?:twice|thrice|(?:${NUMBER_WORD}|several|many|numerous|countless)\\s+times|repeatedly|consistently|constantly|frequently|often|regularly|routinely|continually|persistently|(?:${NUMBER_WORD}|several|many)\\s+(?:previous|prior|earlier)|again\\s+and\\s+again|time\\s+and\\s+again|more\\s+than\\s+once|on\\s+(?:several|many|numerous|${NUMBER_WORD})\\s+occasions)\\b(?!\\s+(?:more|less|fewer|as|the|that|higher|lower|larger|bigger|greater|over)\\b)`,
  'i',
);

/** "so far", "to date", "thus far": a sum of the time up to now. */
const SO_FAR = /\b(?:so\s+far|to\s+date|thus\s+far)\b/i;

/** "over the past 20 years", "in recent years", "over the years", "for many years": a span of years. */
const SPAN_OF_YEARS = new RegExp(
  `\\b(?:(?:over|in|during|for)\\s+the\\s+(?:past|last)\\s+(?:(?:few|several|${NUMBER_WORD})\\s+)?(?:years|decades)|in\\s+recent\\s+(?:years|decades)|over\\s+the\\s+(?:years|decades)|for\\s+(?:many|several)\\s+(?:years|decades))\\b`,
  'i',
);

/**
 * "Previously, …", "In the past, …", "Formerly …", "In the months before his death, …": the sentence
 * opens on an earlier time, or on the time before another happening.
 */
const OPENS_ON_EARLIER =
  /^\W*(?:previously|in\s+the\s+past\s*,|formerly|in\s+years\s+past|in\s+the\s+(?:\w+\s+)?(?:days|weeks|months|years)\s+(?:before|prior\s+to|leading\s+up\s+to)\s)/i;

/** "For 16 months, government troops have been fighting": a span opening a present perfect. */
const OPENS_ON_SPAN = new RegExp(
  `^\\W*for\\s+(?:(?:many|several|some|${NUMBER_WORD})\\s+)?(?:years|decades|months|weeks)\\b`,
  'i',
);

/**
 * A present copula whose noun predicate carries a reduced relative: a description of what stands,
 * not a happening ("Artemisia annua is a plant used to create drugs", "Most of the UK assets is cash
 * held in bank accounts by people … named in the EU's action").
 */
const DESCRIBED = new RegExp(
  `\\b(?:is|are)\\s+(?:(?:a|an|one\\s+of|among)\\s+)?(?:[a-z][\\w-]*\\s+){1,3}?(?:[a-z]+ed|${IRREGULAR}|known|given|seen|built|made|run)\\s+(?:in|by|to|from|on|at|with|for|as|into|across)\\b`,
);

/** A verb of past, perfect, future or possibility: a sentence that tells of one tells more than what stands. */
const NOT_STANDING =
  /\b(?:was|were|has|have|had|'ve|will|would|could|may|might|did|said|says|say|told|being)\b|\b\w+ing\b/i;

/** The main clause of `text`: up to the first clause boundary (`CLAUSE_END`). */
function mainClause(text: string): string {
  const end = CLAUSE_END.exec(text);
  return end ? text.slice(0, end.index) : text;
}

/**
 * Whether `signal` modifies a present perfect of `clause`: inside its verb group ("has twice
 * vetoed") or within a few words after it, no comma between ("have escaped lightly so far").
 */
function perfectWith(clause: string, signal: RegExp): boolean {
  for (const m of clause.matchAll(new RegExp(PRESENT_PERFECT, 'gi'))) {
    const s = signal.exec(clause.slice(m.index));
    if (!s) continue;
    const inside = s.index < m[0].length;
    const between = clause.slice(m.index + m[0].length, m.index + s.index);
    if (inside || (between.length < 40 && !/[,;]/.test(between))) return true;
  }
  return false;
}

/** Where a sentence stands: the article's opening sentence, the rest of its lead, or after. */
export type Standing = 'opening' | 'lead' | 'body';

/**
 * Why the wording of `text` tells background, or undefined when it may tell the day's news. Past
 * the past perfect and a standing condition, a signal counts only in the main clause. The lead
 * tells the news: a span of years there frames it ("In recent years, …" before what the report
 * found), so spans count only after it; its opening sentence is the news even with "repeatedly" or
 * "so far" ("Troops have repeatedly shelled Homs this week"), but the rest of the lead may sum up a
 * history ("China has twice vetoed UN resolutions against the Assad regime").
 */
export function backgroundWording(text: string, standing: Standing): string | undefined {
  if (PAST_PERFECT.test(text) && !SAYING.test(text)) return 'past perfect';
  if (STANDING.test(text)) return 'standing condition';
  if (standing === 'opening') return undefined;
  const main = mainClause(text);
  if (perfectWith(main, REPEATED)) return 'present perfect of repeated happenings';
  // "The spill has so far cost BP $450m" is the day's tally; without a number it sums up a history
  // ("China and Russia have so far blocked any UN action").
  if (perfectWith(main, SO_FAR) && !/\d|\b(?:hundreds|thousands|millions|billions|dozens)\b/i.test(text))
    return 'present perfect summed up so far';
  if (DESCRIBED.test(main) && !NOT_STANDING.test(main)) return 'description of what stands';
  if (foundingFact(main)) return 'founding or naming';
  if (standing === 'lead') return undefined;
  if (OPENS_ON_EARLIER.test(text)) return 'opens on an earlier time';
  if (SPAN_OF_YEARS.test(main)) return 'span of years';
  if (OPENS_ON_SPAN.test(main) && PRESENT_PERFECT.test(main)) return 'span before a present perfect';
  return undefined;
}
