import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { fastClassifier, fastScorer, floorScorer } from '../../../src/events/triggers/fastScore.ts';
import { triggerModel } from '../../../src/events/triggers/findTriggers.ts';
import { classifyToken, scoreToken } from '../../../src/events/triggers/model.ts';
import { readTimeML } from '../../../src/temporal/eval/readTimeML.ts';

describe('fastScorer', () => {
  it('gives the score of the feature-key definition on every token of real news text', () => {
    const model = triggerModel();
    const fast = fastScorer(model);
    const doc = readTimeML(readFileSync('test/fixtures/tempeval/wsj_0068.tml', 'utf8'));
    // (Endings and capitals outside ASCII too: "CAFÉ", "Señor", "rosé", "Straße", "ÉVACUÉS".)
    const text = `${doc.text}\nFIGHTING broke out.\nCant stop. Protests erupted in Kabul's streets.\nThe CAFÉ BOMBING killed Señor Pérez; the rosé flowed in the Straße as ÉVACUÉS FLED and Bombs exploded in BAGHDAD.`;
    const { tokens } = annotate(text);
    let positives = 0;
    for (let i = 0; i < tokens.length; i++) {
      const expected = scoreToken(model, tokens, i);
      expect(fast(tokens, i)).toBeCloseTo(expected, 12);
      if (expected >= model.threshold) positives++;
    }
    expect(positives).toBeGreaterThan(5);
  });
});

describe('fastClassifier', () => {
  it('gives the class of the feature-key definition, cached per lemma and POS', () => {
    const model = triggerModel();
    const fast = fastClassifier(model, (tokens, i) => classifyToken(model, tokens, i));
    expect(fast).toBeDefined();
    const { tokens } = annotate(
      'He said so. They say it will end. The end came; we felt it and feel it still.',
    );
    const classes = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      classes.add(classifyToken(model, tokens, i));
      expect(fast!(tokens, i)).toBe(classifyToken(model, tokens, i));
    }
    expect(classes.size).toBeGreaterThan(2);
  });
});

describe('floorScorer', () => {
  it('gives up only on words whose exact score is below the floor, and scores the rest exactly', () => {
    const model = triggerModel();
    const exact = fastScorer(model);
    const above = floorScorer(model);
    const doc = readTimeML(readFileSync('test/fixtures/tempeval/wsj_0068.tml', 'utf8'));
    const { tokens } = annotate(
      `${doc.text}\nFIGHTING broke out.\nThe CAFÉ BOMBING killed Señor Pérez as Bombs exploded in BAGHDAD.`,
    );
    let left = 0;
    for (let i = 0; i < tokens.length; i++) {
      const score = above(tokens, i, model.threshold);
      if (score === -1) {
        left++;
        expect(exact(tokens, i)).toBeLessThan(model.threshold);
      } else expect(score).toBe(exact(tokens, i));
      // (No floor: the exact score.)
      expect(above(tokens, i, Number.NEGATIVE_INFINITY)).toBe(exact(tokens, i));
    }
    // (Most words of the parts of speech that may name an event are left before their neighbours are read.)
    expect(left).toBeGreaterThan(tokens.length / 5);
  });
});
