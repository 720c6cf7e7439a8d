import * as chrono from 'chrono-node';
import type { TimexType } from '../../model/timex.ts';
import type { TextTimex } from './timexErrors.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * What bare chrono-node finds in a text, mapped naively to TIMEX3: the value keeps the
 * components chrono knows (year → `YYYY`, month → `YYYY-MM`, day or weekday → `YYYY-MM-DD`,
 * an hour → `…THH:MM`, type TIME), filling the year from the reference as chrono does. It has
 * no durations, sets, seasons, quarters or vague references: the baseline the tagger must beat.
 */
export function chronoBaseline(text: string, reference: string): TextTimex[] {
  const [y, m, d] = reference.split('-').map(Number) as [number, number, number];
  // Local noon: chrono reads components in the host zone, and noon keeps the day in any zone.
  const refDate = new Date(y, m - 1, d, 12);
  return chrono.parse(text, refDate).map((result) => {
    const c = result.start;
    const year = c.get('year') ?? y;
    const month = c.get('month') ?? 1;
    const day = c.get('day') ?? 1;
    let value = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    let type: TimexType = 'DATE';
    if (c.isCertain('hour')) {
      value += `T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
      type = 'TIME';
    } else if (!c.isCertain('day') && !c.isCertain('weekday')) {
      if (c.isCertain('month')) value = value.slice(0, 7);
      else if (c.isCertain('year')) value = value.slice(0, 4);
    }
    return {
      start: result.index,
      end: result.index + result.text.length,
      text: result.text,
      type,
      value,
      tags: ['chrono-node'],
    };
  });
}
