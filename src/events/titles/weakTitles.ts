import type { Token } from '../nlp/annotate.ts';
import { annotate } from '../nlp/annotate.ts';
import { participleSubject } from './participleModifier.ts';
import { titleTokens } from './titleTokens.ts';
import { opensNumberBound, opensPlaceName } from './words.ts';

/**
 * A title's tokens: as its sentence's reading has them when the caller gives that sentence's
 * tokens (`titleTokens`), else the tagger's reading of the title alone.
 */
function readTitle(title: string, sentence: readonly Token[] | undefined): readonly Token[] {
  return (sentence && titleTokens(title, sentence)) ?? annotate(title).tokens;
}

/**
 * Whether a title says too little to stand on a timeline by itself: fewer than three words, a verb
 * without its subject, or only a pronoun for one ("It committed itself", "Them are seen").
 */
export function weakTitle(title: string, sentence?: readonly Token[]): boolean {
  const words = title.split(/\s+/).filter(Boolean);
  // "'s accepted it will take months": a clitic whose word was left out.
  if (words.length < 3 || /^['’]/.test(title)) return true;
  if (
    /^(?:it|them|this|that|these|those|some|most|many|all|one|who|which|what|he|she|they|we|i|you)$/i.test(
      words[0]!,
    ) &&
    words.length <= 4
  )
    return true;
  const tokens = readTitle(title, sentence);
  const first = tokens[0];
  // ("About 300 people at a Hong Kong hotel have been placed under quarantine": a number's bound.)
  if (opensWithPlace(tokens) || (first !== undefined && opensNumberBound(first, tokens[1]))) return false;
  // ("Confirmed cases in the US have risen": a participle before its noun opens the subject.)
  if (participleSubject(tokens)) return false;
  return first !== undefined && (first.pos === 'VERB' || first.pos === 'AUX' || first.pos === 'ADP');
}

/**
 * Whether a dated event's title says too little even with its date beside it: a verb without its
 * subject ("Been killed", "Drawn up"), a pronoun and a verb ("They erupted"), or a bare noun of a
 * word or two ("Armed violence", "Public speech"). "Fighting erupted" and "Attack on its compound"
 * stay: the date and the details panel tell the rest.
 */
export function emptyDatedTitle(title: string, sentence?: readonly Token[]): boolean {
  const all = readTitle(title, sentence);
  const tokens = all.filter((t) => t.pos !== 'PUNCT');
  if (tokens.length < 2 || /^['’]/.test(title)) return true;
  const first = tokens[0]!;
  // "Fighting erupted": a gerund is the subject of the verb after it.
  // "Operating revenue surged": a participle before a noun is its modifier.
  const gerund = /ing$/i.test(first.text) && /^(?:VERB|AUX|NOUN|PROPN)$/.test(tokens[1]!.pos);
  // "At least four people were killed", "Up to 300 monitors", "Between 1,000 and 2,000 Syrians".
  const bound = opensNumberBound(first, tokens[1]);
  if (
    !gerund &&
    !bound &&
    !participleSubject(all) &&
    !opensWithPlace(all) &&
    (first.pos === 'VERB' || first.pos === 'AUX' || first.pos === 'ADP' || first.pos === 'PART')
  )
    return true;
  if (first.pos === 'PRON' && tokens.length <= 2) return true;
  return tokens.length <= 2 && !tokens.some((t) => t.pos === 'VERB');
}

/** Any form of `SAYING`'s verbs ending a title, "made clear", or "tell" anywhere in it: what `contentlessSaying` needs. */
const MAY_SAY =
  /\b(?:tell|tells|told|telling)\b|\b(?:said|says|wrote|writes|stated|states|added|adds|warned|warns|announced|announces|confirmed|confirms|explained|explains|insisted|insists|noted|notes|stressed|stresses|claimed|claims|admitted|admits|replied|replies|responded|responds)\s+(?:in|on|at|during)\s+\S+(?:\s+\S+){0,5}\W*$|\b(?:clear|plain|say|says|said|saying|warn\w*|add|adds|added|adding|announc\w*|confirm\w*|explain\w*|insist\w*|note|notes|noted|noting|state|states|stated|stating|stress\w*|claim\w*|admit\w*|repl(?:y|ies|ied|ying)|respond\w*)\W*$/i;

/**
 * Verbs of saying a title may end on, with nothing said after them. Not `CLAUSE_VERBS`: only verbs
 * that deliver words (no verb of thinking, knowing or showing, "Scientists believe", "Figures
 * show", whose bare title still tells a stance or a finding), and with "stress", "admit", "reply"
 * and "respond", which end a title as emptily. `MAY_SAY` spells out their written forms.
 */
const SAYING =
  /^(?:say|tell|warn|add|announce|confirm|explain|insist|note|state|stress|claim|admit|reply|respond)$/;

/**
 * Whether a title is only who said something, what they said cut away: "White House spokesman Robert
 * Gibbs said", "Anas al-Abdah told the BBC", "The leader of Sinn Fein has warned", "President Obama has
 * made clear" (a verb of saying at its end, or with only its addressee after it).
 */
export function contentlessSaying(title: string, sentence?: readonly Token[]): boolean {
  // (Read by the tagger only when a form of one of its verbs could end it, or "tell" stands in it:
  // most titles are not, and this runs on every draft.)
  if (!MAY_SAY.test(title)) return false;
  const all = readTitle(title, sentence);
  // (Not a closing attribution after what was said: "…, officials said".)
  if (all.some((t) => t.pos === 'PUNCT' && /^[,;:]$/.test(t.text))) return false;
  const tokens = all.filter((t) => t.pos !== 'PUNCT');
  const last = tokens.length - 1;
  if (last < 1) return false;
  // Only the sayer before the verb of saying at `v`: no other verb.
  // (Not a passive, a happening of its own: "Thirty-five new cases were confirmed", "was admitted".)
  const sayer = (v: number) =>
    v > 0 && !tokens.slice(0, v).some((t) => t.pos === 'VERB') && tokens[v - 1]!.lemma !== 'be';
  // ("It was announced": an empty subject and a passive saying say nothing.)
  if (
    last === 2 &&
    /^it$/i.test(tokens[0]!.text) &&
    tokens[1]!.lemma === 'be' &&
    SAYING.test(tokens[2]!.lemma)
  )
    return true;
  if (tokens[last]!.pos === 'VERB' && SAYING.test(tokens[last]!.lemma)) return sayer(last);
  // ("made clear", "made plain": a verb and its adjective.)
  if (/^(?:clear|plain)$/i.test(tokens[last]!.text) && tokens[last - 1]?.lemma === 'make')
    return sayer(last - 1);
  // ("told the BBC", "told reporters", "told the US Public Broadcasting Service network": the
  // addressee alone, a name or an article's noun.)
  // (And where: "told the Fortune/Time/CNN Global Forum in South Africa".)
  for (let v = last - 1; v >= Math.max(1, last - 12); v--) {
    if (tokens[v]!.pos === 'VERB' && tokens[v]!.lemma === 'tell')
      return (
        sayer(v) &&
        tokens
          .slice(v + 1)
          .every(
            (t) => /^(?:DET|PROPN|NOUN|SYM)$/.test(t.pos) || /^(?:in|at)$/i.test(t.text) || t.text === '/',
          ) &&
        // (A place only after an addressee named or of the press: not "told a lie in court".)
        (!tokens.slice(v + 1).some((t) => /^(?:in|at)$/i.test(t.text)) ||
          tokens.slice(v + 1, v + 3).some((t) => t.pos === 'PROPN') ||
          /^(?:reporters|journalists)$/i.test(tokens[v + 1]?.text ?? ''))
      );
  }
  // ("Mukasey wrote in his report", "He said in a statement", "Biden said at the daily White House
  // briefing": only where the words stand.)
  let d = last - 1;
  while (d > 2 && d > last - 6 && /^(?:NOUN|PROPN|ADJ)$/.test(tokens[d]!.pos)) d--;
  const v = d - 2;
  return (
    v >= 1 &&
    tokens[v]!.pos === 'VERB' &&
    (SAYING.test(tokens[v]!.lemma) || tokens[v]!.lemma === 'write') &&
    /^(?:in|on|at|during)$/i.test(tokens[v + 1]?.text ?? '') &&
    /^(?:DET|PRON)$/.test(tokens[v + 2]?.pos ?? '') &&
    tokens[last]!.pos === 'NOUN' &&
    sayer(v)
  );
}

/** "In Homs, troops shelled …": a title opening with a place's phrase, its comma, then a clause with a verb. */
function opensWithPlace(tokens: readonly Token[]): boolean {
  if (!opensPlaceName(tokens[0], tokens[1])) return false;
  const comma = tokens.findIndex((t) => t.text === ',');
  return comma > 1 && comma <= 8 && tokens.slice(comma + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}
