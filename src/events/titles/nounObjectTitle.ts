import { modifiesNoun } from '../anchoring/attachTimex.ts';
import { clauseOf } from '../clauses/splitClauses.ts';
import type { Token } from '../nlp/annotate.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { asWrittenCut } from './asWritten.ts';
import { assemble, type CutTitle, clauseRun } from './deletionTitle.ts';
import { cutOf, inDate } from './heldCuts.ts';

/**
 * Where the phrase of the noun at `n` opens, as the index of the word before it: past its
 * determiners, modifiers, names, a possessive, and a measure's or light noun's "of" ("kicked off |
 * a series of hearings", "took | charge of the oil spill crisis").
 */
function beforePhrase(tokens: readonly Token[], n: number): number {
  let v = n - 1;
  while (v > 0 && n - v <= 8) {
    const t = tokens[v]!;
    const next = tokens[v + 1];
    if (
      /^(?:DET|ADJ|NUM|SYM|PROPN)$/.test(t.pos) ||
      /^(?:its|his|her|their|our)$/i.test(t.text) ||
      /^['’]s$/.test(t.text) ||
      // ("a global pandemic alert level", "the government's decision": nouns before the head.)
      (t.pos === 'NOUN' &&
        /^\p{Ll}/u.test(t.text) &&
        (next?.pos === 'NOUN' || /^['’]s$/.test(next?.text ?? '')))
    ) {
      v--;
      continue;
    }
    if (/^of$/i.test(t.text) && tokens[v - 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[v - 1]!.text)) {
      v -= 2;
      continue;
    }
    break;
  }
  return v;
}

/** Whether the verb at `v` is finite: not "canceling" after a preposition, nor "to hold", nor a bare form after "and". */
function finite(tokens: readonly Token[], v: number): boolean {
  const t = tokens[v]!;
  const before = tokens[v - 1];
  if (/ing$/i.test(t.text)) return before?.pos === 'AUX';
  if (before?.text.toLowerCase() === 'to') return false;
  return !(t.lemma === t.text.toLowerCase() && before?.pos === 'CCONJ');
}

/**
 * The cut of a verb that tells what was done with an event noun, and who did it, where the noun's
 * own phrase would lose both: the noun (or a measure of it: "a series of hearings") is the object
 * of a verb right before its phrase, and that verb is
 * - finite, its cut with a subject ("The committee kicked off a series of hearings"), or as written
 *   from its clause's subject when its cut has none ("Ordinary Mexicans, who faced the shutdown of
 *   their country by swine flu" → "Ordinary Mexicans faced the shutdown of their country by swine flu");
 * - a gerund or an infinitive, told by the finite verb whose cut holds both ("Protests have
 *   criticised the Arab bloc for canceling a Syria-focused meeting");
 * or the noun is what a "be" is there for ("He is due in Washington for talks with …"), or a
 * "for" after a verb's object holds it ("blamed al-Qaeda for two blasts"). Undefined otherwise,
 * and when the noun's own verb is one of saying or describes a noun.
 */
export function objectVerbCut(p: SentenceParse, trigger: Trigger): CutTitle | undefined {
  const { tokens } = p.s;
  const n = trigger.index;
  const own = cutOf(p, n);
  // "Tuesday's earthquake in Haiti", "last week's oil rig explosion": a phrase that holds its own
  // date tells the happening itself; a verb around it is of another time ("Efforts are intensifying
  // to help the survivors of Tuesday's earthquake").
  if (
    own.kept.some(
      (i) => i < n && /^['’]s$/.test(tokens[i]!.text) && TIME_WORD.test(tokens[i - 1]?.text ?? ''),
    )
  )
    return undefined;
  // (To the phrase's head: "raised its global pandemic | alert level".)
  let ownEnd = Math.max(n, ...own.kept);
  while (
    tokens[ownEnd + 1]?.pos === 'NOUN' ||
    (tokens[ownEnd + 1]?.pos === 'ADJ' && tokens[ownEnd + 2]?.pos === 'NOUN')
  )
    ownEnd++;
  let v = beforePhrase(tokens, n);
  const clause = clauseOf(p.clauses, n);
  if (v < clause.from) return undefined;
  // "for talks", "for canceling": the verb or "be" a "for" follows.
  const forAt = /^for$/i.test(tokens[v]!.text) ? v : -1;
  if (forAt >= 0 && tokens[v - 1]?.pos === 'VERB') v--;
  // "kicked off | a series of hearings": a phrasal verb's particle.
  if (/^(?:off|up|out|down)$/i.test(tokens[v]!.text) && tokens[v - 1]?.pos === 'VERB') v--;
  const cut =
    tokens[v]!.pos === 'VERB'
      ? verbCut(p, v, ownEnd)
      : forAt >= 0
        ? (blamedFor(p, forAt, clause.from, ownEnd) ?? beCut(p, forAt, clause.from, ownEnd))
        : undefined;
  // "That followed another fatal accident", "It took two months to plug a blowout": a subject
  // that names nothing says less than the noun's own phrase.
  if (!cut?.kept.includes(n) || /^(?:it|that|this|these|those)$/i.test(tokens[cut.kept[0]!]!.text))
    return undefined;
  return cut;
}

/** Time words a possessive date ends on: "Tuesday's", "last week's", "yesterday's". */
const TIME_WORD =
  /^(?:\p{Lu}\p{Ll}+day|week|weekend|month|year|night|morning|afternoon|evening|yesterday|today|tonight|\d{4})$/iu;

/** The cut of the verb at `v` before a noun's phrase: its own, as written, or the finite verb's it hangs on. */
function verbCut(p: SentenceParse, v: number, phraseEnd: number): CutTitle | undefined {
  const { tokens } = p.s;
  if (modifiesNoun(tokens, v) || saying(p, v)) return undefined;
  if (finite(tokens, v)) {
    const cut = cutOf(p, v);
    if (!cut.subjectless) return cut;
    // "Ordinary Mexicans, who faced …": a relative clause's verb as written from its antecedent;
    // not "part of which envisages …", where the antecedent stays out of reach.
    // (Nor a run that opens on no noun, or parts a subject from its verb by a comma: a sentence
    // split inside a name, "Am flight 103, won early release".)
    const written = asWrittenCut(p, v, phraseEnd - v + 1);
    if (!written?.kept.includes(v)) return undefined;
    const at = written.kept.indexOf(v);
    return /^(?:NOUN|PROPN|PRON|DET|ADJ|NUM)$/.test(tokens[written.kept[0]!]!.pos) &&
      (at === 0 || tokens[written.kept[at - 1]!]!.text !== ',') &&
      !written.kept.some((i) => /^(?:which|whose|whom)$/i.test(tokens[i]!.text))
      ? written
      : undefined;
  }
  // A gerund a preposition governs ("for canceling"), an infinitive ("to expand"): told by the
  // finite verb they hang on, with nothing but its object between ("asked the inspector general |
  // to expand"; not "opted not to air", nor "agreed to give … to finance"), and not "following",
  // "including", which stand as prepositions. The verb may be one of saying: "Turkey announced
  // plans to freeze Syrian government assets and | suspend all financial dealings" (a bare verb
  // joined to an infinitive is one too).
  const gerund = /ing$/i.test(tokens[v]!.text) && /^(?:ADP|SCONJ)$/.test(tokens[v - 1]?.pos ?? '');
  const head = /^to$/i.test(tokens[v - 1]?.text ?? '') ? v : joinedInfinitive(tokens, v);
  if (!gerund && head === undefined) return undefined;
  for (let u = (head ?? v) - 2; u >= 0 && v - u <= 14; u--) {
    const t = tokens[u]!;
    if (/^[;:,]$/.test(t.text) || t.lemma === 'not' || t.lemma === 'never') return undefined;
    if (t.pos !== 'VERB') continue;
    if (!finite(tokens, u) || modifiesNoun(tokens, u)) return undefined;
    const cut = cutOf(p, u);
    return cut.subjectless || !cut.kept.includes(v) ? undefined : cut;
  }
  return undefined;
}

/**
 * The infinitive a bare verb at `v` is joined to by "and"/"or" ("to freeze assets and | suspend"),
 * within eight words and no comma, or undefined.
 */
function joinedInfinitive(tokens: readonly Token[], v: number): number | undefined {
  const t = tokens[v]!;
  if (t.lemma !== t.text.toLowerCase() || !/^(?:and|or)$/i.test(tokens[v - 1]?.text ?? '')) return undefined;
  for (let i = v - 2; i >= 1 && v - i <= 8; i--) {
    if (/^[;:,]$/.test(tokens[i]!.text)) return undefined;
    if (tokens[i]!.pos === 'VERB' && /^to$/i.test(tokens[i - 1]!.text)) return i;
  }
  return undefined;
}

/**
 * "The government blamed al-Qaeda | for two blasts in Damascus": a finite verb's object, a name or
 * a short phrase, before the "for" that holds the noun; the verb's cut, when it keeps the noun.
 */
function blamedFor(p: SentenceParse, forAt: number, from: number, phraseEnd: number): CutTitle | undefined {
  const { tokens } = p.s;
  let u = forAt - 1;
  while (u > from && forAt - u <= 5 && /^(?:PROPN|NOUN|DET|ADJ|PRON)$/.test(tokens[u]!.pos)) u--;
  if (u === forAt - 1 || tokens[u]!.pos !== 'VERB' || !finite(tokens, u)) return undefined;
  return verbCut(p, u, phraseEnd);
}

/**
 * "He is due in Washington | for talks", "there was a huge turnout | for Saturday's funeral": a
 * finite "be" told with what follows it up to the "for" (an adjective or a place; after "there", a
 * noun), from the start of its clause.
 */
function beCut(p: SentenceParse, forAt: number, from: number, phraseEnd: number): CutTitle | undefined {
  const { tokens } = p.s;
  let b = forAt - 1;
  while (b > from && forAt - b <= 6 && /^(?:ADJ|ADP|PROPN|DET|NOUN|ADV)$/.test(tokens[b]!.pos)) b--;
  const be = tokens[b];
  if (
    b <= from ||
    b === forAt - 1 ||
    be?.lemma !== 'be' ||
    be.pos !== 'AUX' ||
    /^to$/i.test(tokens[b - 1]?.text ?? '')
  )
    return undefined;
  let k = b + 1;
  while (tokens[k]?.pos === 'ADV') k++;
  if (!/^(?:ADJ|ADP)$/.test(tokens[k]!.pos) && !/^there$/i.test(tokens[b - 1]?.text ?? '')) return undefined;
  const cut = asWrittenCut(p, b, phraseEnd - b + 1);
  return cut?.kept.includes(b) ? cut : undefined;
}

/** Whether the verb at `v` reports ("They report renewed heavy shelling"): its object is a claim, not what it did. */
function saying(p: SentenceParse, v: number): boolean {
  return p.triggers.some((t) => t.index === v && t.eventClass === 'REPORTING');
}

/**
 * "there were 54 reported cases", "the confirmed cases": a participle before its noun, after a
 * number, an article or an adjective, describes the noun; the noun, as an event noun, names what the
 * title tells. Undefined for any other trigger.
 */
export function nounOfParticiple(p: SentenceParse, trigger: Trigger): Trigger | undefined {
  const { tokens } = p.s;
  const i = trigger.index;
  const next = tokens[i + 1];
  const before = tokens[i - 1];
  if (
    trigger.pos !== 'VERB' ||
    !/(?:ed|en)$/i.test(trigger.text) ||
    next?.pos !== 'NOUN' ||
    // ("the latest reported | yesterday": a date is no noun it describes.)
    inDate(p, i + 1) ||
    !/^(?:NUM|DET|ADJ)$/.test(before?.pos ?? '')
  )
    return undefined;
  return {
    ...trigger,
    index: i + 1,
    start: next.start,
    end: next.end,
    text: next.text,
    lemma: next.lemma,
    pos: 'NOUN',
  };
}

/**
 * "the World Health Organization's decision Monday | to raise the pandemic alert to Level 4", "BP's
 * announcement early Wednesday | that it had reached a static condition": a date between an event
 * noun and its infinitive or "that" clause parts the noun from what it decided or told; the noun's
 * own cut (`own`, ending on the noun) goes on past the date with that clause. Undefined when no such
 * clause follows (a "that" with a verb right after it is a relative clause, told elsewhere).
 */
export function complementPastDate(p: SentenceParse, trigger: Trigger, own: CutTitle): CutTitle | undefined {
  const { tokens } = p.s;
  // (A date's "early" or "late" goes with it: "early Wednesday".)
  const dated = (k: number) =>
    inDate(p, k) || (/^(?:early|late)$/i.test(tokens[k]!.text) && k + 1 < tokens.length && inDate(p, k + 1));
  const n = trigger.index;
  if (Math.max(...own.kept) !== n || n + 1 >= tokens.length || !dated(n + 1)) return undefined;
  let k = n + 1;
  while (k < tokens.length && dated(k)) k++;
  const next = tokens[k + 1];
  const infinitive = /^to$/i.test(tokens[k]?.text ?? '') && next?.pos === 'VERB';
  const that =
    /^that$/i.test(tokens[k]?.text ?? '') && /^(?:PRON|DET|NOUN|PROPN|NUM|ADJ)$/.test(next?.pos ?? '');
  if (!infinitive && !that) return undefined;
  // (Up to a comma or a second finite verb: not on into the main clause's, "… | came as a huge
  // relief", ", and later to Level 5, | there's plenty of drama".)
  let end = k + 1;
  for (let verb = false; end < tokens.length; end++) {
    const t = tokens[end]!;
    if (/^[,;:]$/.test(t.text)) break;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    const before = tokens[end - 1]!;
    if (verb && !/^(?:AUX|ADV|PART|CCONJ)$/.test(before.pos) && !/^to$/i.test(before.text)) break;
    verb = true;
  }
  // (A run drops a saying's "that"; after a noun it stays.)
  const run = [k, ...clauseRun(tokens, k + 1, end, p.dates, 14, true)];
  return run.length > 2 ? assemble(tokens, [...own.kept, ...run], 20, trigger.index) : undefined;
}
