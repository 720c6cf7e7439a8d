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
import {
  type ChronologyColumns,
  detailAt,
  dictAt,
  type EventDetail,
  FLAG_ABSENT,
  idAt,
} from './arrowColumns.ts';

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

/** The columns behind the events, with each distinct actor, place and source list parsed once. */
interface EventTable {
  readonly columns: ChronologyColumns;
  readonly store: DetailStore;
  readonly actors: readonly (readonly Actor[])[];
  readonly places: readonly (readonly Place[])[];
  readonly sources: readonly (readonly string[])[];
  readonly referents: readonly NonNullable<ChronologyEvent['referent']>[];
}

const none: never[] = [];
const flagAt = (a: Uint8Array, p: number): boolean | undefined =>
  a[p] === FLAG_ABSENT ? undefined : a[p] === 1;
const numAt = (a: Float64Array, p: number): number | undefined => (Number.isNaN(a[p]!) ? undefined : a[p]);

/** `when` of a column-backed event; the explanation is part of the detail, read on demand. */
class ColumnTime implements EventTime {
  constructor(
    private readonly t: EventTable,
    private readonly p: number,
  ) {}
  get start(): string {
    return dictAt(this.t.columns.start, this.p)!;
  }
  get end(): string {
    return dictAt(this.t.columns.end, this.p)!;
  }
  get precision(): Precision {
    return dictAt(this.t.columns.precision, this.p) as Precision;
  }
  get value(): string {
    return dictAt(this.t.columns.value, this.p)!;
  }
  get approximate(): boolean {
    return this.t.columns.approximate[this.p] === 1;
  }
  get mod(): TimexMod | undefined {
    return dictAt(this.t.columns.mod, this.p) as TimexMod | undefined;
  }
  get explanation(): string | undefined {
    return this.t.store.get(this.p).explanation;
  }
  toJSON(): EventTime {
    const { mod, explanation } = this;
    return {
      start: this.start,
      end: this.end,
      precision: this.precision,
      value: this.value,
      approximate: this.approximate,
      ...(mod !== undefined ? { mod } : {}),
      ...(explanation !== undefined ? { explanation } : {}),
    };
  }
}

/**
 * An event read from columns: two fields, everything else a getter, so a million of them cost
 * little. Mentions, disagreements and merge records are parsed only when read (the details panel,
 * search, exports). `JSON.stringify` gives the plain chronology event.
 */
class ColumnEvent implements ChronologyEvent {
  constructor(
    private readonly t: EventTable,
    private readonly p: number,
  ) {}
  get id(): string {
    return idAt(this.t.columns, this.p);
  }
  get title(): string {
    return this.t.columns.title[this.p]!;
  }
  get when(): EventTime {
    return new ColumnTime(this.t, this.p);
  }
  get reported(): string {
    return dictAt(this.t.columns.reported, this.p)!;
  }
  get referent(): ChronologyEvent['referent'] {
    return this.t.referents[this.t.columns.referent.codes[this.p]!];
  }
  get actors(): readonly Actor[] {
    return this.t.actors[this.t.columns.actors.codes[this.p]!] ?? none;
  }
  get places(): readonly Place[] {
    return this.t.places[this.t.columns.places.codes[this.p]!] ?? none;
  }
  get type(): EventType | undefined {
    return dictAt(this.t.columns.type, this.p) as EventType | undefined;
  }
  get status(): EventStatus | undefined {
    return dictAt(this.t.columns.status, this.p) as EventStatus | undefined;
  }
  get isReport(): boolean | undefined {
    return flagAt(this.t.columns.isReport, this.p);
  }
  get countsApproximate(): boolean | undefined {
    return flagAt(this.t.columns.countsApproximate, this.p);
  }
  get fatalities(): number | undefined {
    return numAt(this.t.columns.fatalities, this.p);
  }
  get injured(): number | undefined {
    return numAt(this.t.columns.injured, this.p);
  }
  get arrested(): number | undefined {
    return numAt(this.t.columns.arrested, this.p);
  }
  get corroboration(): number | undefined {
    return numAt(this.t.columns.corroboration, this.p);
  }
  get mentions(): readonly Mention[] {
    return this.t.store.get(this.p).mentions;
  }
  get disagreements(): ChronologyEvent['disagreements'] {
    return this.t.store.get(this.p).disagreements;
  }
  get merged(): ChronologyEvent['merged'] {
    return this.t.store.get(this.p).merged;
  }
  toJSON(): ChronologyEvent {
    const d = this.t.store.get(this.p);
    const opt = <K extends string, V>(k: K, v: V | undefined): { [P in K]?: V } =>
      (v === undefined ? {} : { [k]: v }) as { [P in K]?: V };
    return {
      id: this.id,
      title: this.title,
      when: (this.when as ColumnTime).toJSON(),
      reported: this.reported,
      ...opt('isReport', this.isReport),
      ...opt('status', this.status),
      mentions: d.mentions,
      ...opt('referent', this.referent),
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

/**
 * Events over `columns` that share one parsed list per distinct actor, place and source list,
 * with details read from `detail` (by default the file's JSON column) when first needed.
 */
export function columnEvents(columns: ChronologyColumns, detail?: DetailSource): ColumnEvents {
  const lists = <T>(values: readonly string[]): T[] => values.map((s) => JSON.parse(s) as T);
  const table: EventTable = {
    columns,
    store: new DetailStore(detail ?? ((p) => detailAt(columns, p))),
    actors: lists<Actor[]>(columns.actors.values),
    places: lists<Place[]>(columns.places.values),
    sources: lists<string[]>(columns.sources.values),
    referents: lists<NonNullable<ChronologyEvent['referent']>>(columns.referent.values),
  };
  const events: ChronologyEvent[] = new Array(columns.length);
  for (let p = 0; p < columns.length; p++) events[p] = new ColumnEvent(table, p);
  return { events, sourcesOf: (p) => table.sources[columns.sources.codes[p]!] ?? none };
}
