/**
 * A determiner and at most two modifiers right before the date: "the April 20 explosion", "the
 * fatal April 20 blast". (No preposition among the modifiers: "that on April 20 the rig …" is a
 * clause's date.)
 */
const ATTRIBUTIVE_BEFORE =
  /\b(?:the|its|their|his|her|our)\s+(?:(?!(?:on|in|at|by|to|of|for|from|since|until|before|after|that)\b)[a-z][\p{L}-]*\s+){0,2}$/u;

/** The noun the date modifies, after a day span's end if any: "April 20 oil rig explosion", "June 23-24 meeting". */
const NOUN_AFTER =
  /^(?:\s*[-–]\s*\d{1,2})?\s+(?!(?:and|or|to|in|on|at|of|for|by|with|from|when|that|which|is|are|was|were|will|would|has|have|had|and)\b)\p{L}[\p{L}-]*/u;

/**
 * A noun phrase ending right before the date's "on" or "in": "the blowout of the Macondo well on",
 * "its explosion, on". Up to three words after the determiner, and one "of" phrase.
 */
const NOUN_PHRASE_BEFORE =
  /\b(?:the|its|their|his|her|our|a|an)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+(?:\s+of\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)?\s*,?\s+(?:on|in)\s+$/u;

/** The clause's verb group right after the date (and its comma): the date was in the subject. */
const VERB_AFTER =
  /^\s*,?\s+(?:(?:also|still|now|not)\s+)?(?:will|would|shall|is|are|won['’]t|could|may|might|should|must)\b/;

/** Words in the noun phrase that tell a clause of its own: "the rig that sank on", "it was seen on". */
const CLAUSE_WORD = /\b(?:who|which|that|was|were|is|are|will|would|has|have|had|said|says)\b/i;

/**
 * Whether the month-day at [start, end) dates a happening named in a noun phrase rather than the
 * clause's verb: "the April 20 oil rig explosion", "The final report on the blowout of the Macondo
 * well on April 20 is due in January". Such a date is not read by the clause's future tense: the
 * happening it dates is named, not planned.
 */
export function dateInHappeningPhrase(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 100), start);
  const after = text.slice(end, end + 40);
  if (ATTRIBUTIVE_BEFORE.test(before) && NOUN_AFTER.test(after)) return true;
  const phrase = NOUN_PHRASE_BEFORE.exec(before);
  return phrase !== null && !CLAUSE_WORD.test(phrase[0]) && VERB_AFTER.test(after);
}
