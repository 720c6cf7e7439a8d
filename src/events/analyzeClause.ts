import type { EventType } from '../model/chronology.ts';
import { canonicalActor } from './actors/findActors.ts';
import { AUXILIARIES, EVENT_NOUNS, EVENT_VERBS, OPINION_VERBS, REPORTING_VERBS } from './lexicon.ts';

/** What a clause says happened: its event verb (or noun), who did it, to what, as a headline. */
export interface ClauseAnalysis {
  readonly type: EventType;
  /** Headline in the present tense: "Government launches a military combing campaign". */
  readonly title: string;
  /** The lemma of the event verb, or the event noun, that the title was built on. */
  readonly head: string;
  readonly nominal: boolean;
  /** Who did it, when the clause names someone (absent for a subjectless verb). */
  readonly subject?: string;
}

interface Token {
  readonly w: string;
  readonly start: number;
  readonly end: number;
}

const DETERMINERS = new Set('the a an its his her their this that these those of to our my your'.split(' '));
const LEADING_ADVERBIAL =
  /^(?:since|yesterday|today|on|in|at(?! least)|during|following|after|before|meanwhile|from|with|last|earlier|later|however|but|and|also|then|according|despite|while|when|as|it is noteworthy|(?:\S+ )?(?:hours|days|weeks|months|years|moments|minutes) (?:later|earlier|ago)$)\b/i;
// Adverbial subordinators: a verb after one has its own subject ("… since a rig leased by BP exploded").
const SUBORDINATOR =
  /(?:^|\s)(?:since|because|after|when|whenever|while|although|though|until|once|if|unless|whereas|as(?=\s+\p{Lu}))\s+(?!the (?:day|week|month|year|start|beginning|end)\b)/giu;
/** Words before a verb that make it hypothetical or not (yet) a happening. */
const MODAL = /^(?:would|could|might|may|should|must|can|cannot|to|shall|ought)$/;
const CAUSATIVE =
  /^(?:prompted|forced|caused|pushed|led|began|begun|started|decided|agreed|voted|moved|ordered|managed|continued|rushed)$/;
const BOUNDARY =
  /[;:()–—]|,(?!\d{3})|\s(?:which|who|whom|that|during|after|while|when|where|because|although|despite|before|since|in order|saying|led by|but)\s/;
const LIGHT_VERBS = new Set(['launch', 'begin', 'start', 'conduct']);
const CIVILIANS =
  /\b(?:civilians?|protesters?|demonstrators?|people|children|women|worshippers|villagers|residents|students|journalists)\b/i;

function tokenize(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\d][\p{L}\d'’.-]*/gu)].map((m) => ({
    w: m[0].replace(/[.]+$/, ''),
    start: m.index,
    end: m.index + m[0].replace(/[.]+$/, '').length,
  }));
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Trims a phrase to its first `n` words at a natural break, without dangling function words. */
function clip(phrase: string, n: number): string {
  let w = words(phrase.replace(/["“”]/g, '')).slice(0, n);
  while (
    w.length > 0 &&
    /^(?:the|a|an|of|to|in|on|and|or|for|with|by|from|its|his|their|at|as|what|it|him|her|them|that|which|linked|affiliated|belonging|led|loyal|close)$/i.test(
      w[w.length - 1]!,
    )
  ) {
    w = w.slice(0, -1);
  }
  return w.join(' ');
}

/** The subject: the first chunk before the verb that is not an adverbial, named canonically. */
export function subjectOf(before: string, skip: readonly string[] = []): string {
  let text = before;
  // "Obama on Sunday defended": the preposition of a removed date goes with it.
  for (const s of skip)
    text = text.replace(
      new RegExp(`(?:\\s(?:on|in|at|last|this|by|during|late|early))?\\s*${escapeRe(s)}`),
      ' ',
    );
  // Page furniture: "Wednesday 17 June 2009 15.39 BST Government officials …".
  const stamp = [
    ...text.matchAll(/\d{1,2}[.:]\d{2}\s*(?:BST|GMT|EDT|EST|CET|UTC|am|pm|a\.m\.|p\.m\.)?\s/gi),
  ].at(-1);
  if (stamp) text = text.slice(stamp.index + stamp[0].length);
  // The subject of a verb in an adverbial clause starts after its subordinator ("… since a rig exploded").
  // A subordinate clause closed by a comma ("while the elections are …, opposition parties have") is
  // not the subject either: the main clause starts after the comma.
  const sub = [...text.matchAll(SUBORDINATOR)].at(-1);
  if (sub) {
    const rest = text.slice(sub.index + sub[0].length);
    const comma = /,(?!\d{3})\s*(?=\S)/.exec(rest);
    if (comma) text = rest.slice(comma.index + comma[0].length);
    // "Mexico City has closed schools until further notice, suspended …": the verb shares the main subject.
    else if (/,\s*$/.test(rest)) text = text.slice(0, sub.index);
    else if (sub.index > 0 && words(rest).length > 0) text = rest;
  }
  // "On Thursday BP said": with the date taken out, the adverbial leaves the subject behind.
  text = text.replace(
    /^\s*(?:On|on|In|in|At|at|By|by|Last|last|Earlier|earlier|Later|later)\s{2,}(?=\p{Lu})/u,
    '',
  );
  const raw = text.split(/,(?!\d{3})|[;:]|\s[–—-]\s/).map((c) => c.trim());
  const chunks = raw.filter(
    (c, i) =>
      c.length > 0 &&
      !LEADING_ADVERBIAL.test(c) &&
      !/^(?:led by|one of|in which|who|which|whose|a former)\b/i.test(c) &&
      // "Speaking at a Senate hearing, Overton …", "In announcing its downgrading, Moody's …".
      !/^(?:(?:[Ii]n|[Ww]hile|[Aa]fter|[Ww]hen|[Bb]efore) )?(?:\p{Ll}+ing|Speaking|Writing|Announcing|Testifying|Responding|Commenting|Addressing|Citing|Referring|Reacting|Describing|Explaining|Visiting|Meeting|Appearing|Arriving|Returning|Having|Being)\b/u.test(
        c,
      ) &&
      // "X, the leader of Y, said": the apposition after a name renames it.
      !(
        i > 0 &&
        /^(?:the|a|an|his|her|its|their)\s+\p{Ll}/u.test(c) &&
        /^\p{Lu}/u.test(raw[i - 1] ?? '') &&
        !LEADING_ADVERBIAL.test(raw[i - 1] ?? '')
      ),
  );
  let subject = chunks[0] ?? '';
  // "Florida's senator, Bill Nelson, said", "Obama's point man, coastguard commander Thad Allen, told":
  // the name in the apposition says who, shortly.
  const named = chunks
    .slice(1)
    .map((c) => /^(?:\p{Ll}+\s+){0,3}((?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’.-]+)$/u.exec(c)?.[1])
    .find(Boolean);
  if (
    named &&
    /['’]s\b|\b(?:senator|spokes\w+|minister|chief|official|chairman|chairwoman|commander|head|director|leader|secretary|envoy|analyst|correspondent|man|woman|administrator|president|governor)\b/i.test(
      subject,
    )
  )
    subject = named;
  // "… in Houma, Louisiana, Feinberg stressed": a lone place name after a place is not the subject.
  if (
    chunks.length > 1 &&
    /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?$/u.test(subject) &&
    /\p{Lu}\p{Ll}+$/u.test(raw[raw.indexOf(subject) - 1] ?? '') &&
    raw.indexOf(subject) > 0
  )
    subject = chunks[1]!;
  // "…, a storm that in 2005 killed": a verb in a relative clause has the antecedent for subject.
  const last = raw.filter((c) => c.length > 0).at(-1) ?? '';
  const relative = /^(.+?)\s+(?:that|which|who)\s+(?:\S+\s+){0,4}$/.exec(`${last} `);
  if (relative && last !== chunks[0] && !LEADING_ADVERBIAL.test(last)) subject = relative[1]!;
  subject = subject.replace(/^(?:and|but|then|also)\s+/i, '');
  // "… show a military convoy heading", "prompted the government to tighten": the real subject follows.
  const inner =
    /\b(?:shows?|showed|showing|witnessed|saw|prompted|forced|caused|pushed|allowed)\s+(.+?)(?:\s+to)?$/.exec(
      subject,
    );
  if (inner) subject = inner[1]!;
  subject = subject.split(/\s(?:who|which|that|whom|is|are|was|were|has|have|had)\s/)[0]!;
  subject = subject.replace(
    /\s+(?:previously|also|reportedly|now|already|then|later|still|have|has|had|was|were|is|are)$/i,
    '',
  );
  // "Barack Obama opened up US waters …, but suspended": a name then a verb of its own ends the subject.
  subject = subject.replace(/^((?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*)\s+\p{Ll}+ed\b.*$/u, '$1');
  const bare = subject.replace(/^(?:the|a|an|some)\s+(?:official\s+)?/i, '');
  const w = words(bare);
  // A known actor at the end of the subject names it ("2nd Deputy PM Abdul Salam Hanafi").
  for (let i = 0; i < w.length; i++) {
    const canonical = canonicalActor(w.slice(i).join(' '));
    if (!canonical) continue;
    if (i === 0 || /^\p{Lu}/u.test(w[i - 1] ?? '') || /^(?:official|Afghan)$/.test(w[i - 1] ?? ''))
      return canonical.name;
    break;
  }
  return clip(bare, 7);
}

/** The object: the words after the verb up to the next clause boundary. */
function objectOf(raw: string, n = 10, cutAnd = true): string {
  // "pledged during a visit to Mississippi on Friday to pay claims": the complement says what.
  const complement = /^\s*(?:during|on|in|at|after|before|last|this|while)\b[^,;]*?\s(to \p{Ll}+\b.*)$/u.exec(
    raw,
  );
  const after = complement ? ` ${complement[1]!}` : raw;
  const cut = BOUNDARY.exec(after);
  let o = (cut ? after.slice(0, cut.index) : after).trim();
  o = o.replace(
    /\b(?:a number of )?what (?:it|he|she|they) (?:described as|calls?|called|said (?:were|was))\s+/g,
    '',
  );
  // A second verb after "and" starts another clause; an -ing word starts a modifier.
  const and = /\s(?:and|but)\s(?!\p{Lu}|\d)/u.exec(o);
  if (cutAnd && and && words(o.slice(0, and.index)).length >= 2) o = o.slice(0, and.index);
  const ing =
    /\s(?:in (?:the )?areas? \p{Ll}+ing|(?<!\b(?:was|were|is|are|be|been|am))\s?\p{Ll}+ing (?=the|a|an|its|their)\b)/u.exec(
      o,
    );
  if (ing && words(o.slice(0, ing.index)).length >= 2) o = o.slice(0, ing.index);
  return clip(o, n);
}

function present(lemma: string, third: string, subject: string): string {
  const head = subject.split(/\s(?:of|to|in|for|from|with|close|near|loyal|linked|on)\s/)[0]!;
  const plural =
    (/^(?:two|three|four|five|six|seven|eight|nine|ten|\d+|many|several|both|dozens|hundreds|thousands|tens|some)\b/i.test(
      head,
    ) ||
      /(?:s|ies)$/i.test(words(head).at(-1) ?? '')) &&
    !/(?:ss|us|is|news|Nations|States|Emirates|Philippines)$/i.test(subject) &&
    !/\bAgency$/.test(subject);
  if (lemma === 'say') return plural ? 'say' : 'says';
  return plural || /\band\b/.test(subject) ? lemma : third;
}

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

/**
 * Reads a clause as a headline. The event verb's subject is the first non-adverbial chunk before
 * it (named canonically: "the MoD" → "Ministry of Defense"); a passive with "by" swaps agent and
 * patient; with no event verb, the first event noun gives a nominal title ("Military defeat of …").
 */
export function analyzeClause(
  raw: string,
  opts: { skip?: readonly string[]; subject?: string; finite?: boolean; verbal?: boolean } = {},
): ClauseAnalysis | undefined {
  // Straight quotes glued to words (`deploy"every single resource"in`) read as spaces; length kept.
  const text = raw.replace(/["“”]/g, ' ');
  const verb = findEventVerb(text, { finite: opts.finite ?? false });
  if (verb) {
    const entry = EVENT_VERBS.get(verb.form)!;
    const before = text.slice(0, verb.start);
    let after = text.slice(verb.end);
    for (const sk of opts.skip ?? [])
      after = after.replace(
        new RegExp(`(?:\\s(?:on|in|at|during|since|last|this))?\\s*${escapeRe(sk)}`),
        ' ',
      );
    const prevWord = /(\S+)\s+$/.exec(before)?.[1]?.toLowerCase() ?? '';
    const passive =
      /^(?:was|were|been|being|be|is|are)$/.test(prevWord) && /(?:ed|en|wn|t|ld|ght|ck)$/.test(verb.form);
    let subject = subjectOf(
      before.replace(
        /\s(?:had|has|have|was|were|is|are|been|will|would)(?:\s+(?:been|not|previously|already|also))*\s*$/i,
        '',
      ),
      opts.skip,
    );
    if (!subject && opts.subject) subject = opts.subject;
    let object = objectOf(after);
    let type = entry.type;
    if (passive) {
      const agent = /^\s*by\s+([^,;.]+)/.exec(after);
      if (agent) {
        const agentName = subjectOf(agent[1]!.split(/\s(?:calling|who|which|to)\s/)[0]!);
        object = subject
          ? `${/^\p{Lu}{2}/u.test(subject) ? subject : subject.charAt(0).toLowerCase() + subject.slice(1)}`
          : '';
        subject = agentName;
      } else {
        return {
          type,
          title: capitalize(clip(`${subject} ${verb.form} ${objectOf(after, 5)}`, 12)),
          head: entry.lemma,
          nominal: false,
          ...(subject ? { subject } : {}),
        };
      }
    }
    const objectNoun = words(object).find((w) => EVENT_NOUNS.has(w.toLowerCase()));
    if (LIGHT_VERBS.has(entry.lemma) && objectNoun) type = EVENT_NOUNS.get(objectNoun.toLowerCase())!;
    if (entry.lemma === 'kill' && CIVILIANS.test(object)) type = 'violence-against-civilians';
    // "a bomb killed 26": the weapon decides the type; "fought to contain the slick": no armed clash.
    if (
      entry.type === 'battle' &&
      /\b(?:explosion|blast|bomb|bombing|car bomb|suicide bomber|shell|rocket|missile|airstrike)s?\b/i.test(
        subject,
      )
    )
      type = 'explosion';
    if (
      entry.type === 'battle' &&
      /\b(?:oil|spill|slick|leak|fire|blaze|flu|virus|disease|outbreak|flood|drought|cancer|charges?|lawsuit|ruling|claims?)\b/i.test(
        object,
      )
    )
      type = 'other';
    if (
      entry.lemma === 'kill' &&
      /\b(?:flu|virus|disease|outbreak|heat|storm|quake|earthquake|flood)\b/i.test(subject)
    )
      type = 'other';
    if (/\b(?:online|media|vaccination|advertising|awareness)\s+campaign/i.test(object)) type = 'other';
    const meeting = /\bin a meeting with ([^,]+),/i.exec(before);
    if (meeting && subject) {
      return {
        type: 'meeting',
        title: capitalize(`${subject} meets ${clip(meeting[1]!, 8)}`),
        head: 'meet',
        nominal: false,
        subject,
      };
    }
    if (AUXILIARIES.has(entry.lemma)) return undefined;
    const verbText = present(entry.lemma, entry.third, subject);
    const title = [subject, verbText, object].filter(Boolean).join(' ');
    return {
      type,
      title: capitalize(title),
      head: entry.lemma,
      nominal: false,
      ...(subject ? { subject } : {}),
    };
  }
  if (opts.verbal) return undefined;
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => EVENT_NOUNS.has(t.w.toLowerCase()));
  if (i < 0) return undefined;
  const noun = tokens[i]!;
  // Up to two modifiers before the noun, stopping at determiners and prepositions.
  let first = i;
  while (
    first > i - 2 &&
    first > 0 &&
    /^\p{Ll}+$/u.test(tokens[first - 1]!.w) &&
    !DETERMINERS.has(tokens[first - 1]!.w) &&
    !/^(?:in|on|at|by|for|with|despite|after|of|and|or|number)$/.test(tokens[first - 1]!.w)
  )
    first--;
  const possessive = /^(?:its|their|his|her)$/i.test(tokens[first - 1]?.w ?? '');
  const head = text.slice(tokens[first]!.start, noun.end);
  // "the spill on BP's finances would be mitigated": the noun phrase ends where a verb group starts.
  const rest = objectOf(
    text.slice(noun.end).split(/\s(?:would|will|was|were|is|are|has|have|had|could|may|might|can)\s/)[0]!,
    12,
    false,
  );
  let title = `${head}${/^(?:of|in|against|between|on|at|by)\b/.test(rest) ? ` ${rest}` : ''}`;
  const toll =
    /^\s*that (?:have |had )?left ((?:\S+ ){1,3}?(?:dead|killed)(?: and (?:wounded|injured))?)/.exec(
      text.slice(noun.end),
    );
  if (toll) title = `${head} leave ${toll[1]}`;
  if (possessive && opts.subject) {
    const proper = /^\p{Lu}\S*\s+\p{Lu}/u.test(opts.subject) || canonicalActor(opts.subject) !== undefined;
    title = `${head} of ${proper ? opts.subject : `the ${opts.subject.charAt(0).toLowerCase()}${opts.subject.slice(1)}`}`;
  }
  for (const sk of opts.skip ?? []) title = title.replace(sk, ' ');
  const market = /\b(?:price|share|shares|stock|stocks|market|markets|oil|dollar|bond)\s+$/i.test(
    text.slice(0, noun.start),
  );
  return {
    type: market ? 'other' : EVENT_NOUNS.get(noun.w.toLowerCase())!,
    title: capitalize(clip(title, 14)),
    head: noun.w.toLowerCase(),
    nominal: true,
  };
}

/** The comma/conjunction-delimited chunk of a sentence around a span. */
export function chunkAround(
  text: string,
  start: number,
  end: number,
): { start: number; end: number; text: string } {
  const left = text.slice(0, start);
  const cuts = [...left.matchAll(/[,;(]\s*|\s(?:despite|after|before|following|while|and|but)\s/g)];
  const s = cuts.length > 0 ? cuts[cuts.length - 1]!.index! : 0;
  const right = /[,;)]|\s(?:and|but|while|which)\s/.exec(text.slice(end));
  const e = right ? end + right.index : text.length;
  return { start: s, end: e, text: text.slice(s, e) };
}
