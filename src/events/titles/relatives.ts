import type { Clause } from '../clauses/splitClauses.ts';
import type { Token } from '../nlp/annotate.ts';
import { TELLING_VERBS } from '../nlp/tellingVerbs.ts';
import { CLAUSE_VERBS, isNominal } from './words.ts';

const PARTITIVES =
  /^(?:number|numbers|lot|lots|series|wave|string|group|groups|dozens|hundreds|thousands|millions|couple|pair|handful|majority|most|some|all|many|one|two|three)$/i;

/**
 * Where a reduced relative clause ends on the left, when the subject walk stops at token `j`: a
 * participle ("posted", "favored") right after a noun, a few nominal or prepositional words before
 * `j`. Returns the index of the participle (the walk goes on left of it), or undefined.
 */
export function reducedRelative(
  tokens: readonly Token[],
  j: number,
  floor: number,
  skipped: (i: number) => boolean = () => false,
): number | undefined {
  for (let v = j; v >= Math.max(floor + 1, j - 8); v--) {
    const t = tokens[v]!;
    if (
      t.pos === 'VERB' &&
      (/(?:ed|en|wn)$/.test(t.text) ||
        /^(?:said|held|built|made|sent|kept|left|shot|hit|caught|brought|thought)$/i.test(t.text))
    ) {
      const head = tokens[v - 1]!;
      // A participle that describes its noun has a phrase after it ("posted on", "favored by",
      // "said to be from Homs"); one with an object is the sentence's own verb ("China condemned a
      // resolution").
      const described =
        tokens[v + 1]?.pos === 'ADP' ||
        // "Figures issued this week showed": a date after it.
        (skipped(v + 1) && /^[\p{L}\p{N}]/u.test(tokens[v + 1]!.text)) ||
        tokens[v + 1]?.pos === 'ADV' ||
        tokens[v + 1]?.text.toLowerCase() === 'to';
      return (head.pos === 'NOUN' || head.pos === 'PROPN') && described ? v : undefined;
    }
    // "The statement backing next week's deadline marks", "a group consisting of the US … submitted":
    // a present participle right after a noun describes it, object and all.
    if (t.pos === 'VERB' && /ing$/i.test(t.text) && /^(?:NOUN|PROPN)$/.test(tokens[v - 1]?.pos ?? ''))
      return v;
    if (
      !(
        isNominal(t) ||
        t.pos === 'ADP' ||
        t.pos === 'CCONJ' ||
        (t.pos === 'AUX' && t.lemma === 'be') ||
        t.text === 'to'
      )
    )
      return undefined;
  }
  return undefined;
}

/**
 * The noun phrase a relative pronoun refers to, ending at token `j`: nouns and their modifiers,
 * with short place phrases inside ("the tremor", "the clashes in Balkhab"), the nearest noun before
 * "of" ("the aftermath of a quake which struck" → "a quake"); past
 * an apposition to the phrase it renames ("a 7.0-magnitude quake, Haiti's worst in two centuries,
 * which struck" → "a 7.0-magnitude quake").
 */
export function antecedentPhrase(
  tokens: readonly Token[],
  j: number,
  skipped: (i: number) => boolean,
): number[] {
  const phraseEndingAt = (end: number): number[] => {
    const out: number[] = [];
    for (let i = end; i >= 0 && out.length < 10; i--) {
      const t = tokens[i]!;
      // "the Gulf Co-operation Council (GCC), which": a bracketed short form is left out whole.
      if (t.text === ')') {
        let c = i - 1;
        while (c > 0 && c > i - 8 && tokens[c]!.text !== '(') c--;
        if (tokens[c]?.text === '(') {
          i = c;
          continue;
        }
      }
      const inner =
        (/^(?:in|at|on|from)$/i.test(t.text) ||
          // "a number of bombings which": a quantity's "of" goes on to its head.
          (/^of$/i.test(t.text) && PARTITIVES.test(tokens[i - 1]?.text ?? '')) ||
          // "an early analysis of the impact [last month] | that put …": a relative clause a date
          // sets apart from its noun tells of the whole object, its "of" phrase and all.
          (/^of$/i.test(t.text) && skipped(end) && tokens[i - 1]?.pos === 'NOUN') ||
          // "most areas of Damascus which had been captured": parts of a named place.
          (/^of$/i.test(t.text) &&
            tokens[i + 1]?.pos === 'PROPN' &&
            tokens[i - 1]?.pos === 'NOUN' &&
            /^\p{Ll}+s$/u.test(tokens[i - 1]!.text))) &&
        isNominal(tokens[i - 1] ?? t) &&
        // "retake Aleppo from the rebel fighters, who": after a name the phrase is the verb's.
        !(tokens[i - 1]?.pos === 'PROPN' && tokens[i + 1]?.pos === 'DET') &&
        out.length > 0 &&
        out.length <= 6;
      // "the very same people that": an adverb between the article and an adjective.
      const degree =
        t.pos === 'ADV' && tokens[i + 1]?.pos === 'ADJ' && tokens[i - 1]?.pos === 'DET' && out.length > 0;
      if (isNominal(t) || inner || degree || skipped(i)) out.unshift(i);
      else break;
      // A determiner opens the phrase ("dead following | the tremor", however "following" is tagged).
      if (t.pos === 'DET' && !/^(?:ADP|DET)$/.test(tokens[i - 1]?.pos ?? '')) break;
    }
    while (out.length > 0 && skipped(out[0]!)) out.shift();
    return out;
  };
  const np = phraseEndingAt(j);
  const before = np.length > 0 ? np[0]! - 1 : -1;
  // "such big, indiscriminate explosions": adjectives in a row are no apposition.
  // "another grouping, the National Alliance, which was formed": a name is the antecedent itself.
  const named = np.length > 0 && tokens[np[np.length - 1]!]!.pos === 'PROPN';
  if (
    !named &&
    tokens[before]?.text === ',' &&
    before > 0 &&
    /^(?:NOUN|PROPN)$/.test(tokens[before - 1]!.pos)
  ) {
    const renamed = phraseEndingAt(before - 1);
    if (renamed.length > 0 && tokens[renamed[0]! - 1]?.text !== ',') return renamed;
  }
  return np;
}

/**
 * Whether the subject found for a verb is a pronoun right after a noun: a relative clause without
 * its pronoun ("the delegates he spoke to", "by the time they'd finished"), whose verb names no one.
 */
export function contactRelative(
  tokens: readonly Token[],
  who: readonly number[],
  skipped: (i: number) => boolean = () => false,
): boolean {
  // (Not after a date: "Yesterday it closed at $4.375", "On Friday he was appointed".)
  return (
    who.length === 1 &&
    /^(?:he|she|it|they|we|i|you)$/i.test(tokens[who[0]!]!.text) &&
    /^(?:NOUN|PROPN)$/.test(tokens[who[0]! - 1]?.pos ?? '') &&
    !skipped(who[0]! - 1) &&
    !toldNoun(tokens, who[0]! - 1)
  );
}

/**
 * Whether the noun phrase ending at `i` is whom a verb of telling tells ("told US network CNN | he
 * believed …"): the pronoun after it opens the words told, not a relative clause.
 */
function toldNoun(tokens: readonly Token[], i: number): boolean {
  let k = i;
  while (k > 0 && i - k < 6 && /^(?:DET|ADJ|NOUN|PROPN|PART)$/.test(tokens[k - 1]!.pos)) k--;
  const verb = tokens[k - 1];
  return verb?.pos === 'VERB' && TELLING_VERBS.test(verb.lemma);
}

/** Verbs of a happening's course: what they tell of is a happening. */
const ASPECTUAL = /^(?:begin|start|erupt|end|continue|escalate|intensify|spread|resume)$/;
/** Nouns of happenings that run a course ("the uprising against …, which began"). */
const COURSE_HEADS =
  /^(?:uprising|revolt|rebellion|revolution|insurgency|protest|unrest|demonstration|war|conflict|crisis|crackdown|violence|fighting|campaign|offensive|siege|bombardment|strike|operation|unrest|trial|hearing|inquiry|investigation|talks|negotiation|ceasefire|truce)s?$/;

/**
 * The antecedent of a relative pronoun whose phrase ends at token `j`, the relative's verb group
 * starting at `g`: "the uprising against President Assad's rule, which began …": what begins, ends
 * or goes on is the happening the phrase's head names, not the noun of its preposition.
 */
/** Nouns of people, which "which" does not stand for. */
const PERSON_NOUNS =
  /^(?:people|person|worker|official|expert|resident|member|activist|soldier|child|man|woman|leader|minister|doctor|patient|victim|survivor|journalist|reporter|protester|rebel|fighter|troop|diplomat|scientist|engineer|lawyer|executive|spokesman|spokeswoman|family|student|teacher|farmer|fisherman|passenger|refugee|civilian|volunteer|citizen|voter|employee|staff|crew|guard|officer|politician|lawmaker|senator|president|chief|head|director|pupil|relation|relative|boy|girl|baby|friend|son|daughter|father|mother|wife|husband|neighbour|neighbor|colleague|fan|customer|investor|individual|teenager|mayor|governor|envoy|monitor|observer|inspector|trader|analyst)$/;

export function relativeAntecedent(
  tokens: readonly Token[],
  j: number,
  g: number,
  skipped: (i: number) => boolean,
): number[] {
  const np = antecedentPhrase(tokens, j, skipped);
  // "workers on the drillship Discoverer Enterprise, which is parked", "advice from public health
  // experts who held": "which" names no person and "who" no thing; past a head of the other kind,
  // the antecedent is the phrase after the preposition.
  const pronoun = tokens
    .slice(j + 1, g)
    .find((t) => /^(?:which|who)$/i.test(t.text))
    ?.text.toLowerCase();
  const preposition = np.findLastIndex((i, n) => n > 0 && tokens[i]!.pos === 'ADP');
  const head = tokens[np.slice(0, preposition).findLast((i) => tokens[i]!.pos === 'NOUN') ?? -1];
  if (pronoun && preposition > 0 && head && np.length - preposition > 1) {
    const person = PERSON_NOUNS.test(head.lemma);
    const common = head.pos === 'NOUN' && /^\p{Ll}{3,}$/u.test(head.text);
    if ((pronoun === 'which' && person) || (pronoun === 'who' && !person && common))
      return np.slice(preposition + 1);
  }
  // ("which is expected to begin": the course is the infinitive's, past a verb of expecting.)
  const v = tokens.findIndex((t, i) => i >= g && t.pos === 'VERB');
  const ahead =
    /^(?:expect|schedule|set|plan)$/.test(tokens[v]?.lemma ?? '') && /^to$/i.test(tokens[v + 1]?.text ?? '');
  const verb = tokens[ahead && tokens[v + 2]?.pos === 'VERB' ? v + 2 : v];
  const p = (np[0] ?? 0) - 1;
  // "a two-day summit in Mecca, Saudi Arabia, which starts on Tuesday": a place's country after
  // its city runs no course; the relative says what the noun before the places does.
  const country = np.length > 0 && np.every((i) => tokens[i]!.pos === 'PROPN') && tokens[p]?.text === ',';
  if (verb && ASPECTUAL.test(verb.lemma) && country) {
    let q = p - 1;
    while (q >= 0 && tokens[q]!.pos === 'PROPN') q--;
    if (q < p - 1 && tokens[q]?.pos === 'ADP' && tokens[q - 1]?.pos === 'NOUN') {
      // (The noun's own phrase, not one it hangs on: "the bloc at | an emergency summit".)
      const head = antecedentPhrase(tokens, q - 1, skipped);
      return head.slice(head.findLastIndex((i) => tokens[i]!.pos === 'ADP') + 1);
    }
  }
  // "the massive oil spill in the Gulf of Mexico | that began in April": a place names no course
  // either; the noun before its preposition does.
  if (verb && ASPECTUAL.test(verb.lemma) && np.length > 0 && np.every((i) => tokens[i]!.pos === 'PROPN')) {
    let q = p;
    while (q > 0 && (/^(?:PROPN|DET)$/.test(tokens[q]!.pos) || /^of$/i.test(tokens[q]!.text))) q--;
    if (
      q < p &&
      /^(?:in|off|at|near|across)$/i.test(tokens[q]!.text) &&
      tokens[q - 1]?.pos === 'NOUN' &&
      !PERSON_NOUNS.test(tokens[q - 1]!.lemma)
    ) {
      const head = antecedentPhrase(tokens, q - 1, skipped);
      return head.slice(head.findLastIndex((i) => tokens[i]!.pos === 'ADP') + 1);
    }
  }
  if (
    verb &&
    ASPECTUAL.test(verb.lemma) &&
    tokens[p]?.pos === 'ADP' &&
    tokens[p - 1]?.pos === 'NOUN' &&
    COURSE_HEADS.test(tokens[p - 1]!.lemma) &&
    !COURSE_HEADS.test(tokens[np.at(-1)!]?.lemma ?? '')
  )
    return antecedentPhrase(tokens, p - 1, skipped);
  return withoutQuantifier(tokens, np);
}

/**
 * "regained most areas of Damascus | which had been captured by rebels": a quantifier before the
 * antecedent is the main clause's ("most" of the captured areas were regained), not the relative's:
 * "Areas of Damascus had been captured by rebels".
 */
function withoutQuantifier(tokens: readonly Token[], np: number[]): number[] {
  const first = tokens[np[0] ?? -1];
  if (!first || np.length < 2 || !/^(?:most|some|many|several|much|few)$/i.test(first.text)) return np;
  const of = tokens[np[1]!]?.text.toLowerCase() === 'of' ? 2 : 1;
  return np.length > of ? np.slice(of) : np;
}

/**
 * "Reverend Al Sharpton, who presided over the service last year said …": a relative clause that
 * lacks its closing comma ends before a second finite verb, whose subject is the antecedent (not
 * after a verb of saying, whose object the next clause is: "who said the army withdrew").
 */
export function unclosedRelative(tokens: readonly Token[], clause: Clause, g: number): boolean {
  if (
    clause.kind !== 'relative' ||
    tokens[clause.from - 1]?.text !== ',' ||
    !/^(?:who|which)$/i.test(tokens[clause.from]?.text ?? '')
  )
    return false;
  const between = tokens.slice(clause.from + 1, g);
  const innerVerbs = between.filter((t) => t.pos === 'VERB');
  if (innerVerbs.length !== 1 || CLAUSE_VERBS.test(innerVerbs[0]!.lemma)) return false;
  // Nor after a modal's verb ("which will see a constitution put to a vote"), nor where a
  // capitalised common word opens a glued caption, nor for a participle ("said to be active").
  if (
    between.some(
      (t) =>
        /^(?:CCONJ|SCONJ|PRON|PUNCT|AUX)$/.test(t.pos) ||
        /^to$/i.test(t.text) ||
        (/^\p{Lu}/u.test(t.text) && t.pos !== 'PROPN'),
    )
  )
    return false;
  const rest = tokens.slice(g);
  const verb = rest.findIndex((t) => t.pos === 'VERB');
  return (verb >= 0 || rest.some((t) => t.pos === 'AUX')) && !/^to$/i.test(tokens[g + verb + 1]?.text ?? '');
}

/**
 * "a ceasefire that was supposed to have come into effect in April | never took hold": a relative
 * clause right after its noun, whose pronoun is the subject of its own verb, ends before a second
 * finite verb group after a noun (or a date); that group is the main clause's, and its subject the
 * noun before the pronoun. Not over a conjunction, punctuation or a verb of saying.
 */
export function closedBoundRelative(tokens: readonly Token[], clause: Clause, g: number): boolean {
  const pronoun = tokens[clause.from];
  if (
    clause.kind !== 'relative' ||
    !/^(?:that|which|who)$/i.test(pronoun?.text ?? '') ||
    !/^(?:NOUN|PROPN)$/.test(tokens[clause.from - 1]?.pos ?? '') ||
    !/^(?:AUX|VERB)$/.test(tokens[clause.from + 1]?.pos ?? '')
  )
    return false;
  const between = tokens.slice(clause.from + 1, g);
  if (
    between.length < 3 ||
    between.some((t) => /^(?:CCONJ|SCONJ|PUNCT)$/.test(t.pos) || CLAUSE_VERBS.test(t.lemma))
  )
    return false;
  const last = tokens[g - 1]!;
  const verb = tokens.slice(g).find((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const finite =
    verb !== undefined &&
    (verb.pos === 'AUX' || (verb.lemma !== verb.text.toLowerCase() && !/ing$/i.test(verb.text)));
  // (Not the subject of a relative without its pronoun inside the clause: "a fund for damages |
  // the company created".)
  let np = g - 1;
  while (np > clause.from && /^(?:NOUN|PROPN|ADJ)$/.test(tokens[np - 1]!.pos)) np--;
  const contact = tokens[np - 1]?.pos === 'DET' && /^(?:NOUN|PROPN|NUM)$/.test(tokens[np - 2]?.pos ?? '');
  return finite && !contact && /^(?:NOUN|PROPN|NUM)$/.test(last.pos);
}
