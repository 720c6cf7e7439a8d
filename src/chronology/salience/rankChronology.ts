import type { Chronology, ChronologyEvent, DateSalience } from '../../model/chronology.ts';
import type { ArticleSignals } from './articleSignals.ts';
import { collectTallies } from './collectTallies.ts';
import { type DateScore, scoreDates } from './dateSalience.ts';
import { type RankOptions, rankEvents } from './eventSalience.ts';

/** Days kept in the chronology's `dates` table: enough for any timeline an editor would write. */
const MAX_STORED_DATES = 400;

function stored(d: DateScore): DateSalience {
  return {
    date: d.date,
    salience: Math.round(d.salience * 1000) / 1000,
    mentions: d.mentions,
    later: d.later,
    published: d.published,
  };
}

/**
 * The salience stage, run after merging: scores the days the articles' temporal expressions
 * point at, ranks the events (salience, key, tally) and collects the running totals (from the
 * tally events' reports and every article sentence that states one), so the
 * explorer and `summarize` need no recomputation.
 */
export function rankChronology(
  chronology: Chronology,
  signals: readonly ArticleSignals[],
  options: RankOptions = {},
): Chronology {
  const scores = scoreDates(signals);
  const ranking = rankEvents(chronology.events, scores, options);
  const events: ChronologyEvent[] = chronology.events.map((e, i) => {
    const r = ranking[i]!;
    return {
      ...e,
      salience: r.salience,
      ...(r.key ? { key: true } : {}),
      ...(r.tally ? { tally: true } : {}),
    };
  });
  // Every report that states a running figure gives a point, the tally events' first (the point
  // links to them): a toll told in a report of the happening it counts from ("5,400 killed since
  // the unrest began", a report of "The unrest began", no tally) is on the line too.
  const tallies = collectTallies(
    [...events.filter((e) => e.tally), ...events.filter((e) => !e.tally)],
    chronology.articles,
    signals,
  );
  return {
    ...chronology,
    events,
    dates: scores
      .filter((d) => d.mentions > 0)
      .slice(0, MAX_STORED_DATES)
      .map(stored),
    ...(tallies.length > 0 ? { tallies } : {}),
  };
}
