import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../src/events/entities/people.ts';
import { findPlaces } from '../../../src/events/entities/places/findPlaces.ts';
import { personPossessorBetween } from '../../../src/events/entities/possessorBetween.ts';
import { referentResolver } from '../../../src/events/entities/referents.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

/** The name resolved for `title`, taken from the last sentence of `text` (its trigger at `trigger`). */
function resolve(text: string, title: string, trigger: string): string | undefined {
  const sentences = segmentSentences(text);
  const at = text.lastIndexOf(trigger);
  const last = sentences.find((s) => s.start <= at && at < s.end)!;
  return referentResolver(sentences, findPlaces(text))(title, last.index, at)?.name.text;
}

describe('referentResolver, a person named as a possessor between the one found and the pronoun', () => {
  it("leaves a 'his' after another man's possessive in its own sentence", () => {
    const text =
      'Pop star Michael Jackson died in 2009. Mr Alberto Alvarez was the first person to reach ' +
      "Jackson's bedroom after his doctor called for help.";
    expect(resolve(text, 'His doctor called for help', 'called')).toBeUndefined();
  });

  it("counts a possessor in a sentence after the found one's, not one after it in its own sentence before", () => {
    const between = (text: string, name: string) => {
      const sentences = segmentSentences(text);
      const at = text.indexOf(name);
      const found = { start: at, end: at + name.length, surname: name.split(' ').at(-1)! };
      const people = findPeople(sentences, () => false);
      return personPossessorBetween(sentences, found, { start: text.lastIndexOf('He') }, 'male', people);
    };
    const nearer =
      "Mr Alberto Alvarez told the call handler to hurry. Later the court heard from Mr Jackson's chef. He was shouting.";
    expect(between(nearer, 'Mr Alberto Alvarez')).toBe(true);
    const same = "Mr Alberto Alvarez reached Mr Jackson's bedroom at noon. He was shouting.";
    expect(between(same, 'Mr Alberto Alvarez')).toBe(false);
    const other =
      "Mr Alberto Alvarez reached Mrs Chase's house at noon. Later Mrs Chase's son came. He was shouting.";
    expect(between(other, 'Mr Alberto Alvarez')).toBe(false);
  });

  it('keeps the subject found when the possessor is named after it in its sentence before', () => {
    const text =
      'Prime Minister Recep Tayyip Erdogan said Ankara had run out of patience with President ' +
      "Assad's regime. He announced that he was sending his foreign minister to Damascus.";
    expect(resolve(text, 'He announced he was sending his foreign minister', 'announced')).toBe(
      'Recep Tayyip Erdogan',
    );
  });

  it('keeps the one found when the possessor is the same person or of the other sex', () => {
    const same =
      "Mr Alberto Alvarez said he was called. Alvarez's account was heard. Later his doctor called for help.";
    expect(resolve(same, 'His doctor called for help', 'called')).toBe('Alberto Alvarez');
    const other = "Mr Alberto Alvarez met Mrs Jane Smith. He reached Mrs Smith's house when his phone rang.";
    expect(resolve(other, 'His phone rang', 'rang')).toBe('Alberto Alvarez');
  });
});

describe("referentResolver, a thing's possessor in the sentence before", () => {
  it("takes no other thing that sentence names elsewhere than as its subject for 'its'", () => {
    const text =
      "BP employs 10,105 people in the UK. The company's shares finished up 7.2% on the London Stock " +
      'Exchange on Friday. Its share price has almost halved since the oil spill began.';
    expect(resolve(text, 'Its share price has halved', 'halved')).toBeUndefined();
    const named =
      'Reports told of tanks in Homs. The UK-based Syrian Observatory for Human Rights said 17 soldiers died. ' +
      "The Arab League's committee on Syria issued its statement on Friday. It said the committee would meet.";
    expect(resolve(named, 'It said the committee would meet', 'said')).toBe('The Arab League');
    const run =
      'The company sold its assets in Egypt. Shares in Rosneft fell. ' +
      "BP's share price ended 1.54 percent lower in New York. Earlier in the day, it announced a sale.";
    expect(resolve(run, 'It announced a sale', 'announced')).toBe('BP');
  });
});
