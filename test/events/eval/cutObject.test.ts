import { describe, expect, it } from 'vitest';
import { titleDefects } from '../../../src/events/eval/titleDefects.ts';

// Titles and sentences as the extraction made them on Timeline17 (bpoil_washingtonpost,
// bpoil_foxnews, haiti_bbc) or of their kind.
describe('cut-object', () => {
  it('finds a title that ends on a verb whose object the sentence goes on with', () => {
    const hold =
      'After pumping mud for about nine hours on Wednesday, BP put the pumping on hold throughout the day Thursday while it pondered the initial results.';
    expect(titleDefects('BP put', hold)).toContain('cut-object');
    expect(titleDefects('BP put the pumping on hold', hold)).not.toContain('cut-object');
    const doing = 'He said that his administration is doing all it can, but that it needs help.';
    expect(titleDefects('He said his administration is doing', doing)).toContain('cut-object');
  });

  it('passes a verb a date follows', () => {
    expect(
      titleDefects(
        'The quake hit',
        'The quake hit more than a week ago, but aftershocks are still being felt.',
      ),
    ).not.toContain('cut-object');
    expect(titleDefects('Masri was buried', 'Masri was buried the following day.')).not.toContain(
      'cut-object',
    );
  });
});
