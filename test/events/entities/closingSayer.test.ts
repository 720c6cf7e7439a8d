import { describe, expect, it } from 'vitest';
import { referentOfLast } from './referentOfLast.ts';

/** The name resolved for `title`, taken from the last sentence of `text` (its trigger at `trigger`). */
function resolve(text: string, title: string, trigger: string): string | undefined {
  const r = referentOfLast(text, title, trigger);
  if (r) expect(text.slice(r.words.start, r.words.end)).toBe('it');
  return r?.name.text;
}

describe('closingSayer: the "it" of a closing "…, it said" is the body that said so before', () => {
  it('takes the name that says by the last verb of saying of the sentence before', () => {
    const text =
      'Syrian forces were shelling areas of Homs. ' +
      "Syria's state news agency Sana reported on Wednesday that six members of the security forces had been killed by a bomb blast in Idlib province. " +
      'A second blast in the Aleppo region killed four soldiers, it added.';
    expect(
      resolve(text, 'A second blast in the Aleppo region killed four soldiers, it added', 'killed four'),
    ).toBe('Sana');
  });

  it('past initials and an apposition, and past sentences that say nothing or whose "it" says', () => {
    const lcc =
      'The Local Co-ordination Committees (LCC), a network of Syrian activists, said 35 people were killed on Tuesday. ' +
      'Twenty-three people died in Homs, it said.';
    expect(resolve(lcc, 'Twenty-three people died in Homs, it said', 'died')).toBe(
      'The Local Co-ordination Committees',
    );
    const who =
      '"The overall severity of a pandemic is further influenced by waves," the WHO said. ' +
      '"For many reasons, the severity of subsequent waves can differ," it said. ' +
      'The 1968 pandemic began relatively mild, it said.';
    expect(resolve(who, 'The pandemic began relatively mild, it said', 'began')).toBe('the WHO');
  });

  it('none for a sayer that is a description, a plural or a person, and never a thing of its own sentence', () => {
    const group =
      'The group says that more than 116 people were killed across Syria. ' +
      'More than 1,260 soldiers have died, it says.';
    expect(resolve(group, 'More than 1,260 soldiers have died, it says', 'died')).toBeUndefined();
    const officials =
      'The AP news agency said a burn had begun. ' +
      'Engineers plan to lower the box over the site on Thursday, officials say. ' +
      'BP has never deployed such a structure at a depth of 5,000 ft, it says.';
    expect(resolve(officials, 'BP has never deployed such a structure, it says', 'deployed')).toBeUndefined();
    const own = 'The Red Cross sent a convoy. A second blast in Aleppo killed four soldiers, it added.';
    expect(resolve(own, 'A second blast in Aleppo killed four soldiers, it added', 'killed')).toBeUndefined();
  });
});
