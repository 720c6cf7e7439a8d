import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv, quoteCsvField } from '../../../src/chronology/formats/parseCsv.ts';

describe('parseCsv', () => {
  it('splits plain fields and keeps empty ones', () => {
    expect(parseCsv('a,b,,d\r\n1,2,3,\r\n').records).toEqual([
      { line: 1, fields: ['a', 'b', '', 'd'] },
      { line: 2, fields: ['1', '2', '3', ''] },
    ]);
  });
  it('handles quoted commas, doubled quotes and CRLF, LF, CR inside quotes', () => {
    const { records } = parseCsv('"a,b","say ""hi""","x\r\ny\nz\rw"\nnext');
    expect(records[0]!.fields).toEqual(['a,b', 'say "hi"', 'x\r\ny\nz\rw']);
    expect(records[1]).toEqual({ line: 5, fields: ['next'] });
  });
  it('accepts a final record without a line break and skips blank lines', () => {
    expect(parseCsv('a\n\n\nb').records).toEqual([
      { line: 1, fields: ['a'] },
      { line: 4, fields: ['b'] },
    ]);
  });
  it('keeps a stray quote inside an unquoted field', () => {
    expect(parseCsv('5" pipe,x').records[0]!.fields).toEqual(['5" pipe', 'x']);
  });
  it('uses another delimiter when asked', () => {
    expect(parseCsv('a\tb,c\n', '\t').records[0]!.fields).toEqual(['a', 'b,c']);
  });
});

describe('quoteCsvField / formatCsv', () => {
  it('quotes only when needed', () => {
    expect(quoteCsvField('plain')).toBe('plain');
    expect(quoteCsvField('a,b')).toBe('"a,b"');
    expect(quoteCsvField('a"b')).toBe('"a""b"');
    expect(quoteCsvField('a\nb')).toBe('"a\nb"');
  });
  it('round-trips any table of strings', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'é', '\t') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const back = parseCsv(formatCsv(rows)).records.map((r) => r.fields);
          expect(back).toEqual(rows);
        },
      ),
    );
  });
});
