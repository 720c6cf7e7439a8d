import type { Token } from '../nlp/annotate.ts';
import { opensClause } from './openSubordinate.ts';

/*
 * What a cut title may end on that leaves a clause half said, and how much of the end goes:
 * an open subordinate clause, a verb joined by "and" without its object, a new subject without
 * its verb. Each takes the kept token indices (`out`, in sentence order) and shortens them in place.
 */

/**
 * Drops an unfinished subordinate clause from the end of a cut ("… from populated areas until
 * armed terrorist groups" → "… from populated areas"): a subordinator or wh-word with no verb after it.
 */
export function dropOpenClause(tokens: readonly Token[], out: number[]): void {
  // "… where the government has launched" + "a fierce offensive": a verb the cut left without the
  // object the sentence gives it is as unfinished as a clause without its verb.
  const last = out[out.length - 1];
  const objectLeft =
    last !== undefined &&
    tokens[last]!.pos === 'VERB' &&
    /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[last + 1]?.pos ?? '');
  for (let n = out.length - 1; n >= 1; n--) {
    const t = tokens[out[n]!]!;
    // An auxiliary the cut left last ("where the government has") is no verb of the clause yet.
    const verb = t.pos === 'VERB' || (t.pos === 'AUX' && n < out.length - 1);
    if (verb && !(objectLeft && n >= out.length - 3)) return;
    // ("amid reports that | at least 55 people": a "that" after a noun, before a clause's subject.)
    // ("… had been received and that | decisions": so is one after "and".)
    const that =
      /^that$/i.test(t.text) &&
      /^(?:NOUN|CCONJ)$/.test(tokens[out[n - 1]!]?.pos ?? '') &&
      /^(?:DET|ADJ|NOUN|PROPN|NUM|ADP|ADV|PRON)$/.test(tokens[out[n]! + 1]?.pos ?? '');
    if (
      that ||
      t.pos === 'SCONJ' ||
      // ("to discuss | how a vaccine": a question reported without its verb.)
      /^(?:when|where|while|until|because|whose|which|who|how|why|whether|what)$/i.test(t.text) ||
      opensClause(tokens, out[n]!)
    ) {
      out.length = n;
      // ("and that decisions on | what to accept": the preposition that led to it, and a clause
      // that opened before it still without its verb, with its "and", go too.)
      if (/^(?:when|where|whose|which|who|how|why|whether|what)$/i.test(t.text)) {
        const rest = [...out];
        while (rest.length > 1 && tokens[rest.at(-1)!]!.pos === 'ADP') rest.pop();
        const before = rest.length;
        dropOpenClause(tokens, rest);
        if (rest.length < before) out.splice(0, out.length, ...rest);
      }
      while (that && out.length > 1 && tokens[out.at(-1)!]!.pos === 'CCONJ') out.pop();
      return;
    }
  }
}

/** Drops a relative clause without its verb from the end of the kept words ("… by his captors | in which the captive"). */
export function dropOpenRelative(tokens: readonly Token[], out: number[]): void {
  for (let n = out.length - 1; n >= 1; n--) {
    const t = tokens[out[n]!]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return;
    if (/^(?:which|whom|whose)$/i.test(t.text)) {
      out.length = tokens[out[n - 1]!]!.pos === 'ADP' && out[n - 1] === out[n]! - 1 ? n - 1 : n;
      return;
    }
  }
}

/** A word of a date the cut leaves out ("Friday", "last", "yesterday"). */
export const DATE_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|last|next|this|early|late|mid|midnight|noon|dawn|today|tomorrow|yesterday)$/i;

/**
 * "… caught up with him amid the roar of the engines | and asked", "… have been working to get
 * networks going again | and to let", "… suggested further cuts | but differed": a verb joined by "and"/"or"/"but" that the title ends on while the
 * sentence goes on with what it governs is half a clause, and goes with its conjunction (the
 * trigger's own verb stays).
 */
export function dropBareConjunct(tokens: readonly Token[], out: number[], trigger: number): void {
  const last = out.at(-1);
  if (last === undefined || last === trigger) return;
  // "… covers dividend payments | and not just": a conjunction with only adverbs after it.
  const joint = out.findLastIndex((i) => tokens[i]!.pos === 'CCONJ');
  if (
    joint > 1 &&
    out[joint]! > trigger &&
    out.slice(joint + 1).every((i) => /^(?:ADV|PART)$/.test(tokens[i]!.pos)) &&
    // ("safe and well", "back and forth" end the sentence and stay.)
    tokens[last + 1] !== undefined &&
    tokens[last + 1]!.pos !== 'PUNCT'
  ) {
    out.length = joint;
    return;
  }
  // "but admitted | yesterday that BP had continued": past a date, "that" opens what the verb says.
  let said = last + 1;
  while (said <= last + 3 && DATE_WORD.test(tokens[said]?.text ?? '')) said++;
  const governed =
    said > last + 1 && tokens[said]?.pos === 'SCONJ' && /^that$/i.test(tokens[said]!.text)
      ? tokens[said]
      : tokens[last + 1];
  // (Not a date after it: "exploded and sank | last month", "and sank | two days later", "died | in 1870".)
  if (
    governed === undefined ||
    !(
      /^(?:DET|NOUN|PROPN|ADJ|PRON|PART)$/.test(governed.pos) ||
      // "and checking | whether any of the passengers …": a verb's question clause.
      /^(?:whether|if|how|why|what|who|which|that)$/i.test(governed.text) ||
      // "but admitted | : "What we do know is …"": words said after a colon.
      (governed.text === ':' &&
        /^(?:say|add|admit|warn|tell|insist|explain|caution|note|declare)$/.test(tokens[last]!.lemma)) ||
      // "but differed | as to how far they should go", "and comes | as infections have climbed".
      (/^as$/i.test(governed.text) &&
        (/^to$/i.test(tokens[last + 2]?.text ?? '') || tokens[last]!.lemma === 'come')) ||
      // "and set | up the fund", "and asked | for his impressions": a particle or preposition with
      // its object after it (not a date: "died | in 1870", "sank | on Tuesday").
      (governed.pos === 'ADP' &&
        /^(?:DET|NOUN|PROPN|ADJ|PRON)$/.test(tokens[last + 2]?.pos ?? '') &&
        !DATE_WORD.test(tokens[last + 2]!.text))
    ) ||
    (governed.pos === 'PART' && governed.text.toLowerCase() !== 'to') ||
    /^(?:last|next|this|early|late|earlier|later|\d{4})$/i.test(governed.text)
  )
    return;
  let n = out.length - 1;
  while (n > 0 && /^(?:VERB|AUX|ADV|PART)$/.test(tokens[out[n]!]!.pos) && out[n] !== trigger) n--;
  const and = tokens[out[n]!]!;
  if (n < 2 || n === out.length - 1 || and.pos !== 'CCONJ' || !/^(?:and|or|but)$/i.test(and.text)) return;
  if (!out.slice(n + 1).some((i) => tokens[i]!.pos === 'VERB')) return;
  if (out[n]! < trigger) return;
  out.length = n;
  while (out.length > 1 && tokens[out.at(-1)!]!.pos === 'PUNCT') out.pop();
}

const TAIL_OPENER = /^(?:and|but|or)$/i;

/**
 * "Nearly 8000 barrels were collected | and over 4,000 barrels of oil" (… "and 27.4 million cubic
 * feet of gas were flared"), "… has been damaged | and many staff" (… "are missing"): a conjunction
 * whose words after it in the title are only a subject, while the sentence goes on to that
 * subject's verb, opens a clause the title cut in half; the title ends before it (the trigger's own
 * words stay).
 */
export function dropSubjectWithoutVerb(tokens: readonly Token[], out: number[], trigger: number): void {
  const last = out.at(-1);
  if (last === undefined || last <= trigger) return;
  const n = out.findLastIndex((i) => TAIL_OPENER.test(tokens[i]!.text) && i > trigger);
  if (n < 1 || n === out.length - 1) return;
  const tail = out.slice(n + 1);
  if (tail.some((i) => /^(?:VERB|AUX)$/.test(tokens[i]!.pos))) return;
  if (!tail.some((i) => /^(?:NOUN|PROPN|NUM|PRON)$/.test(tokens[i]!.pos))) return;
  // Not nouns joined inside a phrase: "between 15% and 50%", "research and development".
  if (tokens.slice(Math.max(0, out[n]! - 4), out[n]!).some((t) => /^between$/i.test(t.text))) return;
  // After "and", only a phrase that opens as a subject does ("and the charity's ambassador", "and
  // many staff", "and more than 47,000 payments"), not a noun or name that may go on the phrase
  // before ("a climate | and energy bill", "the National Oceanic | and Atmospheric Administration").
  // A bare plural will do when its auxiliary follows at once ("… in north London | and scientists
  // there will now grow …"); not a name nor a noun a participle follows ("Iraq and Libya are …",
  // "individuals and businesses harmed by …" may be one phrase).
  const first = tokens[tail[0]!]!;
  const auxNext = () => {
    let j = last + 1;
    while (
      /^(?:there|here|also|now|then|still|too)$/i.test(tokens[j]?.text ?? '') ||
      tokens[j]?.pos === 'ADV'
    )
      j++;
    return tokens[j]?.pos === 'AUX';
  };
  const end = tokens[last]!;
  const bare =
    tail.length <= 2 &&
    end.pos === 'NOUN' &&
    /^\p{Ll}/u.test(end.text) &&
    end.lemma !== end.text.toLowerCase() &&
    auxNext();
  // "… and chief envoy Kofi Annan | is currently briefing": a name its auxiliary follows.
  // (A name with its role or first name, not one name joined to the phrase: "Iraq and Libya are".)
  const named = end.pos === 'PROPN' && tail.length >= 3 && auxNext();
  if (
    !(
      bare ||
      named ||
      /^(?:DET|PRON|NUM)$/.test(first.pos) ||
      /^(?:more|many|most|some|several|few|over|about|nearly|almost|fewer|less|hundreds|thousands|dozens)$/i.test(
        first.text,
      )
    )
  )
    return;
  // The title is a clause before the opener ("Flu pandemic between 40 million and 100 million
  // people" has no finite verb to keep).
  const verbLike = (t: Token) => t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.text));
  if (!out.slice(0, n).some((i) => verbLike(tokens[i]!))) return;
  // The sentence goes on with the rest of that subject's noun phrase, then its finite verb (not a
  // verb joined by "and", which is the title's subject's: "… and stressed the need").
  for (let j = last + 1; j < tokens.length && j <= last + 12; j++) {
    const t = tokens[j]!;
    if (verbLike(t) && !(j > last + 1 && tokens[j - 1]!.pos === 'CCONJ')) {
      out.length = n;
      while (out.length > 1 && tokens[out.at(-1)!]!.pos === 'PUNCT') out.pop();
      return;
    }
    // ("and over 4,000 barrels | and 27.4 million cubic feet … were flared": past the subject's own "and".)
    const nominal =
      /^(?:NOUN|PROPN|ADJ|NUM|DET|CCONJ)$/.test(t.pos) ||
      /^(?:there|here|also|now|then|still|too)$/i.test(t.text) ||
      /^(?:of|['’]s)$/i.test(t.text) ||
      (t.pos === 'PART' && /^['’]s?$/.test(t.text));
    if (!nominal) return;
  }
}

/**
 * "The congress opened [on Friday] and runs [until Sunday]": a verb joined by "and" that ends the
 * words kept (`out`), its only complement a date left out, goes with its "and"; so does a number
 * (`dropDatedNumber`).
 */
export function dropDatedConjunct(
  tokens: readonly Token[],
  out: number[],
  to: number,
  skipped: (i: number) => boolean,
): void {
  const end = out.at(-1);
  if (
    end !== undefined &&
    out.length >= 2 &&
    tokens[end]!.pos === 'VERB' &&
    // (A present beside a past, "runs"; not a second happening, "exploded and sank [two days later]".)
    /[^s]s$/i.test(tokens[end]!.text) &&
    tokens[end]!.lemma !== tokens[end]!.text.toLowerCase() &&
    joinedLast(tokens, out) &&
    end + 1 < to &&
    skipped(end + 1)
  )
    out.length -= 2;
  else dropDatedNumber(tokens, out, to, skipped);
}

/** Whether the last word kept (`out`) follows its conjunction right after it ("… | and runs", "… | and two"). */
function joinedLast(tokens: readonly Token[], out: readonly number[]): boolean {
  const joint = out.at(-2);
  return joint !== undefined && tokens[joint]!.pos === 'CCONJ' && joint === out.at(-1)! - 1;
}

/**
 * "rescued two people [on Saturday] | and two [the day before]": a number joined by "and" that ends
 * the words kept (`out`), told apart from the first object only by its date left out, goes with its
 * "and".
 */
export function dropDatedNumber(
  tokens: readonly Token[],
  out: number[],
  to: number,
  skipped: (i: number) => boolean,
): void {
  const end = out.at(-1);
  // (Or a time of the year joined to a date left out: "happen on farms [in late autumn] | and winter".)
  if (
    end !== undefined &&
    out.length >= 4 &&
    (tokens[end]!.pos === 'NUM' || /^(?:winter|summer|spring|autumn|fall)$/i.test(tokens[end]!.text)) &&
    joinedLast(tokens, out) &&
    // (The "and" after a date the title left out, "two people [on Saturday] and two"; not a range,
    // "between 40 and 50".)
    skipped(end - 2) &&
    (end + 1 >= to || skipped(end + 1) || tokens[end + 1]!.pos === 'PUNCT')
  )
    out.length -= 2;
}

/**
 * "… and would not give | guarantees to lay down their arms": a bare verb after its modal or
 * negation, cut from its object, goes with them and the "and" before them.
 */
export function dropCutVerb(tokens: readonly Token[], out: number[]): void {
  const last = tokens[out.at(-1) ?? -1];
  const before = tokens[out.at(-2) ?? -1];
  if (
    last?.pos !== 'VERB' ||
    last.lemma !== last.text.toLowerCase() ||
    !/^(?:AUX|PART)$/.test(before?.pos ?? '') ||
    before?.text.toLowerCase() === 'to'
  )
    return;
  out.pop();
  while (out.length > 0 && /^(?:AUX|PART)$/.test(tokens[out.at(-1)!]!.pos)) out.pop();
  if (out.length > 0 && tokens[out.at(-1)!]!.pos === 'CCONJ') out.pop();
}

/**
 * "… calling for an end to the observer mission | and a halt [to all forms of co-operation]": a noun
 * joined by "and"/"or" that ends the kept words (`out`) while the sentence goes on with its "to",
 * "of" or "for" phrase is half a phrase, and goes with its conjunction.
 */
export function dropCutConjunctNoun(tokens: readonly Token[], out: number[]): void {
  const last = out.at(-1);
  if (
    last === undefined ||
    tokens[last]!.pos !== 'NOUN' ||
    !/^(?:to|of|for|on|against)$/i.test(tokens[last + 1]?.text ?? '')
  )
    return;
  let n = out.length - 2;
  while (n > 0 && /^(?:DET|ADJ)$/.test(tokens[out[n]!]!.pos) && out[n + 1] === out[n]! + 1) n--;
  if (n > 2 && tokens[out[n]!]!.pos === 'CCONJ' && out[n + 1] === out[n]! + 1) out.length = n;
}

/** Participles of saying that open words said ("…, adding that …"). */
const SAYING_PARTICIPLE =
  /^(?:adding|saying|noting|insisting|stressing|warning|explaining|arguing|claiming)$/i;

/**
 * Whether token `i` is a participle of saying before its "that" ("…, adding | that BP would …"); not
 * a noun the tagger took for a verb after its article or adjective ("a flood warning that …").
 */
function sayingParticipleAt(tokens: readonly Token[], i: number): boolean {
  return (
    tokens[i]?.pos === 'VERB' &&
    SAYING_PARTICIPLE.test(tokens[i]!.text) &&
    /^that$/i.test(tokens[i + 1]?.text ?? '') &&
    !/^(?:DET|ADJ|NOUN)$/.test(tokens[i - 1]?.pos ?? '')
  );
}

/**
 * "The woman showed first symptoms on Monday, …, | adding [that she was being held …]": a participle
 * of saying the title ends on, its words cut away, says nothing and goes (the trigger stays).
 */
export function dropCutSayingParticiple(tokens: readonly Token[], out: number[], trigger: number): void {
  const last = out.at(-1);
  if (last === undefined || last === trigger || out.length < 4 || !sayingParticipleAt(tokens, last)) return;
  out.pop();
  // ("joined several aid agencies in | saying that …": and the preposition it followed.)
  while (out.length > 1 && /^(?:PUNCT|ADP|SCONJ|CCONJ)$/.test(tokens[out.at(-1)!]!.pos)) out.pop();
}

/**
 * The participle of saying, before its "that", that opens words said between a sayer's cut ending
 * at token `after` and the words said starting at `before` ("announced the figures, | adding | that BP
 * would …"), or -1: a title joining the two keeps it, though a cut of the sayer alone leaves it out.
 */
export function sayingOpener(tokens: readonly Token[], after: number, before: number): number {
  for (let i = after + 1; i < before; i++) if (sayingParticipleAt(tokens, i)) return i;
  return -1;
}
