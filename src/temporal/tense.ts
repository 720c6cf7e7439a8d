/** Grammatical time of the clause around an expression, as far as cheap cues can tell. */
export type Tense = 'past' | 'present' | 'future' | 'unknown';

/**
 * Cue words, nearest one wins. "would" is future-in-the-past ("said it would vote on March 5"),
 * which in news points after the report, so it counts as future.
 */
const CUES =
  /\b(will|shall|won['’]t|wo n't|would|going to|is to|are to|plans? to|planning|planned|scheduled|slated|expected|set to|due|to be|supposed to|payable|expires?|effective|upcoming|next|was|were|had|did|said|began|held|met|took|came|went|left|fell|rose|told|found|made|gave|saw|won|lost|struck|fought|broke|sent|spent|led|became|brought|built|caught|chose|drove|flew|got|grew|kept|knew|paid|ran|sold|shot|stood|threw|wrote|fled|hit|quit|seized|says|ago|earlier|last|is|are|has|have|does|do|am|\w{3,}ed)\b|['’]ll\b/gi;

const FUTURE = new Set([
  'will',
  'shall',
  "won't",
  'won’t',
  'wo n’t',
  'would',
  'going to',
  'is to',
  'are to',
  'plan to',
  'plans to',
  'scheduled',
  'expected to',
  'due to',
  'upcoming',
  'next',
  'planned',
  'slated',
  'expected',
  'set to',
  'due',
  'to be',
  'supposed to',
  'payable',
  'expire',
  'expires',
  'effective',
  'planning',
]);
const PRESENT = new Set(['is', 'are', 'has', 'have', 'does', 'do', 'am', 'says']);

const PARTICIPLE =
  /^(?:\w{3,}ed|paid|sold|held|made|built|sent|spent|kept|brought|caught|found|lost|won|hit|led)$/i;
const AFTER_BE_OR_DETERMINER = /\b(?:the|a|an|its|their|his|her|our|be|been|being|is|are|was|were|am)\s+$/i;

/** Longest stretch either side of an expression searched for its sentence. */
const SENTENCE_WINDOW = 300;
const SENTENCE_BREAK = /[.!?\n]/;

/** The sentence span containing [start, end), at most SENTENCE_WINDOW characters either side. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  // The window is capped so text without sentence breaks stays linear: without the cap every
  // result rescanned the whole run (quadratic; measured by scripts/bench-tagger.ts).
  const minStart = Math.max(0, start - SENTENCE_WINDOW);
  const maxEnd = Math.min(text.length, end + SENTENCE_WINDOW);
  let s = start;
  while (s > minStart && !SENTENCE_BREAK.test(text[s - 1] ?? '')) s--;
  let e = end;
  while (e < maxEnd && !SENTENCE_BREAK.test(text[e] ?? '')) e++;
  return { start: s, end: e };
}

function classify(word: string): Tense {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (FUTURE.has(w) || /^['’]ll$/.test(w)) return 'future';
  if (PRESENT.has(w)) return 'present';
  return 'past';
}

/** The tense of the verb nearest to [start, end) in its sentence; left context counts slightly more. */
export function tenseAt(text: string, start: number, end: number): Tense {
  const sentence = sentenceAround(text, start, end);
  const slice = text.slice(sentence.start, sentence.end);
  let best: Tense = 'unknown';
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const m of slice.matchAll(CUES)) {
    const at = sentence.start + m.index;
    if (at >= start && at < end) continue;
    // "-ed" is a past participle only in lower case: "United", "Red Cross" are names.
    if (m[1] && /^[A-Z]/.test(m[1]) && /ed$/i.test(m[1]) && !/^(?:Planned|Scheduled|Expected)$/.test(m[1]))
      continue;
    // After a determiner or a form of "be" a participle is an adjective or passive ("the
    // increased dividend", "will be paid"): the auxiliary, if any, carries the tense.
    if (
      m[1] &&
      PARTICIPLE.test(m[1]) &&
      AFTER_BE_OR_DETERMINER.test(slice.slice(Math.max(0, m.index - 8), m.index))
    )
      continue;
    const distance = at < start ? start - at : (at - end) * 1.5;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = classify(m[0]);
    }
  }
  return best;
}
