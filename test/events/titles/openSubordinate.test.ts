import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { dropOpenSubordinate, opensClause } from '../../../src/events/titles/openSubordinate.ts';
import { firstWords } from './firstWords.ts';

describe('dropOpenSubordinate', () => {
  it("drops a clause a subordinator opens when its verb is not kept, not a name, a likeness or a happening's noun", () => {
    const a = firstWords(
      'The skipper was speaking as two of the subs - which can dive - started a campaign.',
      9,
    );
    dropOpenSubordinate(a.tokens, a.out, 3);
    expect(a.words()).toBe('The skipper was speaking');
    const b = firstWords('Ships were getting back in place as crews raced to resume work.', 8);
    dropOpenSubordinate(b.tokens, b.out, 2);
    expect(b.words()).toBe('Ships were getting back in place');
    const f = firstWords(
      'The push came as the co-chairs of the White House oil spill commission, Bill Reilly and Bob Graham, made their case.',
      11,
    );
    dropOpenSubordinate(f.tokens, f.out, 2);
    expect(f.words()).toBe('The push came');
    const g = firstWords("The board will meet until the company's liabilities from the spill are known.", 9);
    dropOpenSubordinate(g.tokens, g.out, 3);
    expect(g.words()).toBe('The board will meet');
    const h = firstWords('The spill began after the drilling rig explosion killed 11 workers.', 8);
    dropOpenSubordinate(h.tokens, h.out, 2);
    expect(h.words()).toBe('The spill began after the drilling rig explosion');
    const k = firstWords('The virus killed 101 people though the number of cases there is 26.', 10);
    dropOpenSubordinate(k.tokens, k.out, 2);
    expect(k.words()).toBe('The virus killed 101 people');
    const m = firstWords(
      'Microinsurance began as a form of charity in the 1990s, when the ILO began testing, said McCord.',
      10,
    );
    dropOpenSubordinate(m.tokens, m.out, 1);
    expect(m.words()).toBe('Microinsurance began as a form of charity in the 1990s');
    const n = firstWords('The alarm was raised when 20 of them, along with 18 soldiers, tested positive.', 8);
    dropOpenSubordinate(n.tokens, n.out, 3);
    expect(n.words()).toBe('The alarm was raised');
    const c = firstWords('He spoke of what is known as swine flu - at 40 cases - seemed mild.', 8);
    dropOpenSubordinate(c.tokens, c.out, 1);
    expect(c.words()).toBe('He spoke of what is known as swine');
    const d = firstWords('Mexicans are as diverse as their history was, researchers said.', 7);
    dropOpenSubordinate(d.tokens, d.out, 1);
    expect(d.words()).toBe('Mexicans are as diverse as their history');
    const e = firstWords('Dudley has been paraded as the new face of the fight to contain the damage.', 11);
    dropOpenSubordinate(e.tokens, e.out, 3);
    expect(e.words()).toBe('Dudley has been paraded as the new face of the fight');
  });
});

describe('opensClause with joined nouns', () => {
  it('opens a clause whose subject is nouns joined by "and", but not past a preposition', () => {
    const a = annotate(
      'The statement came as the company struggled with a cap and as local fishermen and small-business owners expressed fear.',
    ).tokens;
    expect(
      opensClause(
        a,
        a.findLastIndex((t) => t.text === 'as'),
      ),
    ).toBe(true);
    const b = annotate(
      'Swine flu was confirmed as the cause of 26 deaths in Mexico and 701 people have been infected.',
    ).tokens;
    expect(
      opensClause(
        b,
        b.findIndex((t) => t.text === 'as'),
      ),
    ).toBe(false);
  });
});

describe('opensClause with a group word and a listing aside', () => {
  it('opens a clause whose subject stands for a group, past a list after "including"', () => {
    const a = annotate(
      'Some of them performed while others, including director Steven Spielberg, singer Stevie Wonder and TV star Ellen DeGeneres, took telephone pledges.',
    ).tokens;
    expect(
      opensClause(
        a,
        a.findIndex((t) => t.text === 'while'),
      ),
    ).toBe(true);
  });
});
