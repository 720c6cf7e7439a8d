import { describe, expect, it } from 'vitest';
import { notAnEvent } from '../../../src/events/clauses/eventFilter.ts';
import { factBoxLine } from '../../../src/events/clauses/factBoxLine.ts';

describe('factBoxLine', () => {
  it("takes a line opening with a bare year and a colon for a background box's line", () => {
    expect(notAnEvent('1957: Asian flu killed two million people.')).toBe('page furniture');
    expect(factBoxLine('1983: 80m gallons spilt off Iran')).toBe(true);
    expect(factBoxLine('1980-82: Indo-Soviet joint planning group meeting')).toBe(true);
  });

  it('leaves prose that holds a year and a colon, and a full date opening a line', () => {
    expect(factBoxLine('The band are a rare thing in 2010: an old-time string band.')).toBe(false);
    expect(factBoxLine('June 15, 2010: President Obama speaks from the Oval Office.')).toBe(false);
  });
});
