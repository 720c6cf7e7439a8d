import { describe, expect, it } from 'vitest';
import {
  aspectualComplement,
  participleBefore,
  relativeOfNoun,
  simultaneousVerbs,
  whenClauseVerb,
} from '../../../src/events/anchoring/furtherWords.ts';
import { deverbalNouns, plainVerbs } from '../../../src/events/anchoring/plainWords.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';
import { parseSentence } from '../../../src/events/sentenceParse.ts';
import { yesterday } from '../eventFixtures.ts';

const parse = (text: string) => {
  const p = parseSentence(segmentSentences(text)[0]!, []);
  const all = [...p.triggers, ...plainVerbs(p), ...deverbalNouns(p)];
  const word = (w: string) => all.find((t) => t.text === w)!;
  return { p, all, word };
};

describe('aspectualComplement', () => {
  it('finds what a verb of beginning or ending begins or ends', () => {
    const a = parse('Hundreds of people from the US began to arrive in Havana today.');
    expect(aspectualComplement(a.p, a.word('began'), a.all)?.text).toBe('arrive');
    const b = parse('The company will begin mailing materials to shareholders this week.');
    expect(aspectualComplement(b.p, b.word('begin'), b.all)?.text).toBe('mailing');
  });

  it('finds nothing after another verb', () => {
    const c = parse('Police arrested the men and charged them today.');
    expect(aspectualComplement(c.p, c.word('arrested'), c.all)).toBeUndefined();
  });
});

describe('whenClauseVerb', () => {
  it('finds the verb of a "when" clause right after a date', () => {
    const text = 'The price has been cut in half since August, when the shares traded at about $10.';
    const a = parse(text);
    expect(whenClauseVerb(a.p, yesterday(text, 'August'), a.all)?.text).toBe('traded');
    const other = 'The price has been cut in half since August, and the shares traded at about $10.';
    const b = parse(other);
    expect(whenClauseVerb(b.p, yesterday(other, 'August'), b.all)).toBeUndefined();
  });
});

describe('participleBefore', () => {
  it('finds the participle a date follows right after its noun', () => {
    const text = "The boy's father said in a letter published Wednesday that he wants to see his son.";
    const a = parse(text);
    expect(participleBefore(a.p, yesterday(text, 'Wednesday'), a.all)?.text).toBe('published');
    const other = 'The father published a letter Wednesday.';
    const b = parse(other);
    expect(participleBefore(b.p, yesterday(other, 'Wednesday'), b.all)).toBeUndefined();
  });
});

describe('relativeOfNoun', () => {
  const verbsOf = (text: string, noun: string) => {
    const a = parse(text);
    return relativeOfNoun(a.p, a.word(noun), a.all).map((t) => t.text);
  };

  it('finds what a dated event noun did, past its "of" phrase and a place name', () => {
    expect(
      verbsOf(
        'The spill began after an April 20 explosion on the Deepwater Horizon rig, which killed 11 workers.',
        'explosion',
      ),
    ).toEqual(['killed']);
    expect(
      verbsOf(
        'He fled after the 1998 bombing of a Birmingham, Ala., clinic that killed an officer and injured a nurse.',
        'bombing',
      ),
    ).toEqual(['killed', 'injured']);
  });

  it("takes no person's relative clause, no present and no state", () => {
    expect(
      verbsOf('He was charged in the 1995 shooting of a doctor who performed abortions.', 'shooting'),
    ).toEqual([]);
    expect(
      verbsOf('Police recalled the 1998 bombing of a clinic that provides abortions.', 'bombing'),
    ).toEqual([]);
  });
});

describe('simultaneousVerbs', () => {
  const verbsOf = (text: string, verb: string) => {
    const a = parse(text);
    return simultaneousVerbs(a.p, a.word(verb), a.all).map((t) => t.text);
  };
  const crash =
    'In addition, 73 soldiers were killed en route to Lebanon when two military helicopters crashed last February.';

  it('joins a verb and the verb of its "when" clause, either way', () => {
    expect(verbsOf(crash, 'killed')).toEqual(['crashed']);
    expect(verbsOf(crash, 'crashed')).toEqual(['killed']);
    expect(verbsOf('Elian was rescued on Nov. 25 while clinging to an inner tube.', 'rescued')).toEqual([
      'clinging',
    ]);
  });

  it('takes no contrasting "while", no question and no saying', () => {
    expect(
      verbsOf('The industry gave $2.4 million to McCain while $898,000 went for Obama.', 'gave'),
    ).toEqual([]);
    expect(verbsOf('Talks took place about when Turkey would link up its network.', 'took')).toEqual([]);
    expect(verbsOf('Allen has said when the test ends on Friday, BP would move.', 'ends')).toEqual([]);
  });
});
