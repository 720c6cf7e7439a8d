import { fieldsOf, humanDate } from './dates.ts';

/** What every parser and refiner sees: the text and the document creation time. */
export interface TaggingContext {
  readonly text: string;
  /** DCT as `YYYY-MM-DD`. */
  readonly reference: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** "12 April 2022", for explanations. */
  readonly referenceLabel: string;
}

/** Build the context; throws on a malformed reference so bad input fails loudly. */
export function createContext(text: string, reference: string): TaggingContext {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reference)) {
    throw new RangeError(`reference must be YYYY-MM-DD, got ${JSON.stringify(reference)}`);
  }
  const { year, month, day } = fieldsOf(reference);
  return { text, reference, year, month, day, referenceLabel: humanDate(reference) };
}
