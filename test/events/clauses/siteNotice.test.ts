import { describe, expect, it } from 'vitest';
import { notAnEvent } from '../../../src/events/clauses/eventFilter.ts';
import { isSiteNotice } from '../../../src/events/clauses/siteNotice.ts';

describe('isSiteNotice', () => {
  it.each([
    "Live coverage of the trial of Michael Jackson's personal physician, who is charged with involuntary manslaughter.",
    "Live coverage of Barack Obama's address will be shown between 2300 and 0200 GMT.",
    'The archives of all the student, teacher and staff blogs are still available here to read but commenting has closed.',
    'Comments are now closed.',
  ])('is a notice: %s', (s) => {
    expect(isSiteNotice(s)).toBe(true);
    expect(notAnEvent(s)).toBeDefined();
  });

  it.each([
    'The network said its live coverage of the summit drew 20 million viewers.',
    'The airport has closed and flights were diverted.',
    'Public comment on the plan closed on Friday.',
    'Tamiflu is now available in pharmacies across the country.',
  ])('is no notice: %s', (s) => {
    expect(isSiteNotice(s)).toBe(false);
  });
});
