import { describe, expect, it } from 'vitest';
import { annotate, tokensWithin } from '../../../src/events/nlp/annotate.ts';

describe('annotate', () => {
  it('gives tokens with exact UTF-16 offsets, parts of speech and lemmas', () => {
    const text = 'Fighting broke out in “Kabul’s” west — 21 people were killed. Émigrés 🇦🇫 fled.';
    const { tokens } = annotate(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const killed = tokens.find((t) => t.text === 'killed')!;
    expect(killed.pos).toBe('VERB');
    expect(killed.lemma).toBe('kill');
    expect(tokens.find((t) => t.text === 'broke')!.lemma).toBe('break');
  });

  it('keeps a decimal after a word ending in a digit as one token', () => {
    const texts = annotate('A magnitude-4.5 aftershock and a M8.1 quake.').tokens.map((t) => t.text);
    expect(texts).toContain('magnitude-4.5');
    expect(texts).toContain('M8.1');
  });

  it('marks where the library starts sentences', () => {
    const text = 'The U.S. Embassy closed. Talks collapsed on Friday.';
    const { sentenceStarts } = annotate(text);
    expect(sentenceStarts).toEqual([0, text.indexOf('Talks')]);
  });

  it('finds the tokens within a span', () => {
    const text = 'Militants attacked a checkpoint on Tuesday.';
    const { tokens } = annotate(text);
    const from = text.indexOf('a checkpoint');
    expect(tokensWithin(tokens, from, from + 'a checkpoint'.length).map((t) => t.text)).toEqual([
      'a',
      'checkpoint',
    ]);
  });
});

describe('annotate, whatever was read before', () => {
  it('reads a text the same after another text taught the library a new word', () => {
    // wink adds unknown words to its lexicon; once "Q.X.Z" is known it would split "Q.X.Z." in two.
    // (Words no other test uses, so this text is read for the first time after the teacher.)
    annotate('He led Q.X.Z research into blasts.');
    const text = 'Officials of the Q.X.Z. agency met.';
    expect(annotate(text).tokens.map((t) => t.text)).toEqual([
      'Officials',
      'of',
      'the',
      'Q.X.Z.',
      'agency',
      'met',
      '.',
    ]);
  });
});

describe('annotate, a short text read again', () => {
  it('gives the same reading as the first time, between other texts and after many others', () => {
    const title = 'The Zorvian mission well leaked oil';
    const first = annotate(title);
    const copy = JSON.parse(JSON.stringify(first));
    annotate('He led Zorvian research into blasts.');
    expect(annotate(title)).toEqual(copy);
    // More short texts than are kept: the title is read afresh, the same way.
    for (let i = 0; i < 1100; i++) annotate(`Officials met ${i} times`);
    const again = annotate(title);
    expect(again).toEqual(copy);
    expect(again.tokens.find((t) => t.text === 'well')!.pos).toBe('NOUN');
  });
});

describe('annotate and hyphens', () => {
  it('keeps a hyphenated word whole, as one token', () => {
    const text = 'Wael al-Halqi was named; the talks lasted three-and-a-half hours after his power-grab.';
    const words = annotate(text).tokens.map((t) => t.text);
    expect(words).toContain('al-Halqi');
    expect(words).toContain('three-and-a-half');
    expect(words).toContain('power-grab');
    expect(annotate('A well - known fact.').tokens.map((t) => t.text)).toContain('-');
  });

  it('reads the head an article opens as a noun, and a participle before its noun as an adjective', () => {
    const pos = (text: string, word: string) => annotate(text).tokens.find((t) => t.text === word)?.pos;
    expect(pos('The well leaked oil.', 'well')).toBe('NOUN');
    expect(pos('BP has spent $930 million responding to the ruptured well.', 'well')).toBe('NOUN');
    expect(pos('A deepwater oil well exploded in the Gulf.', 'well')).toBe('NOUN');
    expect(pos('The plan worked well.', 'well')).toBe('ADV');
    expect(pos("The leak began when Transocean's Horizon well ruptured in April.", 'well')).toBe('NOUN');
    expect(pos('Federer played Nadal well.', 'well')).toBe('ADV');
    expect(pos('The government said the blown-out well has been plugged.', 'well')).toBe('NOUN');
    expect(pos('Heavy fighting is continuing in the city.', 'fighting')).toBe('NOUN');
    expect(pos('Troops are fighting in the city.', 'fighting')).toBe('VERB');
    expect(pos('A controlled burn of the slick has begun.', 'burn')).toBe('NOUN');
    expect(pos('A controlled burn of the slick has begun.', 'controlled')).toBe('ADJ');
    expect(pos('The slick to remove oil has begun.', 'slick')).toBe('NOUN');
    // Not a verb after its subject, nor a superlative standing for its noun.
    expect(pos('Troops burn the village.', 'burn')).toBe('VERB');
    expect(pos('The worst is over.', 'worst')).not.toBe('NOUN');
  });
});

describe('annotate: verbs of saying taken for nouns', () => {
  const posOf = (text: string, word: string) => annotate(text).tokens.find((t) => t.text === word)?.pos;
  it('tags a verb of saying after its subject and before the clause it says as a verb', () => {
    expect(posOf('The UN estimates more than 9,000 people have died.', 'estimates')).toBe('VERB');
  });
  it('leaves the noun alone where no clause follows it', () => {
    expect(posOf('The UN estimates of the dead were revised.', 'estimates')).toBe('NOUN');
    expect(posOf('Government estimates showed the spill grew.', 'estimates')).toBe('NOUN');
  });
});

describe('annotate: "live" after a verb and its object', () => {
  const posOf = (text: string) => annotate(text).tokens.find((t) => t.text === 'live')?.pos;
  it('tags it an adverb there, and a verb where it is the verb', () => {
    expect(posOf('Activists streamed their rally live on the internet.')).toBe('ADV');
    expect(posOf('Many Syrians live in fear.')).toBe('VERB');
  });
});

describe('annotate: a verb before a reflexive object', () => {
  it('tags a word the tagger took for a noun before "themselves" as a verb', () => {
    const blow = annotate('Two suicide bombers blow themselves up outside the base.').tokens.find(
      (t) => t.text === 'blow',
    );
    expect(blow?.pos).toBe('VERB');
  });
});
