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

/**
 * Parses RFC 4180 CSV: quoted fields may hold the delimiter, `""` and line breaks; CRLF, LF and
 * lone CR all end records; a leading byte-order mark is dropped. Lenient where spreadsheets are:
 * a quote inside an unquoted field is kept literally. Blank lines are skipped.
 */
export function parseCsv(text: string, delimiter = ','): { records: CsvRecord[]; problems: CsvProblem[] } {
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const n = src.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let broken = false;
    let endOfRecord = false;
    while (i < n && !endOfRecord) {
      const c = src[i]!;
      if (quoted) {
        if (c === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            quoted = false;
            i++;
          }
        } else {
          if (c === '\n' || (c === '\r' && src[i + 1] !== '\n')) line++;
          field += c;
          i++;
        }
      } else if (c === '"' && field === '') {
        quoted = true;
        i++;
      } else if (c === delimiter) {
        fields.push(field);
        field = '';
        i++;
      } else if (c === '\r' || c === '\n') {
        i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
        line++;
        endOfRecord = true;
      } else {
        field += c;
        i++;
      }
    }
    if (quoted) {
      broken = true;
      problems.push({ line: startLine, message: 'unterminated quoted field (a " is never closed)' });
    }
    fields.push(field);
    if (broken) break;
    if (fields.length === 1 && fields[0] === '') continue;
    records.push({ line: startLine, fields });
  }
  return { records, problems };
}

const NEEDS_QUOTES = /[",\r\n]/;

/** Quotes a field when it holds a comma, quote or line break, doubling inner quotes (RFC 4180). */
export function quoteCsvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Formats records as RFC 4180 CSV with CRLF line breaks, including the final one. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(quoteCsvField).join(',')}\r\n`).join('');
}
