import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { contentlessSaying, emptyDatedTitle, weakTitle } from '../../../src/events/titles/weakTitles.ts';

describe('weakTitle', () => {
  it('takes short, pronoun-led or subjectless titles for too little to stand undated', () => {
    expect(weakTitle('Fighting erupted')).toBe(true);
    expect(weakTitle('They will say')).toBe(true);
    expect(weakTitle('Has filed a series of reports')).toBe(true);
    expect(weakTitle('Rebels took the town of Azaz')).toBe(false);
    expect(weakTitle('About 300 people at a hotel have been placed under quarantine')).toBe(false);
    expect(weakTitle('At least 75,000 bodies have been buried in mass graves')).toBe(false);
    expect(weakTitle("'s accepted it will take months before scientists know")).toBe(true);
  });
});

describe('emptyDatedTitle', () => {
  it('keeps a short title that names a happening beside its date', () => {
    expect(emptyDatedTitle('Fighting erupted')).toBe(false);
    expect(emptyDatedTitle('In Homs, troops shelled the Baba Amr district')).toBe(false);
    expect(emptyDatedTitle('In Homs, the district')).toBe(true);
    expect(emptyDatedTitle('Attack on its compound')).toBe(false);
    expect(emptyDatedTitle('The uprising began')).toBe(false);
    expect(emptyDatedTitle('At least four people were killed')).toBe(false);
    expect(emptyDatedTitle('Between 1,000 and 2,000 Syrians fled')).toBe(false);
    expect(emptyDatedTitle('At the meeting')).toBe(true);
  });
  it('drops a verb without subject, a pronoun and verb, or a bare noun of two words', () => {
    expect(emptyDatedTitle('Been killed')).toBe(true);
    expect(emptyDatedTitle('They erupted')).toBe(true);
    expect(emptyDatedTitle('Armed violence')).toBe(true);
  });
});

describe('contentlessSaying', () => {
  it('takes a saying with only where it was said, or an empty "It" and a passive saying, for one', () => {
    expect(contentlessSaying('Biden said at the daily White House briefing')).toBe(true);
    expect(contentlessSaying('It was announced')).toBe(true);
    expect(contentlessSaying('Cases were announced')).toBe(false);
    expect(contentlessSaying('He said in the House')).toBe(false);
  });

  it('takes a title that is only who said something, what was said cut away, for one', () => {
    expect(contentlessSaying('White House spokesman Robert Gibbs said')).toBe(true);
    expect(contentlessSaying('Anas al-Abdah told the BBC')).toBe(true);
    expect(contentlessSaying('President Obama has made clear')).toBe(true);
    expect(contentlessSaying('Alain Le Roy told the US Public Broadcasting Service network')).toBe(true);
    expect(contentlessSaying('Alain Le Roy told the network about the looting')).toBe(false);
    // (Where the words stand, or where the addressee was, says nothing either.)
    expect(contentlessSaying('Mukasey wrote in his report')).toBe(true);
    expect(contentlessSaying('Markey said in a written statement')).toBe(true);
    expect(contentlessSaying('Hartl told reporters in Geneva')).toBe(true);
    expect(contentlessSaying('BP said in a statement the well was capped')).toBe(false);
    expect(contentlessSaying('He wrote in 1990')).toBe(false);
    expect(contentlessSaying('The ministry warned in a statement')).toBe(true);
    expect(contentlessSaying('The key witness told a lie in court')).toBe(false);
    // (Not a closing attribution, words said, nor a passive that is a happening of its own.)
    expect(contentlessSaying('Turkey identified its first case, the Health Ministry said')).toBe(false);
    expect(contentlessSaying('Mr Annan said the ceasefire was holding')).toBe(false);
    expect(contentlessSaying('Thirty-five new cases of swine flu were confirmed')).toBe(false);
  });
});

describe('a participle before its noun', () => {
  it('opens a subject, not a title without one', () => {
    const sentence = annotate('Confirmed cases in the US have risen from 226 to 286.').tokens;
    expect(weakTitle('Confirmed cases in the US have risen from 226 to 286', sentence)).toBe(false);
    expect(emptyDatedTitle('Confirmed cases in the US have risen from 226 to 286', sentence)).toBe(false);
    expect(weakTitle('Killed three soldiers in the attack')).toBe(true);
    // (Not a verb whose subject the cut left out, before a name or its object's own clause.)
    expect(weakTitle('Noted BP had the same problems with safety culture')).toBe(true);
    expect(weakTitle('Declared war by calling the tragedy preventable')).toBe(true);
    expect(weakTitle('Visited Louisiana and Mississippi')).toBe(true);
    // (Nor past a comma to a participle of its own: "Declared dividends, scheduled to be paid".)
    const dividends = annotate(
      'Previously declared dividends, scheduled to be paid on 21 June, have been shelved.',
    ).tokens;
    expect(emptyDatedTitle('Declared dividends, scheduled to be paid', dividends)).toBe(true);
  });
});
