import { reducedRelativeOf } from '../anchoring/reducedRelative.ts';
import type { Token } from '../nlp/annotate.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import { skippedWords } from './skippedWords.ts';
import { CLAUSE_VERBS } from './words.ts';

/*
 * A participle after its noun with a date of its own is a reduced relative (`reducedRelativeOf`):
 * "condemned the strike as a violation of the Doha agreement | signed in February 2020". Titles
 * drop dates, which may leave the participle bare at the end of the main clause's title, and the
 * participle's own title must say what underwent it: the noun phrase right before it.
 */

/** Words that open a clause as well as a phrase: a past form after their noun may be the clause's verb ("as the rig exploded"). */
const SUBORDINATOR =
  /^(?:as|after|before|since|until|till|while|when|once|because|if|though|although|like|than)$/i;

/** Prepositions of a topic ("a report on", "talks about", "an inquiry into", "a row over"). */
const TOPIC = /^(?:on|about|into|over|regarding|concerning)$/i;

/** A reduced relative a date of the title's skipped spans stands in. */
interface DatedRelative {
  /** The participle right after its noun ("signed", "killed"). */
  readonly participle: number;
  /** Where the noun phrase the participle describes opens ("the Doha agreement"). */
  readonly noun: number;
  /** The first token of the date the participle has. */
  readonly date: number;
}

/**
 * The reduced relatives whose dates are among the spans a title skips: "a violation of the Doha
 * agreement | signed | in February 2020", "the soldiers | killed | last week". Only those whose
 * noun phrase is surely no clause's subject (see `insidePhrase`).
 */
function datedRelatives(
  tokens: readonly Token[],
  skip: ReadonlyArray<readonly [number, number]>,
): DatedRelative[] {
  const out: DatedRelative[] = [];
  for (const [start, end] of skip) {
    const r = reducedRelativeOf({ s: { tokens } }, { start, end });
    if (!r || !insidePhrase(tokens, r.noun)) continue;
    // (One noun phrase, not a relative clause without its pronoun: "a fund for damages the company created".)
    if (tokens.slice(r.noun + 1, r.from + 1).some((t) => t.pos === 'DET')) continue;
    // (Nor part of a name: "the Gulf of | Mexico spill".)
    if (/^of$/i.test(tokens[r.noun - 1]!.text) && tokens[r.noun - 2]?.pos === 'PROPN') continue;
    const date = tokens.findIndex((t) => t.end > start);
    out.push({ participle: r.from + 1, noun: r.noun, date });
  }
  return out;
}

/**
 * Whether the noun phrase opening at `noun` is a verb's object or a preposition's inside a clause
 * that has its verb before it, so that the past form after it is no verb of its own: "buried | the
 * soldiers killed", "condemned the strike as a violation of | the Doha agreement signed", "Despite
 * the ferocity of | the crackdown unleashed …,". A preposition's phrase may be a subject's part
 * ("A man in | Ireland sneezed", "said a man in Washington state with | H1N1 influenza died",
 * "since protests against | President Assad erupted"): the words before it must lead back to a verb
 * that is not one of saying (unless a phrase of its own follows it: "said in | a statement issued"),
 * or to a preposition that opens the clause.
 */
function insidePhrase(tokens: readonly Token[], noun: number): boolean {
  const governor = tokens[noun - 1];
  if (governor === undefined || !/^(?:ADP|VERB)$/.test(governor.pos) || SUBORDINATOR.test(governor.text))
    return false;
  for (let i = noun - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' || t.pos === 'AUX')
      return !CLAUSE_VERBS.test(t.lemma) || (tokens[i + 1]?.pos === 'ADP' && i + 1 < noun);
    if (t.pos === 'SCONJ' || t.pos === 'PRON' || /^[,;:—–-]$/.test(t.text) || i === 0) {
      const opener = i === 0 && t.pos !== 'SCONJ' && t.pos !== 'PRON' ? t : tokens[i + 1];
      return opener?.pos === 'ADP' && !SUBORDINATOR.test(opener.text) && !/^that$/i.test(opener.text);
    }
  }
  return false;
}

/**
 * The subject of a reduced relative's participle (the trigger at `k`): the noun phrase right before
 * it, after the preposition or verb that governs it. "a violation of the Doha agreement signed in
 * February 2020": the agreement was signed, not the violation; "BP took some of the blame … in an
 * internal report issued Wednesday": the report was issued. Returns `who` unchanged for any other
 * trigger, and when the walk's phrase opens its clause (see `governed`).
 */
export function reducedRelativeSubject(
  tokens: readonly Token[],
  who: readonly number[],
  k: number,
  skip: ReadonlyArray<readonly [number, number]>,
): readonly number[] {
  if (skip.length === 0 || tokens[k]?.pos !== 'VERB' || !governed(tokens, who)) return who;
  const r = datedRelatives(tokens, skip).find((x) => x.participle === k);
  // The noun phrase lies inside the walk's phrase, or right after it past its preposition ("some of
  // the blame … in | an internal report issued"), not past another verb ("the rig leased by | BP").
  if (!r || r.noun > who.at(-1)! + 2 || (r.noun === who.at(-1)! + 2 && tokens[r.noun - 1]!.pos !== 'ADP'))
    return who;
  // ("a report on | the spill released Friday": a topic's preposition; what is released, held or
  // published is the report, talk or inquiry it heads.)
  if (TOPIC.test(tokens[r.noun - 1]!.text) && who[0]! < r.noun - 1) return who;
  const skipped = skippedWords(tokens, skip);
  const phrase: number[] = [];
  for (let i = r.noun; i < k; i++) if (!skipped(i)) phrase.push(i);
  return phrase.length > 0 ? phrase : who;
}

/**
 * Whether the subject the walk found (`who`) is itself a verb's object or a preposition's ("This was
 * | the warning in a report published …", "Despite | the ferocity of the crackdown unleashed …"):
 * one that opens its clause ("The effort to plug the spill failed [over the weekend]", "since the
 * rig leased by BP exploded") is the subject of the past form, its verb.
 */
function governed(tokens: readonly Token[], who: readonly number[]): boolean {
  const b = (who[0] ?? 0) - 1;
  const before = tokens[b];
  // ("condemned the strike as | a violation …": "as" after its verb's object says what it is taken for.)
  const role = /^as$/i.test(before?.text ?? '') && /^(?:NOUN|PROPN|PRON)$/.test(tokens[b - 1]?.pos ?? '');
  return (
    before !== undefined &&
    (before.pos === 'VERB' || before.pos === 'AUX' || before.pos === 'ADP') &&
    (role || !SUBORDINATOR.test(before.text)) &&
    !CLAUSE_VERBS.test(before.lemma)
  );
}

/**
 * A title (`title`, of the trigger at `k`) that ends on a reduced relative's participle because its
 * only complement was its date, which titles drop: "Relatives buried the soldiers killed [last
 * week]" reads as if the soldiers had done the killing; without the participle the title says what
 * the main clause does ("Relatives buried the soldiers"). Returns the title without it. A participle
 * that keeps other words ("killed in Helmand"), the trigger itself ("The soldiers killed") and a
 * finite verb ("Officials said troops arrived [on Sunday]", no reduced relative) stay.
 *
 * It goes from the finished title, after the cut's clean-ups, which read it as the verb it is:
 * "condemned the strike as a violation of the Doha agreement signed" keeps its "as" phrase, which
 * without a verb would read as a clause cut from its verb; and the cuts other titles are built from
 * keep it ("The soldiers killed" stays the participle's own title, see `describingParticipleCut`).
 */
export function withoutBareParticiple(p: SentenceParse, k: number, title: string): string {
  const { tokens } = p.s;
  if (p.dates.length === 0) return title;
  const skipped = skippedWords(tokens, p.dates);
  for (const r of datedRelatives(tokens, p.dates)) {
    const v = r.participle;
    if (v === k || datedParticipleAt(tokens, v, p.dates, skipped) === undefined) continue;
    // The title's last two words are the noun and its participle, as the sentence has them.
    const end = ` ${tokens[v - 1]!.text} ${tokens[v]!.text}`;
    if (tokens[v - 1]!.end + 1 === tokens[v]!.start && title.endsWith(end) && title.length > end.length)
      return title.slice(0, -tokens[v]!.text.length - 1);
  }
  return title;
}

/**
 * The reduced relative whose participle is the token at `v` and whose only complement is its date,
 * which titles drop ("the soldiers killed [last week]"): the date right after it, past its
 * preposition.
 */
function datedParticipleAt(
  tokens: readonly Token[],
  v: number,
  skip: ReadonlyArray<readonly [number, number]>,
  skipped: (i: number) => boolean,
): DatedRelative | undefined {
  if (skip.length === 0 || tokens[v]?.pos !== 'VERB') return undefined;
  const r = datedRelatives(tokens, skip).find((x) => x.participle === v);
  if (!r) return undefined;
  for (let i = v + 1; i < r.date; i++) if (!skipped(i)) return undefined;
  return r;
}
