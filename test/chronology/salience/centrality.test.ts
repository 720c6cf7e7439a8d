import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centrality } from '../../../src/chronology/salience/centrality.ts';
import {
  centroid,
  cosine,
  inverseDocumentFrequency,
  tfidf,
} from '../../../src/chronology/salience/textVectors.ts';

/** The computation centrality replaces, with the Map-based vectors. */
function byMaps(documents: string[][]) {
  const idf = inverseDocumentFrequency(documents);
  const vectors = documents.map((d) => tfidf(d, idf));
  const topic = centroid(vectors);
  return { central: vectors.map((v) => cosine(v, topic)), idf };
}

describe('centrality', () => {
  it('gives the Map-based cosines to the centroid and the idf, bit for bit', () => {
    const word = fc.constantFrom(
      'attack',
      'army',
      'kabul',
      'rain',
      'toll',
      'quake',
      'talks',
      'oil',
      'spill',
      'bp',
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { maxLength: 12 }), { minLength: 1, maxLength: 30 }),
        (documents) => {
          const fast = centrality(documents);
          const slow = byMaps(documents);
          expect(fast.central).toEqual(slow.central);
          expect(new Map([...fast.idf].sort())).toEqual(new Map([...slow.idf].sort()));
        },
      ),
      { numRuns: 300, seed: 17 },
    );
  });

  it('ranks the document on the collection topic first', () => {
    const { central } = centrality([
      ['flood', 'rain', 'river'],
      ['flood', 'river', 'dam'],
      ['election', 'vote'],
      ['flood', 'rain', 'dam'],
    ]);
    expect(central.indexOf(Math.max(...central))).not.toBe(2);
    expect(Math.min(...central)).toBe(central[2]);
  });
});
