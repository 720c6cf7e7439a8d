import { AUXILIARIES, DETERMINERS, EVENT_VERBS, OPINION_VERBS, REPORTING_VERBS } from './lexicon.ts';
import { type Token, tokenize } from './tokenize.ts';

/** Words before a verb that make it hypothetical or not (yet) a happening. */
const MODAL = /^(?:would|could|might|may|should|must|can|cannot|to|shall|ought)$/;
const CAUSATIVE =
  /^(?:prompted|forced|caused|pushed|led|began|begun|started|decided|agreed|voted|moved|ordered|managed|continued|rushed)$/;

function isVerbToken(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i]!;
  if (!/^\p{Ll}/u.test(t.w)) return false;
  const prev = tokens[i - 1]?.w.toLowerCase();
  // "the attack", "a launch", "of fighting": a noun, not the verb.
  if (prev && DETERMINERS.has(prev) && !(prev === 'to' && EVENT_VERBS.get(t.w)?.lemma === t.w)) return false;
  // "Mexico's confirmed death toll": a participle after a possessive is an adjective.
  if (/['’]s$/.test(tokens[i - 1]?.w ?? '')) return false;
  // "an emperor called Ashoka": naming, not calling for anything.
  if (
    /^call/.test(t.w) &&
    /^\p{Lu}/u.test(tokens[i + 1]?.w ?? '') &&
    !/^(?:on|for)$/.test(tokens[i + 1]?.w ?? '')
  )
    return false;
  if (/-$/.test(text.slice(t.start - 1, t.start))) return false;
  const entry = EVENT_VERBS.get(t.w);
  if (entry && t.w !== entry.lemma && t.w === entry.third && entry.lemma !== 'say') return false;
  // A bare form is a verb only after "to", a modal or a pronoun ("to attack", "they attack").
  if (
    entry &&
    t.w === entry.lemma &&
    !/^(?:to|will|would|could|can|may|might|did|not|they|we|i|you|must|should)$/.test(prev ?? '')
  )
    return false;
  return true;
}

/** Finds the first event verb in a text, skipping reporting verbs when asked. */
export function findEventVerb(
  text: string,
  opts: { skipReporting?: boolean; skipStatements?: boolean; hardOnly?: boolean; finite?: boolean } = {},
): { index: number; start: number; end: number; form: string } | undefined {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const entry = EVENT_VERBS.get(t.w);
    if (!entry || !isVerbToken(tokens, i, text)) continue;
    if (opts.skipReporting && REPORTING_VERBS.has(t.w)) continue;
    if (opts.skipStatements && entry.type === 'statement') continue;
    // "would cost", "to cap", "sucking": not a stated happening; a finite verb may follow.
    if (
      opts.finite &&
      ((MODAL.test(tokens[i - 1]?.w.toLowerCase() ?? '') &&
        // "prompted the government to tighten", "decided to withdraw": the infinitive happened.
        !(
          tokens[i - 1]?.w === 'to' &&
          tokens.slice(Math.max(0, i - 4), i - 1).some((x) => CAUSATIVE.test(x.w))
        )) ||
        /^(?:not|be)$/.test(tokens[i - 1]?.w.toLowerCase() ?? '') ||
        // "may then be officially declared": a modal a few words back, with no clause break between.
        (/\b(?:would|could|may|might|should|must|can)\s+(?:\S+\s+){0,3}$/i.test(
          text.slice(Math.max(0, t.start - 40), t.start),
        ) &&
          !/[,;]/.test(
            text
              .slice(Math.max(0, t.start - 40), t.start)
              .replace(/^.*\b(?:would|could|may|might|should|must|can)\b/i, ''),
          )) ||
        (t.w.endsWith('ing') && !/^(?:is|are|was|were|been)$/.test(tokens[i - 1]?.w.toLowerCase() ?? '')) ||
        // "Annan, sent by the UN, …": a participle modifying a noun, not the clause's verb.
        (tokens[i + 1]?.w === 'by' && !AUXILIARIES.has(tokens[i - 1]?.w.toLowerCase() ?? '')) ||
        // "…, which in turn is charging BP": a relative clause, not the main clause.
        /\b(?:which|who|what)\b[^,;]*$/i.test(text.slice(0, t.start)))
    )
      continue;
    // Only happenings an analyst would chart separately from the statement that reports them.
    if (
      opts.hardOnly &&
      (entry.type === 'statement' ||
        entry.type === 'meeting' ||
        (entry.type === 'other' && entry.lemma !== 'die'))
    )
      continue;
    // "left dozens dead": the consequence of another happening, not a departure.
    if (
      entry.lemma === 'leave' &&
      /^\s+\S+(?:\s+\S+)?\s+(?:dead|wounded|injured|homeless)/.test(text.slice(t.end))
    )
      continue;
    return { index: i, start: t.start, end: t.end, form: t.w };
  }
  return undefined;
}

/** Whether the text voices an opinion ("hope", "expressed concerns") rather than a happening. */
export function isOpinion(text: string): boolean {
  return (
    tokenize(text).some((t) => OPINION_VERBS.has(t.w)) || /\bexpressed (?:concern|hope|worry)/i.test(text)
  );
}
