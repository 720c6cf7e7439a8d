import { findPlaces } from '../../../src/events/entities/places/findPlaces.ts';
import { type Referent, referentResolver } from '../../../src/events/entities/referents.ts';
import { segmentSentences } from '../../../src/events/nlp/segmentSentences.ts';

/**
 * The referent the resolver finds for `title`, a title cut from the last sentence of `text` whose
 * trigger is the last `trigger` in it: the tests of the referent rules each check it their way.
 */
export function referentOfLast(text: string, title: string, trigger: string): Referent | undefined {
  const sentences = segmentSentences(text);
  return referentResolver(sentences, findPlaces(text))(
    title,
    sentences.length - 1,
    text.lastIndexOf(trigger),
  );
}
