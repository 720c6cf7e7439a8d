import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INITIAL_STATE, type TimelineState } from '../../../src/timeline/state/timelineState.ts';
import { paramsToState, stateToParams } from '../../../src/timeline/state/urlState.ts';

const word = fc.stringMatching(/^[A-Za-z][A-Za-z &'-]{0,12}$/);
const isoDate = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const stateArb: fc.Arbitrary<TimelineState> = fc.record({
  view: fc.option(
    fc
      .tuple(fc.integer({ min: 0, max: 2e9 }), fc.integer({ min: 1, max: 1e6 }))
      .map(([a, d]) => ({ start: a * 60_000, end: (a + d) * 60_000 })),
    { nil: null },
  ),
  laneBy: fc.constantFrom('none', 'place', 'actor', 'type', 'source'),
  query: fc.string({ maxLength: 20 }),
  filters: fc.record({
    types: fc.array(word, { maxLength: 2 }),
    places: fc.array(word, { maxLength: 2 }),
    actors: fc.array(word, { maxLength: 2 }),
    sources: fc.array(word, { maxLength: 2 }),
    precisions: fc.array(fc.constantFrom('day', 'week', 'vague'), { maxLength: 2 }),
    from: fc.option(isoDate, { nil: null }),
    to: fc.option(isoDate, { nil: null }),
    keyOnly: fc.boolean(),
  }),
  selectedId: fc.option(fc.stringMatching(/^[a-z0-9-]{1,8}$/), { nil: null }),
  theme: fc.constantFrom('auto', 'light', 'dark'),
  listSort: fc.constantFrom('time', 'salience'),
});

describe('urlState', () => {
  it('round-trips any state through URL parameters', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const url = `?${stateToParams(state).toString()}`;
        expect(paramsToState(new URLSearchParams(url))).toEqual(state);
      }),
    );
  });

  it('keeps the key-events toggle and the list order in the permalink', () => {
    const state = {
      ...INITIAL_STATE,
      filters: { ...INITIAL_STATE.filters, keyOnly: true },
      listSort: 'salience' as const,
    };
    const p = stateToParams(state);
    expect(p.get('key')).toBe('1');
    expect(p.get('sort')).toBe('salience');
    expect(paramsToState(p)).toEqual(state);
  });

  it('keeps unrelated parameters and omits defaults', () => {
    const p = stateToParams(INITIAL_STATE, new URLSearchParams('data=/x.json&q=old'));
    expect(p.toString()).toBe('data=%2Fx.json');
  });

  it('ignores malformed values', () => {
    const s = paramsToState(
      new URLSearchParams(
        'from=yesterday&to=2022-01-01&lanes=colour&theme=pink&after=12/04/2022&key=yes&sort=random',
      ),
    );
    expect(s).toEqual(INITIAL_STATE);
  });
});
