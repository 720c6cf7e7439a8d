import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { frontedPlace, subjectEdges } from '../../../src/events/titles/subjectEdges.ts';

/** The words kept of `words` (a run of the text's tokens, as a subject walk found them). */
const edges = (text: string, words: string) => {
  const { tokens } = annotate(text);
  const from = tokens.findIndex((t) => t.text === words.split(' ')[0]);
  const out = words.split(' ').map((_, n) => from + n);
  return subjectEdges(tokens, out, 0, () => false)
    .map((i) => tokens[i]!.text)
    .join(' ');
};

describe('subjectEdges', () => {
  it("leaves out a copula's complement before an 'and', as a verb's object", () => {
    expect(
      edges(
        'The committee said it was delighted and Gordon Brown called it great.',
        'delighted and Gordon Brown',
      ),
    ).toBe('Gordon Brown');
    expect(
      edges(
        'The two new cases were unrelated and both patients were recovering.',
        'unrelated and both patients',
      ),
    ).toBe('both patients');
  });

  it('leaves out a phrase a preposition opens, closed by its comma', () => {
    expect(
      edges('In particular, troops and militia were found responsible.', 'particular , troops and militia'),
    ).toBe('troops and militia');
  });

  it('leaves out the object of a copula\'s phrase before an "and" that opens a clause of its own', () => {
    expect(
      edges(
        'Syria is now in a state of civil war and the government has lost control of cities.',
        'a state of civil war and the government',
      ),
    ).toBe('the government');
    expect(edges('Officials are in the UK and Italy meeting investors.', 'the UK and Italy')).toBe(
      'the UK and Italy',
    );
  });

  it('keeps the bound of a number with it', () => {
    expect(edges('At least 35 people died.', '35 people')).toBe('At least 35 people');
  });

  it('cuts a long subject back to its head at a preposition', () => {
    expect(
      edges(
        'The head of the regional council of the northern province in the east of the country resigned.',
        'The head of the regional council of the northern province in the east of the country',
      ),
    ).toBe('The head of the regional council of the northern province');
  });
});

describe('frontedPlace', () => {
  const place = (text: string, subject: string) => {
    const { tokens } = annotate(text);
    const first = tokens.findIndex((t) => t.text === subject);
    return frontedPlace(tokens, 0, [first], () => false)
      .map((i) => tokens[i]!.text)
      .join(' ');
  };

  it('finds the phrase that names where, closed by its comma before the subject', () => {
    expect(
      place("In Beirut's southern district of Tariq al-Jadideh, offices came under attack.", 'offices'),
    ).toBe("In Beirut 's southern district of Tariq al-Jadideh ,");
    expect(place('But near Isle Grande Terre, a pelican sat atop a piling.', 'a')).toBe(
      'near Isle Grande Terre ,',
    );
  });

  it('finds none for a date, a phrase without a name, or a subject not right after the comma', () => {
    expect(place('In March, troops shelled the district.', 'troops')).toBe('');
    expect(place("In Friday's statement, Mr Ban said the attacks violate the UN's demands.", 'Mr')).toBe('');
    expect(place('In particular, troops were found responsible.', 'troops')).toBe('');
    expect(place('In Homs troops shelled the district.', 'troops')).toBe('');
  });
});

describe('subjectEdges of a list', () => {
  it("cuts no list's last item back to its head", () => {
    const text = "Mr Assad's brother-in-law, his defense minister and the head of his crisis team died.";
    expect(
      edges(text, "Mr Assad 's brother-in-law , his defense minister and the head of his crisis team"),
    ).toBe("Mr Assad 's brother-in-law , his defense minister and the head of his crisis team");
  });
});

describe('subjectEdges of a fronted phrase without its comma', () => {
  it('starts the subject at the article or possessive that opens a noun phrase of its own', () => {
    expect(edges('In particular his mission has dropped the call.', 'particular his mission')).toBe(
      'his mission',
    );
    expect(edges('In Homs the army shelled the district.', 'Homs the army')).toBe('the army');
    // (Not a rate's indefinite article: "Around 100 people a day".)
    expect(edges('Around 100 to 200 people a day are crossing the border.', '100 to 200 people a day')).toBe(
      'Around 100 to 200 people a day',
    );
  });
});
