import type {
  Actor,
  ChronologyEvent,
  EventStatus,
  EventTime,
  EventType,
  Mention,
  Place,
} from '../../model/chronology.ts';
import type { Precision, TimexMod } from '../../model/timex.ts';
import { type ChronologyColumns, detailAt, dictAt, type EventDetail, FLAG_ABSENT } from './arrowColumns.ts';

/** Where column-backed events read their detail: parsed from the file, or made up on demand. */
export type DetailSource = (p: number) => EventDetail;

/** One-entry cache: the details panel, search and exports read the same event several times in a row. */
class DetailStore {
  private p = -1;
  private last: EventDetail | null = null;
  constructor(private readonly source: DetailSource) {}
  get(p: number): EventDetail {
    if (p !== this.p || !this.last) {
      this.last = this.source(p);
      this.p = p;
    }
    return this.last;
  }
}

/** `when` of a column-backed event: the explanation is part of the detail, read on demand. */
class ColumnTime implements EventTime {
  constructor(
    readonly start: string,
    readonly end: string,
    readonly precision: Precision,
    readonly value: string,
    readonly approximate: boolean,
    readonly mod: TimexMod | undefined,
    private readonly store: DetailStore,
    private readonly p: number,
  ) {}
  get explanation(): string | undefined {
    return this.store.get(this.p).explanation;
  }
  toJSON(): EventTime {
    const explanation = this.explanation;
    return {
      start: this.start,
      end: this.end,
      precision: this.precision,
      value: this.value,
      approximate: this.approximate,
      ...(this.mod !== undefined ? { mod: this.mod } : {}),
      ...(explanation !== undefined ? { explanation } : {}),
    };
  }
}

/**
 * An event whose timeline fields live in columns and whose mentions, disagreements and merge
 * records are parsed only when read (the details panel, search, exports). `JSON.stringify` gives
 * the plain chronology event.
 */
class ColumnEvent implements ChronologyEvent {
  constructor(
    readonly id: string,
    readonly title: string,
    readonly when: ColumnTime,
    readonly reported: string,
    readonly actors: readonly Actor[],
    readonly places: readonly Place[],
    readonly type: EventType | undefined,
    readonly status: EventStatus | undefined,
    readonly isReport: boolean | undefined,
    readonly fatalities: number | undefined,
    readonly injured: number | undefined,
    readonly arrested: number | undefined,
    readonly countsApproximate: boolean | undefined,
    readonly corroboration: number | undefined,
    private readonly store: DetailStore,
    private readonly p: number,
  ) {}
  get mentions(): readonly Mention[] {
    return this.store.get(this.p).mentions;
  }
  get disagreements(): ChronologyEvent['disagreements'] {
    return this.store.get(this.p).disagreements;
  }
  get merged(): ChronologyEvent['merged'] {
    return this.store.get(this.p).merged;
  }
  toJSON(): ChronologyEvent {
    const d = this.store.get(this.p);
    const opt = <K extends string, V>(k: K, v: V | undefined): { [P in K]?: V } =>
      (v === undefined ? {} : { [k]: v }) as { [P in K]?: V };
    return {
      id: this.id,
      title: this.title,
      when: this.when.toJSON(),
      reported: this.reported,
      ...opt('isReport', this.isReport),
      ...opt('status', this.status),
      mentions: d.mentions,
      actors: this.actors,
      places: this.places,
      ...opt('type', this.type),
      ...opt('fatalities', this.fatalities),
      ...opt('injured', this.injured),
      ...opt('arrested', this.arrested),
      ...opt('countsApproximate', this.countsApproximate),
      ...opt('corroboration', this.corroboration),
      ...opt('disagreements', d.disagreements),
      ...opt('merged', d.merged),
    };
  }
}

/** Column-backed events plus the per-event source names, known without reading any mention. */
export interface ColumnEvents {
  readonly events: readonly ChronologyEvent[];
  sourcesOf(p: number): readonly string[];
}

const flagAt = (a: Uint8Array, p: number): boolean | undefined =>
  a[p] === FLAG_ABSENT ? undefined : a[p] === 1;
const numAt = (a: Float64Array, p: number): number | undefined => (Number.isNaN(a[p]!) ? undefined : a[p]);

/**
 * Events over `columns` that share one parsed list per distinct actor, place and source list,
 * with details read from `detail` (by default the file's JSON column) when first needed.
 */
export function columnEvents(columns: ChronologyColumns, detail?: DetailSource): ColumnEvents {
  const store = new DetailStore(detail ?? ((p) => detailAt(columns, p)));
  const lists = <T>(values: readonly string[]): T[] => values.map((s) => JSON.parse(s) as T);
  const actors = lists<Actor[]>(columns.actors.values);
  const places = lists<Place[]>(columns.places.values);
  const sources = lists<string[]>(columns.sources.values);
  const none: never[] = [];
  const events: ChronologyEvent[] = new Array(columns.length);
  for (let p = 0; p < columns.length; p++) {
    const when = new ColumnTime(
      dictAt(columns.start, p)!,
      dictAt(columns.end, p)!,
      dictAt(columns.precision, p) as Precision,
      dictAt(columns.value, p)!,
      columns.approximate[p] === 1,
      dictAt(columns.mod, p) as TimexMod | undefined,
      store,
      p,
    );
    events[p] = new ColumnEvent(
      columns.id[p]!,
      columns.title[p]!,
      when,
      dictAt(columns.reported, p)!,
      actors[columns.actors.codes[p]!] ?? none,
      places[columns.places.codes[p]!] ?? none,
      dictAt(columns.type, p) as EventType | undefined,
      dictAt(columns.status, p) as EventStatus | undefined,
      flagAt(columns.isReport, p),
      numAt(columns.fatalities, p),
      numAt(columns.injured, p),
      numAt(columns.arrested, p),
      flagAt(columns.countsApproximate, p),
      numAt(columns.corroboration, p),
      store,
      p,
    );
  }
  return { events, sourcesOf: (p) => sources[columns.sources.codes[p]!] ?? none };
}
