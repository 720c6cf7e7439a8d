import { describe, expect, it } from 'vitest';
import { titleDefects } from '../../../src/events/eval/titleDefects.ts';

// Titles and sentences as the extraction made them on Timeline17 (H1N1_reuters, bpoil_foxnews) or
// of their kind.
describe('open-noun-phrase', () => {
  it('finds a title that ends inside a noun phrase the sentence goes on with', () => {
    const dome = 'BP tried to lower a 125-tonne containment dome over the leak.';
    expect(titleDefects('BP tried to lower a 125-tonne', dome)).toContain('open-noun-phrase');
    expect(titleDefects('BP tried to lower a 125-tonne containment dome', dome)).not.toContain(
      'open-noun-phrase',
    );
    const share = 'Nervous investors have wiped about a quarter off the value of BP since the blast.';
    expect(titleDefects('Nervous investors have wiped about a quarter', share)).toContain('open-noun-phrase');
    const staff =
      'Halliburton confirmed it performed a variety of services on the rig and had four employees stationed there at the time.';
    expect(
      titleDefects('Halliburton confirmed it performed a variety of services on the rig and had four', staff),
    ).toContain('open-noun-phrase');
    const places =
      'In Mexico, students returned to classes after shutting public places last week to avoid spread of the disease.';
    expect(titleDefects('Students returned to classes after shutting public', places)).toContain(
      'open-noun-phrase',
    );
  });

  it('passes a date after the word, a predicate adjective and a verb’s particle', () => {
    expect(
      titleDefects(
        'The total UK figure jumped to 1,320',
        'The total UK figure jumped to 1,320 today, with more.',
      ),
    ).not.toContain('open-noun-phrase');
    expect(
      titleDefects(
        'The guns fell silent',
        'Yet when the guns fell silent yesterday morning, Assad was still president.',
      ),
    ).not.toContain('open-noun-phrase');
    expect(titleDefects('The rig blew up', 'The rig blew up at 10pm, killing 11 workers.')).not.toContain(
      'open-noun-phrase',
    );
    expect(
      titleDefects(
        'Students returned to classes after shutting public places',
        'Students returned to classes after shutting public places last week.',
      ),
    ).not.toContain('open-noun-phrase');
  });
});
