import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { article, yesterday } from '../eventFixtures.ts';

describe('datedEvents (through extractEvents)', () => {
  it('dates the verb an infinitive hangs on rather than the merely possible infinitive', () => {
    const text = 'Treasurer Peter Costello and two other ministers all voted to support the republic Monday.';
    const events = extractEvents(article(text), [yesterday(text, 'Monday')]);
    expect(events).toHaveLength(1);
    expect(events[0]!.when.start).toBe('2022-04-11');
    expect(events[0]!.mentions[0]!.trigger?.text).toBe('voted');
  });
});
