import type { ScoredTimex, TimexAlignment } from './matchTimexes.ts';

/** A scored timex that also carries its text (and, for system output, how it was made). */
export interface TextTimex extends ScoredTimex {
  readonly text: string;
  readonly tags?: readonly string[];
}

/** One line of the error report: a miss, a false positive, or a match with the wrong value. */
export interface TimexError {
  readonly kind: 'miss' | 'false-positive' | 'wrong-value';
  readonly doc: string;
  readonly goldText: string;
  readonly goldValue: string;
  readonly systemText: string;
  readonly systemValue: string;
  readonly context: string;
  readonly tags: string;
}

/** `radius` characters either side of a span, on one line, with the span in [brackets]. */
export function spanContext(text: string, start: number, end: number, radius = 50): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const before = flat(text.slice(Math.max(0, start - radius), start));
  const after = flat(text.slice(end, end + radius));
  return `${before}[${flat(text.slice(start, end))}]${after}`;
}

/** The errors of one document's alignment, in text order. */
export function timexErrors(
  doc: string,
  text: string,
  alignment: TimexAlignment<TextTimex, TextTimex>,
): TimexError[] {
  const rows: Array<TimexError & { at: number }> = [];
  const tagsOf = (t: TextTimex) => (t.tags ?? []).join(' ');
  for (const gold of alignment.missed) {
    rows.push({
      kind: 'miss',
      doc,
      goldText: gold.text,
      goldValue: gold.value,
      systemText: '',
      systemValue: '',
      context: spanContext(text, gold.start, gold.end),
      tags: '',
      at: gold.start,
    });
  }
  for (const system of alignment.spurious) {
    rows.push({
      kind: 'false-positive',
      doc,
      goldText: '',
      goldValue: '',
      systemText: system.text,
      systemValue: system.value,
      context: spanContext(text, system.start, system.end),
      tags: tagsOf(system),
      at: system.start,
    });
  }
  for (const { gold, system } of alignment.matches) {
    if (gold.value === system.value) continue;
    rows.push({
      kind: 'wrong-value',
      doc,
      goldText: gold.text,
      goldValue: gold.value,
      systemText: system.text,
      systemValue: system.value,
      context: spanContext(text, Math.min(gold.start, system.start), Math.max(gold.end, system.end)),
      tags: tagsOf(system),
      at: gold.start,
    });
  }
  rows.sort((a, b) => a.at - b.at);
  return rows.map(({ at: _at, ...row }) => row);
}

const COLUMNS = [
  'kind',
  'doc',
  'goldText',
  'goldValue',
  'systemText',
  'systemValue',
  'context',
  'tags',
] as const;

/** Error rows as TSV with a header line; tabs and newlines in fields become spaces. */
export function timexErrorsToTsv(rows: readonly TimexError[]): string {
  const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
  const lines = [COLUMNS.join('\t'), ...rows.map((row) => COLUMNS.map((c) => clean(row[c])).join('\t'))];
  return `${lines.join('\n')}\n`;
}
