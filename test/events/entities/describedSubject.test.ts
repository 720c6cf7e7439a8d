import { describe, expect, it } from 'vitest';
import { referentOfLast } from './referentOfLast.ts';

/** The name found for `title`, cut from the last sentence of `text`, its trigger at `trigger`. */
function nameFor(text: string, title: string, trigger: string): string | undefined {
  const r = referentOfLast(text, title, trigger);
  if (r) {
    expect(title.toLowerCase().startsWith(r.words.text.toLowerCase())).toBe(true);
    expect(text.slice(r.name.start, r.name.end)).toBe(r.name.text);
    expect(text.slice(r.words.start, r.words.end)).toBe(r.words.text);
  }
  return r?.name.text;
}

describe('describedSubject', () => {
  it('names the one person the sentence before has as its subject for a described person', () => {
    const text =
      "NEW YORK -- Korn's Jonathan Davis is urging artists to boycott BP over the oil spill. In a statement issued Friday, the rock singer says he has gathered a coalition of artists.";
    expect(nameFor(text, 'The rock singer says he has gathered a coalition of artists', 'says')).toBe(
      'Jonathan Davis',
    );
  });

  it('names none when the sentence before names another person, or the noun mostly brings in another', () => {
    const two =
      'Jonathan Davis met Tony Hayward on Thursday. In a statement issued Friday, the rock singer says he has gathered a coalition of artists.';
    expect(
      nameFor(two, 'The rock singer says he has gathered a coalition of artists', 'says'),
    ).toBeUndefined();
    const official =
      'Jonathan Davis urged artists to boycott BP on Thursday. The official says he has gathered a coalition of artists.';
    expect(
      nameFor(official, 'The official says he has gathered a coalition of artists', 'says'),
    ).toBeUndefined();
    const object =
      'Artists urged Jonathan Davis to boycott BP on Thursday. The rock singer says he has gathered a coalition of artists.';
    expect(
      nameFor(object, 'The rock singer says he has gathered a coalition of artists', 'says'),
    ).toBeUndefined();
  });

  it('takes for an office only one the article titles with it, and none for a description a name is part of', () => {
    const judge =
      'The judge, Martin Feldman, was criticised for failing to recuse himself. The interior secretary was appearing before the committee.';
    expect(
      nameFor(judge, 'The interior secretary was appearing before the committee', 'appearing'),
    ).toBeUndefined();
    const president =
      'President Bashar al-Assad spoke on Monday. President Barack Obama met fishermen on Friday. Obama is losing patience. At a meeting, the president reportedly snapped at aides.';
    expect(nameFor(president, 'The president reportedly snapped at aides', 'snapped')).toBe('Obama');
    const chairman =
      'Russian President Dmitry Medvedev said BP had to pay a lot. Mr Medvedev said so on Thursday. But the BP chairman rejected that prospect.';
    expect(nameFor(chairman, 'The BP chairman rejected that prospect', 'rejected')).toBeUndefined();
  });

  it('looks past sentences that name no person nor speak of one as he or she, up to three', () => {
    const text =
      'Pop star Michael Jackson had lethal levels of the anesthetic propofol when he died. The findings were contained in a sealed warrant. The singer died in June from a cardiac arrest.';
    expect(nameFor(text, 'The singer died from a cardiac arrest', 'died in June')).toBe('Michael Jackson');
    const spoken =
      'Pop star Michael Jackson had lethal levels of the anesthetic propofol when he died. His doctor was questioned. The singer died in June from a cardiac arrest.';
    expect(nameFor(spoken, 'The singer died from a cardiac arrest', 'died in June')).toBeUndefined();
  });
});
