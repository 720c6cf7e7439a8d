import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { eventClassOf, findTriggers, triggerScore } from '../../../src/events/triggers/findTriggers.ts';

const triggersOf = (text: string) => findTriggers(annotate(text).tokens);
const spans = (text: string) => triggersOf(text).map((t) => text.slice(t.start, t.end));

describe('findTriggers with the committed model', () => {
  it('finds a phrasal verb with its particle', () => {
    const text = 'Fighting broke out on Wednesday after talks collapsed.';
    expect(spans(text)).toContain('broke out');
    expect(spans(text)).toContain('collapsed');
    const broke = triggersOf(text).find((t) => t.lemma === 'break')!;
    expect(broke).toMatchObject({ text: 'broke out', pos: 'VERB', eventClass: 'OCCURRENCE' });
  });

  it('keeps the particle out of a transitive phrasal verb', () => {
    const text = 'Rebels blew up the bridge.';
    expect(spans(text)).toContain('blew');
    expect(spans(text)).not.toContain('blew up');
  });

  it('finds event nouns that no list names', () => {
    expect(spans('The evacuation of Kabul continued for days.')).toContain('evacuation');
    expect(spans('The attack killed 21 people.')).toEqual(['attack', 'killed']);
  });

  it('finds nothing in a bare noun phrase about an institution', () => {
    expect(triggersOf('The government.')).toEqual([]);
    expect(triggersOf('The people of the city')).toEqual([]);
  });

  it('takes no noun of a part of a thing before its "of" for a happening', () => {
    const text = 'It made landfall along a relatively unpopulated stretch of coast in Mexico late Wednesday.';
    expect(spans(text)).not.toContain('stretch');
  });

  it('classes reporting, aspectual and state events', () => {
    const { tokens } = annotate('The minister said the talks would continue.');
    const at = (word: string) => tokens.findIndex((t) => t.text === word);
    expect(eventClassOf(tokens, at('said'))).toBe('REPORTING');
    expect(eventClassOf(tokens, at('continue'))).toBe('ASPECTUAL');
  });

  it('gives offsets and indices into the given tokens', () => {
    const text = 'Officials said 21 people were killed.';
    const { tokens } = annotate(text);
    for (const t of findTriggers(tokens)) {
      expect(tokens[t.index]!.start).toBe(t.start);
      expect(t.score).toBe(triggerScore(tokens, t.index));
      expect(t.score).toBeGreaterThan(0.3);
    }
    expect(
      triggerScore(
        tokens,
        tokens.findIndex((t) => t.text === '21'),
      ),
    ).toBe(0);
  });
});
