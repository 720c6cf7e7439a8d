import { describe, expect, it } from 'vitest';
import { tag } from '../../../src/temporal/tag.ts';
import { find } from '../helpers.ts';

describe('presentEraRefiner', () => {
  it('reads "today" set against a year long past as the present age', () => {
    const text =
      'In 1965, for instance, there were 53m US hogs on more than 1m farms; today, 65m hogs are concentrated in 65,000 facilities.';
    const today = find(tag(text, { reference: '2009-04-27' }), 'today');
    expect(today?.value).toBe('PRESENT_REF');
    expect(today?.range).toBeUndefined();
    expect(today?.tags).toContain('PresentEraRefiner');
  });

  it('leaves "today" set against a recent day, or not opening its clause, a calendar day', () => {
    const recent = tag('A week ago, the WHO reported 229 cases; today it had 557.', {
      reference: '2009-04-27',
    });
    expect(find(recent, 'today')?.value).toBe('2009-04-27');
    const near = tag('In 2008, sales fell; today, the company said they rose.', { reference: '2009-04-27' });
    expect(find(near, 'today')?.value).toBe('2009-04-27');
    const inside = tag('In 1965, the plant opened, and the firm said today it will close.', {
      reference: '2009-04-27',
    });
    expect(find(inside, 'today')?.value).toBe('2009-04-27');
  });
});
