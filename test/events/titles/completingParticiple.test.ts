import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

describe('completingParticiple', () => {
  it('keeps the participle phrase that says what the last noun of an "of" phrase did', () => {
    expect(
      cut(
        'On Saturday there were reports of Syrian tanks and heavy machineguns pounding areas of Homs.',
        'reports',
        ['On Saturday'],
      ),
    ).toBe('Reports of Syrian tanks and heavy machineguns pounding areas of Homs');
    expect(cut('There were reports of people killed in Homs.', 'reports')).toBe(
      'Reports of people killed in Homs',
    );
  });

  it('keeps a participle’s place, not a date that went with the cut', () => {
    expect(
      cut('He announced a tour of the president starting in Moscow on Sunday.', 'tour', ['on Sunday']),
    ).toBe('A tour of the president starting in Moscow');
    expect(
      cut('He announced a visit of the president starting on Sunday.', 'visit', ['on Sunday']),
    ).not.toMatch(/on|Sunday/);
  });
});
