import { describe, expect, it } from 'vitest';
import { titleDefects } from '../../../src/events/eval/titleDefects.ts';

// Titles and sentences as the extraction produced them on Timeline17 before titles were polished.
describe('titleDefects', () => {
  it('finds a dangling infinitive and the date left in the label', () => {
    expect(titleDefects('The committee to meet Syrian officials on Sunday in Qatar to try')).toEqual([
      'dangling-infinitive',
      'temporal-phrase',
    ]);
    expect(titleDefects('Uprising begins last year')).toEqual(['temporal-phrase']);
  });

  it('finds a trailing function word, a name cut short and a modifier without its noun', () => {
    expect(titleDefects('More than 370 people killed since')).toEqual(['trailing-function-word']);
    expect(
      titleDefects(
        "China's foreign ministry says envoy Li Huaxin met Syrian Foreign",
        "China's foreign ministry said envoy Li Huaxin met Syrian Foreign Minister Walid Muallem.",
      ),
    ).toContain('cut-name');
    expect(
      titleDefects(
        'China sends a senior envoy to Damascus to negotiate a peaceful',
        'Earlier, China said it was sending a senior envoy to Damascus to negotiate a peaceful solution.',
      ),
    ).toContain('cut-phrase');
  });

  it('finds titles without a subject, too long, unbalanced or with words glued by quotes', () => {
    expect(titleDefects('Begins a year ago')).toContain('no-subject');
    expect(titleDefects('Protests against President Assad begin')).toEqual([]);
    expect(
      titleDefects(
        'He was seen to have been at fault in the 2008 assassination of Hezbollah commander Imad Mughniyeh',
      ),
    ).toContain('too-long');
    expect(titleDefects('Operating results due out to be"very strong')).toContain('unbalanced');
    expect(
      titleDefects(
        'Government blamedarmed groupsfor the deaths of 120',
        'The government blamed"armed groups"for the deaths of 120.',
      ),
    ).toContain('glued-words');
  });

  it('passes a good label', () => {
    expect(
      titleDefects('Arab League suspends Syria’s membership', 'The Arab League suspended Syria.'),
    ).toEqual([]);
    expect(titleDefects('Sunday Times reporter Marie Colvin dies')).toEqual([]);
  });

  it('finds two clauses fused where a fronted clause lost its opening word', () => {
    const sentence =
      "When the deal with Libya's National Oil Company was announced in 2007, BP set a minimum initial exploration commitment of $900m.";
    expect(
      titleDefects("The deal with Libya's National Oil Company was announced BP set a minimum", sentence),
    ).toContain('fused-clause');
    expect(titleDefects("The deal with Libya's National Oil Company was announced", sentence)).not.toContain(
      'fused-clause',
    );
    expect(
      titleDefects(
        "When the deal with Libya's National Oil Company was announced, BP set a minimum",
        sentence,
      ),
    ).not.toContain('fused-clause');
    // (A sentence as extracted may open with a space: offsets are the sentence's own.)
    expect(
      titleDefects(
        "The deal with Libya's National Oil Company was announced BP set a minimum",
        ` ${sentence}`,
      ),
    ).toContain('fused-clause');
  });

  it('finds a title that ends on the first half of a pair', () => {
    const sentence =
      "Yet, the weekend's league matches in both Guadalajara and San Luis were played behind closed doors.";
    expect(titleDefects("The weekend's league matches in both Guadalajara", sentence)).toContain('half-pair');
    expect(
      titleDefects("The weekend's league matches in both Guadalajara and San Luis", sentence),
    ).not.toContain('half-pair');
    // "to attack" is no second half: an article must be a word of its own.
    expect(
      titleDefects('Calls from politicians', 'Calls from politicians to attack the rebels grew.'),
    ).not.toContain('half-pair');
  });

  it('finds a relative clause titled without its antecedent', () => {
    const sentence =
      'Experts are concerned about the new swine flu virus which the World Health Organisation warned has the potential to cause a pandemic.';
    expect(
      titleDefects('The World Health Organisation warned has the potential to cause a pandemic', sentence),
    ).toContain('gapped-clause');
    expect(
      titleDefects(
        'The new swine flu virus the World Health Organisation warned has the potential to cause a pandemic',
        sentence,
      ),
    ).not.toContain('gapped-clause');
    // (A clause whose pronoun is its subject, titled without it, is a title without a subject.)
    expect(
      titleDefects('Chairs the subcommittee', 'Mr Markey, who chairs the subcommittee, spoke.'),
    ).not.toContain('gapped-clause');
  });
});
