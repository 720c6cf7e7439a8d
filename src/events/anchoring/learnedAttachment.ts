import { type Clause, clauseOf } from '../clauses/splitClauses.ts';
import type { Token } from '../nlp/annotate.ts';
import { attributionWord } from '../triggers/attribution.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { participleBeforeNoun } from '../triggers/participleBeforeNoun.ts';
import stored from './attachmentModel.json';
import { type TriggerRef, tokenRange } from './attachTimex.ts';

/**
 * A learned model of which trigger a date expression dates: a logistic regression over
 * (trigger, date) pairs of one sentence, trained on the TLINKs of TimeBank and AQUAINT by
 * `npm run build:attachment`. It scores every candidate, so one date may date several triggers
 * ("… were killed and 12 wounded on Friday"), which the hand rules of `attachTimex` cannot.
 */
export interface AttachmentModelJson {
  readonly version: 1;
  /** What the model was built from and how it did in cross-validation. */
  readonly info: Record<string, string | number>;
  /** The best candidate is attached when its score reaches `top`. */
  readonly top: number;
  /** Further candidates are attached when their score reaches `extra` (≥ `top`). */
  readonly extra: number;
  /** Weights as `key=weight` entries separated by spaces (keys never hold a space). */
  readonly weights: string;
}

/** Whether anchoring dates the triggers this model ranks, rather than `attachTimex`'s hand rules. */
export const LEARNED_ATTACHMENT = true;

/** A candidate trigger; `score` (the trigger model's P(event)) is 0 for verbs it passed over. */
export type AttachCandidate = TriggerRef & { readonly score?: number };

/** A compiled model: weights by feature key, and its thresholds. */
export interface AttachmentModel {
  readonly weights: ReadonlyMap<string, number>;
  readonly top: number;
  readonly extra: number;
}

/** Turns stored JSON into a lookup table. */
export function compileAttachmentModel(json: AttachmentModelJson): AttachmentModel {
  if (json.version !== 1) throw new Error('Attachment model of an unknown version; rebuild it');
  const weights = new Map<string, number>();
  for (const entry of json.weights.split(' ')) {
    if (!entry) continue;
    const at = entry.lastIndexOf('=');
    weights.set(entry.slice(0, at), Number(entry.slice(at + 1)));
  }
  return { weights, top: json.top, extra: json.extra };
}

let defaultModel: AttachmentModel | undefined;

/** The committed model, compiled once. */
export function attachmentModel(): AttachmentModel {
  defaultModel ??= compileAttachmentModel(stored as unknown as AttachmentModelJson);
  return defaultModel;
}

/** The trigger model's P(event) in coarse steps; `plain` for verbs it passed over. */
const scoreBucket = (score: number | undefined): string =>
  score === undefined
    ? '-'
    : score === 0
      ? 'plain'
      : score < 0.6
        ? '<.6'
        : score < 0.8
          ? '<.8'
          : score < 0.95
            ? '<.95'
            : 'top';

const bucket = (n: number, edges: readonly number[]): string => {
  for (const e of edges) if (n <= e) return String(e);
  return `${edges.at(-1)}+`;
};
const DISTANCE = [0, 1, 2, 3, 5, 8, 12, 20];
const isVerbal = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
const POSSESSIVE_PRONOUN = /^(?:its|his|her|their|our)$/i;
const SPACE = /\s+/g;

/** What describes a date expression once per sentence, shared by all its candidates. */
export interface DateContext {
  /** Token range `[a, b)` of the expression. */
  readonly a: number;
  readonly b: number;
  readonly clause: Clause;
  /** No verb or auxiliary stands between its clause's start and the expression. */
  readonly opens: boolean;
  /** The preposition or subordinator just before it, or `-`. */
  readonly prep: string;
  /** "Friday's": a possessive follows. */
  readonly possessive: boolean;
  /** "the 1995 assassination", "its fourth-quarter slump": inside a noun phrase. */
  readonly premodifier: boolean;
  /** Its last word, digits as `#`: says its kind and grain ("friday", "month", "#"). */
  readonly head: string;
}

/** The context of the date expression at token range `[a, b)`. */
export function dateContext(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  a: number,
  b: number,
): DateContext {
  const clause = clauseOf(clauses, a);
  let opens = true;
  for (let i = clause.from; i < a; i++) if (isVerbal(tokens[i])) opens = false;
  const before = tokens[a - 1];
  const prep = before && (before.pos === 'ADP' || before.pos === 'SCONJ') ? before.lemma : '-';
  const next = tokens[b];
  const possessive = next?.text === "'s" || next?.text === '’s';
  const premodifier =
    before?.pos === 'DET' ||
    (before?.pos === 'PRON' && POSSESSIVE_PRONOUN.test(before.text)) ||
    (before?.pos !== 'ADP' && (next?.pos === 'ADJ' || next?.pos === 'NOUN'));
  const last = tokens[Math.max(a, b - 1)];
  const head = last ? last.text.toLowerCase().replace(/\d/g, '#').replace(SPACE, '_') : '-';
  return { a, b, clause, opens, prep, possessive, premodifier, head };
}

/**
 * The feature keys of candidate `t` for the date `d`; `rank` is its place among candidates on
 * its side of the date counting outward (0 = nearest), `verbRank` the same among verbs.
 */
export function attachmentFeatures(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  d: DateContext,
  t: AttachCandidate,
  rank: number,
  verbRank: number,
): string[] {
  const i = t.index;
  const token = tokens[i]!;
  const left = i < d.a;
  const dir = left ? 'L' : 'R';
  const lo = left ? i + 1 : d.b;
  const hi = left ? d.a : i;
  let verbs = 0;
  let commas = 0;
  for (let k = lo; k < hi; k++) {
    const w = tokens[k]!;
    if (w.pos === 'VERB') verbs++;
    else if (w.text === ',') commas++;
  }
  const clause = clauseOf(clauses, i);
  let boundaries = 0;
  for (const c of clauses) if (c.from > Math.min(i, d.a) && c.from <= Math.max(i, d.b - 1)) boundaries++;
  const same = clause === d.clause;
  const pos = token.pos;
  const cls = t.eventClass;
  const plain = t.score === 0 ? 'plain' : 'model';
  const prev = tokens[i - 1];
  const distance = bucket(hi - lo, DISTANCE);
  // A participle that modifies the noun before it ("a group led by", ", facing …") is no clause verb.
  const modifiesNoun =
    pos === 'VERB' &&
    prev !== undefined &&
    (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.text === ',') &&
    /(?:ed|en|ing)$/i.test(token.text);
  let firstVerb = pos === 'VERB';
  for (let k = clause.from; k < i && firstVerb; k++) if (tokens[k]!.pos === 'VERB') firstVerb = false;
  const r = Math.min(rank, 3);
  const vr = pos === 'VERB' ? Math.min(verbRank, 3) : 'n';
  const features = [
    'bias',
    `dir=${dir}`,
    `dist=${dir}${distance}`,
    `verbs=${dir}${Math.min(verbs, 3)}`,
    `commas=${dir}${Math.min(commas, 2)}`,
    `bound=${dir}${Math.min(boundaries, 2)}`,
    `same=${same}|${dir}`,
    `kinds=${clause.kind}|${d.clause.kind}|${same}`,
    `opens=${d.opens}|${dir}|${same}`,
    `prep=${d.prep}|${dir}`,
    `prepPos=${d.prep}|${dir}|${pos}`,
    `pos=${pos}|${dir}`,
    `class=${cls}|${dir}`,
    `plain=${plain}|${pos}`,
    `lemma=${token.lemma.replace(SPACE, '_')}`,
    `rank=${dir}${r}|${pos}`,
    `verbRank=${dir}${vr}|${same}`,
    `rankOpens=${dir}${r}|${d.opens}`,
    `firstVerb=${firstVerb}|${dir}|${same}`,
    `head=${d.head}`,
    `headDir=${d.head}|${dir}|${pos}`,
    `inf=${prev?.text.toLowerCase() === 'to'}|${dir}`,
    `form=${token.text.length > 3 ? token.text.slice(-2).toLowerCase() : '-'}|${pos}`,
  ];
  // What stands before the candidate: its preposition ("in an explosion") or auxiliary ("will visit").
  let k = i - 1;
  while (
    k >= 0 &&
    i - k <= 3 &&
    (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'ADV')
  )
    k--;
  const governor = tokens[k];
  if (governor && (governor.pos === 'ADP' || governor.pos === 'AUX' || governor.pos === 'PART'))
    features.push(`gov=${governor.lemma}|${pos}`, `govDir=${governor.pos}|${dir}|${same}`);
  features.push(`prepDist=${d.prep}|${dir}${distance}|${pos}`, `score=${scoreBucket(t.score)}|${pos}`);
  if (tokens[i + 1]?.text.toLowerCase() === 'to') features.push(`toAfter=${dir}`);
  if (modifiesNoun) features.push(`modN=${dir}`);
  if (d.possessive && !left && pos === 'NOUN' && i - d.b <= 4) features.push(`possessive=${r}`, 'possessive');
  if (d.premodifier && !left && pos === 'NOUN' && i - d.b <= 3) features.push(`premod=${r}`);
  if (left && pos === 'NOUN' && i === d.a - 1) features.push('nounBefore');
  if (left && pos === 'NOUN' && i === d.a - 2 && d.prep !== '-') features.push(`nounPP=${d.prep}`);
  return features;
}

/** Each candidate's rank outward from the date on its side, overall and among verbs. */
function ranks(candidates: readonly AttachCandidate[], a: number): Array<[number, number]> {
  const out: Array<[number, number]> = candidates.map(() => [0, 0]);
  const order = candidates
    .map((_t, k) => k)
    .sort((x, y) => Math.abs(candidates[x]!.index - a) - Math.abs(candidates[y]!.index - a));
  const seen = { L: [0, 0], R: [0, 0] };
  for (const k of order) {
    const t = candidates[k]!;
    const side = t.index < a ? seen.L : seen.R;
    out[k] = [side[0]!, side[1]!];
    side[0]!++;
    if (t.pos === 'VERB') side[1]!++;
  }
  return out;
}

/** The candidates of a date at tokens `[a, b)` and their features: all but those inside it. */
export function candidateFeatures<T extends AttachCandidate>(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  triggers: readonly T[],
  a: number,
  b: number,
): Array<{ trigger: T; features: string[] }> {
  const candidates = triggers.filter((t) => t.index < a || t.index >= b);
  const d = dateContext(tokens, clauses, a, b);
  const r = ranks(candidates, a);
  // A date alone in its clause ("… in Kapisa – a week ago.") dates a verb of another clause.
  const own = Math.min(candidates.filter((t) => t.index >= d.clause.from && t.index < d.clause.to).length, 2);
  return candidates.map((trigger, k) => {
    const features = attachmentFeatures(tokens, clauses, d, trigger, r[k]![0], r[k]![1]);
    const same = trigger.index >= d.clause.from && trigger.index < d.clause.to;
    features.push(`dateClause=${own}|${same}|${trigger.index < a ? 'L' : 'R'}|${trigger.pos}`);
    return { trigger, features };
  });
}

/** P(linked) of a candidate from its feature keys. */
export function scoreFeatures(model: AttachmentModel, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The sentence's candidate triggers ranked by how likely the date expression at offsets
 * `from..to` dates them (descending score). Attach the first when its score reaches
 * `model.top`, and any other reaching `model.extra` (see `chooseAttachments`).
 */
export function rankAttachments<T extends AttachCandidate>(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  triggers: readonly T[],
  from: number,
  to: number,
  model: AttachmentModel = attachmentModel(),
): Array<{ trigger: T; score: number }> {
  const [a, b] = tokenRange(tokens, from, to);
  if (a >= tokens.length) return [];
  return candidateFeatures(tokens, clauses, triggers, a, b)
    .map(({ trigger, features }) => ({ trigger, score: scoreFeatures(model, features) }))
    .sort((x, y) => y.score - x.score || x.trigger.index - y.trigger.index);
}

/** The triggers a ranking attaches under the model's thresholds: the best, then any other above `extra`. */
export function chooseAttachments<T>(
  ranked: ReadonlyArray<{ trigger: T; score: number }>,
  model: Pick<AttachmentModel, 'top' | 'extra'> = attachmentModel(),
): T[] {
  const first = ranked[0];
  if (!first || first.score < model.top) return [];
  return [
    first.trigger,
    ...ranked
      .slice(1)
      .filter((r) => r.score >= model.extra)
      .map((r) => r.trigger),
  ];
}

const LIGHT_VERBS = new Set(['be', 'have', 'do', 'seem', 'appear', 'remain', 'become']);

/**
 * The candidates of a sentence: its triggers and the verbs the trigger model passed over (score 0;
 * "She took the stand Friday": a date says something happened), in token order; not "according
 * to" nor a participle inside a noun phrase ("its blown out well"), which no clause tells.
 */
export function withPlainVerbs(tokens: readonly Token[], triggers: readonly Trigger[]): Trigger[] {
  const taken = new Set(triggers.map((t) => t.index));
  const plain = tokens.flatMap((t, index) =>
    t.pos === 'VERB' &&
    !taken.has(index) &&
    !LIGHT_VERBS.has(t.lemma) &&
    !attributionWord(tokens, index) &&
    !participleBeforeNoun(tokens, index)
      ? [
          {
            index,
            start: t.start,
            end: t.end,
            text: t.text,
            lemma: t.lemma,
            pos: t.pos,
            score: 0,
            eventClass: 'OCCURRENCE' as const,
          },
        ]
      : [],
  );
  return [...triggers, ...plain].sort((x, y) => x.index - y.index);
}

/**
 * The triggers the learned model dates with the expression at `from..to` (best first; empty when
 * none scores enough), among the sentence's triggers and plain verbs that are `eligible`; or
 * undefined when `LEARNED_ATTACHMENT` is off and the caller should use `attachTimex`.
 */
export function attachLearned(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  triggers: readonly Trigger[],
  from: number,
  to: number,
  eligible: (t: Trigger) => boolean,
): Trigger[] | undefined {
  if (!LEARNED_ATTACHMENT) return undefined;
  const candidates = withPlainVerbs(tokens, triggers).filter(eligible);
  const chosen = chooseAttachments(rankAttachments(tokens, clauses, candidates, from, to));
  if (chosen.length > 0) return chosen;
  // A date cut off in a clause of its own ("… in Kapisa – a week ago."), rare in the training
  // news: the hand rules date the main clause's verb.
  const [a] = tokenRange(tokens, from, to);
  const clause = clauseOf(clauses, a);
  const alone = !candidates.some((t) => t.index >= clause.from && t.index < clause.to);
  return alone && clause.kind !== 'main' ? undefined : chosen;
}
