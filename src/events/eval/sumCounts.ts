/** The field-by-field sum of two records of counts: scorers add up their documents' counts. */
export function sumCounts<T extends { [K in keyof T]: number }>(a: T, b: T): T {
  const out = { ...a };
  for (const k of Object.keys(b) as (keyof T)[]) out[k] = (a[k] + b[k]) as T[keyof T];
  return out;
}
