import type { TaggingContext } from '../context.ts';
import { type Draft, draft } from '../draft.ts';
import { NUMBER_PATTERN, parseNumber } from '../numbers.ts';
import type { PatternParser } from '../pipeline.ts';
import { shiftedPoint, UNIT_PATTERN } from '../units.ts';
import { UNITS } from '../vocabulary.ts';
import { periodPoint } from './relativePeriodParser.ts';

/**
 * "two days ago", "a year earlier", "months ago", "three weeks later". "ago"/"from now" count
 * from the DCT; "earlier"/"later" count from the narrative's last date, which a refiner finds.
 */
export const agoParser: PatternParser = {
  name: 'TimeUnitAgoParser',
  trigger: /\b(?:ago|back|earlier|later|from\s+now|hence)\b/i,
  pattern: new RegExp(
    `(?<![\\w-])(?:(${NUMBER_PATTERN})[\\s-]+)?(${UNIT_PATTERN})(\\s+and\\s+a\\s+half)?(?:\\s+or\\s+so)?\\s+(ago|back|earlier|later|from\\s+now|hence)(?![\\w-])`,
    'gi',
  ),
  // The direction word after a space. Runs of spaces or hyphens before it: ≤ 5 in the count
  // ("twenty-four and a half"), 1 after it, 3 in "and a half", 2 in "or so", 1 after the unit.
  anchor: { pattern: /\s(?:ago|back|earlier|later|from\s+now|hence)(?![\w-])/gi, spacesBefore: 12 },
  extract(context, match) {
    const d = extractAgo(context, match);
    // "a week or so ago": the same point, approximately.
    if (d && /\sor\s+so\s/i.test(match[0])) d.mod = 'APPROX';
    return d;
  },
};

function extractAgo(context: TaggingContext, match: RegExpExecArray): Draft | null {
  const [whole, number, unitWord = '', andAHalf, direction = ''] = match;
  const unit = UNITS[unitWord.toLowerCase()];
  if (!unit) return null;
  const plural = /s$/i.test(unitWord);
  // "the besieged quarter earlier this week": a bare singular unit counts nothing ("a year ago"
  // and "one day later" have their count).
  if (!number && !plural) return null;
  const counted = number ? parseNumber(number) : undefined;
  const count = counted !== undefined && andAHalf ? counted + 0.5 : counted;
  const dir = direction.toLowerCase().replace(/\s+/g, ' ');
  const sign = dir === 'later' || dir === 'from now' || dir === 'hence' ? 1 : -1;
  const narrative = dir === 'later' || dir === 'earlier';
  // "an hour later", "90 minutes earlier": the clock of the story is unknown, so only the span
  // is tagged (a DURATION, as TimeBank marks "a minute and a half later").
  if (
    narrative &&
    count !== undefined &&
    (unit.unit === 'hour' || unit.unit === 'minute' || unit.unit === 'second')
  )
    return null;
  const base = { start: match.index, end: match.index + whole.length, type: 'DATE' as const };
  if (count === undefined) {
    const ref = sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
    return draft({
      ...base,
      precision: 'vague',
      value: ref,
      explanation: `"${whole}" gives no count, so it only says ${sign < 0 ? 'some time before' : 'some time after'} the ${narrative ? 'events narrated' : 'publication'}`,
    });
  }
  if (unit.unit === 'year' && Number.isInteger(count) && !narrative) {
    // Financial news means "a year ago" as the same quarter a year before when it compares quarters.
    return draft({
      ...base,
      precision: 'year',
      pending: {
        kind: 'narrative',
        unit: 'year',
        offset: sign * count,
        fromDct: true,
        ...(sign < 0 ? { comparison: true } : {}),
      },
    });
  }
  if (narrative) {
    return draft({
      ...base,
      precision: 'day',
      pending: {
        kind: 'narrative',
        unit: unitOf(unitWord),
        offset: sign * count,
        ...(sign < 0 && unitOf(unitWord) === 'year' ? { comparison: true } : {}),
      },
    });
  }
  const weeks = unit.unit === 'week' ? count : unit.unit === 'fortnight' ? count * 2 : undefined;
  // "six weeks ago" is a rough count, so it names a calendar week (TimeML's granularity rule,
  // as HeidelTime: 1998-W02); "a week ago" is the idiom for the same weekday seven days back.
  const point =
    weeks !== undefined && weeks >= 2 && Number.isInteger(weeks)
      ? periodPoint(context.reference, 'week', sign * weeks)
      : shiftedPoint(context.reference, sign * count, unitWord);
  if (!point) return null;
  return draft({
    ...base,
    value: point.value,
    precision: point.precision,
    range: point.range,
    anchor: 'dct',
    explanation: `"${whole}", published ${context.referenceLabel} → ${point.label}`,
  });
}

function unitOf(word: string) {
  const unit = UNITS[word.toLowerCase()]?.unit ?? 'day';
  if (unit === 'fortnight' || unit === 'weekend') return 'week';
  if (unit === 'hour' || unit === 'minute' || unit === 'second') return 'day';
  return unit as 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
}
