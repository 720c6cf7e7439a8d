import type { Token } from '../nlp/annotate.ts';
import { isDash, isVerbal, lower, RELATIVES, SUBORDINATORS, verbFollows } from './clauseWords.ts';
import { type Clause, type ClauseKind, splitClauses } from './splitClauses.ts';

/** Each plain split's title clauses, worked out once per split. */
const titled = new WeakMap<readonly Clause[], readonly Clause[]>();

/**
 * The clauses titles are cut from: a relative clause set apart by dashes split off (see
 * `splitClauses`), and a fronted subordinate clause set apart from the main clause after it (see
 * `frontedSubordinate`): "Since the rig exploded in April, | thousands of barrels …" titles each
 * clause on its own. Dating keeps the plain split, under which a date in the opening clause also
 * dates the main clause's happening ("After talks collapsed on Friday, fighting broke out").
 */
export function titleClauses(tokens: readonly Token[], clauses: readonly Clause[]): readonly Clause[] {
  let out = titled.get(clauses);
  if (!out) {
    const dashed = tokens.some((t, i) => isDash(t) && RELATIVES.has(lower(tokens[i + 1])));
    const base = dashed ? splitClauses(tokens, true) : clauses;
    const starts = base.map((c) => ({ at: c.from, kind: c.kind }));
    frontedSubordinate(tokens, starts);
    participleAsides(tokens, starts);
    dashClauses(tokens, starts);
    dashedInsideRelative(tokens, starts);
    namingAs(tokens, starts);
    const same =
      base === clauses &&
      starts.length === clauses.length &&
      starts.every((s, k) => s.kind === clauses[k]!.kind);
    out = same
      ? clauses
      : starts.map((s, k) => ({ from: s.at, to: starts[k + 1]?.at ?? tokens.length, kind: s.kind }));
    titled.set(clauses, out);
  }
  return out;
}

/**
 * "what it described | as armed terrorists": an "as" right after a verb of naming or regarding
 * opens its complement, no clause; the clause goes on.
 */
function namingAs(tokens: readonly Token[], starts: Array<{ at: number; kind: ClauseKind }>): void {
  for (let k = starts.length - 1; k > 0; k--) {
    const at = starts[k]!.at;
    const verb = tokens[at - 1];
    if (
      lower(tokens[at]) === 'as' &&
      verb?.pos === 'VERB' &&
      /^(?:describe|refer|see|regard|brand|label|know|view|treat|classify|define|dub|portray|characterise|characterize|denounce|condemn)$/.test(
        verb.lemma,
      )
    )
      starts.splice(k, 1);
  }
}

/**
 * "Baroness Amos, who visited the city of Homs - including the district of Baba Amr - | said …": a
 * relative clause set off by its comma, with an aside between dashes, ends at the closing dash when
 * a finite verb follows it; the clause it interrupted goes on (a coordinate clause).
 */
function dashedInsideRelative(
  tokens: readonly Token[],
  starts: Array<{ at: number; kind: ClauseKind }>,
): void {
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    if (
      s.kind !== 'relative' ||
      tokens[s.at - 1]?.text !== ',' ||
      !/^(?:who|which)$/i.test(tokens[s.at]!.text)
    )
      continue;
    const to = starts[k + 1]?.at ?? tokens.length;
    const dashes: number[] = [];
    for (let i = s.at + 2; i < to; i++) if (isDash(tokens[i]!)) dashes.push(i);
    if (dashes.length !== 2) continue;
    const verb = tokens[dashes[1]! + 1];
    const finite =
      verb !== undefined &&
      (verb.pos === 'AUX' ||
        (verb.pos === 'VERB' && verb.lemma !== verb.text.toLowerCase() && !/ing$/i.test(verb.text)));
    if (finite && dashes[1]! + 1 < to) starts.splice(k + 1, 0, { at: dashes[1]! + 1, kind: 'coordinate' });
  }
}

/**
 * "The city has become a focus of unrest - | more than 100 people have been killed there": a lone
 * dash (no second one closes an aside) before a clause with a verb of its own starts that clause.
 */
function dashClauses(tokens: readonly Token[], starts: Array<{ at: number; kind: ClauseKind }>): void {
  // (A dash with a space on each side, not one inside a word: "a mile-deep well".)
  const spaced = (i: number) =>
    (tokens[i - 1] === undefined || tokens[i - 1]!.end < tokens[i]!.start) &&
    (tokens[i + 1] === undefined || tokens[i]!.end < tokens[i + 1]!.start);
  const dashes = tokens.flatMap((t, i) =>
    /^(?:-|--)$/.test(t.text) && t.pos === 'PUNCT' && spaced(i) ? [i] : [],
  );
  if (dashes.length !== 1) return;
  const at = dashes[0]! + 1;
  // (A clause: a subject, then its verb before any conjunction; not "an oil - siphoning cap".)
  if (
    at >= tokens.length - 1 ||
    /^(?:VERB|AUX|PUNCT)$/.test(tokens[at]!.pos) ||
    !verbFollows(tokens, at, 8) ||
    starts.some((s) => s.at === at)
  )
    return;
  const k = starts.findIndex((s) => s.at > at);
  starts.splice(k < 0 ? starts.length : k, 0, { at, kind: 'coordinate' });
}

/**
 * "Hillary Clinton, while criticising Russia's support of the regime, | reiterated that …": an aside
 * between commas that a subordinator and a participle open ends at the comma before a finite verb,
 * where the clause it interrupts goes on (a coordinate clause, whose subject is before the aside).
 */
function participleAsides(tokens: readonly Token[], starts: Array<{ at: number; kind: ClauseKind }>): void {
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    if (
      s.kind !== 'subordinate' ||
      tokens[s.at - 1]?.text !== ',' ||
      !SUBORDINATORS.has(lower(tokens[s.at])) ||
      !(tokens[s.at + 1]?.pos === 'VERB' && /ing$/i.test(tokens[s.at + 1]!.text))
    )
      continue;
    const end = starts[k + 1]?.at ?? tokens.length;
    for (let c = s.at + 2; c < end - 1; c++) {
      const v = tokens[c + 1]!;
      const finite = v.pos === 'AUX' || (v.pos === 'VERB' && !/ing$/i.test(v.text) && v.lemma !== lower(v));
      if (tokens[c]!.text === ',' && finite) {
        starts.splice(k + 1, 0, { at: c + 1, kind: 'coordinate' });
        break;
      }
    }
  }
}

/**
 * "Since the rig exploded in April, | thousands of barrels have been gushing …", "After talks
 * collapsed, | fighting broke out": a sentence that opens with a subordinator and a verb of its own
 * is a subordinate clause up to the first comma after that verb where the main clause takes over
 * (a subject and its finite verb follow, not a relative pronoun nor a conjunction).
 */
function frontedSubordinate(tokens: readonly Token[], starts: Array<{ at: number; kind: ClauseKind }>): void {
  if (starts[0]?.kind !== 'main') return;
  const first = tokens[0];
  if (
    !first ||
    !SUBORDINATORS.has(lower(first)) ||
    !(first.pos === 'SCONJ' || first.pos === 'ADP' || first.pos === 'ADV') ||
    !verbFollows(tokens, 1, 8)
  )
    return;
  const verb = tokens.findIndex((t, i) => i > 0 && isVerbal(t));
  // A verb with its subject before it ("the rig exploded", "it first appeared"), not a participle
  // before its noun ("As a result of the first confirmed case, …").
  const subjectBefore = (i: number) => /^(?:NOUN|PROPN|PRON|AUX|PART)$/.test(tokens[i]?.pos ?? '');
  const v = tokens[verb]!;
  if (
    !(
      v.pos === 'AUX' ||
      subjectBefore(verb - 1) ||
      (tokens[verb - 1]?.pos === 'ADV' && subjectBefore(verb - 2))
    )
  )
    return;
  const limit = starts[1]?.at ?? tokens.length;
  for (let c = verb + 1; c < limit && c < tokens.length - 2; c++) {
    if (tokens[c]!.text !== ',') continue;
    const next = tokens[c + 1]!;
    // "After talks collapsed, fighting broke out": a gerund there is the main clause's subject.
    const gerund =
      starts[1]?.at === c + 1 && starts[1].kind === 'participial' && verbFollows(tokens, c + 2, 4);
    if (
      !gerund &&
      (RELATIVES.has(lower(next)) || next.pos === 'CCONJ' || isVerbal(next) || next.pos === 'ADP')
    )
      return;
    if (!gerund && !verbFollows(tokens, c + 1, 12, true)) return;
    starts[0] = { at: 0, kind: 'subordinate' };
    if (gerund) starts[1] = { at: c + 1, kind: 'main' };
    else starts.splice(1, 0, { at: c + 1, kind: 'main' });
    return;
  }
}
