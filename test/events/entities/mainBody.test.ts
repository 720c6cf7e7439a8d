import { describe, expect, it } from 'vitest';
import { mainBody } from '../../../src/events/entities/mainBody.ts';
import type { People } from '../../../src/events/entities/people.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';
import { referentOfLast } from './referentOfLast.ts';

/** The name found for `title`, cut from the last sentence of `text`, its trigger at `trigger`. */
function nameFor(text: string, title: string, trigger: string): string | undefined {
  const r = referentOfLast(text, title, trigger);
  if (r) expect(text.slice(r.name.start, r.name.end)).toBe(r.name.text);
  return r?.name.text;
}

/** An article that names BP three times and never calls it a company. */
const ARTICLE =
  'BP is racing to contain the leak in the Gulf of Mexico. Engineers worked through the night. BP said the dome had been lowered. Fishermen watched from the shore. BP said Tuesday that it planned to begin drilling a relief well.';

describe('mainBody', () => {
  it('names the article\'s main body for "The company" the nearest sentences leave open', () => {
    const title = 'The company said it would begin the drilling';
    expect(nameFor(`${ARTICLE} The company said it would begin the drilling.`, title, 'said')).toBe('BP');
  });

  it('finds none when a sentence near names another company, or the main name is not named twice as often', () => {
    const title = 'The company said it would begin the drilling';
    const other = `${ARTICLE} Halliburton Co. said it had tested the cement. BP said the work went on. The company said it would begin the drilling.`;
    expect(nameFor(other, title, 'said')).toBeUndefined();
    const exxon = `${ARTICLE} Damages against Exxon were reduced on appeal. The company agreed to pay less.`;
    expect(nameFor(exxon, 'The company agreed to pay less', 'agreed')).toBeUndefined();
    // (Two sentences back, a company the article never calls one.)
    const back = `Transocean was sued. ${ARTICLE} BP worked on. BP waited. Transocean owned the rig. Eleven workers died in the blast. The company's shares fell.`;
    expect(nameFor(back, "The company's shares fell", 'fell')).toBeUndefined();
    const even = `Transocean owned the rig. Transocean said so. Transocean was sued. ${ARTICLE} The company said it would begin the drilling.`;
    expect(nameFor(even, title, 'said')).toBeUndefined();
  });

  it('takes "The group" only for a body the article calls a company or a group, named near', () => {
    const title = 'The group returned to Auckland';
    expect(nameFor(`${ARTICLE} The group returned to Auckland.`, title, 'returned')).toBeUndefined();
    const company = `Oil company ${ARTICLE} The group said it would begin the drilling.`;
    expect(nameFor(company, 'The group said it would begin the drilling', 'said')).toBe('BP');
  });

  it("counts an article's names afresh for other people and places, not from another caller's counts", () => {
    const title = 'The company said it would begin the drilling';
    const sentences = segmentSentences(`${ARTICLE} The company said it would begin the drilling.`);
    const people = (): People => ({
      gender: new Map(),
      fullest: new Map(),
      ambiguous: new Set(),
      fullestGender: new Map(),
      byGivenName: new Set(),
    });
    const last = sentences.length - 1;
    const trigger = sentences[last]!.start + 'The company '.length;
    // (Where BP were a place's name, no body is named three times.)
    const placeBP = mainBody(sentences, last, trigger, title, people(), (t) => t.text === 'BP');
    expect(placeBP).toBeUndefined();
    expect(mainBody(sentences, last, trigger, title, people(), () => false)?.name.text).toBe('BP');
  });
});
