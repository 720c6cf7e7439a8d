import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';

const eventsOf = (text: string, published: string) =>
  extractEvents({ id: 'a', title: 'a', source: 's', published, text }, tag(text, { reference: published }));

describe('asideInWords (through extractEvents)', () => {
  it("dates a relative clause's happening inside reported words, and tells the words' own undated", () => {
    const events = eventsOf(
      'BP says the complex top kill maneuver, which started three days earlier, has failed to stop the flow.',
      '2010-05-29',
    );
    const started = events.find((e) => e.mentions.some((m) => m.trigger?.text === 'started'));
    expect(started?.when.start).toBe('2010-05-26');
    expect(started?.mentions.map((m) => m.trigger?.text)).not.toContain('failed');
    const failed = events.find((e) => e.mentions.some((m) => m.trigger?.text === 'failed'));
    expect(failed?.title).toMatch(/has failed/);
    expect(failed?.when).toMatchObject({ end: '2010-05-29', mod: 'ON_OR_BEFORE' });
  });

  it("leaves a date of the words' own clause to their happening", () => {
    const [e] = eventsOf('BP said the top kill, a complex maneuver, had failed on Saturday.', '2010-05-31');
    expect(e?.mentions.map((m) => m.trigger?.text)).toContain('failed');
    expect(e?.when.start).toBe('2010-05-29');
  });

  it("dates a reduced relative inside the words by its own date, and keeps the words' happening undated", () => {
    const events = eventsOf(
      'Residents said the shooting occurred at a funeral for people killed on Friday in the town.',
      '2012-06-03',
    );
    const killed = events.find((e) => e.mentions.some((m) => m.trigger?.text === 'killed'));
    expect(killed?.when.start).toBe('2012-06-01');
    const occurred = events.find((e) => e.mentions.some((m) => m.trigger?.text === 'occurred'));
    expect(occurred?.when).toMatchObject({ end: '2012-06-03', mod: 'ON_OR_BEFORE' });
  });
});
