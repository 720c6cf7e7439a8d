import type { SentenceParse } from '../sentenceParse.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { assemble, type CutTitle } from './deletionTitle.ts';
import { cutOf } from './heldCuts.ts';
import { TITLE_MAX_WORDS } from './words.ts';

/**
 * "Dr Murray continues to operate his practice in Houston, | having resumed work there", "He fought
 * against Israel and in Lebanon, | before being made a general": a participle clause after the main
 * clause's comma has the main clause's subject for its own, which a title of the participle alone
 * leaves out ("Having resumed work there"). Its title is the cut of the verb before the comma, the comma and the
 * participle's own cut (`own`, subjectless), a longer deletion rather than a fragment. Undefined
 * unless the participle's cut runs as written from the clause's first word (its "having"/"being"
 * or a subordinator such as "after") to the trigger, the main clause's cut has a subject and ends
 * before the comma, and the whole fits the word limit.
 */
export function participleClauseCut(p: SentenceParse, trigger: Trigger, own: CutTitle): CutTitle | undefined {
  const { tokens } = p.s;
  const k = trigger.index;
  if (trigger.pos !== 'VERB' || own.kept.length === 0) return undefined;
  // The participle's group: "-ing" alone, or "having"/"being" (and "been") before a participle.
  let s = k;
  if (!/ing$/i.test(tokens[k]!.text)) {
    while (s > 0 && /^(?:having|being|been)$/i.test(tokens[s - 1]!.text)) s--;
    if (s === k || !/^(?:having|being)$/i.test(tokens[s]!.text)) return undefined;
  }
  // ("…, after seeking treatment", "…, before being made a general": its subordinator.)
  if (/^(?:after|before|while|when|since|by|without|upon)$/i.test(tokens[s - 1]?.text ?? '')) s--;
  const comma = s - 1;
  if (tokens[comma]?.text !== ',' || comma < 3) return undefined;
  // The participle's cut runs as written from the clause's first word to the trigger.
  const from = own.kept.indexOf(s);
  if (from < 0 && own.kept[0] !== s + 1) return undefined;
  const participle = from < 0 ? [s, ...own.kept] : own.kept.slice(from);
  if (participle.indexOf(k) !== k - s || participle.some((i) => i < s)) return undefined;
  // (Nor one that left out the article its object opens with: "taking [the fall] in the company's value".)
  if (tokens[k + 1]?.pos === 'DET' && !participle.includes(k + 1)) return undefined;
  // The nearest verb before the comma whose cut has a subject and ends before it ("the rebels fled, |
  // leaving their weapons": the verb the participle follows, whose subject is its own).
  for (const t of [...p.triggers].reverse()) {
    if (t.pos !== 'VERB' || t.index >= comma) continue;
    const main = cutOf(p, t.index);
    if (main.subjectless || main.kept.length < 2 || Math.max(...main.kept) >= comma) continue;
    // (Only the main clause's own subject: not a clause that opens after another comma.)
    if (tokens.slice(Math.max(...main.kept) + 1, comma).some((x) => x.text === ',')) return undefined;
    const kept = [...main.kept, comma, ...participle];
    const cut = assemble(tokens, kept, TITLE_MAX_WORDS, k);
    return cut.kept.length === kept.length ? cut : undefined;
  }
  return undefined;
}
