// Types of the validators scripts/build-validator.ts generates from chronology.schema.json.
import type { ErrorObject } from 'ajv';

/** An Ajv standalone validator: true when `data` is valid, else its errors are on `.errors`. */
export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export const validateChronology: GeneratedValidator;
export const validateArticle: GeneratedValidator;
export const validateEvent: GeneratedValidator;
export const validateIngestError: GeneratedValidator;
