import { type Clause, clauseOf } from '../clauses/splitClauses.ts';
import type { Pos, Token } from '../nlp/annotate.ts';

/** What attaching needs of a trigger: its token index, part of speech and event class. */
export interface TriggerRef {
  readonly index: number;
  readonly pos: Pos;
  readonly eventClass: string;
}

/** The trigger a date expression modifies, and the rule that chose it. */
export interface Attachment<T extends TriggerRef> {
  readonly trigger: T;
  readonly rule:
    | 'possessive'
    | 'premodifier'
    | 'noun-pp'
    | 'clause-verb-left'
    | 'clause-verb-right'
    | 'clause-noun'
    | 'main-clause';
}

const PREPOSITIONS = new Set(
  'on in at during since until till by before after from through throughout over between within around of'.split(
    ' ',
  ),
);

/** Token indices `[a, b)` of the tokens that overlap offsets `from..to`. */
export function tokenRange(tokens: readonly Token[], from: number, to: number): [number, number] {
  let a = 0;
  while (a < tokens.length && tokens[a]!.end <= from) a++;
  let b = a;
  while (b < tokens.length && tokens[b]!.start < to) b++;
  return [a, b];
}

const isVerb = (t: TriggerRef): boolean => t.pos === 'VERB';

/**
 * The trigger a date expression (offsets `from..to`) dates, read from the sentence's structure
 * rather than the nearest verb:
 * - "Friday's attack": the possessive dates the noun it modifies;
 * - "the attack on Friday": a prepositional phrase right after an event noun dates that noun;
 * - otherwise the verb of the expression's own clause: the one before it ("broke out on Wednesday"),
 *   or, when the expression opens the clause, the one after it ("Last month 21 people were killed");
 * - a clause without a verb trigger lends its event noun; a clause with none at all (a leading
 *   "On Friday," cut off by a dash) dates the main clause's verb.
 * `eligible` leaves out triggers the caller must not date (e.g. the reporting verb for reported words).
 */
export function attachTimex<T extends TriggerRef>(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  triggers: readonly T[],
  from: number,
  to: number,
  eligible: (t: T) => boolean = () => true,
): Attachment<T> | undefined {
  const [a, b] = tokenRange(tokens, from, to);
  if (a >= tokens.length) return undefined;
  const usable = triggers.filter((t) => eligible(t) && (t.index < a || t.index >= b));
  const at = (i: number) => usable.find((t) => t.index === i);

  // "Friday's deadly attack", "last year's deadly U.S. Embassy blasts": the possessive, then up
  // to three modifiers, then the noun.
  if (tokens[b]?.text === "'s" || tokens[b]?.text === '’s') {
    for (let i = b + 1; i <= b + 4 && i < tokens.length; i++) {
      const t = at(i);
      if (t && t.pos === 'NOUN') return { trigger: t, rule: 'possessive' };
      if (!['ADJ', 'NOUN', 'PROPN'].includes(tokens[i]!.pos)) break;
    }
  }
  // "the November 1995 assassination", "its fourth-quarter slump": a date inside a noun phrase.
  const opener = tokens[a - 1];
  const next = tokens[b];
  if (
    (opener &&
      (opener.pos === 'DET' ||
        (opener.pos === 'PRON' && /^(?:its|his|her|their|our)$/i.test(opener.text)))) ||
    /^(?:the|its|this|last|next)\b/i.test(tokens[a]!.text) ||
    // "reported third-quarter net income": a date used as an adjective, not inside a phrase of time.
    (opener?.pos !== 'ADP' && (next?.pos === 'ADJ' || next?.pos === 'NOUN'))
  ) {
    for (let i = b; i <= b + 2 && i < tokens.length; i++) {
      const t = at(i);
      if (t && t.pos === 'NOUN') return { trigger: t, rule: 'premodifier' };
      if (!['ADJ', 'NOUN', 'PROPN'].includes(tokens[i]!.pos)) break;
    }
  }
  const prep = tokens[a - 1];
  const clause = clauseOf(clauses, a);
  // "a speech six weeks ago", "in early trading yesterday": a bare date right after an event noun.
  const before = at(a - 1);
  if (before && before.pos === 'NOUN') return { trigger: before, rule: 'noun-pp' };
  if (prep && PREPOSITIONS.has(prep.text.toLowerCase())) {
    const noun = at(a - 2);
    // "the attack on Friday" — but "killed 21 in an attack on Friday" dates the killing: the noun
    // takes the date only when no verb trigger of the clause stands before it.
    if (
      noun &&
      noun.pos === 'NOUN' &&
      !usable.some((t) => isVerb(t) && t.index >= clause.from && t.index < a - 2)
    )
      return { trigger: noun, rule: 'noun-pp' };
  }
  const inClause = usable.filter((t) => t.index >= clause.from && t.index < clause.to);
  // "a group led by three directors", "Saddam Hussein, facing U.S. troops,": a participle that
  // modifies a noun is not the clause's verb.
  const verbs = inClause.filter(
    (t) => isVerb(t) && !modifiesNoun(tokens, t.index) && !afterDeterminer(tokens, t.index),
  );
  let left = verbs.filter((t) => t.index < a).at(-1);
  const right = verbs.find((t) => t.index >= b);
  // "Saddam Hussein, facing U.S. troops, today sought peace": a verb cut off by a comma before
  // the date yields to the verb after it.
  if (left && right && tokens.slice(left.index, a).some((t) => t.text === ',')) left = undefined;
  // "voted to support the republic Friday": an infinitive's date belongs to the verb governing it.
  while (left && tokens[left.index - 1]?.text.toLowerCase() === 'to') {
    const governing = verbs.filter((t) => t.index < left!.index - 1).at(-1);
    if (!governing || left.index - governing.index > 4) break;
    left = governing;
  }
  // An expression that opens its clause ("On Friday, …", "Last month 21 people were killed")
  // dates the verb after it; otherwise the verb before it.
  const opens = !tokens.slice(clause.from, a).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (opens && right) return { trigger: right, rule: 'clause-verb-right' };
  if (left) return { trigger: left, rule: 'clause-verb-left' };
  if (right) return { trigger: right, rule: 'clause-verb-right' };
  const nouns = inClause.filter((t) => t.pos !== 'VERB');
  const noun = nouns.filter((t) => t.index < a).at(-1) ?? nouns.find((t) => t.index >= b);
  if (noun) return { trigger: noun, rule: 'clause-noun' };
  // A clause with no trigger at all: the main clause's first verb.
  if (clause.kind !== 'main' || clause.to - clause.from <= b - a + 3) {
    const main = clauses.find((c) => c.kind === 'main');
    const v = main && usable.find((t) => isVerb(t) && t.index >= main.from && t.index < main.to);
    if (v) return { trigger: v, rule: 'main-clause' };
  }
  return undefined;
}

/**
 * "extended their offers to acquire …": a word the tagger took for a verb right after a determiner
 * or a possessive is a noun ("their offers", "the cuts"); not a participle used as an adjective
 * before its noun ("the wounded soldiers"), which `modifiesNoun` tells.
 */
export function afterDeterminer(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before) return false;
  return (
    (before.pos === 'DET' &&
      /^(?:the|a|an|their|its|his|her|our|my|your|this|these|those)$/i.test(before.text)) ||
    (before.pos === 'PRON' && /^(?:their|its|his|her|our|my|your)$/i.test(before.text))
  );
}

/** Whether the verb at `i` is a participle modifying the noun before it ("a group led by", "troops facing"). */
export function modifiesNoun(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const t = tokens[i]!;
  // "besieged Syrian towns", "the wounded soldiers": a participle used as an adjective.
  const next = tokens[i + 1];
  if (
    /(?:ed|en)$/.test(t.text) &&
    next &&
    (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ') &&
    (!before ||
      before.pos === 'DET' ||
      before.pos === 'ADP' ||
      before.pos === 'ADJ' ||
      // "the most organised opposition group", "a well armed militia": graded, it is an adjective.
      /^(?:most|more|less|least|best|better|well|highly|heavily|lightly|poorly|widely)$/i.test(before.text) ||
      // "a fenced and tightly guarded camp": an adverb of manner before it.
      (before.pos === 'ADV' &&
        /ly$/i.test(before.text) &&
        /^(?:DET|CCONJ|ADP)$/.test(tokens[i - 2]?.pos ?? '')))
  )
    return true;
  // "was quick to blame what it called "terrorists"": the words a naming gives are no happening.
  if (
    /^(?:called|termed|dubbed|described|labelled|labeled|branded)$/i.test(t.text) &&
    before?.pos === 'PRON' &&
    /^what$/i.test(tokens[i - 2]?.text ?? '')
  )
    return true;
  // "a draft resolution similar to the one vetoed by China and Russia": a participle after "the one"
  // describes it.
  if (
    before &&
    /^ones?$/i.test(before.text) &&
    /^(?:the|this|that)$/i.test(tokens[i - 2]?.text ?? '') &&
    /(?:ed|en|wn)$/i.test(t.text)
  )
    return true;
  // "the explosion of a platform called Piper Alpha", "had a son called Alistair": a participle
  // that names a noun a verb or a preposition governs (not "ministers called for a meeting", the
  // subject's verb).
  if (
    before &&
    (before.pos === 'NOUN' || before.pos === 'PROPN') &&
    /^(?:called|named|dubbed|nicknamed|titled|entitled|codenamed)$/i.test(t.text) &&
    (after?.pos === 'PROPN' || /^["“]$/.test(after?.text ?? ''))
  ) {
    let k = i - 1;
    while (k > 0 && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k - 1]!.pos)) k--;
    if (/^(?:VERB|AUX|ADP)$/.test(tokens[k - 1]?.pos ?? '')) return true;
  }
  // "Beginning with the start of the uprising, it charts …": a participle opening the sentence.
  if (i === 0 && /ing$/.test(t.text) && next?.pos === 'ADP') return true;
  // "refugees fleeing the country": a present participle right after its noun.
  if (
    before &&
    /ing$/.test(t.text) &&
    (before.pos === 'NOUN' || before.pos === 'PROPN') &&
    tokens[i - 2]?.pos !== 'AUX'
  )
    return true;
  if (!before) return false;
  // "as they advanced on areas held by the opposition": a past participle with its agent right
  // after a noun inside a phrase, the clause's verb before it, describes the noun.
  if (
    before.pos === 'NOUN' &&
    (/(?:ed|en)$/.test(t.text) || (t.lemma !== t.text.toLowerCase() && !/(?:ing|s)$/.test(t.text))) &&
    after?.text.toLowerCase() === 'by' &&
    /^(?:ADP|DET)$/.test(tokens[i - 2]?.pos ?? '') &&
    tokens.slice(0, i - 1).some((x) => x.pos === 'VERB' && !/ing$/.test(x.text))
  )
    return true;
  // "left dozens dead and wounded": a participle coordinated with an adjective is one.
  if (/^(?:and|or)$/i.test(before.text) && tokens[i - 2]?.pos === 'ADJ' && /(?:ed|en)$/.test(t.text))
    return true;
  // "10 armed people linked to the resistance fronts …, attacked": a participle and its phrase
  // after a noun, with the clause's own verb still to come.
  if (
    (before.pos === 'NOUN' || before.pos === 'PROPN') &&
    /(?:ed|en)$/.test(t.text) &&
    after?.pos === 'ADP' &&
    ['DET', 'ADJ', 'NUM', 'NOUN'].includes(tokens[i - 2]?.pos ?? '') &&
    tokens
      .slice(i + 2, i + 25)
      // The clause's own verb is finite: ", waving flags" after "protesters marched in …" is a
      // participle of the marching, which is the clause's verb.
      .some(
        (x, n, rest) =>
          x.pos === 'VERB' && !/ing$/i.test(x.text) && (rest[n - 1] ?? tokens[i + 1]!).text === ',',
      )
  )
    return true;
  // "The videos being circulated": a passive participle after a noun.
  if (before.text.toLowerCase() === 'being' && ['NOUN', 'PROPN'].includes(tokens[i - 2]?.pos ?? ''))
    return true;
  if (
    (before.pos === 'NOUN' || before.pos === 'PROPN') &&
    after?.text.toLowerCase() === 'by' &&
    /ed$|en$/.test(t.text)
  )
    return true;
  // ", facing …," right after a name: an aside, not the clause's verb.
  return before.text === ',' && /ing$/.test(t.text) && ['NOUN', 'PROPN'].includes(tokens[i - 2]?.pos ?? '');
}

/**
 * Whether a date modifies a noun rather than a clause: "yesterday's operation", "the November 1995
 * assassination". Such a date dates that noun, whatever verb the sentence has.
 */
export function datesNoun(tokens: readonly Token[], from: number, to: number): boolean {
  const [a, b] = tokenRange(tokens, from, to);
  const next = tokens[b];
  if (next && /^['’]s$/.test(next.text)) return true;
  const opener = tokens[a - 1];
  return (
    opener !== undefined &&
    (opener.pos === 'DET' || (opener.pos === 'PRON' && /^(?:its|his|her|their|our)$/i.test(opener.text))) &&
    next !== undefined &&
    (next.pos === 'NOUN' || next.pos === 'ADJ')
  );
}

/**
 * Whether the verb at `i` tells a past happening by its form ("extended", "declared", "took"): a
 * past form alone or after a past or perfect auxiliary ("had reached", "was imposed"). A date after publication cannot date it ("extended its
 * offer to Nov. 20" dates the deadline, not the extending); a base form ("to resume Monday"), a
 * futurate present ("Congress reconvenes Jan. 24") or a passive ("will be returned") it can.
 */
export function toldAsPast(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'VERB') return false;
  const w = t.text.toLowerCase();
  if (w === t.lemma || /ing$/.test(w) || w === `${t.lemma}s` || w === `${t.lemma}es`) return false;
  if (w === `${t.lemma.replace(/y$/, '')}ies`) return false;
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k--;
  const before = tokens[k];
  if (!before) return true;
  // "had reached", "was imposed", "has killed": a perfect or a past passive is past too.
  if (before.pos === 'AUX') {
    const aux = before.text.toLowerCase();
    // "has been extended until late February": the extending is past, the date its term.
    if (aux === 'been') return PAST_AUX.has(tokens[k - 1]?.text.toLowerCase() ?? '');
    return PAST_AUX.has(aux);
  }
  return before.text.toLowerCase() !== 'to';
}

const PAST_AUX = new Set(['had', "'d", 'was', 'were', 'did', 'has', 'have']);
