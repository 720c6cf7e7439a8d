import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readInputs, stdinName } from '../../src/cli/readInputs.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

describe('readInputs', () => {
  it('walks a folder for article files, sorted by path', () => {
    const { files, errors } = readInputs([`${fixtures}articles`], () => '');
    expect(errors).toEqual([]);
    expect(files.map((f) => f.name.split('/').pop())).toEqual([
      '2022-04-12-badakhshan.md',
      '2022-06-26-balkhab.md',
    ]);
  });

  it('reports a missing path and still reads the others', () => {
    const { files, errors } = readInputs(['/nonexistent/x.md', `${fixtures}bad/mixed.jsonl`], () => '');
    expect(files).toHaveLength(1);
    expect(errors).toEqual([{ file: '/nonexistent/x.md', line: 0, message: 'cannot read: ENOENT' }]);
  });

  it('reads - from stdin and guesses its format', () => {
    const { files } = readInputs(['-'], () => '{"id":"a"}');
    expect(files[0]?.name).toBe('<stdin>.jsonl');
    expect(stdinName('---\ntitle: x\n---')).toBe('<stdin>.md');
  });
});
