import { describe, expect, it } from 'vitest';
import { periodClause } from '../../../src/events/anchoring/periodEnded.ts';
import { plainVerbs } from '../../../src/events/anchoring/plainWords.ts';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';
import { parseSentence } from '../../../src/events/sentenceParse.ts';
import { article, dayIn } from '../eventFixtures.ts';

describe('periodClause (through extractEvents)', () => {
  it('dates the happening of a period an opening phrase closes, with the participle a further word', () => {
    const text = 'For the six months ended Aug. 12, Provigo posted net income of C$6.5 million.';
    const [e] = extractEvents(article(text), [dayIn(text, 'Aug. 12', '2021-08-12')]);
    expect(e?.title).toMatch(/^Provigo posted net income/);
    expect(e?.when.start).toBe('2021-08-12');
    expect(e?.mentions.map((m) => m.trigger?.text)).toEqual(['posted', 'ended']);
  });

  it('finds no period clause unless the phrase opens the sentence and names a period', () => {
    const of = (text: string) => {
      const p = parseSentence(segmentSentences(text)[0]!, []);
      return periodClause(p, dayIn(text, 'Aug. 12', '2021-08-12'), [...p.triggers, ...plainVerbs(p)]);
    };
    expect(of('For the six months ended Aug. 12, Provigo posted net income.')?.verb.text).toBe('posted');
    expect(of('Provigo posted net income for the six months ended Aug. 12.')).toBeUndefined();
    expect(of('For the talks ended Aug. 12, the envoy thanked the hosts.')).toBeUndefined();
  });
});
