import { describe, expect, it } from 'vitest';
import { titleDefects } from '../../../src/events/eval/titleDefects.ts';

describe('reduced-relative', () => {
  it('finds a reduced relative clause titled without the main verb the sentence goes on to', () => {
    const report = 'A report issued Wednesday by UBS said the cost of the spill could reach $20bn.';
    expect(titleDefects('A report issued', report)).toContain('reduced-relative');
    expect(titleDefects('A report issued by UBS', report)).toContain('reduced-relative');
    expect(
      titleDefects('A report issued by UBS said the cost of the spill could reach $20bn', report),
    ).not.toContain('reduced-relative');
  });

  it('passes a finite verb with its object, and a participle whose clause ends', () => {
    expect(
      titleDefects('Police arrested two men', 'Police arrested two men suspected of looting said the mayor.'),
    ).not.toContain('reduced-relative');
    expect(
      titleDefects(
        'The company conceded',
        'The company conceded Thursday what some scientists have been saying for weeks.',
      ),
    ).not.toContain('reduced-relative');
    expect(
      titleDefects('Schools closed', 'Schools closed across the capital, and parents stayed home.'),
    ).not.toContain('reduced-relative');
  });
});
