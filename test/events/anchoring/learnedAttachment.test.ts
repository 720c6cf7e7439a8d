import { describe, expect, it } from 'vitest';
import stored from '../../../src/events/anchoring/attachmentModel.json';
import {
  type AttachmentModelJson,
  attachLearned,
  attachmentModel,
  candidateFeatures,
  chooseAttachments,
  compileAttachmentModel,
  rankAttachments,
  withPlainVerbs,
} from '../../../src/events/anchoring/learnedAttachment.ts';
import { splitClauses } from '../../../src/events/clauses/splitClauses.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { findTriggers } from '../../../src/events/triggers/findTriggers.ts';

/** The sentence's candidates ranked for `date`, as trigger texts. */
const ranked = (text: string, date: string) => {
  const { tokens } = annotate(text);
  const candidates = withPlainVerbs(tokens, findTriggers(tokens));
  const from = text.indexOf(date);
  return rankAttachments(tokens, splitClauses(tokens), candidates, from, from + date.length);
};

describe('rankAttachments', () => {
  it('ranks the verb of the date’s own clause first, not the verb of the clause after it', () => {
    const r = ranked('Fighting broke out on Wednesday after talks collapsed.', 'Wednesday');
    expect(r[0]!.trigger.text).toBe('broke out');
    expect(r.map((x) => x.trigger.text)).toContain('collapsed');
    // Descending scores.
    for (let k = 1; k < r.length; k++) expect(r[k]!.score).toBeLessThanOrEqual(r[k - 1]!.score);
  });

  it('dates the verb after an expression that opens its clause', () => {
    const r = ranked('Last month 21 people were killed in an explosion at a mosque.', 'Last month');
    expect(['killed', 'explosion']).toContain(r[0]!.trigger.text);
    expect(chooseAttachments(r).length).toBeGreaterThan(0);
  });

  it('leaves the tokens of the date itself out of the candidates', () => {
    const r = ranked('The attack happened on Christmas Day.', 'Christmas Day');
    expect(r.every((x) => x.trigger.text !== 'Christmas' && x.trigger.text !== 'Day')).toBe(true);
  });

  it('finds nothing for a date outside the tokens', () => {
    const { tokens } = annotate('Rebels attacked.');
    expect(rankAttachments(tokens, splitClauses(tokens), findTriggers(tokens), 100, 110)).toEqual([]);
  });
});

/** The triggers `attachLearned` dates with `date`, as texts. */
const attachedTo = (
  text: string,
  date: string,
  eligible: (t: { eventClass: string }) => boolean = () => true,
) => {
  const { tokens } = annotate(text);
  const from = text.indexOf(date);
  return attachLearned(
    tokens,
    splitClauses(tokens),
    findTriggers(tokens),
    from,
    from + date.length,
    eligible,
  )?.map((t) => t.text);
};

describe('attachLearned', () => {
  it('dates every happening of a sentence that one date covers', () => {
    const dated = attachedTo(
      'Twelve people were killed and 30 were wounded when a bomb exploded at a market on Friday.',
      'Friday',
    );
    expect(dated?.[0]).toBe('exploded');
    expect(dated).toEqual(expect.arrayContaining(['killed', 'wounded']));
  });

  it('leaves out the triggers the caller does not let it date', () => {
    const text = 'Police said on Monday that rebels attacked the convoy.';
    expect(attachedTo(text, 'Monday')).toContain('said');
    const dated = attachedTo(text, 'Monday', (t) => t.eventClass !== 'REPORTING');
    expect(dated).not.toContain('said');
    expect(dated).toContain('attacked');
  });
  it('leaves a date cut off in a clause of its own to the hand rules', () => {
    const text =
      'Security forces left Nijrab district in Kapisa – 100 kilometers north of Kabul – a week ago.';
    expect(attachedTo(text, 'a week ago')).toBeUndefined();
    // With a verb of its own, the date's clause is the model's to read.
    expect(attachedTo('Fighting broke out on Wednesday after talks collapsed.', 'Wednesday')).toEqual([
      'broke out',
    ]);
  });
});

describe('the attachment model', () => {
  it('loads the committed file with thresholds in (0, 1) and weights', () => {
    const model = attachmentModel();
    expect(model.weights.size).toBeGreaterThan(100);
    expect(model.top).toBeGreaterThan(0);
    expect(model.extra).toBeGreaterThanOrEqual(model.top);
    expect(model.extra).toBeLessThanOrEqual(1);
    expect(compileAttachmentModel(stored as unknown as AttachmentModelJson).weights.size).toBe(
      model.weights.size,
    );
  });

  it('refuses a model of another version', () => {
    expect(() =>
      compileAttachmentModel({ ...(stored as unknown as AttachmentModelJson), version: 2 as 1 }),
    ).toThrow(/version/);
  });

  it('attaches the best candidate, then only others above the extra threshold', () => {
    const r = [
      { trigger: 'a', score: 0.9 },
      { trigger: 'b', score: 0.6 },
      { trigger: 'c', score: 0.2 },
    ];
    expect(chooseAttachments(r, { top: 0.3, extra: 0.5 })).toEqual(['a', 'b']);
    expect(chooseAttachments(r, { top: 0.3, extra: 0.95 })).toEqual(['a']);
    expect(chooseAttachments(r, { top: 0.95, extra: 0.95 })).toEqual([]);
  });
});

describe('attachment features', () => {
  it('mark a possessive date and the event noun it modifies', () => {
    const text = "Friday's attack killed five soldiers.";
    const { tokens } = annotate(text);
    const attack = tokens.findIndex((t) => t.text === 'attack');
    const killed = tokens.findIndex((t) => t.text === 'killed');
    const refs = [attack, killed].map((index) => ({
      index,
      pos: tokens[index]!.pos,
      eventClass: 'OCCURRENCE',
    }));
    const [noun, verb] = candidateFeatures(tokens, splitClauses(tokens), refs, 0, 1);
    expect(noun!.features).toContain('possessive=0');
    expect(noun!.features).toContain('dir=R');
    expect(verb!.features.some((f) => f.startsWith('possessive'))).toBe(false);
    expect(verb!.features).toContain('rank=R1|VERB');
  });

  it('tell the preposition before the date and the side of the candidate', () => {
    const text = 'Talks collapsed on Monday.';
    const { tokens } = annotate(text);
    const at = tokens.findIndex((t) => t.text === 'collapsed');
    const monday = tokens.findIndex((t) => t.text === 'Monday');
    const refs = [{ index: at, pos: tokens[at]!.pos, eventClass: 'OCCURRENCE' }];
    const [c] = candidateFeatures(tokens, splitClauses(tokens), refs, monday, monday + 1);
    expect(c!.features).toContain('prep=on|L');
    expect(c!.features).toContain('same=true|L');
  });
});
