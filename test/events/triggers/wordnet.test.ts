import { describe, expect, it } from 'vitest';
import { lexiconOf } from '../../../src/events/triggers/features.ts';
import { senseGroups } from '../../../src/events/triggers/train/wordnet.ts';

// Miniature WordNet files in the real format: index lines name synset offsets; data lines give
// each synset's lexicographer file (04 noun.act, 14 noun.group, 32 verb.communication, 35 contact).
const files = {
  indexNoun: [
    '  1 This software and database is being provided',
    'blockade n 2 1 @ 2 1 00000001 00000002',
    'government n 2 1 @ 2 2 00000003 00000001',
    'people n 1 1 @ 1 4 00000003',
    'cease_fire n 1 1 @ 1 0 00000001',
  ].join('\n'),
  dataNoun: [
    '00000001 04 n 01 blockade 0 000 | an act',
    '00000002 06 n 01 blockade 0 000 | a barrier',
    '00000003 14 n 01 government 0 000 | a group',
  ].join('\n'),
  indexVerb: ['blockade v 1 1 @ 1 1 00000011', 'say v 1 1 @ 1 5 00000012'].join('\n'),
  dataVerb: ['00000011 35 v 01 blockade 0 000 | to block', '00000012 32 v 01 say 0 000 | to state'].join(
    '\n',
  ),
};

describe('WordNet sense groups', () => {
  const groups = senseGroups(files);
  const lexicon = lexiconOf(groups);

  it('codes nouns by their first sense and their share of eventive senses', () => {
    expect(lexicon.nounSense.get('blockade')).toBe('n:e2');
    expect(lexicon.nounSense.get('government')).toBe('n:o2');
    expect(lexicon.nounSense.has('people')).toBe(false);
    expect(lexicon.nounSense.has('cease_fire')).toBe(false);
  });

  it('marks nouns that are attested verbs and codes verbs of communication', () => {
    expect([...lexicon.nounVerb]).toEqual(['blockade']);
    expect(lexicon.verbSense.get('say')).toBe('v:communication');
    expect(lexicon.verbSense.has('blockade')).toBe(false);
  });
});
