import { MONTH_NAMES, WEEKDAY_NAMES } from '../../temporal/calendarNames.ts';
import { firstTokenAt, knownWord, type Token } from './annotate.ts';

/**
 * Subjects glued to a caption or a box before them without a period, found by the shape of the
 * subject (a title and a name, a number word and its plural noun, an acronym and its plural noun
 * before a verb) and of the piece before it (a phrase that ends, not a preposition or a day that
 * governs the name). Companion of `gluedStarts`.
 */

/** A title of address: in running text it opens a name that is a subject or an object. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr)$/;
/** Numbers spelled out in capitals: mid-sentence only a name has them ("the Jackson Five", "Six Nations"). */
const NUMBER_WORD =
  /^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Dozens|Hundreds|Thousands|Scores|Millions)$/;
/** Words a name after them belongs to: a day or month ("On Wednesday Mr Obama"), a rank ("The Second Mr Bailey"). */
const GOVERNS_NAME = new RegExp(
  `^(?:${WEEKDAY_NAMES.join('|')}|${MONTH_NAMES.join('|')}|First|Second|Third|Right|Honourable|Hon|Dear|Of|Gang)$`,
);
/** Ranks a title of address may follow in a name ("Ecuador's President Mr Correa"). */
const RANK =
  /^(?:President|Minister|Secretary|Chancellor|Governor|Senator|Ambassador|Commissioner|General|Director|Chairman|Chief|Leader|Mayor|Judge|Professor|Sheikh|Speaker|Premier|King|Queen|Prince)$/;
/** Plural nouns without an "s". */
const PLURAL = /^(?:people|children|men|women|police|troops|staff)$/;

export const isPlural = (t: Token): boolean =>
  t.pos === 'NOUN' &&
  /^\p{Ll}/u.test(t.text) &&
  (PLURAL.test(t.text) || (/[^s]s$/.test(t.text) && t.lemma !== t.text));

/** Whether a word in the piece before closes a phrase: a noun or a name, no punctuation after it. */
const endsPhrase = (text: string, prev: Token, t: Token): boolean =>
  (prev.pos === 'NOUN' || prev.pos === 'PROPN') &&
  /^[\p{L}\d]/u.test(prev.text) &&
  !GOVERNS_NAME.test(prev.text) &&
  text.slice(prev.end, t.start) === ' ';

/** Where the piece before `at` starts: after the last sentence end (within `from` and 300 characters). */
const pieceStart = (text: string, from: number, at: number): number => {
  const lo = Math.max(from, at - 300);
  const before = text.slice(lo, at);
  const end = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
  return end < 0 ? lo : lo + end + 2;
};

/** A participle opening a phrase, whatever the tagger made of its capital ("Standing/PROPN beside …"). */
const isParticiple = (t: Token): boolean =>
  t.pos === 'VERB'
    ? /(?:ing|ed)$/.test(t.text)
    : /^\p{Lu}\p{Ll}+ing$/u.test(t.text) && knownWord(t.text.toLowerCase());

/**
 * Whether the piece before a subject at `i` is a caption that ends there, judged by its structure:
 * it has a finite verb ("… has arrived in Haiti", "The clan said … a man held in Damascus") and opens
 * with no preposition, adverb, subordinator or participle. Else it is a fronted phrase whose comma
 * was left out, and the name's clause goes on from it ("Writing in the Guardian Mr Smith said …",
 * "Back in Westminster Mr Brown said …", "Outside Downing Street Mrs Thatcher …", "Standing beside
 * President Sarkozy Mr Brown …", "After the talks in Luxembourg Ms Vassiliou said …").
 */
export function captionBefore(text: string, from: number, tokens: readonly Token[], i: number): boolean {
  const first = firstTokenAt(tokens, pieceStart(text, from, tokens[i]!.start));
  const opener = tokens[first];
  if (!opener || first >= i) return false;
  if (['ADP', 'ADV', 'SCONJ'].includes(opener.pos) || isParticiple(opener)) return false;
  for (let j = first; j < i; j++) {
    const t = tokens[j]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.text))) return true;
  }
  return false;
}

/**
 * Where a subject glued to the piece before it starts: "… has arrived in Haiti | Mr Correa, the
 * temporary head of Unasur, is reported …" (a title of address after a name or noun that ends the
 * caption, and a comma or a verb after the name); "… to force the release of a man held in Damascus |
 * Four Arab states have urged …", "… returning from a trip to Mexico | Two people in Queensland …"
 * (a number word in capitals and its plural noun, not a group's name: "the Birmingham Six case");
 * "… is staffed by 30 volunteers | UK airlines have begun flying aid" (an acronym and a plural noun
 * before an auxiliary or a verb, after a plural noun).
 */
export function gluedSubjectStarts(
  text: string,
  from: number,
  to: number,
  tokens: readonly Token[],
): number[] {
  const out: number[] = [];
  const first = Math.max(1, firstTokenAt(tokens, from));
  for (let i = first; i < tokens.length - 2 && tokens[i]!.start < to; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (!/^\p{Lu}/u.test(t.text) || !endsPhrase(text, prev, t)) continue;
    // A name ends the piece before only after a preposition ("in Damascus | Four Arab states"): else
    // it may be the number's own group ("the Birmingham Six case", "Jackson Five albums").
    const placeBefore = prev.pos === 'PROPN' ? tokens[i - 2]?.pos === 'ADP' : /^\p{Ll}/u.test(prev.text);
    // A title of address after a name ("… arrived in Haiti | Mr Correa"), not after a word in small
    // letters ("Prosecutors claim Dr Murray gave …", "chief executive Mr Hayward") nor a rank.
    if (HONORIFIC.test(t.text) && prev.pos === 'PROPN' && !RANK.test(prev.text)) {
      const name = tokens[i + 1]!;
      const after = tokens[i + 2]!;
      if (
        /^\p{Lu}\p{Ll}/u.test(name.text) &&
        (after.text === ',' || after.pos === 'VERB' || after.pos === 'AUX') &&
        captionBefore(text, from, tokens, i)
      )
        out.push(t.start);
    } else if (NUMBER_WORD.test(t.text) && placeBefore) {
      // The number's noun: past up to three capitalized words ("Four Arab states", "Ten New Zealand
      // students", "Eleven ICRC emergency experts") and a word in small letters.
      let j = i + 1;
      while (j < i + 4 && j < tokens.length && /^\p{Lu}/u.test(tokens[j]!.text)) j++;
      if (j < tokens.length && !isPlural(tokens[j]!) && tokens[j]!.text !== 'of') j++;
      const noun = tokens[j];
      if (
        noun &&
        (isPlural(noun) || (noun.text === 'of' && j === i + 1)) &&
        captionBefore(text, from, tokens, i)
      )
        out.push(t.start);
    } else if (commonSubject(tokens, i) && captionBefore(text, from, tokens, i)) {
      out.push(t.start);
    } else if (/^\p{Lu}{2,4}$/u.test(t.text) && isPlural(prev)) {
      const noun = tokens[i + 1]!;
      const verb = tokens[i + 2]!;
      if (isPlural(noun) && (verb.pos === 'AUX' || verb.pos === 'VERB') && !/ing$/.test(verb.text))
        out.push(t.start);
    }
  }
  return out;
}

/**
 * "… after weeks of intense fighting | Rebel fighters near Syria's city of Aleppo have attacked …": a
 * common word capitalized after a noun in small letters, its plural noun after it, and the verb of
 * that subject after at most a short phrase of place, opens a sentence glued to a caption.
 */
function commonSubject(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1]!;
  if (prev.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(prev.text) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  // (Both words the dictionary knows: not a name's letters the page split, "J ustice Department lawyers".)
  if (!knownWord(t.text.toLowerCase()) || !knownWord(prev.text) || !isPlural(tokens[i + 1]!)) return false;
  for (let j = i + 2; j < tokens.length && j <= i + 10; j++) {
    const x = tokens[j]!;
    if (x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/.test(x.text))) return true;
    if (!/^(?:ADP|DET|NOUN|PROPN|PART|ADJ|NUM)$/.test(x.pos)) return false;
  }
  return false;
}

/**
 * "Broadcast on Saturdays at 11:30 GMT (or "11.30 GMT") on BBC Radio 4, and weekdays on BBC World Service |
 * Damascus's stallholders are adapting …": a box of broadcast times (days in the plural, a clock)
 * glued before a possessive that opens the next sentence. Offsets where the box ends.
 */
export function broadcastBoxEnds(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  const block = text.slice(from, to);
  if (!block.includes('roadcast ')) return out;
  const re =
    /(?:^|(?<=[.!?]["”]?\s))(?:First )?[Bb]roadcast (?:on|at) (?:[^.!?]|(?<=\d)\.(?=\d)){0,160}?(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|weekdays|weekends|daily)(?:[^.!?]|(?<=\d)\.(?=\d)){0,160}? (?=\p{Lu}[\p{L}-]*['’]s \p{Ll})/gu;
  for (let m = re.exec(block); m; m = re.exec(block)) out.push(from + m.index + m[0].length);
  return out;
}
