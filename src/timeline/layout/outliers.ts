/** Events lying wholly outside a time domain, on one side. */
export interface OutlierSide {
  /** How many events end before (or start after) the domain. */
  readonly count: number;
  /** Position of the one nearest the domain, or -1 when there is none. */
  readonly nearest: number;
}

/** Events left out of a domain: those ending at or before its start, and those starting at or after its end. */
export interface Outliers {
  readonly before: OutlierSide;
  readonly after: OutlierSide;
}

/**
 * Counts the positions whose interval lies wholly outside `[d0, d1)`, so the overview can show
 * stray dates ("3 earlier", "1 later") as counts instead of stretching its axis to reach them.
 * Ties for the nearest go to the lower position, so the result does not depend on input order.
 */
export function outliers(
  positions: ArrayLike<number>,
  start: Float64Array,
  end: Float64Array,
  domain: readonly [number, number],
): Outliers {
  const [d0, d1] = domain;
  let before = 0;
  let after = 0;
  let nearBefore = -1;
  let nearAfter = -1;
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    if (end[p]! <= d0) {
      before++;
      if (nearBefore < 0 || end[p]! > end[nearBefore]! || (end[p] === end[nearBefore] && p < nearBefore))
        nearBefore = p;
    } else if (start[p]! >= d1) {
      after++;
      if (nearAfter < 0 || start[p]! < start[nearAfter]! || (start[p] === start[nearAfter] && p < nearAfter))
        nearAfter = p;
    }
  }
  return { before: { count: before, nearest: nearBefore }, after: { count: after, nearest: nearAfter } };
}

/**
 * The window a jump to an outlier shows: the current span, centred on the event, or the event
 * itself with a margin when it is longer than the span.
 */
export function jumpWindow(
  eventStart: number,
  eventEnd: number,
  span: number,
): { start: number; end: number } {
  const length = eventEnd - eventStart;
  if (length > span) {
    const margin = length * 0.05;
    return { start: eventStart - margin, end: eventEnd + margin };
  }
  const mid = (eventStart + eventEnd) / 2;
  return { start: mid - span / 2, end: mid + span / 2 };
}
