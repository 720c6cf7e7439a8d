import { describe, expect, it } from 'vitest';
import { deverbalNouns, plainVerbs } from '../../../src/events/anchoring/datedEvents.ts';
import {
  aspectualComplement,
  participleBefore,
  whenClauseVerb,
} from '../../../src/events/anchoring/furtherWords.ts';
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
