import type { TemporalExpression } from '../../model/timex.ts';
import { isoDate, monthRange } from '../../temporal/dates.ts';

/**
 * "between April and June", "from March to May last year", "April-June": two months joined as
 * the bounds of one span. The tagger reads each bound alone, so each would date
 * a happening of its own, and the span's end the happening the sentence tells ("BP reported
 * losses of $17bn between April and June" read as June). The words before the first bound must
 * open a span ("between", "from") unless a dash joins them.
 */
const JOINED = /^\s*(?:and|to|until|till|through|thru)\s+$|^\s*[-–]\s*$/i;
const OPENER = /\b(?:between|from)\s+(?:the\s+)?$/i;
/**
 * Grains a span may join: months and years. Read alone, a span's end dates what the sentence
 * tells over the whole span ("there were more than 7,000 spills between 1970 and 2000" read as
 * 2000, "Between 2001 and 2005, he was in charge of …" as 2005). (AQUAINT loses one pair to this,
 * "was found guilty of driving … at least twice from 1991 to 1997", where each year alone dated
 * the finding; the span dating the driving is the truer reading. Days, "from Monday to Friday",
 * keep each date's own happening.)
 */
const GRAINS: ReadonlySet<string> = new Set(['month', 'year']);

/**
 * Expressions (of an article or a sentence) with each span of two months ("between April and
 * June") read as one expression from the first's start to the second's end: its range runs from
 * the start of the first to the end of the second, as a quarter or a year when it is one.
 * A first bound with no year of its own takes the second's year ("between July and September
 * 2009"). `timexes` are in text order; the result too.
 */
export function joinedSpans(
  text: string,
  timexes: readonly TemporalExpression[],
): readonly TemporalExpression[] {
  let out: TemporalExpression[] | undefined;
  for (let i = 0; i < timexes.length; i++) {
    const span = i + 1 < timexes.length ? joined(text, timexes[i]!, timexes[i + 1]!) : undefined;
    if (span) {
      out ??= timexes.slice(0, i);
      out.push(span);
      i++;
    } else out?.push(timexes[i]!);
  }
  return out ?? timexes;
}

/** The span two expressions bound, or undefined when they are no two bounds of one span. */
function joined(text: string, a: TemporalExpression, b: TemporalExpression): TemporalExpression | undefined {
  if (a.type !== 'DATE' || b.type !== 'DATE' || a.precision !== b.precision || !GRAINS.has(a.precision))
    return undefined;
  if (!a.range || !b.range || a.mod || b.mod || b.start <= a.end) return undefined;
  const between = text.slice(a.end, b.start);
  if (!JOINED.test(between)) return undefined;
  if (!/[-–]/.test(between) && !OPENER.test(text.slice(Math.max(0, a.start - 14), a.start))) return undefined;
  // "occupied the town from March until June, when it withdrew its troops": the "when" clause after
  // an "until" is of the end's time; each bound keeps its own happening. (After "to" or "through" it
  // tells of the span: "From April through June, when BP's stock was tanking, …".)
  if (/^\s*(?:until|till)\s+$/i.test(between) && /^\s*,?\s*when\b/i.test(text.slice(b.end, b.end + 8)))
    return undefined;
  let start = a.range.start;
  // "between July and September 2009", "from March to May last year": a first bound with no year
  // of its own lies in the second's year (or the year before, "from November to February 2010").
  if (a.known.year === undefined) {
    const month = a.known.month ?? Number(a.range.start.slice(5, 7));
    const year = Number(b.range.start.slice(0, 4)) - (month > Number(b.range.start.slice(5, 7)) ? 1 : 0);
    start = monthRange(year, month).start;
  }
  const end = b.range.end;
  if (start >= end) return undefined;
  const { value, precision } = spanValue(start, end, a);
  return {
    ...a,
    end: b.end,
    text: text.slice(a.start, b.end),
    value,
    precision,
    range: { start, end },
    known: { ...b.known },
    implied: { ...a.implied, ...b.implied },
    tags: [...a.tags, 'DateSpan'],
    explanation: `"${text.slice(a.start, b.end)}": the span from ${start} to ${end}`,
  };
}

/** A span's TIMEX3 value: a quarter or a year when it is one; else its first month's, at month grain. */
function spanValue(
  start: string,
  end: string,
  a: TemporalExpression,
): { value: string; precision: TemporalExpression['precision'] } {
  const year = Number(start.slice(0, 4));
  // Years: the first year names the span's value, its range the whole ("1970" to "2000").
  if (a.precision === 'year') return { value: `${year}`, precision: 'year' };
  const first = Number(start.slice(5, 7));
  const last = Number(end.slice(5, 7));
  const sameYear = end.startsWith(`${year}-`);
  if (sameYear && start === isoDate(year, first, 1)) {
    if (last - first === 2 && first % 3 === 1)
      return { value: `${year}-Q${(first + 2) / 3}`, precision: 'quarter' };
    if (first === 1 && last === 12) return { value: `${year}`, precision: 'year' };
  }
  return { value: start.slice(0, 7), precision: a.precision };
}
