import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TemporalExpression } from '../../src/model/timex.ts';
import { tag } from '../../src/temporal/tag.ts';

/** Text of a fixture under test/fixtures/temporal/. */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/temporal/${name}`, import.meta.url)), 'utf8');
}

/** The expression whose text is `surface` (the `nth` occurrence among results), or undefined. */
export function find(
  results: readonly TemporalExpression[],
  surface: string,
  nth = 0,
): TemporalExpression | undefined {
  return results.filter((r) => r.text === surface)[nth];
}

/** Tag `text` and return the single expression covering `surface`, failing loudly otherwise. */
export function tagOne(text: string, reference: string, surface: string): TemporalExpression {
  const results = tag(text, { reference });
  const hit = find(results, surface);
  if (!hit) {
    throw new Error(`no expression "${surface}" in ${JSON.stringify(results.map((r) => [r.text, r.value]))}`);
  }
  return hit;
}

/** A row of a table-driven test: text, the expression's surface, and expected fields. */
export interface Case {
  readonly text: string;
  readonly surface: string;
  readonly value: string;
  readonly type?: TemporalExpression['type'];
  readonly mod?: TemporalExpression['mod'];
  readonly precision?: TemporalExpression['precision'];
  readonly anchor?: TemporalExpression['anchor'];
  readonly rangeStart?: string;
}

/** The fields of `hit` a case asserts, so a table row compares in one `toEqual`. */
export function pick(hit: TemporalExpression, c: Case): Partial<Record<keyof Case, unknown>> {
  return {
    text: c.text,
    surface: hit.text,
    value: hit.value,
    ...(c.type ? { type: hit.type } : {}),
    ...('mod' in c ? { mod: hit.mod } : {}),
    ...(c.precision ? { precision: hit.precision } : {}),
    ...(c.anchor ? { anchor: hit.anchor } : {}),
    ...(c.rangeStart ? { rangeStart: hit.range?.start } : {}),
  };
}
