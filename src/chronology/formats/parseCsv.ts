import { dsvFormat } from 'd3-dsv';

/** One CSV record and the 1-based line it starts on (quoted fields may span lines). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/** A record the parser had to drop, e.g. an unterminated quoted field. */
export interface CsvProblem {
  readonly line: number;
  readonly message: string;
}

/** Line breaks inside a field: CRLF, LF and lone CR each count once, as d3-dsv splits records. */
function lineBreaks(field: string): number {
  let n = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    if (c === 10 || (c === 13 && field.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/**
 * Parses RFC 4180 CSV with d3-dsv: quoted fields may hold the delimiter, `""` and line breaks;
 * CRLF, LF and lone CR all end records; a leading byte-order mark is dropped; a quote inside an
 * unquoted field is kept literally. Blank lines are skipped. Each record keeps the line it starts
 * on, counted from the line breaks of the records before it. d3-dsv reads an unclosed quote to
 * the end of the file; that record is dropped and reported.
 */
export function parseCsv(text: string, delimiter = ','): { records: CsvRecord[]; problems: CsvProblem[] } {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows = dsvFormat(delimiter).parseRows(src);
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let line = 1;
  for (const fields of rows) {
    const start = line;
    for (const f of fields) line += lineBreaks(f);
    line++;
    if (fields.length === 1 && fields[0] === '') continue;
    records.push({ line: start, fields });
  }
  // An unclosed quote leaves an odd number of quote characters and swallows the line breaks
  // after it into the last record.
  const last = records.at(-1);
  if (last && (src.match(/"/g)?.length ?? 0) % 2 === 1 && last.fields.some((f) => lineBreaks(f) > 0)) {
    records.pop();
    problems.push({ line: last.line, message: 'unterminated quoted field (a " is never closed)' });
  }
  return { records, problems };
}

const csv = dsvFormat(',');

/** Quotes a field when it holds a comma, quote or line break, doubling inner quotes (RFC 4180). */
export function quoteCsvField(value: string): string {
  return csv.formatRow([value]);
}

/** Formats records as RFC 4180 CSV with CRLF line breaks, including the final one. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${csv.formatRow([...row])}\r\n`).join('');
}
