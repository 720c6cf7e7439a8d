import { describe, expect, it } from 'vitest';
import type { Token } from '../../../src/events/nlp/annotate.ts';
import { TEMPLATES } from '../../../src/events/triggers/features.ts';
import {
  classifyToken,
  compileModel,
  packWeights,
  scoreToken,
  type TriggerModelJson,
  unpackWeights,
} from '../../../src/events/triggers/model.ts';
import stored from '../../../src/events/triggers/triggerModel.json';

const token = (text: string, pos: Token['pos'], lemma: string, start: number): Token => ({
  text,
  pos,
  lemma,
  start,
  end: start + text.length,
});
const sentence = [token('Troops', 'NOUN', 'troop', 0), token('withdrew', 'VERB', 'withdraw', 7)];

const tiny: TriggerModelJson = {
  version: 1,
  info: {},
  candidatePos: ['VERB', 'NOUN'],
  threshold: 0.5,
  templates: [...TEMPLATES],
  event: { bias: 'b=-1', lemma: 'withdraw=2.5 troop=-0.5', prevLemma: 'troop=0.5' },
  classes: ['OCCURRENCE', 'REPORTING'],
  eventClass: { bias: 'b=0.1,0', lemma: 'say=0,3' },
  senses: { 'n:e4': 'pullout withdrawal', nv: 'pullout' },
};

describe('trigger model', () => {
  it('scores a token as the logistic of the weights of its features', () => {
    const model = compileModel(tiny);
    expect(scoreToken(model, sentence, 1)).toBeCloseTo(1 / (1 + Math.exp(-(-1 + 2.5 + 0.5))));
    expect(scoreToken(model, sentence, 0)).toBeCloseTo(1 / (1 + Math.exp(1.5)));
    expect(classifyToken(model, sentence, 1)).toBe('OCCURRENCE');
    const said = [token('said', 'VERB', 'say', 0)];
    expect(classifyToken(model, said, 0)).toBe('REPORTING');
  });

  it('gives tokens of parts of speech never events in training a score of 0', () => {
    const model = compileModel(tiny);
    expect(scoreToken(model, [token('the', 'DET', 'the', 0)], 0)).toBe(0);
  });

  it('refuses a model built for other templates', () => {
    expect(() => compileModel({ ...tiny, templates: ['bias', 'lemma'] })).toThrow(/rebuild/);
  });

  it('packs and unpacks weights, keys with "=" included', () => {
    const table = new Map([
      ['a=b', 1.5],
      ['c', -0.25],
    ]);
    expect(unpackWeights(packWeights(table), Number)).toEqual(table);
  });

  it('loads the committed model, which tells events from non-events', () => {
    const model = compileModel(stored as unknown as TriggerModelJson);
    expect(model.threshold).toBeGreaterThan(0.05);
    expect(model.threshold).toBeLessThan(0.95);
    expect(model.candidatePos.has('VERB')).toBe(true);
    expect(model.candidatePos.has('DET')).toBe(false);
    expect(scoreToken(model, sentence, 1)).toBeGreaterThan(model.threshold);
    expect(scoreToken(model, sentence, 0)).toBeLessThan(model.threshold);
  });
});
