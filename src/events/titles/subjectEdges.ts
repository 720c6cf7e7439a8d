import type { Token } from '../nlp/annotate.ts';
import { CLAUSE_VERBS, isNominal, opensPlaceName, QUOTES } from './words.ts';

/**
 * The subject a backward walk found (`out`, token indices in order), its edges set right: an opening
 * phrase of a preposition left out, a verb's object before an "and" left out, the bound of a number
 * kept with it, and a long subject cut back to its head.
 */
export function subjectEdges(
  tokens: readonly Token[],
  out: number[],
  floor: number,
  skipped: (i: number) => boolean,
): number[] {
  if (out.length === 0) return out;
  // "In particular, government troops and militia are found", "In a separate development, Mr Putin
  // and his counterpart urged": a phrase a preposition opens, closed by its comma, is no list item.
  // (A preposition that opens the clause, past "But", "Meanwhile": not "Up to 250,000 jobs in fishing, tourism".)
  const comma = out.findIndex((i) => tokens[i]!.text === ',');
  const opener = out[0]! - 1;
  const fronted =
    opener >= floor &&
    tokens[opener]!.pos === 'ADP' &&
    tokens
      .slice(floor, opener)
      // ("According to the New Scientist magazine, | a group of scientists … predicted".)
      .every(
        (x, n) => skipped(floor + n) || /^(?:ADV|CCONJ|PUNCT)$/.test(x.pos) || /^according$/i.test(x.text),
      );
  const according =
    /^according$/i.test(tokens[out[0]!]!.text) && /^to$/i.test(tokens[out[1] ?? -1]?.text ?? '');
  if ((fronted || according) && comma >= 0) out.splice(0, comma + 1);
  else if (
    fronted &&
    // (A preposition's phrase, not a subordinate clause's opening, "after prime minister Churchill
    // overruled", nor a date's, "In 2002 the tanker Prestige broke up".)
    !/^(?:after|before|since|until|till|as|while|when|once|because|if|though|although)$/i.test(
      tokens[opener]!.text,
    ) &&
    !skipped(out[0]!)
  ) {
    // "At the summit Iraqi Prime Minister Nouri Maliki warned": without its comma, the phrase ends
    // where a common noun meets a capitalised word.
    const end = out.findIndex(
      (i, n) =>
        n > 0 &&
        tokens[i]!.pos === 'NOUN' &&
        /^\p{Ll}/u.test(tokens[i]!.text) &&
        /^\p{Lu}/u.test(tokens[out[n + 1] ?? -1]?.text ?? '') &&
        out[n + 1] === i + 1,
    );
    // "In particular his mission has dropped", "In Homs the army shelled": or where an article or a
    // possessive opens a noun phrase of its own after the phrase's last word.
    const opens = out.findIndex(
      (i, n) =>
        n > 0 &&
        // (Not an indefinite article: "Around 100 people | a day".)
        /^(?:the|this|these|those|his|her|its|their|our)$/i.test(tokens[i]!.text) &&
        /^(?:ADJ|NOUN|PROPN|NUM)$/.test(tokens[i - 1]?.pos ?? '') &&
        out[n - 1] === i - 1,
    );
    if (end > 0 && (opens < 0 || end < opens)) out.splice(0, end + 1);
    else if (opens > 0) out.splice(0, opens);
  }
  // "The US closed its embassy in Syria and several European countries recalled …": a conjunct
  // right after a verb is that verb's object (or a copula's complement); the subject starts after the "and". Not after a
  // verb of saying ("said the US and Turkey were working"), nor across a list's commas.
  const and = out.findLastIndex((i) => tokens[i]!.text === 'and' && tokens[i]!.pos === 'CCONJ');
  const governor = tokens[out[0]! - 1];
  // ("Syria is now in a state of civil war and the government has lost …": past the verb's adverbs,
  // a copula's too.)
  let verb = out[0]! - 2;
  while (verb > floor && tokens[verb]!.pos === 'ADV') verb--;
  const object =
    and > 0 &&
    out[0]! - 1 >= floor &&
    // (Or of a verb's phrase: "Clashes have been reported in Aleppo and the army is said to …".)
    // (Not a subordinator's clause: "comes after Russia and China vetoed".)
    (governor?.pos === 'VERB' ||
      // ("said it was delighted and Gordon Brown called it …": so is a copula's complement.)
      (governor?.pos === 'AUX' && governor.lemma === 'be') ||
      (governor?.pos === 'ADP' &&
        (tokens[out[0]! - 2]?.pos === 'VERB' ||
          // (There only before an article's noun phrase: not "in the UK and Italy meeting with …".)
          (verb >= floor &&
            /^(?:VERB|AUX)$/.test(tokens[verb]!.pos) &&
            tokens[out[and]! + 1]?.pos === 'DET')) &&
        !/^(?:after|before|since|until|till|as|when|while|because|if|once)$/i.test(governor.text))) &&
    !CLAUSE_VERBS.test(governor.lemma) &&
    !out.slice(0, and).some((i) => tokens[i]!.text === ',');
  if (object) out.splice(0, and + 1);
  // "The UN special rapporteur for Afghanistan human rights": a long subject keeps its head.
  // "At least 35 died", "More than 1,500 crossed": the bound of a number stays with it.
  const head = out[0];
  // ("Almost three-quarters of the oil": a fraction is a number too.)
  if (
    head !== undefined &&
    (tokens[head]!.pos === 'NUM' ||
      /^(?:half|a third|(?:one|two|three)-(?:thirds?|quarters?|fifths?)|quarters?|thirds?)$/i.test(
        tokens[head]!.text,
      ))
  ) {
    const two = `${tokens[head - 2]?.text ?? ''} ${tokens[head - 1]?.text ?? ''}`.toLowerCase();
    const one = tokens[head - 1]?.text.toLowerCase() ?? '';
    const three = `${tokens[head - 3]?.text ?? ''} ${two}`.toLowerCase();
    if (/^(?:as many as|as few as|as much as)$/.test(three) && head - 3 >= floor)
      out.unshift(head - 3, head - 2, head - 1);
    else if (/^(?:at least|at most|more than|fewer than|less than|up to)$/.test(two) && head - 2 >= floor) {
      out.unshift(head - 2, head - 1);
      // "no more than 7,000 people": the negation turns the bound over, and stays with it.
      let n = head - 3;
      while (n >= floor && QUOTES.test(tokens[n]!.text)) n--;
      if (n >= floor && /^(?:no|not)$/i.test(tokens[n]!.text)) out.unshift(n);
    } else if (
      (/^(?:nearly|almost|about|around|some|over|roughly|approximately)$/.test(one) ||
        // "between 1,000 and 2,000 Syrians".
        (one === 'between' && out.some((i) => tokens[i]!.text === 'and'))) &&
      head - 1 >= floor
    )
      out.unshift(head - 1);
  }
  // "The head of the regional council of the northern province in the east": at the last
  // preposition that leaves at most 10 words.
  // "UN Secretary General Ban Ki-moon and US Secretary of State Hillary Clinton": names are not cut.
  const names =
    out.filter((i) => !skipped(i)).length <= 14 &&
    out.every(
      (i) =>
        skipped(i) ||
        tokens[i]!.pos === 'PROPN' ||
        tokens[i]!.pos === 'CCONJ' ||
        /^(?:of|,)$/.test(tokens[i]!.text),
    );
  if (out.length > 10 && !names) {
    const within = out.findLastIndex((i, n) => n > 0 && n <= 10 && tokens[i]!.pos === 'ADP');
    const cut = within > 0 ? within : out.findIndex((i, n) => n > 0 && tokens[i]!.pos === 'ADP');
    // A cut never halves a coordination ("The Red Cross … and the Syrian Red Crescent"), nor its
    // last item ("his defense minister and the head | of his crisis team").
    const conjunction = out.findLastIndex((i) => tokens[i]!.pos === 'CCONJ');
    // (A bare head, "the head", says nothing without its "of"; "the UN special rapporteur" does.)
    const lastItem =
      conjunction > 0 &&
      conjunction < cut &&
      cut - conjunction <= 3 &&
      out.slice(0, conjunction).some((i) => tokens[i]!.text === ',');
    if (cut > 0 && !(conjunction > cut) && !lastItem) out.length = cut;
  }
  return out;
}

/**
 * "In Beirut's southern district of Tariq al-Jadideh, | offices … came under attack": the short
 * phrase that opens the clause and names where, closed by its comma right before the subject, with
 * its preposition (token indices), or none. The where is the point of many a report.
 */
export function frontedPlace(
  tokens: readonly Token[],
  from: number,
  who: readonly number[],
  skipped: (i: number) => boolean,
): number[] {
  const first = who[0];
  if (first === undefined || tokens[first - 1]?.text !== ',') return [];
  let p = from;
  while (p < first && (skipped(p) || /^(?:ADV|CCONJ|PUNCT)$/.test(tokens[p]!.pos))) p++;
  if (!opensPlaceName(tokens[p], tokens[p + 1])) return [];
  const phrase = [];
  for (let i = p; i < first; i++) phrase.push(i);
  const words = phrase.slice(1, -1);
  return words.length <= 7 &&
    words.every((i) => !skipped(i) && /^(?:PROPN|NOUN|ADJ|DET|ADP|PART)$/.test(tokens[i]!.pos))
    ? phrase
    : [];
}

/** Whether token `j` is a preposition right after a verb or its particle ("attempting on", "broken out in"). */
export function prepositionAfterVerb(tokens: readonly Token[], j: number, floor: number): boolean {
  const before = tokens[j - 1];
  return (
    tokens[j]!.pos === 'ADP' &&
    j - 1 >= floor &&
    !/^(?:after|before|since|until|till|as|while|when|once|because|if|than|like|of)$/i.test(
      tokens[j]!.text,
    ) &&
    before !== undefined &&
    (before.pos === 'VERB' || (/^(?:ADV|ADP)$/.test(before.pos) && tokens[j - 2]?.pos === 'VERB'))
  );
}

/**
 * A word of degree after "how" ("how many", "how much", "how long", "how heavy a blow"): such a
 * question told as a subject claims the degree ("how the virus came" tells only that it came).
 */
export const degree = (t: Token | undefined): boolean =>
  t !== undefined && (/^(?:ADJ|ADV)$/.test(t.pos) || /^(?:many|much|few|little)$/i.test(t.text));

/**
 * How many tokens ending at `j` make one preposition of two or three words inside a subject, after
 * its noun: "The first shells from across | the border landed" (2), "Thirteen hospitals in and
 * around | Port-au-Prince are working" (3); 0 if none.
 */
export function joinedPreposition(tokens: readonly Token[], j: number, floor: number): number {
  const w = tokens[j]!.text.toLowerCase();
  const before = (n: number) => tokens[j - n]?.text.toLowerCase() ?? '';
  if (
    /^(?:across|around|behind|inside|outside|under|within|beyond)$/.test(w) &&
    before(1) === 'from' &&
    j - 2 >= floor &&
    isNominal(tokens[j - 2]!)
  )
    return 2;
  if (
    /^(?:around|near|outside|inside|across)$/.test(w) &&
    before(1) === 'and' &&
    /^(?:in|on|at|near|around)$/.test(before(2)) &&
    j - 3 >= floor &&
    isNominal(tokens[j - 3]!)
  )
    return 3;
  return 0;
}

/** Whether the noun phrase before the comma at `comma` may be a list's item ("Marie Colvin, an American, | and"; not "control of suburbs around Damascus, | and the town …"). */
export function listItemBefore(tokens: readonly Token[], comma: number, floor: number): boolean {
  let b = comma - 1;
  // (An item may have its own "of": "Oliver Pybus of Oxford University, and Yi Guan".)
  while (b > floor && (isNominal(tokens[b - 1]!) || /^of$/i.test(tokens[b - 1]!.text))) b--;
  // (After a comma, a list's "and", the clause's opening or a "such as"; not after a verb's or
  // another phrase's word: "control of suburbs around Damascus, | and the town …".)
  const before = tokens[b - 1];
  return b === floor || /^(?:,|and|or|as)$/i.test(before?.text ?? '');
}

/**
 * Whether the "as" at `j` ends a plural's "such as" whose examples the verb group at `g` does not
 * agree with ("Anger at … contractors such as | Halliburton is mounting"): they are no subject, and
 * the subject is out of the walk's reach.
 */
export function examplesOfOther(tokens: readonly Token[], j: number, g: number): boolean {
  return (
    /^as$/i.test(tokens[j]!.text) &&
    /^such$/i.test(tokens[j - 1]?.text ?? '') &&
    /^(?:is|was|has|does)$/i.test(tokens[g]?.text ?? '') &&
    /[^s]s$/i.test(tokens[j - 2]?.text ?? '')
  );
}
