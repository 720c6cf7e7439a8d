/** A word of a text with its offsets (end exclusive); a trailing period is not part of it. */
export interface Token {
  readonly w: string;
  readonly start: number;
  readonly end: number;
}

/** Splits a text into word tokens (letters, digits, inner apostrophes, periods and hyphens). */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\d][\p{L}\d'’.-]*/gu)].map((m) => ({
    w: m[0].replace(/[.]+$/, ''),
    start: m.index,
    end: m.index + m[0].replace(/[.]+$/, '').length,
  }));
}

/** The whitespace-separated words of a phrase. */
export const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** The phrase with its first letter in upper case. */
export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A string as a literal inside a regular expression. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
