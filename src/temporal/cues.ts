import { alternation, MONTH_CUES } from './vocabulary.ts';

const CUE_BEFORE = new RegExp(`(?:^|[^\\w-])(?:${alternation(MONTH_CUES)})(?:\\s+the)?[\\s-]+$`, 'i');

/** Whether a temporal preposition or determiner ("in", "since", "last", "mid-") directly precedes `start`. */
export function monthCueBefore(text: string, start: number): boolean {
  return CUE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

const SINCE_BEFORE =
  /\bsince\s+(?:(?:shortly|just|soon|immediately|long)\s+)?(?:(?:after|before)\s+)?(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$/i;

/**
 * Whether "since" introduces the expression at `start` ("since Oct. 23", "since shortly after
 * the Oct. 23 slaying", "since early March"): a time before the report, never after it.
 */
export function sinceBefore(text: string, start: number): boolean {
  return SINCE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/** Capitalized words that open a sentence before a month without naming anyone. */
const FUNCTION_WORD =
  /^(?:The|A|An|That|These|Those|Each|Every|And|But|Or|As|When|While|Once|Throughout|Holy)$/;

/**
 * Whether the word at `start` directly follows a capitalized word — a given name ("Bouthaina
 * Shaaban", "Tariq Ramadan") — so it is a surname, not a month. A sentence-opening function
 * word or preposition ("During Ramadan", "The Ramadan fast") is not a name.
 */
export function followsCapitalizedWord(text: string, start: number): boolean {
  const before = /([A-Za-z][\w'’-]*)\s+$/.exec(text.slice(Math.max(0, start - 30), start));
  if (!before?.[1] || !/^[A-Z]/.test(before[1])) return false;
  return !FUNCTION_WORD.test(before[1]) && !monthCueBefore(text, start);
}
