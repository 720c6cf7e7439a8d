import { describe, expect, it } from 'vitest';
import { rowCache } from '../../../src/events/triggers/rowCache.ts';

describe('rowCache', () => {
  it('gives a new key a row of empty values and the same row after', () => {
    const cache = rowCache(4, 3, (n) => new Float64Array(n), Number.NaN);
    const at = cache.row('war');
    expect([...cache.data.subarray(at, at + 3)]).toEqual([Number.NaN, Number.NaN, Number.NaN]);
    cache.data[at + 1] = 7;
    expect(cache.row('war')).toBe(at);
    expect(cache.data[cache.row('war') + 1]).toBe(7);
  });

  it('keeps at most two generations of keys in the rows it allocated at the start', () => {
    const cache = rowCache(100, 6, (n) => new Float64Array(n), Number.NaN);
    const data = cache.data;
    for (let k = 0; k < 10_000; k++) cache.data[cache.row(`word${k}`)] = k;
    expect(cache.size).toBeLessThanOrEqual(200);
    expect(cache.data).toBe(data);
    expect(data.length).toBe(2 * 100 * 6);
    // The last generation's keys kept their values; a key long gone starts over empty.
    expect(cache.data[cache.row('word9999')]).toBe(9999);
    expect(cache.data[cache.row('word9950')]).toBe(9950);
    expect(cache.data[cache.row('word5')]).toBeNaN();
  });

  it('carries a key read in the older generation into the new one, values and all', () => {
    const cache = rowCache(2, 2, (n) => new Uint8Array(n), 0);
    const a = cache.row('a');
    cache.data[a] = 1;
    cache.data[a + 1] = 2;
    cache.row('b');
    cache.row('c'); // a new generation: 'a' and 'b' are the older one
    cache.row('d'); // the recent generation is full
    // 'a' starts a new generation over the rows 'a' and 'b' were in, and keeps its values.
    const moved = cache.row('a');
    expect([cache.data[moved], cache.data[moved + 1]]).toEqual([1, 2]);
    // 'b' was in the generation dropped.
    const b = cache.row('b');
    expect([cache.data[b], cache.data[b + 1]]).toEqual([0, 0]);
  });
});
