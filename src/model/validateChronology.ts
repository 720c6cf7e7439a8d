import Ajv from 'ajv';
import schema from './chronology.schema.json';
import type { Chronology } from './chronology.ts';

const ajv = new Ajv({ allErrors: true, strict: false });
const compiled = ajv.compile(schema);

/** The outcome of validating untrusted JSON against the chronology schema. */
export type ValidationResult = { ok: true; chronology: Chronology } | { ok: false; errors: string[] };

/**
 * Validates a parsed JSON value against `chronology.schema.json`. Each error names the JSON
 * path of the bad field, e.g. `/events/3/when/precision: must be equal to one of the allowed values`.
 */
export function validateChronology(data: unknown): ValidationResult {
  if (compiled(data)) return { ok: true, chronology: data as unknown as Chronology };
  const errors = (compiled.errors ?? []).slice(0, 20).map((e) => {
    const path = e.instancePath || '/';
    const extra =
      e.keyword === 'enum' ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : '';
    return `${path}: ${e.message ?? 'is invalid'}${extra}`;
  });
  return { ok: false, errors };
}
