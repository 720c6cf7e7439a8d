import type { EventType } from '../model/chronology.ts';
import { canonicalActor } from './actors/findActors.ts';
import { clipPhrase } from './clipPhrase.ts';
import { findEventVerb } from './findEventVerb.ts';
import { AUXILIARIES, DETERMINERS, EVENT_NOUNS, EVENT_VERBS } from './lexicon.ts';
import { type Modality, verbModality } from './modality.ts';
import { nameAfterRole, subjectOf } from './subjectOf.ts';
import { capitalize, escapeRe, tokenize, words } from './tokenize.ts';

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
  /** Planned or hypothetical, read from the words before the event verb ("will meet"); absent for nouns. */
  readonly modality?: Modality;
}

const BOUNDARY =
  /[;:()–—]|,(?!\d{3})|\s(?:which|who|whom|that|during|after|while|when|where|because|although|despite|before|since|in order|saying|led by|but)\s/;
const LIGHT_VERBS = new Set(['launch', 'begin', 'start', 'conduct']);
const CIVILIANS =
  /\b(?:civilians?|protesters?|demonstrators?|people|children|women|worshippers|villagers|residents|students|journalists)\b/i;

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
  // A second verb after "and" starts another clause; an -ing word starts a modifier, unless it is the
  // verb of a progressive ("government forces were continuing their offensive").
  const and = /\s(?:and|but)\s(?!\p{Lu}|\d)/u.exec(o);
  if (cutAnd && and && words(o.slice(0, and.index)).length >= 2) o = o.slice(0, and.index);
  const ing =
    /\s(?:in (?:the )?areas? \p{Ll}+ing)|(?<!\b(?:was|were|is|are|be|been|am))\s\p{Ll}+ing (?=(?:the|a|an|its|their)\b)/u.exec(
      o,
    );
  if (ing && words(o.slice(0, ing.index)).length >= 2) o = o.slice(0, ing.index);
  return clipPhrase(o, n);
}

// Words that are no modifier of a noun: auxiliaries, modals, adverbs, a few finite verbs (not "renewed").
const VERBISH =
  /^(?:also|will|would|could|can|may|might|shall|should|must|has|have|had|is|are|was|were|been|held|made|took|gave|\p{Ll}+ly)$/u;

/** Verbs whose subject, with no object after them, is the victim: "Thirty people killed in Homs". */
const VICTIM_VERBS = new Set([
  'kill',
  'injure',
  'wound',
  'arrest',
  'detain',
  'kidnap',
  'abduct',
  'execute',
  'capture',
  'release',
  'free',
  'displace',
  'evacuate',
  'rescue',
  'torture',
  'jail',
  'sentence',
  'massacre',
]);

/** A count above one, in digits or words: a subject that ends in one is plural. */
const COUNT_WORD =
  /^(?:\d{1,3}(?:,\d{3})+|[2-9]|\d{2,}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen)$/i;

const IRREGULAR_PLURAL = /^(?:people|police|children|men|women|personnel|staff|cattle)$/;

function present(lemma: string, third: string, subject: string): string {
  const head = subject.split(
    /\s(?:of|to|in|for|from|with|close|near|loyal|linked|on|against|over|at|about|after)\s/,
  )[0]!;
  // "only 145", "more than 7,500 people", "the police": plural without a final "s".
  const plural =
    // "A number of countries withdraw": the quantity counts what follows.
    (/^(?:a\s+)?(?:number|majority|lot|couple)\s+of\s+\S+s\b/i.test(subject) ||
      /^(?:(?:only|about|at least|more than|over|nearly|almost|around|up to|as many as|fewer than|less than)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*|many|several|both|dozens|hundreds|thousands|tens|some)\b/i.test(
        head,
      ) ||
      // "Thirteen die", "rights groups say more than 7,000 die": a count ends the subject.
      COUNT_WORD.test(words(head).at(-1) ?? '') ||
      /(?:s|ies)$/i.test(words(head).at(-1) ?? '') ||
      /^(?:they|we|you)$/i.test(words(head).at(-1) ?? '') ||
      // "Save the Children" is a name: a capital counts only at the start.
      IRREGULAR_PLURAL.test(words(head).at(-1) ?? '') ||
      IRREGULAR_PLURAL.test(head.toLowerCase())) &&
    !/(?:ss|us|is|news|Nations|States|Emirates|Philippines)$/i.test(subject) &&
    !/^(?:it|he|she)$/i.test(subject) &&
    !/\bAgency$/.test(subject);
  if (lemma === 'say') return plural ? 'say' : 'says';
  return plural || /\band\b/.test(subject) ? lemma : third;
}

/**
 * Reads a clause as a headline. The event verb's subject is the first non-adverbial chunk before
 * it (named canonically: "the MoD" → "Ministry of Defense"); a passive with "by" swaps agent and
 * patient; with no event verb, the first event noun gives a nominal title ("Military defeat of …").
 */
export function analyzeClause(
  raw: string,
  opts: {
    skip?: readonly string[];
    subject?: string;
    finite?: boolean;
    verbal?: boolean;
    /** The clause is someone's reported words: "would" is a future seen from the past. */
    reported?: boolean;
  } = {},
): ClauseAnalysis | undefined {
  // Straight quotes glued to words (`deploy"every single resource"in`) read as spaces; length kept.
  const text = raw.replace(/["“”]/g, ' ');
  const verb = findEventVerb(text, { finite: opts.finite ?? false });
  if (verb) {
    const entry = EVENT_VERBS.get(verb.form)!;
    const before = text.slice(0, verb.start);
    const modality = verbModality(before, verb.form, { reported: opts.reported ?? false });
    const modal = modality ? { modality } : {};
    let after = text.slice(verb.end);
    for (const sk of opts.skip ?? [])
      after = after.replace(
        new RegExp(
          `(?:\\s(?:on|in|at|during|since|last|this|over|for|within|throughout))?\\s*${escapeRe(sk)}`,
        ),
        ' ',
      );
    const prevWord = /(\S+)\s+$/.exec(before)?.[1]?.toLowerCase() ?? '';
    // Regular and irregular participles: "killed", "taken", "shown", "found", "paid", "made", "begun", "hung".
    const participle = /(?:ed|en|wn|t|ld|ght|ck|nd|id|de|ne|un|ung)$/.test(verb.form);
    const passive = /^(?:was|were|been|being|be|is|are)$/.test(prevWord) && participle;
    // "dozens were reported killed", "have been reported killed": a hedge between the auxiliary and
    // the participle; the headline keeps the participle ("Dozens killed"), the event its type.
    const hedgedPassive =
      !passive &&
      participle &&
      /\b(?:was|were|been|being|be|is|are)\s+(?:(?:reported|said|believed|thought|feared|confirmed|known|understood|also|later|subsequently|all|\p{Ll}+ly)\s+){1,2}$/u.test(
        before,
      );
    // "More than 5,000 civilians killed since March": a headline's bare participle with no object
    // after it is a passive ("Rebels killed 30 soldiers" has one, and is active).
    const headlinePassive =
      !passive &&
      !hedgedPassive &&
      VICTIM_VERBS.has(entry.lemma) &&
      /ed$/.test(verb.form) &&
      !/\b(?:had|has|have|did|was|were|is|are|be|been)\s+$/i.test(before) &&
      /^\s*(?:$|[,.;:]|(?:in|on|at|since|near|during|after|across|over|when|while|throughout|around|every|overnight|today|yesterday|last|this|so\s+far)\b)/i.test(
        after,
      );
    let subject = subjectOf(
      before.replace(
        /\s(?:had|has|have|was|were|is|are|been|will|would)(?:\s+(?:been|not|previously|already|also))*\s*$/i,
        '',
      ),
      opts.skip,
    );
    // "BP said it had …": a pronoun stands for the subject the caller knows.
    if ((!subject || /^(?:it|they|he|she)$/i.test(subject)) && opts.subject) subject = opts.subject;
    const planned = modality === 'planned' && subject !== '';
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
          title: capitalize(
            clipPhrase(`${subject} ${planned ? 'to be ' : ''}${verb.form} ${objectOf(after, 7)}`, 12),
          ),
          head: entry.lemma,
          nominal: false,
          ...(subject ? { subject } : {}),
          ...modal,
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
        title: capitalize(`${subject} meets ${clipPhrase(meeting[1]!, 8)}`),
        head: 'meet',
        nominal: false,
        subject,
        ...modal,
      };
    }
    if (AUXILIARIES.has(entry.lemma)) return undefined;
    // "ExxonMobil spokeswoman Karen Matusic said …": a long speaker leaves no room for what was said.
    if (entry.type === 'statement' && subject.length + object.length > 56)
      subject = nameAfterRole(subject) ?? subject;
    // "Cameron to visit the US": how headlines announce what is planned.
    const verbText =
      hedgedPassive || headlinePassive
        ? verb.form
        : planned
          ? `to ${entry.lemma}`
          : present(entry.lemma, entry.third, subject);
    // "there was fighting near the cabinet office": the headline names the happening, "Fighting near …".
    const existential = /^there$/i.test(subject) && /ing$/.test(verb.form);
    const title = existential
      ? [verb.form, object].filter(Boolean).join(' ')
      : [subject, verbText, object].filter(Boolean).join(' ');
    return {
      type,
      title: capitalize(title),
      head: entry.lemma,
      nominal: false,
      ...(subject ? { subject } : {}),
      ...modal,
    };
  }
  if (opts.verbal) return undefined;
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => EVENT_NOUNS.has(t.w.toLowerCase()));
  if (i < 0) return undefined;
  const noun = tokens[i]!;
  // Up to two modifiers before the noun, stopping at determiners and prepositions, and, for a
  // headline, at a verb or an adverb ("Mr Annan will briefly visit", "also held talks").
  const modifiers = (headline: boolean): number => {
    let first = i;
    while (
      first > i - 2 &&
      first > 0 &&
      /^\p{Ll}+$/u.test(tokens[first - 1]!.w) &&
      !DETERMINERS.has(tokens[first - 1]!.w) &&
      !/^(?:in|on|at|by|for|with|despite|after|of|and|or|number)$/.test(tokens[first - 1]!.w) &&
      !(headline && VERBISH.test(tokens[first - 1]!.w))
    )
      first--;
    return first;
  };
  const build = (first: number): string => {
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
    if (toll) title = `${head} ${present('leave', 'leaves', head)} ${toll[1]}`;
    if (possessive && opts.subject) {
      const proper = /^\p{Lu}\S*\s+\p{Lu}/u.test(opts.subject) || canonicalActor(opts.subject) !== undefined;
      title = `${head} of ${proper ? opts.subject : `the ${opts.subject.charAt(0).toLowerCase()}${opts.subject.slice(1)}`}`;
    }
    for (const sk of opts.skip ?? []) title = title.replace(sk, ' ');
    return capitalize(clipPhrase(title, 14));
  };
  // Whether a nominal title is worth an event counts its words (`usable`): where leaving out a verb
  // would make it too short, the modifiers stay as they were read before.
  const clean = build(modifiers(true));
  const title = words(clean).length >= 3 ? clean : build(modifiers(false));
  const market = /\b(?:price|share|shares|stock|stocks|market|markets|oil|dollar|bond)\s+$/i.test(
    text.slice(0, noun.start),
  );
  return {
    type: market ? 'other' : EVENT_NOUNS.get(noun.w.toLowerCase())!,
    title,
    head: noun.w.toLowerCase(),
    nominal: true,
  };
}
