/**
 * A determiner and at most two modifiers right before the date: "the April 20 explosion", "The
 * fatal April 20 blast". (No preposition among the modifiers: "that on April 20 the rig …" is a
 * clause's date.)
 */
const ATTRIBUTIVE_BEFORE =
  /\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?:(?!(?:on|in|at|by|to|of|for|from|since|until|before|after|that)\b)[a-z][\p{L}-]*\s+){0,2}$/u;

/** A day span's start before its end's number: "March 1-" of "the March 1-2 attacks". */
const SPAN_START = /\p{L}+\.?\s+\d{1,2}\s*[-–]\s*$/u;

/**
 * Nouns of a one-off happening that is over once named: a blast, an attack, a disaster. Not a
 * scheduled event (deadline, meeting, session, summit, talks, vote, hearing), whose date in a
 * future clause is still ahead ("will miss the January 15 deadline").
 */
const PAST_HAPPENING =
  '(?:explosions?|blasts?|attacks?|bombings?|spills?|sinking|blowout|(?:earth)?quakes?|crash(?:es)?|fires?|disasters?|accidents?|shootings?|massacres?|killings?|collapse|leaks?|tsunami|coup|uprising|raids?)';

/**
 * The happening noun the date modifies, after a day span's end and up to four modifiers: "April 20
 * Deepwater Horizon rig explosion", "March 1-2 attacks".
 */
const NOUN_AFTER = new RegExp(
  `^(?:\\s*[-–]\\s*\\d{1,2})?(?:\\s+(?!(?:and|or|to|in|on|at|of|for|by|with|from|when|that|which|is|are|was|were|will|would|has|have|had)\\b)[a-z][\\p{L}-]*){0,4}?\\s+${PAST_HAPPENING}\\b`,
  'iu',
);

/** A happening noun anywhere in a noun phrase: "the blowout of the Macondo well". */
const HAPPENING_WORD = new RegExp(`\\b${PAST_HAPPENING}\\b`, 'i');

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
 * happening it dates is named, not planned. The noun must name a one-off happening (see
 * `PAST_HAPPENING`): "the January 15 deadline", "the February 3 session" are still ahead.
 */
export function dateInHappeningPhrase(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 100), start);
  const after = text.slice(end, end + 60);
  // A day span's end ("2" of "the March 1-2 attacks") goes with its start.
  const spanStart = SPAN_START.exec(before);
  const head = spanStart === null ? before : before.slice(0, spanStart.index);
  if (ATTRIBUTIVE_BEFORE.test(head) && NOUN_AFTER.test(after)) return true;
  const phrase = NOUN_PHRASE_BEFORE.exec(before);
  return (
    phrase !== null &&
    !CLAUSE_WORD.test(phrase[0]) &&
    HAPPENING_WORD.test(phrase[0]) &&
    VERB_AFTER.test(after)
  );
}
