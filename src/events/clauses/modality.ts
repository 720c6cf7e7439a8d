import type { Token } from '../nlp/annotate.ts';
import { underLapsedPlan } from './lapsedPlan.ts';
import { mediaCoverage } from './mediaCoverage.ts';
import { nearMiss, negatedVerb, withheld } from './negatedTrigger.ts';
import { possibleObject } from './possibleObject.ts';
import type { Clause } from './splitClauses.ts';
import { toldAsState } from './toldAsState.ts';

/**
 * How a clause presents its happening: `planned` (announced, scheduled or forecast: "will visit",
 * "is due to meet", "plans to send"), `hypothetical` (not told as having happened: merely possible or
 * counterfactual, "could face sanctions", "would have grown up"; denied, "did not trigger"; a standing
 * state or a comment, "remained committed", see `toldAsState`), or
 * undefined when it is told as having happened.
 */
export type Modality = 'planned' | 'hypothetical';

/** Whether an event dated `start` lies after the publication day `published`: a plan, not a happening. */
export const afterPublication = (start: string, published: string): boolean =>
  start.slice(0, 10) > published.slice(0, 10);

const MODALS = new Set(['could', 'might', 'may', 'should', 'must', 'can', 'cannot', 'ought']);
// "is due to meet", "plans to send", "agreed to withdraw": an intention or schedule, not a happening yet.
const INTENT = new Set(
  (
    'due set scheduled slated expected poised going planning preparing about likely plan intend ' +
    'threaten prepare agree decide promise pledge vow expect schedule propose'
  ).split(' '),
);
// "The UN hopes to have the full team in place by Monday", "aims to cut emissions": a wish or a
// target, which no one has set a day for, is not a plan.
const DESIRE = new Set('hope wish want aim seek strive long yearn'.split(' '));

// "is expected to", "is likely to", "is forecast to": what is foreseen. Before an amount it is
// a forecast ("is expected to rise 20 percent"); before a happening, a plan ("is expected to leave
// rates unchanged at its meeting on Wednesday").
const FORECAST = new Set('expect likely forecast project predict'.split(' '));

/**
 * Whether the verb at `k` takes an amount: a number or a sum of money after no more than adverbs, a
 * "to" or "by" ("rise to nearly $1 trillion", "grow just 3.4 percent", "fall by 5%") or a name it is
 * counted to ("cost BP $23bn"); not a day ("arrive on 5 March", "meet by 27 February") nor a length
 * of time.
 */
function amountAfter(tokens: readonly Token[], k: number): boolean {
  for (let i = k + 1; i < tokens.length && i <= k + 4; i++) {
    const t = tokens[i]!;
    if (t.pos === 'SYM' && /^[$£€¥]$/.test(t.text)) return true;
    if (t.pos === 'NUM' || /^\d/.test(t.text)) {
      // (Not a length of time: "is expected to last five weeks" says how long a plan runs.)
      const unit = tokens[i + 1];
      return !(
        unit &&
        (unit.pos === 'PROPN' ||
          /^(?:[ap]\.?m\.?|GMT|BST|EDT|EST|UTC|minutes?|hours?|days?|weeks?|months?|years?)$/i.test(
            unit.text,
          ))
      );
    }
    if (t.pos === 'ADV' || (t.pos === 'PROPN' && i === k + 1) || /^(?:to|by)$/i.test(t.text)) continue;
    return false;
  }
  return false;
}

// Verbs of regard: in the passive with "as", they give a reading, not a happening.
const REGARD = new Set('see regard view consider perceive interpret'.split(' '));

const PRESENT_AS = new Set('present portray position style cast paint project promote'.split(' '));

/**
 * Whether the verb at `k` is, or tries to be, a verb of self-presentation with a reflexive and "as"
 * ("presents itself as", "is trying to portray himself as").
 */
function presentsItself(tokens: readonly Token[], clause: Clause, k: number): boolean {
  for (let i = k; i < clause.to && i <= k + 2; i++) {
    const t = tokens[i]!;
    if (i > k && t.pos !== 'PART' && !PRESENT_AS.has(t.lemma)) return false;
    if (
      PRESENT_AS.has(t.lemma) &&
      /^(?:itself|himself|herself|themselves|ourselves)$/i.test(tokens[i + 1]?.text ?? '') &&
      tokens[i + 2]?.text.toLowerCase() === 'as'
    )
      return true;
  }
  return false;
}

/**
 * How the clause presents the happening named by the verb at token `k`: `planned` ("will visit",
 * "is due to meet", "plans to send"; "would" in reported words), `hypothetical` ("could face",
 * "would have grown", a clause opened by "if"), or undefined when told as having happened. Read
 * from the verb group before the trigger, within its clause.
 */
export function triggerModality(
  tokens: readonly Token[],
  clause: Clause,
  k: number,
  opts: { reported?: boolean } = {},
): Modality | undefined {
  const first = tokens[clause.from]?.text.toLowerCase();
  // "It was not clear whether the buildings were hit": an open question, not a happening told.
  if (first === 'if' || first === 'unless' || first === 'whether') return 'hypothetical';
  // "Either the president is making a promise he cannot honour, or he has lost his grip": one of
  // two alternatives, neither told as happened.
  if (first === 'either' && tokens.slice(clause.from + 1).some((t) => t.text.toLowerCase() === 'or'))
    return 'hypothetical';
  // "Western nations had been hoping that Tuesday's session would soften …": hoped, feared or
  // expected, not told as happened.
  if (
    clause.kind === 'complement' &&
    tokens
      .slice(Math.max(0, clause.from - 3), clause.from)
      .some((t) => /^(?:hope|expect|fear|want|wish|believe|predict|anticipate)$/.test(t.lemma))
  )
    return 'hypothetical';
  // "The dividend had been due to be paid on 21 June", "had planned to visit": a plan that lapsed.
  if (underLapsedPlan(tokens, k)) return 'hypothetical';
  // "had come close to tipping over into bloodletting", "was nearly derailed": a near miss.
  if (nearMiss(tokens, clause, k)) return 'hypothetical';
  // "The couple are stuck in their room", "the mission remained committed", "It has been interesting to
  // observe …": a standing state or the writer's comment, told as no happening, even in words reported.
  if (toldAsState(tokens, clause, k)) return 'hypothetical';
  // "said crews could resume work Thursday morning": an event noun a possible verb takes is possible.
  if (possibleObject(tokens, clause.from, k)) return 'hypothetical';
  if (tokens[k]?.pos !== 'VERB') return undefined;
  // "Reuters.com also featured a special coverage page": a medium's own pages, not a happening.
  if (mediaCoverage(tokens, clause, k)) return 'hypothetical';
  // "The defection did not trigger a cascade": what did not happen is no happening (TimeML's
  // polarity NEG). Not in words reported: their title keeps the speaker, and the saying ("Dr
  // Murray says he did not kill …", "Jindal said the administration has not provided …") is one.
  if (!opts.reported && negatedVerb(tokens, clause, k)) return 'hypothetical';
  // "…, but gave no further details": a light verb with "no" for its object gives nothing, even in
  // a sentence that reports words.
  if (withheld(tokens, k)) return 'hypothetical';
  // "The council is trying to present itself as a government-in-waiting": how one shows oneself,
  // a description, not a happening.
  if (presentsItself(tokens, clause, k)) return 'hypothetical';
  // "Pelosi's meeting was seen as an attempt to …", "is widely regarded as": a reading of it.
  if (
    REGARD.has(tokens[k]!.lemma) &&
    tokens[k + 1]?.text.toLowerCase() === 'as' &&
    tokens.slice(Math.max(clause.from, k - 3), k).some((t) => t.lemma === 'be')
  )
    return 'hypothetical';
  // "The amnesty would apply to deserters who turned themselves in before …": a relative clause
  // that says which ones a supposed happening is about is supposed too.
  // Not an aside after a comma ("a challenge from the National Alliance, which was formed …"),
  // which tells a fact of its own.
  if (clause.kind === 'relative' && tokens[clause.from - 1]?.text !== ',')
    for (let i = clause.from - 1; i >= 0 && i >= clause.from - 30; i--) {
      const w = tokens[i]!.text.toLowerCase();
      const modal = w === 'would' || MODALS.has(w);
      if (modal && tokens[i + 1]?.pos === 'VERB' && tokens[i + 2]?.text.toLowerCase() !== 'have')
        return 'hypothetical';
      // Not past the sentence's end, nor past a verb of its own that no modal governs (a verb of
      // another relative clause on the same noun is none).
      const ownVerb =
        tokens[i]!.pos === 'VERB' &&
        tokens[i - 1]?.pos !== 'AUX' &&
        !MODALS.has(tokens[i - 1]?.text.toLowerCase() ?? '') &&
        !/^(?:would|who|which|that)$/i.test(tokens[i - 1]?.text ?? '');
      if (/^[.;:]$/.test(w) || ownVerb) break;
    }
  if (presentInTimeClause(tokens, clause, k)) return 'planned';
  // (Whether a quotation mark stands between the verb and the word read.)
  let quoted = false;
  for (let i = k - 1; i >= clause.from && i >= k - 6; i--) {
    const t = tokens[i]!;
    const w = t.text.toLowerCase();
    const next = tokens[i + 1]?.text.toLowerCase();
    // 'said China would "continue to play a constructive role"', 'will "absolutely not protect
    // any party"': a promise or a stance quoted word for word is the statement the report is about,
    // read as before this rule (Timeline17: 6 of 8 such removals were a pledge or a position).
    if (quoted && /^(?:will|shall|would|wo|'ll)$/.test(w)) break;
    if (w === 'will' || w === 'shall' || w === "'ll" || w === 'wo') return 'planned';
    if (w === 'would') return next === 'have' ? 'hypothetical' : opts.reported ? 'planned' : 'hypothetical';
    // "may have died": an uncertain report of the past is still a report of the past.
    if (MODALS.has(w)) return next === 'have' && w !== 'should' && w !== 'could' ? undefined : 'hypothetical';
    if (w === 'to' && t.pos === 'PART') {
      const head = tokens[i - 1];
      const lemma = head?.lemma ?? '';
      if (head && (DESIRE.has(lemma) || DESIRE.has(head.text.toLowerCase()))) return 'hypothetical';
      // "is expected to rise to nearly $1 trillion this year": a forecast of an amount, no plan.
      // (Only what "is" expected: "BP expects to pay about $4bn" is the company's own plan.)
      if (head && FORECAST.has(lemma) && tokens[i - 2]?.lemma === 'be' && amountAfter(tokens, k))
        return 'hypothetical';
      if (head && (INTENT.has(lemma) || INTENT.has(head.text.toLowerCase()) || lemma === 'be'))
        return 'planned';
      return 'hypothetical';
    }
    // 'could "really complicate"': a quotation mark inside the verb group is no word of its own.
    if (/^["“”]$/.test(w)) {
      quoted = true;
      continue;
    }
    // "They wanted to be together so saved enough to emigrate": "so" joins a verb of its own.
    if ((t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') || w === 'so') break;
  }
  return undefined;
}

// Subordinators of a time clause whose present tense speaks of what is to come ("when he meets
// them on Wednesday", "until the leak is stopped", "once the debris is cleared"); not "after",
// which timelines narrate in the present ("Shares in BP rise after a panel says …"), nor "as" or
// "while", whose present is the narrator's own.
const FUTURE_TIME = /^(?:when|whenever|until|till|before|once)$/i;

/**
 * Whether the verb at `k` is in the present tense inside a time clause of what is to come: a third
 * person "-s" form with no auxiliary ("when Hayward reveals first-half results next Tuesday") or a
 * present passive ("until a relief well is drilled, sometime in August"). English tells a future
 * happening there in the present; it is a plan or an expectation, not a happening told.
 */
function presentInTimeClause(tokens: readonly Token[], clause: Clause, k: number): boolean {
  if (clause.kind !== 'subordinate' || !FUTURE_TIME.test(tokens[clause.from]?.text ?? '')) return false;
  // "when Dr Murray goes on trial this week but the judge says …": a clause "but" joins is told.
  for (let i = clause.from + 1; i < k; i++) if (/^(?:but|;)$/i.test(tokens[i]!.text)) return false;
  const t = tokens[k]!;
  const text = t.text.toLowerCase();
  const auxes: string[] = [];
  for (let i = k - 1; i > clause.from; i--) {
    const u = tokens[i]!;
    if (u.pos === 'AUX') auxes.push(u.text.toLowerCase());
    else if (u.pos !== 'ADV' && u.pos !== 'PART') break;
  }
  if (auxes.length === 0) return /[^s]s$/.test(text) && text !== t.lemma && !/(?:ed|en)$/.test(text);
  return auxes.length === 1 && /^(?:is|are)$/.test(auxes[0]!) && text !== t.lemma && !/ing$/.test(text);
}
