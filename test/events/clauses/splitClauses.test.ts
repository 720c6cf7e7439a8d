import { describe, expect, it } from 'vitest';
import { clauses } from './clauseText.ts';

describe('splitClauses', () => {
  it("opens no clause at a demonstrative 'that' after a verb of action", () => {
    expect(
      clauses("BP wasn't expected to reach that capacity until mid-July under the earlier plan.")[0],
    ).toMatch(/^main: .*reach that capacity/);
  });

  it('opens no clause at the "as" of "such as", which gives examples', () => {
    expect(
      clauses(
        'The show has been turned into a tribute show with stars such as Beyonce re-working their songs.',
      ),
    ).toEqual([
      'main: The show has been turned into a tribute show with stars such as Beyonce re-working their songs .',
    ]);
  });

  it('takes the main clause up again after a clause inside a relative clause, no comma between them', () => {
    expect(
      clauses(
        'The school, which closed after five pupils were diagnosed with flu, said it was rescheduling exams.',
      ),
    ).toEqual([
      'main: The school ,',
      'relative: which closed',
      'subordinate: after five pupils were diagnosed with flu ,',
      'coordinate: said it was rescheduling exams .',
    ]);
  });

  it('takes the main clause up again after a relative clause at an adverb before its finite verb', () => {
    expect(
      clauses('Compaq, which said it discovered the bugs, still plans to announce new products.').at(-1),
    ).toBe('coordinate: still plans to announce new products .');
    // (An adverb of time before a past, too.)
    expect(clauses('The man, who was badly hurt, later died.').at(-1)).toBe('coordinate: later died .');
    // (Not an adverb before an "-ing" form, which goes on the aside.)
    expect(
      clauses('The rebels, who took the town, still holding the hill, were shelled.').some((c) =>
        c.startsWith('coordinate: still'),
      ),
    ).toBe(false);
  });

  it('opens a subordinate clause at a subordinator followed by a verb', () => {
    expect(clauses('Fighting broke out on Wednesday after talks collapsed.')).toEqual([
      'main: Fighting broke out on Wednesday',
      'subordinate: after talks collapsed .',
    ]);
  });

  it('keeps "as" with a role and its participle before "to" inside the clause', () => {
    expect(
      clauses('The council is trying to present itself as a government-in-waiting set to replace Assad.'),
    ).toEqual([
      'main: The council is trying to present itself as a government-in-waiting set to replace Assad .',
    ]);
  });

  it('keeps a prepositional "after" that opens no clause inside its clause', () => {
    expect(clauses('He resigned after the vote.')).toEqual(['main: He resigned after the vote .']);
  });

  it('splits relative and participial clauses after a comma, but not "including"', () => {
    expect(clauses('The League suspended Syria, which angered Damascus.')).toEqual([
      'main: The League suspended Syria ,',
      'relative: which angered Damascus .',
    ]);
    expect(clauses('Militants attacked a post, killing five.')).toEqual([
      'main: Militants attacked a post ,',
      'participial: killing five .',
    ]);
    expect(clauses('Several countries, including the UK, recalled envoys.')).toHaveLength(1);
  });

  it('starts a complement clause at "that" after a verb, and a new clause after a semicolon', () => {
    expect(clauses('The ministry said that the dispute had ended; talks resumed.')).toEqual([
      'main: The ministry said',
      'complement: that the dispute had ended ;',
      'coordinate: talks resumed .',
    ]);
  });

  it('opens no clause at the second "as" of "as many as"', () => {
    expect(clauses('As many as 50 people are feared to have been killed.')).toEqual([
      'main: As many as 50 people are feared to have been killed .',
    ]);
  });
});
