import { describe, expect, it } from 'vitest';
import { keptTokens } from '../../../src/events/eval/keptTokens.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { dropCutParticiple } from '../../../src/events/titles/cutParticiple.ts';

/** The title `title` of `sentence` (its verb `trigger`) after the rule, or undefined when it keeps it. */
const dropped = (sentence: string, title: string, trigger: string) => {
  const { tokens } = annotate(sentence);
  const out = keptTokens(title.split(' '), sentence, tokens)!;
  const changed = dropCutParticiple(
    tokens,
    out,
    tokens.findIndex((t) => t.text === trigger),
  );
  return changed ? out.map((i) => tokens[i]!.text).join(' ') : undefined;
};

// Sentences of Timeline17 (SyrianCrisis_bbc, H1N1_reuters) or of their kind.
describe('dropCutParticiple', () => {
  it('drops a describing participle whose object the cut left out, and the preposition it opened', () => {
    const groups =
      "Civicus and International Federation of Human Rights called on the Security Council to unite in passing a resolution condemning the Syrian government's use of violence.";
    expect(
      dropped(
        groups,
        'Civicus and International Federation of Human Rights called on the Security Council to unite in passing a resolution condemning',
        'called',
      ),
    ).toMatch(/passing a resolution$/);
    const contract =
      'Her department had awarded a $35 million contract to privately held Protein Sciences Corp Inc of Meriden.';
    expect(
      dropped(contract, 'Her department had awarded a $35 million contract to privately held', 'awarded'),
    ).toBe('Her department had awarded a $ 35 million contract');
  });

  it('keeps a participle a date follows, a verb after its auxiliary, and the trigger', () => {
    const well = 'Officials said the relief well started two weeks ago.';
    expect(dropped(well, 'Officials said the relief well started', 'said')).toBeUndefined();
    const drilling = 'Officials said BP has started drilling the relief well.';
    expect(dropped(drilling, 'Officials said BP has started', 'said')).toBeUndefined();
    const resolution = 'Diplomats drafted a resolution condemning the crackdown.';
    expect(dropped(resolution, 'Diplomats drafted a resolution condemning', 'condemning')).toBeUndefined();
  });
});
