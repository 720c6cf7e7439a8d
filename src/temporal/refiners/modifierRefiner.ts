import type { TimexMod } from '../../model/timex.ts';
import { daysBetween, humanDate, shift } from '../dates.ts';
import type { Draft } from '../draft.ts';
import type { TemporalRefiner } from '../pipeline.ts';

/** Words before an expression that TimeML keeps inside the extent as a `mod`, checked in order. */
const PREFIXES: readonly [RegExp, TimexMod, 'point' | 'amount' | 'relative'][] = [
  [/(?:\bthe\s+)?(?:very\s+)?\b(?:beginning|start|outset|dawn)\s+of\s+$/i, 'START', 'point'],
  [/(?:\bthe\s+)?(?:very\s+)?\b(?:end|close)\s+of\s+$/i, 'END', 'point'],
  [/(?:\bthe\s+)?\b(?:middle|midst)\s+of\s+$/i, 'MID', 'point'],
  [/\bearly(?:\s+in)?\s+$/i, 'START', 'point'],
  [/\blate(?:\s+in)?\s+$/i, 'END', 'point'],
  [/\bmid-?\s*$/i, 'MID', 'point'],
  [/\bearlier\s+$/i, 'START', 'relative'],
  [/\blater\s+$/i, 'END', 'relative'],
  [/\b(?:about|around|approximately|roughly|some|circa|an\s+estimated|or\s+so)\s+$/i, 'APPROX', 'amount'],
  [/\b(?:nearly|almost|less\s+than|fewer\s+than|under|just\s+under)\s+$/i, 'LESS_THAN', 'amount'],
  [/\b(?:more\s+than|longer\s+than|upwards\s+of|just\s+over)\s+$/i, 'MORE_THAN', 'amount'],
  [/\b(?:up\s+to|no\s+more\s+than|at\s+most)\s+$/i, 'EQUAL_OR_LESS', 'amount'],
  [/\b(?:at\s+least|no\s+less\s+than)\s+$/i, 'EQUAL_OR_MORE', 'amount'],
];

/**
 * The word each prefix ends with, before its trailing spaces: text that ends with none of
 * them cannot match any prefix, so most drafts skip the thirteen unanchored regexes.
 */
const LAST_WORDS: readonly string[] = [
  'of',
  'in',
  'early',
  'late',
  'mid',
  'mid-',
  'earlier',
  'later',
  'about',
  'around',
  'approximately',
  'roughly',
  'some',
  'circa',
  'estimated',
  'so',
  'nearly',
  'almost',
  'than',
  'under',
  'over',
  'to',
  'most',
  'least',
];

function mayHavePrefix(before: string): boolean {
  const tail = before.trimEnd().slice(-13).toLowerCase();
  return LAST_WORDS.some((word) => tail.endsWith(word));
}

/** Narrow a placed range to its first, middle or last third. */
function narrow(range: { start: string; end: string }, mod: TimexMod) {
  const days = daysBetween(range.start, range.end) + 1;
  const third = Math.max(1, Math.floor(days / 3));
  if (mod === 'START') return { start: range.start, end: shift(range.start, 'day', third - 1) };
  if (mod === 'END') return { start: shift(range.end, 'day', 1 - third), end: range.end };
  if (mod === 'MID') return { start: shift(range.start, 'day', third), end: shift(range.end, 'day', -third) };
  return range;
}

function applies(d: Draft, kind: 'point' | 'amount' | 'relative', surface: string): boolean {
  if (kind === 'amount')
    return (
      d.type === 'DURATION' ||
      /^(?:\d|an?\s|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)/i.test(
        surface,
      ) ||
      d.type === 'TIME'
    );
  if (kind === 'relative') return /^(?:this|last|next|that)\b/i.test(surface);
  return (
    ((d.type === 'DATE' || d.type === 'TIME') &&
      d.precision !== 'day' &&
      d.precision !== 'time' &&
      d.precision !== 'vague') ||
    /Islamic/.test(d.tags.join())
  );
}

/**
 * "early March", "the end of 2012", "about three years", "more than two weeks": the modifier
 * joins the extent, sets `mod`, and a START/MID/END narrows the range to the matching third.
 */
export const modifierRefiner: TemporalRefiner = {
  name: 'ModifierRefiner',
  refine(context, drafts) {
    let floor = 0;
    for (const d of drafts) {
      const before = context.text.slice(Math.max(floor, d.start - 40), d.start);
      const surface = context.text.slice(d.start, d.end);
      for (const [pattern, mod, kind] of mayHavePrefix(before) ? PREFIXES : []) {
        const m = pattern.exec(before);
        if (!m || !applies(d, kind, surface)) continue;
        d.start -= m[0].length;
        d.mod = mod;
        d.tags.push(this.name);
        const placed = d.range && kind !== 'amount' && d.precision !== 'vague';
        if (placed && d.range) {
          if (/Islamic/.test(d.tags.join()) && mod === 'START') {
            // "the beginning of Ramadan" is its first day: the event layer dates things from it.
            d.value = d.range.start;
            d.precision = 'day';
            d.range = { start: d.range.start, end: d.range.start };
          } else {
            d.range = narrow(d.range, mod);
          }
        }
        d.explanation = `${d.explanation}${d.explanation ? '; ' : ''}"${m[0].trim()}" marks ${mod}${placed && d.range ? ` (${humanDate(d.range.start)} to ${humanDate(d.range.end)})` : ''}`;
        break;
      }
      floor = d.end;
    }
    return drafts;
  },
};
