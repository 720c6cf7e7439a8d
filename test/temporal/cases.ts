import { expect, it } from 'vitest';
import { type Case, pick, tagOne } from './helpers.ts';

/** Run a table of cases against one reference date: each row must tag `surface` as stated. */
export function runCases(reference: string, cases: readonly Case[]): void {
  for (const c of cases) {
    it(`${c.surface} in "${c.text}" → ${c.value}`, () => {
      const hit = tagOne(c.text, reference, c.surface);
      expect(pick(hit, c)).toEqual({
        text: c.text,
        surface: c.surface,
        value: c.value,
        ...(c.type ? { type: c.type } : {}),
        ...('mod' in c ? { mod: c.mod } : {}),
        ...(c.precision ? { precision: c.precision } : {}),
        ...(c.anchor ? { anchor: c.anchor } : {}),
        ...(c.rangeStart ? { rangeStart: c.rangeStart } : {}),
      });
    });
  }
}
