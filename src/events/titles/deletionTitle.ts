import { DASH } from '../clauses/clauseWords.ts';
import { type Clause, clauseOf } from '../clauses/splitClauses.ts';
import { titleClauses } from '../clauses/titleClauses.ts';
import type { Token } from '../nlp/annotate.ts';
import { assemble, type CutTitle } from './assemble.ts';
import { borrowedSubject } from './borrowedSubject.ts';
import { clauseRun, finite } from './clauseRun.ts';
import { reducedRelativeSubject } from './datedParticiple.ts';
import { eventNounWords } from './eventNounWords.ts';
import { frontedParticiple } from './frontedParticiple.ts';
import { frontedQualifier } from './frontedQualifier.ts';
import { gappedRelative } from './gappedRelative.ts';
import { gluedVerb } from './gluedVerb.ts';
import { describedNoun } from './participleSubject.ts';
import { clauseTail } from './phrases.ts';
import { planUndone, whenAfterDate } from './pointAfterVerb.ts';
import { predicateAfterRelative } from './relativeInSubject.ts';
import { closedBoundRelative, contactRelative } from './relatives.ts';
import { saidVerbReach, verblessSaid } from './saidVerbReach.ts';
import { sayingRelative } from './sayingRelative.ts';
import { skippedWords } from './skippedWords.ts';
import { subject } from './subject.ts';
import { frontedPlace } from './subjectEdges.ts';
import { addresseeEnd, thatPastPhrase } from './thatPastPhrase.ts';
import { verbBeforeSubject } from './verbBeforeSubject.ts';
import { skipGap, verbGroup } from './verbGroup.ts';
import { isNominal, PARTICLES, TITLE_MAX_WORDS } from './words.ts';

export { assemble, type CutTitle, clauseRun };

/** Options of a cut: spans (offsets) never to keep, such as the date expressions. */
export interface CutOptions {
  readonly skip?: ReadonlyArray<readonly [number, number]>;
  /** Longest title in words; modifiers go first when it is longer. */
  readonly maxWords?: number;
  /** A cut made for another verb's title, which takes no further verb's cut (no cycle between them). */
  readonly borrowed?: boolean;
}

/**
 * A title for the happening named by the trigger at token `k`, cut from the sentence by deletion
 * only: every word of the title stands in the sentence, in the same order; nothing is added,
 * reordered or re-inflected (only the first letter is upper-cased). It keeps the subject, the verb
 * group, the object and one place or complement phrase, and drops dates, attributions, asides and
 * adverbs. For an event noun it keeps the noun phrase with its "of …"/"on …" complement.
 */
export function deletionTitle(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  k: number,
  opts: CutOptions = {},
): CutTitle {
  const skip = opts.skip ?? [];
  clauses = titleClauses(tokens, clauses);
  let clause = clauseOf(clauses, k);
  const skipped = skippedWords(tokens, skip);
  // "In a YouTube message posted late on Wednesday, Mr Hussameddin … accused the government": a
  // participle inside the phrase that opens the sentence describes its noun; the sentence tells
  // what its main verb says.
  const main = frontedParticiple(tokens, clause, k, skipped);
  if (main !== undefined) {
    const cut = deletionTitle(tokens, clauses, main, opts);
    if (!cut.subjectless) return cut;
  }
  const trigger = tokens[k]!;
  const kept = new Set<number>();
  let end = k;
  let subjectless = false;
  let contact = false;
  let extra = 0;
  // "its response to the shooting down of one of its warplanes": a gerund after an article or a
  // possessive is a noun, titled as its phrase, with no subject to find.
  const gerund =
    trigger.pos === 'VERB' &&
    /ing$/i.test(trigger.text) &&
    /^(?:the|a|an|its|his|her|their)$/i.test(tokens[k - 1]?.text ?? '') &&
    // (Not an adjective before its noun: "the leaking well", "an exploding oil rig".)
    (tokens[k + 1] === undefined ||
      /^(?:ADP|PUNCT)$/.test(tokens[k + 1]!.pos) ||
      PARTICLES.has(tokens[k + 1]!.text.toLowerCase()));
  if (trigger.pos === 'VERB' && !gerund) {
    const g = verbGroup(tokens, clause, k, kept);
    // "told businesses to stop work": an infinitive has no subject of its own to find.
    // So has "and also to hold": a "to" in the group that no auxiliary or verb governs.
    let to = g;
    while (to < k && !(tokens[to]!.text.toLowerCase() === 'to' && tokens[to]!.pos === 'PART')) to++;
    const infinitive = to < k && !tokens.slice(g, to).some((x) => /^(?:AUX|VERB|ADJ)$/.test(x.pos));
    let who: readonly number[] = infinitive
      ? []
      : reducedRelativeSubject(
          tokens,
          subject(tokens, clauses, clause, skipGap(tokens, g, clause.from, skipped), skipped),
          k,
          skip,
        );
    who = describedNoun(tokens, who, g, skipped);
    // "it may need | UN help": a subject right after a verb is that verb's object; its cut tells it.
    const governing = g === k && !opts.borrowed ? verbBeforeSubject(tokens, who, k) : -1;
    if (governing >= 0) {
      const cut = deletionTitle(tokens, clauses, governing, { ...opts, borrowed: true });
      if (!cut.subjectless && cut.kept.includes(k)) return cut;
    }
    // "It [rapidly spread …, eventually] killing": another clause's subject is no participle's.
    if (borrowedSubject(tokens, who, g, k, skipped)) who = [];
    // "none of the delegates he spoke to": a pronoun right after a noun opens a relative clause
    // without its pronoun; the verb's title would name no one.
    contact = contactRelative(tokens, who, skipped);
    subjectless = contact || who.filter((x) => !skipped(x)).length === 0;
    if (!contact) for (const i of who) kept.add(i);
    // "the virus which the WHO warned | has the potential": a clause whose pronoun fills a gap after
    // its verb keeps the pronoun's antecedent, without which it lacks a word.
    if (!contact) for (const i of gappedRelative(tokens, clause, g, who, skipped)) kept.add(i);
    if (!contact && clause.kind === 'main')
      for (const i of [
        ...frontedPlace(tokens, clause.from, who, skipped),
        // ("Stripping out the spill's costs, BP made a profit": a condition the claim needs.)
        ...frontedQualifier(tokens, clause.from, who, skipped),
      ])
        kept.add(i);
    // "broke out", "wrapped up a meeting": a particle directly after the verb.
    const next = tokens[k + 1];
    if (next && next.start === trigger.end + 1 && PARTICLES.has(next.text.toLowerCase())) {
      kept.add(k + 1);
      end = k + 1;
    }
    clause = { ...clause, to: gluedVerb(tokens, clause, end, skipped) };
    // What the verb says of its subject: the rest of its clause as written ("put the death toll
    // at 3,838", "accused the West of hegemonistic ambitions"), dates and asides left out, up to a
    // comma once it says something, and within the word budget, cut between phrases.
    const budget = (opts.maxWords ?? TITLE_MAX_WORDS) - [...kept].filter((x) => !skipped(x)).length - 1;
    const tail = clauseTail(tokens, end + 1, clause.to, skipped, budget, {
      // (Not past the relative clause's end: "The report that was released on Monday | said …".)
      // (Nor a saying's words said after the main verb: "analysts who said | the sell-off … was …".)
      relative:
        clause.kind === 'relative' &&
        !closedBoundRelative(tokens, clause, g) &&
        !sayingRelative(tokens, clause, k),
    });
    if (frontedWithoutComma(tokens, clause, g, end, tail, skipped)) tail.length = 0;
    // "demonstrated in an experiment at a UK research center | that the virus … transfers to pigs":
    // what the verb says, when the phrases before it leave no room for its verb.
    // (The clause split may have begun the words said at their "that".)
    const reach = clauses.find((c) => c.from === clause.to && c.kind === 'complement')?.to ?? clause.to;
    const past = thatPastPhrase(tokens, k, end, reach, skipped);
    if (past > 0 && !tail.some((i) => i > past && /^(?:VERB|AUX)$/.test(tokens[i]!.pos))) {
      const said = clauseRun(tokens, past, reach, skip, Math.max(6, budget), false);
      if (said.some((i) => tokens[i]!.pos === 'VERB')) tail.splice(0, tail.length, ...said);
    }
    // "says that, throughout the day, the International Committee of the Red Cross … | had tried
    // to …": words said the phrase cut left without their verb run as written to it.
    if (verblessSaid(tokens, k, tail)) {
      const run = clauseRun(tokens, tail[0]!, reach, skip, Math.max(6, budget), false);
      if (run.some((i) => finite(tokens, i))) tail.splice(0, tail.length, ...run);
    }
    // "France has suggested | that Turkey should join …": a verb with nothing after it in its
    // clause says what it says in the complement clause that follows.
    // So does "His comments came | as UN monitors were fired on", "Fighting broke out | after talks
    // collapsed": the subordinate clause right after says what the bare verb means.
    const said = clauses.find(
      (c) =>
        c.from === clause.to &&
        (c.kind === 'complement' ||
          (c.kind === 'subordinate' &&
            (tokens[c.from - 1]?.pos !== 'PUNCT' || whenAfterDate(tokens, end, c.from, skipped)))),
    );
    // (Not a second complement of a verb before, right after the trigger: "says conditions are
    // deteriorating, and that the sick are bearing the brunt" coordinates what is said.)
    const coordinated = said !== undefined && tokens.slice(end + 1, said.from).some((t) => t.pos === 'CCONJ');
    // "he admitted on Monday, after talks with …, that the process would take time": a that-clause
    // past an aside between commas is what the verb says; the aside goes.
    // (A "that" right after a comma opens no relative clause.)
    const that = tokens.findIndex(
      (t, j) =>
        j > end + 1 &&
        j < clause.to &&
        t.pos === 'SCONJ' &&
        /^that$/i.test(t.text) &&
        tokens[j - 1]!.text === ',',
    );
    // "The UN estimated [in January] that 5,400 people had been killed": so is one right after
    // the verb's dates.
    // (The clause split may take that "that" for a relative pronoun after the date's noun.)
    const thatNext = tokens.findIndex(
      (t, j) =>
        j > end &&
        j <= clause.to &&
        // (The tagger may call it a determiner after the date's noun: "estimated Wednesday night that …".)
        (t.pos === 'SCONJ' || (t.pos === 'DET' && j > end + 1)) &&
        /^that$/i.test(t.text) &&
        tokens.slice(end + 1, j).every((x, m) => skipped(end + 1 + m) || x.text === ','),
    );
    const thatClause = clauses.find((c) => c.from === thatNext);
    if (tail.length === 0 && thatNext > end + 1 && (!said || said === thatClause))
      tail.push(
        ...clauseRun(tokens, thatNext, thatClause?.to ?? clause.to, skip, Math.max(6, budget), false),
      );
    else if (that > 0 && tail.length > 0 && tokens.slice(end + 1, tail[0]).some((t) => t.text === ',')) {
      tail.length = 0;
      tail.push(...clauseRun(tokens, that, clause.to, skip, Math.max(6, budget), false));
    } else if (tail.length === 0 && said && !coordinated)
      tail.push(
        ...clauseRun(tokens, said.from, said.to, skip, Math.max(6, budget), said.kind === 'subordinate'),
      );
    // "sent investigators to confirm | whether crude oil had begun to wash up": so does a verb that
    // ends the tail right before its complement clause.
    else if (
      said !== undefined &&
      (said.kind === 'complement' || /^(?:whether|how|why|what|who)$/i.test(tokens[said.from]!.text)) &&
      tail.at(-1) === clause.to - 1 &&
      (tokens[clause.to - 1]!.pos === 'VERB' || addresseeEnd(tokens, clause.to - 1, said.kind)) &&
      budget - tail.length >= 4
    )
      tail.push(...clauseRun(tokens, said.from, said.to, skip, budget - tail.length, true));
    // "The Red Cross was allowed into Homs …, but was refused entry into Baba Amr": a contrast
    // that shares the subject is the point, and stays.
    const contrast = clauses.find(
      (c) =>
        c.from === clause.to &&
        c.kind === 'coordinate' &&
        /^(?:but|yet)$/i.test(tokens[c.from]!.text) &&
        /^(?:VERB|AUX)$/.test(tokens[c.from + 1]?.pos ?? ''),
    );
    // "Bahrain added further pressure, announcing it was closing its embassy": a participle of
    // saying after a short tail says what the tail only hints at.
    const saying = clauses.find(
      (c) =>
        c.from === clause.to &&
        c.kind === 'participial' &&
        /^(?:announcing|saying|adding|warning|declaring|claiming|accusing)$/i.test(tokens[c.from]!.text),
    );
    if (saying && tail.length <= 3 && !contrast) {
      const rest = clauseRun(tokens, saying.from, saying.to, skip, 12, true);
      tail.push(...rest);
      extra = Math.max(0, rest.length - 4);
    }
    // "has seen more evidence of the extent | to which the regime has lost control": a restrictive
    // relative clause right after the object (no comma) says which one, and stays within the budget;
    // so does a "that" clause after a noun ("denied a report on NBC | that they have acquired missiles").
    const which = clauses.find(
      (c) =>
        c.from === clause.to &&
        (c.kind === 'relative' || (c.kind === 'complement' && isNominal(tokens[c.from - 1]!))) &&
        tokens[c.from - 1]?.text !== ',' &&
        tail.length > 0,
    );
    if (which && !saying && !contrast && tail.length <= 8 && tail.at(-1) === which.from - 1) {
      const rest = clauseRun(tokens, which.from, which.to, skip, Math.max(4, budget - tail.length), true);
      if (rest.some((i) => tokens[i]!.pos === 'VERB')) tail.push(...rest);
    }
    if (contrast && tail.length > 0) {
      const rest = clauseRun(tokens, contrast.from + 1, contrast.to, skip, 8, true);
      tail.push(contrast.from, ...rest);
      extra = rest.length + 1;
    }
    const undone = contrast ? -1 : planUndone(tokens, g, end, tail.at(-1) ?? end, clause.to, skipped);
    if (undone > 0) {
      const rest = clauseRun(tokens, undone + 1, clause.to, skip, 8, true);
      tail.push(undone, ...rest);
      extra = Math.max(extra, rest.length + 1);
    }
    // (A saying's words said keep their verb past the limit: see `saidVerbReach`.)
    const before = [...kept, k].filter((i) => !skipped(i));
    extra += saidVerbReach(tokens, k, before, tail, (opts.maxWords ?? TITLE_MAX_WORDS) + extra);
    for (const i of tail) kept.add(i);
    // "a ceasefire that was supposed to have come into effect | never took hold": a relative clause in
    // the subject keeps its pronoun and the main clause's verb and what follows it.
    const limit = (opts.maxWords ?? TITLE_MAX_WORDS) + extra;
    if (!opts.borrowed)
      for (const i of predicateAfterRelative(tokens, clause, kept, skipped, limit, (v) =>
        deletionTitle(tokens, clauses, v, { ...opts, borrowed: true }),
      ))
        kept.add(i);
  } else {
    // An event noun: its modifiers before it, then "of …", "on …", "in …" after it.
    for (const i of eventNounWords(tokens, clause, k, gerund, skipped)) kept.add(i);
  }
  kept.add(k);
  const cut = assemble(
    tokens,
    [...kept].filter((i) => i === k || !skipped(i)),
    (opts.maxWords ?? TITLE_MAX_WORDS) + extra,
    k,
  );
  return subjectless ? { ...cut, subjectless, ...(contact ? { contact } : {}) } : cut;
}

/**
 * "As the violence escalated | several Arab Gulf countries … decided to withdraw": a subordinate
 * clause that opens the sentence without its comma ends where the main clause's subject begins, a
 * noun phrase right after its verb that a finite verb of its own follows.
 */
function frontedWithoutComma(
  tokens: readonly Token[],
  clause: Clause,
  g: number,
  end: number,
  tail: readonly number[],
  skipped: (i: number) => boolean,
): boolean {
  if (
    clause.from !== 0 ||
    !/^(?:as|when|while|after|before|since|once|because|although|though)$/i.test(tokens[0]!.text)
  )
    return false;
  // The trigger's group is the clause's first verb, after a short subject without a comma.
  const subject = tokens.slice(1, g);
  if (subject.length > 8 || subject.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.text === ','))
    return false;
  // (Past the clause's date: "After the three British cases of swine flu confirmed yesterday | the
  // Department of Health stepped up …".)
  let next = end + 1;
  while (next < tail[0]! && skipped(next)) next++;
  if (tail.length === 0 || tail[0] !== next || !isNominal(tokens[tail[0]!]!)) return false;
  // The noun phrase, past an aside between dashes ("- including Saudi Arabia -"), then its verb.
  let i = tail[0]!;
  // (A name's "of" inside the phrase: "the Department of Health".)
  const of = (x: number) => /^of$/i.test(tokens[x]!.text) && tokens[x + 1]?.pos === 'PROPN';
  while (i < tokens.length && (isNominal(tokens[i]!) || of(i))) i++;
  if (DASH.test(tokens[i]?.text ?? '')) {
    const close = tokens.findIndex((t, j) => j > i && t.text === tokens[i]!.text);
    if (close > 0) i = close + 1;
  }
  const v = tokens[i];
  return (
    v !== undefined &&
    (v.pos === 'AUX' || (v.pos === 'VERB' && v.lemma !== v.text.toLowerCase() && !/ing$/i.test(v.text)))
  );
}
