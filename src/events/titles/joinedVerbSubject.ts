import { type Clause, clauseOf } from '../clauses/splitClauses.ts';
import type { Token } from '../nlp/annotate.ts';
import type { SubjectOf } from './subject.ts';
import { CLAUSE_VERBS } from './words.ts';

const MODALS = /^(?:will|would|could|should|may|might|must|can|shall)$/i;

/** A word of a verb group before its verb: an auxiliary, an adverb, "to", or a perfect's "have" the tagger took for a verb. */
const inGroup = (t: Token) => /^(?:AUX|ADV|PART)$/.test(t.pos) || (t.pos === 'VERB' && t.lemma === 'have');

/**
 * The subject of a verb joined by "and"/"but" at token `j` to a verb before it ("McBride was part
 * of the crew and later served as …", "Witty welcomed a recommendation …, but said …"): the subject
 * of the verb it is joined to, found in its clause or the clause before (", and said" opens one).
 */
export function joinedVerbSubject(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  clause: Clause,
  j: number,
  g: number,
  skipped: (i: number) => boolean,
  subjectOf: SubjectOf,
): number[] {
  // The first verb may stand in the clause before (", and said …" opens a clause of its own).
  const scope = j === clause.from && clause.kind === 'coordinate' ? clauseOf(clauses, j - 1) : clause;
  // "said the violence was claiming lives and appealed to": a bare past verb is joined to a verb
  // of its own form when there is one, not to a progressive inside the first verb's object.
  const progressive = (x: Token | undefined) => x !== undefined && /ing$/i.test(x.text);
  const bare = tokens[g]?.pos === 'VERB' && !progressive(tokens[g]);
  const partner =
    bare &&
    tokens
      .slice(scope.from, j)
      .some(
        (x, n) =>
          x.pos === 'VERB' &&
          !progressive(x) &&
          !/^(?:DET|ADJ|ADP|PART)$/.test(tokens[scope.from + n - 1]?.pos ?? '') &&
          tokens[scope.from + n - 1]?.text.toLowerCase() !== 'to',
      );
  // "Witty welcomed a recommendation that vaccines be included, but said …": after a comma the
  // joined verb shares the subject of the clause's first finite verb, not of one inside its object
  // (a verb of saying opens its words: "Officials said troops attacked the town, and killed 20").
  if (tokens[j - 1]?.text === ',') {
    const sayer = CLAUSE_VERBS.test(tokens[g]?.lemma ?? '') || tellsMore(tokens, g);
    // (Past a that-clause inside the first verb's object: "… that oral vaccines be included, but
    // said"; a relative clause after a comma or a time clause keeps its joined verb: "Extras,
    // which averaged 3.67 million viewers, and peaked", "after the rig exploded, and capsized".)
    // (But a relative set off after the object: "The UN has observers monitoring a ceasefire, which
    // came into force …, and hopes": the joined verb is the main clause's.)
    const afterObject = (c: Clause) =>
      c.kind === 'relative' &&
      tokens[c.from - 1]?.text === ',' &&
      tokens
        .slice(clauseOf(clauses, c.from - 1).from, c.from)
        .some((x) => x.pos === 'VERB' || x.pos === 'AUX') &&
      // (Not on a comparison's term: "fared less well than Extras, which averaged …, and peaked".)
      !tokens.slice(clauseOf(clauses, c.from - 1).from, c.from).some((x) => /^than$/i.test(x.text));
    let head = scope;
    const pastObject = afterObject(scope);
    while (
      head.from > 0 &&
      (head.kind === 'complement' ||
        (head.kind === 'relative' && tokens[head.from - 1]?.text !== ',') ||
        (head === scope && pastObject))
    )
      head = clauseOf(clauses, head.from - 1);
    if (head.kind !== 'main' && head.kind !== 'coordinate') head = scope;
    for (let v = head.from; v < j - 1; v++) {
      const x = tokens[v]!;
      // (A main verb "has" the tagger calls an auxiliary: "The UN currently has about 15 observers".)
      const mainAux =
        x.pos === 'AUX' &&
        !/^(?:VERB|AUX|PART)$/.test(tokens.slice(v + 1).find((y) => y.pos !== 'ADV')?.pos ?? '');
      if ((x.pos !== 'VERB' && !mainAux) || /ing$/i.test(x.text)) continue;
      if (
        /^(?:DET|ADJ|ADP|PART)$/.test(tokens[v - 1]?.pos ?? '') ||
        tokens[v - 1]?.text.toLowerCase() === 'to'
      )
        continue;
      if (CLAUSE_VERBS.test(x.lemma) && !sayer) continue;
      let h = v;
      while (h - 1 >= head.from && inGroup(tokens[h - 1]!)) h--;
      const found = subjectOf(tokens, clauses, clauseOf(clauses, v), h, skipped);
      // ("Both have tied their policies to the mission, which was given a month, and is expected":
      // a verb that does not agree with the main subject is the relative's.)
      if (found.length > 0 && (!pastObject || agrees(tokens, found, g))) return found;
      break;
    }
  }
  for (let v = j - 1; v >= scope.from; v--) {
    if (tokens[v]!.pos !== 'VERB' && tokens[v]!.pos !== 'AUX') continue;
    if (partner && (progressive(tokens[v]) || (tokens[v]!.pos === 'AUX' && progressive(tokens[v + 1]))))
      continue;
    // "visited Syria to deliver a plan …, and is to brief": not an infinitive nor a participle
    // of the first verb's phrase; its own finite verb.
    const nonFinite =
      tokens[v - 1]?.text.toLowerCase() === 'to' ||
      (/ing$/i.test(tokens[v]!.text) && tokens[v - 1]?.pos !== 'AUX') ||
      // "a proposed peace plan": a participle inside a noun phrase.
      /^(?:DET|ADJ|ADP)$/.test(tokens[v - 1]?.pos ?? '');
    // "plans to freeze assets and suspend all dealings": a bare form joined to an infinitive is
    // one too, and has no subject of its own.
    if (
      tokens[v - 1]?.text.toLowerCase() === 'to' &&
      bare &&
      tokens[g]!.lemma === tokens[g]!.text.toLowerCase()
    )
      return [];
    if (nonFinite && v - 2 >= scope.from) continue;
    let h = v;
    // "were to have completed … and stopped": the whole verb group, "to" included.
    while (h - 1 >= scope.from && inGroup(tokens[h - 1]!)) h--;
    const who = subjectOf(tokens, clauses, scope, h, skipped);
    // "Troops were to have completed their withdrawal and stopped shelling": a joined verb without
    // auxiliaries of its own shares the first verb's ("were to have … stopped"), so a deadline or a
    // plan is not told as done.
    // (An inflected verb, or a bare one after a modal: "was part of the crew" has no verb group.)
    const first = tokens[v]!;
    const joined = tokens.slice(g).find((x) => x.pos === 'VERB');
    const shared =
      first.pos === 'VERB' &&
      // (Joined by a bare "and"/"or", of one form: not ", but drew", nor "had underlying … and died".)
      /^(?:and|or)$/i.test(tokens[j]!.text) &&
      tokens[j - 1]?.text !== ',' &&
      !/ing$/i.test(first.text) &&
      // (Nor a present tense, "has spent … and now ranks".)
      !(joined !== undefined && /s$/i.test(joined.text) && !/s$/i.test(joined.lemma)) &&
      // (A bare verb after a modal shares it with a bare verb only: not "would knock … and agreed".)
      (first.lemma !== first.text.toLowerCase() ||
        (MODALS.test(tokens[v - 1]?.text ?? '') &&
          joined !== undefined &&
          joined.lemma === joined.text.toLowerCase())) &&
      !/^(?:AUX|PART)$/.test(tokens[g]?.pos ?? '') &&
      // (Not a passive's "be": "was born in 1868 and died", "has been arrested and charged".)
      !tokens
        .slice(h, v)
        .some((x, n) => x.lemma === 'be' && tokens[h + n + 1]?.text.toLowerCase() !== 'to') &&
      who.length > 0;
    // (Its auxiliaries and "to", not its adverbs nor its negation: "had not | posted … and drew".)
    if (shared)
      for (let a = h; a < v; a++)
        if (tokens[a]!.pos !== 'ADV' && !/^(?:not|n't|n’t|never)$/i.test(tokens[a]!.text)) who.push(a);
    return who;
  }
  return [];
}

/** Whether a present-tense verb group at `g` agrees in number with the subject `subject` (true when neither tells). */
function agrees(tokens: readonly Token[], subject: readonly number[], g: number): boolean {
  const verb = tokens[g]?.text.toLowerCase() ?? '';
  const singular = /^(?:is|was|has|does)$/.test(verb) || (tokens[g]?.pos === 'VERB' && /[^s]s$/.test(verb));
  const plural = /^(?:are|were|have|do)$/.test(verb);
  const head = tokens[subject.at(-1)!]!;
  const many =
    /^(?:both|they|we|all|many|several|others)$/i.test(head.text) ||
    (head.pos === 'NOUN' && /[^s]s$/i.test(head.text)) ||
    subject.some((i) => tokens[i]!.pos === 'CCONJ');
  return !((singular && many) || (plural && !many));
}

/**
 * "Officials said a woman who died there had other health problems, | but gave no further details":
 * a joined verb that tells how much was told (gave no details, declined to comment, would not
 * elaborate) is the sayer's, as a verb of saying is, not the subject's of the words said.
 */
function tellsMore(tokens: readonly Token[], g: number): boolean {
  const v = tokens.slice(g, g + 4).findIndex((x) => x.pos === 'VERB');
  if (v < 0) return false;
  const verb = tokens[g + v]!;
  if (/^(?:decline|refuse|elaborate|comment)$/.test(verb.lemma)) return true;
  return (
    /^(?:give|provide|offer|release)$/.test(verb.lemma) &&
    tokens
      .slice(g + v + 1, g + v + 5)
      .some((x) =>
        /^(?:details|detail|information|names|figures|breakdown|explanation|reason|comment)$/i.test(x.text),
      )
  );
}
