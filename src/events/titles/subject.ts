import { deverbal } from '../anchoring/nounOfDate.ts';
import { type Clause, clauseOf } from '../clauses/splitClauses.ts';
import type { Token } from '../nlp/annotate.ts';
import { dashedList, inclusionAside, namedApposition } from './appositions.ts';
import { articleOpensSubject } from './articleOpensSubject.ts';
import { describedByInfinitive } from './describedByInfinitive.ts';
import { joinedAntecedent } from './joinedAntecedent.ts';
import { joinedVerbSubject } from './joinedVerbSubject.ts';
import { openingNounSubject } from './openingNounSubject.ts';
import { participleModifier } from './participleModifier.ts';
import { partitiveStart } from './partitiveSubject.ts';
import { predicateBeforeAnd } from './predicateBeforeAnd.ts';
import {
  antecedentPhrase,
  closedBoundRelative,
  reducedRelative,
  relativeAntecedent,
  unclosedRelative,
} from './relatives.ts';
import {
  degree,
  examplesOfOther,
  joinedPreposition,
  listItemBefore,
  prepositionAfterVerb,
  subjectEdges,
} from './subjectEdges.ts';
import { verbTaggedNoun } from './verbTaggedNoun.ts';
import { FINITE_AUX, isNominal, opensQuotation } from './words.ts';

const RELATIVE_SUBJECTS = new Set(['that', 'which', 'who']);

/** A comma or a dash, which set an aside or a relative clause apart. */
const asideMark = (t: Token | undefined): boolean => t !== undefined && /^(?:,|-|–|—|--)$/.test(t.text);

/** How `subject` finds the subject of a verb group starting at `g`: passed to the rules it calls, to keep one walk. */
export type SubjectOf = typeof subject;

/**
 * The subject of a verb group starting at token `g`: the noun phrase before it, past an apposition
 * ("Mr Karimi, the spokesman, said"); for a relative pronoun, its antecedent ("gains that began" →
 * "gains … began"); for a second verb of a coordination ("… and later served"), the first verb's.
 */
export function subject(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  clause: Clause,
  g: number,
  skipped: (i: number) => boolean,
  /** Set when the walk back from the verb is tried past the opening noun phrase (see below). */
  opening = false,
): number[] {
  let j = g - 1;
  const floor = clause.from;
  if (unclosedRelative(tokens, clause, g)) return antecedentPhrase(tokens, clause.from - 2, skipped);
  if (closedBoundRelative(tokens, clause, g)) return antecedentPhrase(tokens, clause.from - 1, skipped);
  // "…, which began", "gains that began": the antecedent before the pronoun is the subject.
  // ("Mr Assad - who inherited power - had moved": a dash sets the relative apart as a comma does.)
  const marked = asideMark(tokens[j - 1]);
  const antecedent = tokens[marked ? j - 2 : j - 1];
  if (
    RELATIVE_SUBJECTS.has(tokens[j]?.text.toLowerCase() ?? '') &&
    (j === clause.from || tokens[j]!.pos === 'PRON' || tokens[j]!.pos === 'DET') &&
    // "said that amounted to …": after a verb, "that" is no relative but the subject itself.
    // "did not say who carried it out": after a verb, "who" asks; it is no relative either.
    !(antecedent !== undefined && (antecedent.pos === 'VERB' || antecedent.pos === 'AUX'))
  ) {
    // "the world's emerging powers - Brazil, Russia, India, China and South Africa - who met": a
    // list set apart by dashes before the pronoun is the antecedent whole.
    const list = marked ? dashedList(tokens, j - 1) : [];
    if (list.length > 0) return list;
    return joinedAntecedent(
      tokens,
      relativeAntecedent(tokens, marked ? j - 2 : j - 1, g, skipped),
      g,
      skipped,
    );
  }
  // "McBride, 54, of Lewisburg, West Virginia, was": a clause that opens with a noun phrase has it as subject.
  const opener = openingNounSubject(tokens, clauses, clause, g, skipped, opening, subject);
  if (opener) return opener;
  // "a group of 10 armed people linked to the fronts that reject the rule, attacked": after a
  // relative clause, the subject is the noun phrase before it.
  let before = clauseOf(clauses, clause.from - 1);
  // ("Alleyn's school, which closed | after pupils were diagnosed …, said": a clause inside the
  // relative clause, no comma between, is part of the aside; the relative opens it.)
  while (
    (before.kind === 'subordinate' || before.kind === 'participial') &&
    before.from > 0 &&
    tokens[before.from - 1]?.text !== ',' &&
    ['relative', 'subordinate', 'participial'].includes(clauseOf(clauses, before.from - 1).kind) &&
    // (A relative set off by a comma: "a fishermen who said …, brought" is no aside.)
    (clauseOf(clauses, before.from - 1).kind !== 'relative' ||
      tokens[clauseOf(clauses, before.from - 1).from - 1]?.text === ',')
  )
    before = clauseOf(clauses, before.from - 1);
  if (
    clause.kind === 'coordinate' &&
    j === clause.from - 1 &&
    asideMark(tokens[j]) &&
    // (Or an aside a subordinator and a participle open: ", while criticising …, reiterated".)
    (before.kind === 'relative' ||
      // (Or a participle set off inside the subject: "The BBC's Jim Muir, reporting from Beirut, says".)
      ((before.kind === 'subordinate' || before.kind === 'participial') &&
        tokens[before.from - 1]?.text === ',')) &&
    before.from > 0
  )
    // (The noun phrase before the relative's comma or dash: "He said Tearfund - which works … - was sending".)
    return subject(
      tokens,
      clauses,
      clauseOf(clauses, before.from - 1),
      asideMark(tokens[before.from - 1]) ? before.from - 1 : before.from,
      skipped,
    );
  // "Two aides to Netanyahu, political adviser Uzi Arad and …, left": skip the apposition.
  // "Mr Erdogan - who once cultivated close ties with Syria - said": dashes set an aside apart too.
  if (asideMark(tokens[j])) {
    const mark = tokens[j]!.text;
    let c = j - 1;
    while (c > Math.max(floor, j - 16) && tokens[c]!.text !== mark) c--;
    // (Past a list's commas to the one before "including": "…, including the US, UK and France, called".)
    const included = mark === ',' ? inclusionAside(tokens, j, floor) : -1;
    if (included > 0) c = included;
    // (A bracketed short form may close the noun: "The Local Co-ordination Committees (LCC), an activist network, said".)
    if (c > floor && tokens[c]!.text === mark && (isNominal(tokens[c - 1]!) || tokens[c - 1]!.text === ')')) {
      // "an opposition organization, the Syrian National Council, rejected": a name in apposition
      // to a common noun says who.
      // (Not for the last of joined heads: "Putin and his Chinese counterpart, Hu Jintao, urged".)
      let b = c - 1;
      while (b - 1 > floor && isNominal(tokens[b - 1]!) && c - b < 6) b--;
      // (Nor for the object of a happening's "of": "The detention of a political figure, Michel
      // Samaha, has underlined …" is said of the detention; "The mayor of Mexico City, X, said" of X.)
      const common =
        !(b - 1 > floor && tokens[b - 1]!.pos === 'CCONJ') &&
        !(/^of$/i.test(tokens[b - 1]?.text ?? '') && deverbal(tokens[b - 2]?.text.toLowerCase() ?? ''));
      const name = namedApposition(tokens, c, j);
      if (name.length > 0 && tokens[c - 1]!.pos === 'NOUN' && common) return name;
      // "The worst, Spanish flu in 1918, killed": after an adjective that stands for its noun, the
      // apposition names what it is.
      const named = tokens
        .slice(c + 1, j)
        .map((_, n) => c + 1 + n)
        .filter((i) => !skipped(i));
      if (
        tokens[c - 1]!.pos === 'ADJ' &&
        tokens[c - 2]?.pos === 'DET' &&
        named.length > 0 &&
        named.length <= 6 &&
        named.every((i) => isNominal(tokens[i]!))
      )
        return named;
      j = c - 1;
      // "Prince Michael II, eight, - also known as Blanket - was": an age after its name is an aside too.
      if (tokens[j]?.pos === 'NUM' && tokens[j - 1]?.text === ',' && tokens[j - 2]?.pos === 'PROPN') j -= 2;
    } else return [];
  }
  // "McBride was part of the crew and later served as …": the first verb's subject.
  if ((tokens[j]?.text === 'and' || tokens[j]?.text === 'but') && tokens[j]!.pos === 'CCONJ')
    return joinedVerbSubject(tokens, clauses, clause, j, g, skipped, subject);
  // ("Continued shelling in Homs is stopping …": past one modifier that opens the clause.)
  const opensClause = (x: number) =>
    x === clause.from ||
    (x === clause.from + 1 &&
      (tokens[clause.from]!.pos === 'SCONJ' ||
        tokens[clause.from]!.pos === 'ADJ' ||
        (tokens[clause.from]!.pos === 'VERB' && /ed$/i.test(tokens[clause.from]!.text))));
  const gerundAt = (x: number) =>
    tokens[x]?.pos === 'VERB' && /ing$/i.test(tokens[x]!.text) && x >= floor && opensClause(x);
  const out: number[] = [];
  for (; j >= floor && out.length < 16; j--) {
    const t = tokens[j]!;
    const w = t.text.toLowerCase();
    // "After the massacre in Srebrenica [in July 1995] an ineffectual response turned": a dated
    // phrase ends the phrase before a subject that opens with its article.
    if (skipped(j) && t.pos === 'ADP' && tokens[out.find((i) => !skipped(i)) ?? -1]?.pos === 'DET') break;
    // "a meeting of the"Friends of Syria" group": quotation marks glued to words are no words.
    if (/^(?:["“”‘’']|``|'')$/.test(t.text) && out.length > 0 && !opensQuotation(tokens, j, g)) continue;
    // "Rebels with the Free Syrian Army (FSA) say": a bracketed aside inside the subject.
    if (t.text === ')') {
      let c = j;
      while (c > floor && tokens[c]!.text !== '(' && j - c < 8) c--;
      if (tokens[c]!.text === '(') {
        j = c;
        continue;
      }
    }
    // "said on Friday that troops will leave": "that" after a verb or a date opens the clause.
    // "said that amounted to regime change": right before the verb, a pronoun "that" is the subject.
    // ("The head of that mission, …, had submitted": after a preposition, before its noun, it points.)
    const pointing =
      t.pos === 'DET' && tokens[j - 1]?.pos === 'ADP' && out[0] === j + 1 && tokens[j + 1]!.pos === 'NOUN';
    if (
      w === 'that' &&
      j > 0 &&
      !isNominal(tokens[j - 1]!) &&
      !(t.pos === 'PRON' && out.length === 0) &&
      !pointing
    )
      break;
    // "a tribal leader whose area around Deir al-Zour has been battered": the relative's own subject.
    if (w === 'whose' && out.length > 0) break;
    const compass = (x: Token | undefined) =>
      x !== undefined &&
      /^(?:north|south|east|west|northern|southern|eastern|western|central)$/i.test(x.text);
    // "The Red Cross (ICRC) and the Syrian Red Crescent": a bracket closes the noun phrase before.
    const between =
      j - 1 >= floor &&
      (isNominal(tokens[j - 1]!) ||
        verbTaggedNoun(tokens, j - 1) ||
        tokens[j - 1]!.text === ')' ||
        gerundAt(j - 1) ||
        // "The airport here in Haiti", "the 260 UN observers now in the country".
        (/^(?:here|there|now)$/i.test(tokens[j - 1]!.text) && isNominal(tokens[j - 2] ?? t))) &&
      (isNominal(tokens[j + 1] ?? t) ||
        compass(tokens[j + 1]) ||
        // "visits by the monitors".
        (tokens[j + 1]?.pos === 'DET' && isNominal(tokens[j + 2] ?? t)) ||
        // "the number of | confirmed cases".
        participleModifier(tokens, j + 1, out[1], floor));
    // "The clashes in Balkhab", "the head of the mission": a short phrase inside the subject.
    const inner =
      /^(?:in|inside|outside|near|across|around|within|under|among|into|behind|along|at|on|from|for|to|with|against|over|by|about|through|throughout|via|off|beneath|below|above|beyond|toward|towards)$/.test(
        w,
      ) &&
      between &&
      // A longer one, without a list's commas, is cut back below at a preposition, keeping its head
      // ("A balcony protest at BP's London headquarters | over the Gulf of Mexico oil spill").
      (out.length <= 9 || (out.length <= 14 && !out.some((i) => tokens[i]!.text === ',')));
    // "here" or "there" right after a noun places it.
    const placed = /^(?:there|here|now)$/.test(w) && /^(?:NOUN|PROPN)$/.test(tokens[j - 1]?.pos ?? '');
    // "Fighting broke out": a gerund opening the clause is its subject.
    // So is one right after the clause's subordinator ("since shelling of the city began").
    const gerund = t.pos === 'VERB' && /ing$/.test(w) && opensClause(j);
    // "Continued shelling": the modifier of a gerund that opens the clause.
    const gerundModifier = j === clause.from && out[0] === j + 1 && gerundAt(j + 1) && t.pos !== 'SCONJ';
    // "shelling of the city": "of" after such a gerund joins its object.
    const gerundOf = w === 'of' && /ing$/i.test(tokens[j - 1]?.text ?? '') && opensClause(j - 1);
    if (
      isNominal(t) ||
      // "in south Texas": a compass word the library takes for an adverb, before a name.
      (compass(t) && tokens[j + 1]?.pos === 'PROPN' && out.length > 0) ||
      // "A pro-government daily dismissed": a paper the library takes for an adverb.
      (/^(?:daily|weekly|monthly)$/.test(w) && out.length === 0 && isNominal(tokens[j - 1] ?? t)) ||
      gerund ||
      gerundModifier ||
      // "Confirmed cases in the US have risen": a participle before its noun (`participleModifier`).
      participleModifier(tokens, j, out[0], floor) ||
      // "The test burn/VERB of oil": a noun the tagger called a verb (`verbTaggedNoun`).
      (verbTaggedNoun(tokens, j) && out[0] === j + 1) ||
      (t.pos === 'PRON' && out.length === 0) ||
      // "The airport here in Haiti", "Divisions there": a place word after its noun.
      (placed && out.length > 0) ||
      ((w === 'of' || w === 'and' || w === '&') && between && !predicateBeforeAnd(tokens, j)) ||
      gerundOf ||
      // "Marie Colvin, an American, and Remi Ochlik died": a list closed by ", and".
      (w === 'and' &&
        tokens[j - 1]?.text === ',' &&
        j - 2 >= floor &&
        isNominal(tokens[j - 2]!) &&
        isNominal(tokens[j + 1] ?? t) &&
        listItemBefore(tokens, j - 1, floor)) ||
      // "the very same people", "the most senior officers": an adverb between article and adjective.
      // ("The world's second biggest drugmaker": or a possessive's "'s".)
      (t.pos === 'ADV' &&
        out.length > 0 &&
        tokens[j + 1]?.pos === 'ADJ' &&
        j - 1 >= floor &&
        (tokens[j - 1]!.pos === 'DET' || /^['’]s$/.test(tokens[j - 1]!.text))) ||
      // "The rebels themselves have been asking": a reflexive stands by its noun.
      (t.pos === 'PRON' && /selves$|self$/i.test(w) && out.length === 0) ||
      // "she and French photographer Remi Ochlik were killed": a pronoun coordinated with a name.
      (w === 'and' && out.length > 0 && tokens[j - 1]?.pos === 'PRON' && j - 1 >= floor) ||
      (t.pos === 'PRON' && tokens[j + 1]?.text.toLowerCase() === 'and' && out.length > 1) ||
      inner
    ) {
      out.unshift(j);
      // "has told the Security Council | the observers were targeted": an article after the object
      // of a verb or a preposition opens the subject (see `articleOpensSubject`).
      if (t.pos === 'DET' && w === 'the' && articleOpensSubject(tokens, j, floor, skipped)) break;
    } else if (out.length > 0 && out.length <= 9 && joinedPreposition(tokens, j, floor) > 0) {
      const n = joinedPreposition(tokens, j, floor);
      for (let x = j; x > j - n; x--) out.unshift(x);
      j -= n - 1;
    } else {
      // "Footage posted on the internet showed", "merchants favored by the regime have tended",
      // "the crackdown launched by Syrian forces after the unveiling … is aimed": what follows a
      // participle is its own phrase; the subject is the noun before the participle.
      // "Amnesty International, Human Rights Watch and the UN rapporteur": a list goes on past its commas.
      if (
        t.text === ',' &&
        out.some((x) => tokens[x]!.text === 'and') &&
        j - 1 >= floor &&
        // ("the United Arab Emirates (UAE), Qatar and Kuwait": an item may close with its initials in
        // brackets; not with a year, "Since the problems with Exxon Valdez (1989) and Brent Spar (1995),".)
        (isNominal(tokens[j - 1]!) ||
          (tokens[j - 1]!.text === ')' &&
            /^\p{Lu}{2,}$/u.test(tokens[j - 2]?.text ?? '') &&
            tokens[j - 3]?.text === '('))
      ) {
        out.unshift(j);
        continue;
      }
      // "the cost of cleaning up the oil leak has reached": a gerund after a noun's "of" is its
      // complement, with its particle.
      if (
        /^(?:up|out|off|down|over)$/.test(w) &&
        /ing$/i.test(tokens[j - 1]?.text ?? '') &&
        tokens[j - 2]?.text.toLowerCase() === 'of' &&
        out.length > 0
      ) {
        out.unshift(j);
        continue;
      }
      // So is one after its "in" ("his actions in giving the singer the drug caused his death").
      if (
        t.pos === 'VERB' &&
        /ing$/i.test(w) &&
        /^(?:of|in)$/.test(tokens[j - 1]?.text.toLowerCase() ?? '') &&
        j - 2 >= floor &&
        isNominal(tokens[j - 2]!)
      ) {
        out.unshift(j - 1, j);
        j--;
        continue;
      }
      // "A ceasefire to end the violence in Syria started": an infinitive describes the noun before it.
      const described = describedByInfinitive(tokens, j, floor);
      if (described !== undefined) {
        out.length = 0;
        j = described;
        continue;
      }
      const participle = reducedRelative(tokens, j, floor, skipped);
      // "the containment method it was attempting on the seafloor | was capturing", "warning that
      // swine flu had broken out in Uganda | has caused": the phrase of a preposition after a verb
      // is that verb's; the subject stands before its clause, out of the walk's reach.
      if (
        participle === undefined &&
        prepositionAfterVerb(tokens, j, floor) &&
        out[0] === j + 1 &&
        out.at(-1) === g - 1 &&
        // (A finite verb group, not "a dividend | due to be paid", whose subject the phrase is.)
        FINITE_AUX.test(tokens[g]?.text ?? '') &&
        out.every((x) => tokens[x]!.text !== ',')
      )
        return [];
      // "confusion over exactly how | many people died": a question of degree told as the subject claims it.
      if (participle === undefined && /^how$/i.test(t.text) && out[0] === j + 1 && degree(tokens[j + 1]))
        return [];
      if (participle === undefined && examplesOfOther(tokens, j, g)) return [];
      if (participle === undefined) break;
      // "a group consisting of the US, France and Britain": who the group is stays with it.
      // So does its name ("a procedure known as "top kill" failed", "a group called X").
      const named =
        (/^known$/i.test(tokens[participle]!.text) && /^as$/i.test(tokens[participle + 1]?.text ?? '')) ||
        (/^(?:called|named|dubbed|nicknamed)$/i.test(tokens[participle]!.text) &&
          /^(?:\p{Lu}|["“'‘`])/u.test(tokens[participle + 1]?.text ?? ''));
      if (
        (named || /^(?:consisting|comprising|including)$/i.test(tokens[participle]!.text)) &&
        out.length <= 10
      ) {
        for (let x = j; x >= participle; x--) out.unshift(x);
        j = participle;
        continue;
      }
      out.length = 0;
      j = participle;
      continue;
    }
    // "One of them had tested positive": a pronoun after a quantity's "of" is its complement.
    const part = t.pos === 'PRON' && out.length === 1 ? partitiveStart(tokens, j, floor) : -1;
    if (part >= 0) {
      for (let x = j - 1; x >= part; x--) out.unshift(x);
      break;
    }
    // "Divisions there were underlined": "there" after a noun places it; it is no subject.
    if (t.pos === 'PRON' && !isNominal(t) && !/sel(?:f|ves)$/i.test(w) && !(placed && j - 1 >= floor)) break;
  }
  return subjectEdges(tokens, out, floor, skipped);
}
