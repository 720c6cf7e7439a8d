import { describe, expect, it } from 'vitest';
import { splitClauses, titleClauses } from '../../../src/events/clauses/splitClauses.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';

/** The clauses of `text` as "kind: words", split plainly or with an opening subordinate clause set apart. */
const clauses = (text: string, fronted = false) => {
  const { tokens } = annotate(text);
  const plain = splitClauses(tokens);
  return (fronted ? titleClauses(tokens, plain) : plain).map(
    (c) =>
      `${c.kind}: ${tokens
        .slice(c.from, c.to)
        .map((t) => t.text)
        .join(' ')}`,
  );
};

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

describe('titleClauses', () => {
  const fronted = (text: string) => clauses(text, true);
  it('sets an opening subordinate clause apart from the main clause after its comma', () => {
    expect(fronted('Since the rig exploded in April, thousands of barrels have been gushing.')).toEqual([
      'subordinate: Since the rig exploded in April ,',
      'main: thousands of barrels have been gushing .',
    ]);
    expect(fronted('After talks collapsed on Friday, fighting broke out.')).toEqual([
      'subordinate: After talks collapsed on Friday ,',
      'main: fighting broke out .',
    ]);
  });
  it('leaves a sentence alone that opens with a phrase, not a clause', () => {
    const text = 'As a result of the first confirmed case, all parents were told to stay home.';
    const { tokens } = annotate(text);
    const plain = splitClauses(tokens);
    expect(titleClauses(tokens, plain)).toBe(plain);
    expect(fronted('After the talks, fighting broke out.')[0]).toMatch(/^main: After the talks ,/);
  });

  it('ends an aside a subordinator and a participle open at the comma before a finite verb', () => {
    expect(
      fronted(
        "Hillary Clinton, while criticising Russia's support of the regime, reiterated that Russia must act.",
      ),
    ).toEqual([
      'main: Hillary Clinton ,',
      "subordinate: while criticising Russia 's support of the regime ,",
      'coordinate: reiterated',
      'complement: that Russia must act .',
    ]);
  });

  it('starts a clause after a lone spaced dash before a subject and its verb, not inside a word', () => {
    expect(
      fronted('The city has become a focus of unrest - more than 100 people have been killed there.'),
    ).toEqual([
      'main: The city has become a focus of unrest -',
      'coordinate: more than 100 people have been killed there .',
    ]);
    expect(
      fronted('BP capped the nearly mile-deep well on Thursday and wants to keep it that way.'),
    ).toHaveLength(1);
  });
});

describe('titleClauses: a relative clause with an aside between dashes', () => {
  it('ends the relative clause at the closing dash before a finite verb', () => {
    expect(
      clauses(
        'Baroness Amos, who visited the city of Homs - including the district of Baba Amr - said the visit was short.',
        true,
      ).slice(-2),
    ).toEqual([
      'relative: who visited the city of Homs - including the district of Baba Amr -',
      'coordinate: said the visit was short .',
    ]);
  });

  it('leaves the relative clause whole when no finite verb follows the closing dash', () => {
    const split = clauses('He met Amos, who visited Homs - including Baba Amr - during the truce.', true);
    expect(split.at(-1)).toBe('relative: who visited Homs - including Baba Amr - during the truce .');
  });
});

describe('titleClauses: "as" after a verb of naming', () => {
  it('keeps the complement of "described as" in its clause', () => {
    expect(clauses('The government vowed to root out what it described as armed terrorists.', true)).toEqual([
      'main: The government vowed to root out what it described as armed terrorists .',
    ]);
  });

  it('opens a complement, not a relative clause, at "that there" and at "that he" after a name', () => {
    expect(clauses('The mayor offered to prove to Dudley that there is oil.')).toEqual([
      'main: The mayor offered to prove to Dudley',
      'complement: that there is oil .',
    ]);
    expect(
      clauses('The government had claimed until late on Thursday that there was nothing unusual.'),
    ).toContain('complement: that there was nothing unusual .');
    expect(clauses('He told Jones that he might win.')[1]).toMatch(/^complement: that he/);
  });
});
