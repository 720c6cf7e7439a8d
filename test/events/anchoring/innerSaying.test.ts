import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { article, dayIn } from '../eventFixtures.ts';

/** The titles of a sentence's events, its "this year" dated 2022. */
const titles = (text: string) =>
  extractEvents(article(text), [{ ...dayIn(text, 'this year', '2022'), precision: 'year' }]).map(
    (e) => e.title,
  );

describe('innerSayer', () => {
  it("gives words a second saying opens to that saying's speaker, not the frame's", () => {
    const text =
      "President Obama announced that BP will set aside a fund, as the firm's chairman apologized for the disaster and said the company will not pay out any more dividends this year.";
    expect(titles(text)).toContain(
      "The firm's chairman said the company will not pay out any more dividends",
    );
  });

  it("keeps the frame's speaker for its own further saying", () => {
    const text =
      'Republicans said the ban was politically motivated, and have said they will investigate the decision this year.';
    expect(titles(text).some((t) => /^The ban have said/.test(t))).toBe(false);
    expect(titles(text)).toContain('Republicans said they will investigate the decision');
  });
});
