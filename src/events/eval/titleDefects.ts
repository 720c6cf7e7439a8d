import { MONTH_ABBREVIATION, MONTH_NAME, WEEKDAY_NAME } from '../../temporal/calendarNames.ts';
import { annotate, type Token } from '../nlp/annotate.ts';
import { escapeRe } from '../nlp/escapeRe.ts';
import { oneSideOfFrontedClause } from '../titles/frontedClauseSide.ts';
import { cutObject } from './cutObject.ts';
import { droppedNegation } from './droppedNegation.ts';
import { keptTokens } from './keptTokens.ts';
import { openNounPhrase } from './openNounPhrase.ts';
import { reducedRelative } from './reducedRelative.ts';
import { verblessComplement } from './verblessComplement.ts';

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** A kind of flaw a timeline label can have, as counted by `scripts/title-lint.ts`. */
export type TitleDefect =
  | 'trailing-function-word'
  | 'dangling-infinitive'
  | 'temporal-phrase'
  | 'cut-name'
  | 'cut-phrase'
  | 'too-short'
  | 'too-long'
  | 'unbalanced'
  | 'no-subject'
  | 'glued-words'
  | 'fused-clause'
  | 'half-pair'
  | 'gapped-clause'
  | 'verbless-complement'
  | 'open-noun-phrase'
  | 'dropped-negation'
  | 'reduced-relative'
  | 'cut-object';

/** Every defect, in the order the lint prints them. */
export const TITLE_DEFECTS: readonly TitleDefect[] = [
  'trailing-function-word',
  'dangling-infinitive',
  'temporal-phrase',
  'cut-name',
  'cut-phrase',
  'too-short',
  'too-long',
  'unbalanced',
  'no-subject',
  'glued-words',
  'fused-clause',
  'half-pair',
  'gapped-clause',
  'verbless-complement',
  'open-noun-phrase',
  'dropped-negation',
  'reduced-relative',
  'cut-object',
];

/** Words a headline cannot end on: articles, prepositions, conjunctions, auxiliaries, possessives. */
export const FUNCTION_WORD =
  /^(?:the|a|an|of|to|in|on|at|by|for|from|with|into|onto|over|under|after|before|against|between|about|than|as|and|or|nor|but|that|which|who|whom|whose|what|where|when|while|because|if|its|his|her|their|our|my|your|this|these|those|is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|should|shall|may|might|must|not|no|very|more|most|less|such|also|even|only|just|some|any|every|each|all|both|other|another|own|he|she|they|we|i|there|than|per|via|amid|among|despite|during|since|until|towards?|within|without|across|through|upon|like|said|says?)$/i;

// Verbs that need a complement: "to try", "to help" end nowhere.
const NEEDS_COMPLEMENT =
  /^(?:try|attempt|seek|help|allow|make|ensure|persuade|force|get|put|bring|give|take|find|keep|prevent|stop|use|provide|include|support|push|ask|urge|enable|let|want|need|decide|hope|offer|agree|promise|threaten|refuse|fail|manage|aim|tell|convince|encourage|require|press|pressure|send|raise|reach|consider|discuss|address|set|build|create|establish|launch|hold|secure)$/i;

const WEEKDAY = WEEKDAY_NAME;
const MONTH = `(?:${MONTH_NAME}|${MONTH_ABBREVIATION})\\.?`;
const UNIT = '(?:week|weekend|month|year|night|morning|afternoon|evening|spring|summer|autumn|fall|winter)';
/** A date phrase: the timeline shows the date, so a label need not repeat it. */
export const TEMPORAL_PHRASE = new RegExp(
  [
    `\\b${WEEKDAY}s?\\b(?!\\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Star)\\b)`,
    `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`,
    `\\b(?:in|since|by|until|from|during|of|early|late|mid-?)\\s+(?:${MONTH}\\s+)?(?:1[89]|20)\\d{2}\\b`,
    `\\b(?:in|since|by|until|from|during|early|late|mid-?)\\s+${MONTH}(?=\\s|$)`,
    `\\b(?:last|next|this|past|coming|previous|earlier this|later this)\\s+${UNIT}\\b`,
    '\\b(?:yesterday|today|tomorrow|tonight)\\b',
    '\\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\\d+)\\s+(?:days?|weeks?|months?|years?|hours?)\\s+(?:ago|earlier|later)\\b',
    '\\b(?:earlier|later) (?:on|in) the (?:day|week|month|year)\\b',
  ].join('|'),
  'i',
);

// A title word that continues a name in the sentence: "Brigadier Dr", "co-operate with Mr".
const HONORIFIC =
  /^(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Prof|Sen|Rep|Gov|St|President|Minister|Secretary|Prime|General|Brigadier|Colonel|King|Queen|Prince|Sheikh|Sheik|Pope|Ambassador|Judge|Senator|Governor|Mayor|Foreign|Deputy|Vice)$/;

// A title that opens with its verb ("Begins a year ago", "Fought wars") has lost its subject; the
// NLP library tells a verb ("Attacks the base") from a noun ("Attacks on the base").
function startsWithVerb(w: readonly string[]): boolean {
  const first = annotate(w.join(' ')).tokens[0];
  return first !== undefined && (first.pos === 'VERB' || first.pos === 'AUX');
}

// Modifiers that need their noun: "a senior", "a peaceful", "wide-ranging".
const MODIFIER =
  /^(?:\p{Ll}+(?:ful|ical|ic|ive|ous|ian|ese|ary|ern|ior)|\p{Ll}+-\p{Ll}+|new|old|top|former|strong|key|major|large|small|big|high|low|full|further|fresh|first|second|third|latest|several|many|few|other|main|senior|joint|possible|peaceful|political|national|international|military|civil|total|special|general|armed|rebel)$/u;

function cutPhrase(title: string, last: string, sentence: string): boolean {
  if (!MODIFIER.test(last)) return false;
  const next = nextWord(title, sentence);
  return /^\p{Ll}[\p{Ll}-]*$/u.test(next) && !FUNCTION_WORD.test(next);
}

// The word after the title's last two words where the sentence has them.
function nextWord(title: string, sentence: string): string {
  const tail = words(title)
    .slice(-2)
    .join(' ')
    .replace(/[.,;:]+$/, '');
  const at = sentence.indexOf(tail);
  return at < 0 ? '' : (/^\s+([^\s,.;:!?"”]+)/.exec(sentence.slice(at + tail.length))?.[1] ?? '');
}

/**
 * The defects of one title. The sentence it came from, when given, lets the lint see a name cut
 * short ("Mr" followed by "Annan" in the sentence) and words glued by dropped quotes.
 */
export function titleDefects(title: string, sentence?: string): TitleDefect[] {
  const out: TitleDefect[] = [];
  const w = words(title.replace(/[.,;:!?]+$/, ''));
  const last = (w.at(-1) ?? '').replace(/[”"’')\]]+$/, '');
  if (FUNCTION_WORD.test(last)) out.push('trailing-function-word');
  if (
    (/^to$/i.test(w.at(-2) ?? '') && NEEDS_COMPLEMENT.test(last)) ||
    (/^(?:can|could|would|will|should|must|may|might|not)$/i.test(w.at(-2) ?? '') &&
      NEEDS_COMPLEMENT.test(last))
  )
    out.push('dangling-infinitive');
  if (TEMPORAL_PHRASE.test(title)) out.push('temporal-phrase');
  if (HONORIFIC.test(last) || (sentence !== undefined && continuesName(title, last, sentence)))
    out.push('cut-name');
  if (w.length < 3) out.push('too-short');
  if (w.length > 12) out.push('too-long');
  if (!balanced(title)) out.push('unbalanced');
  if (sentence !== undefined && cutPhrase(title, last, sentence)) out.push('cut-phrase');
  if (startsWithVerb(w)) out.push('no-subject');
  if (sentence !== undefined && glued(w, sentence)) out.push('glued-words');
  if (sentence !== undefined && fusedClause(w, sentence)) out.push('fused-clause');
  if (sentence !== undefined && halfPair(title, w, sentence)) out.push('half-pair');
  if (sentence !== undefined && gappedClause(w, sentence)) out.push('gapped-clause');
  if (sentence !== undefined && complementWithoutVerb(w, sentence)) out.push('verbless-complement');
  if (sentence !== undefined && endsInNounPhrase(w, sentence)) out.push('open-noun-phrase');
  if (sentence !== undefined && readsTokens(w, sentence, droppedNegation)) out.push('dropped-negation');
  if (sentence !== undefined && readsTokens(w, sentence, reducedRelative)) out.push('reduced-relative');
  if (sentence !== undefined && readsTokens(w, sentence, cutObject)) out.push('cut-object');
  return out;
}

function continuesName(title: string, last: string, sentence: string): boolean {
  if (!/^\p{Lu}[\p{L}.'’-]*$/u.test(last)) return false;
  // The title's end as written in the sentence, followed by another capitalized word.
  const next = nextWord(title, sentence);
  return /^\p{Lu}\p{Ll}/u.test(next) && !/^(?:The|A|An|He|She|It|They|But|And)$/.test(next);
}

function balanced(title: string): boolean {
  const count = (re: RegExp) => (title.match(re) ?? []).length;
  return (
    count(/\(/g) === count(/\)/g) &&
    count(/\[/g) === count(/\]/g) &&
    count(/"/g) % 2 === 0 &&
    count(/“/g) === count(/”/g)
  );
}

// "blamedarmed groupsfor": quotes glued to words were dropped instead of read as spaces.
function glued(w: readonly string[], sentence: string): boolean {
  const spaced = ` ${sentence.replace(/["“”]/g, ' ').toLowerCase()} `;
  const joined = ` ${sentence.replace(/["“”]/g, '').toLowerCase()} `;
  return w.some((x) => {
    const t = x.toLowerCase().replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
    if (t.length <= 4) return false;
    const whole = new RegExp(`[^\\p{L}]${escapeRe(t)}[^\\p{L}]`, 'u');
    return whole.test(joined) && !whole.test(spaced);
  });
}

/**
 * "The deal … was announced BP set …" from "When the deal … was announced in 2007, BP set …": the
 * title holds words of a fronted clause and of the main clause after its comma, but not the word
 * that opens the fronted clause. The title's words are read as the sentence's tokens
 * (`keptTokens`), and the cut's own rule (`oneSideOfFrontedClause`) says whether they fuse two
 * clauses, so lint and cut cannot disagree.
 */
function fusedClause(w: readonly string[], sentence: string): boolean {
  const { tokens } = annotate(sentence);
  const kept = keptTokens(w, sentence, tokens);
  // (No trigger: either side left alone differs from `kept` just the same.)
  return kept !== undefined && oneSideOfFrontedClause(tokens, kept, -1) !== kept;
}

/** A verb of saying kept with words of its complement but none of the complement's finite verbs. */
function complementWithoutVerb(w: readonly string[], sentence: string): boolean {
  const { tokens } = annotate(sentence);
  const kept = keptTokens(w, sentence, tokens);
  return kept !== undefined && verblessComplement(tokens, kept);
}

/** A title that ends inside a noun phrase whose head the sentence goes on with (`openNounPhrase`). */
function endsInNounPhrase(w: readonly string[], sentence: string): boolean {
  const { tokens } = annotate(sentence);
  const kept = keptTokens(w, sentence, tokens);
  return kept !== undefined && openNounPhrase(tokens, kept);
}

/** Whether `test` holds of the title's words read as the sentence's tokens (`keptTokens`). */
function readsTokens(
  w: readonly string[],
  sentence: string,
  test: (tokens: readonly Token[], kept: readonly number[]) => boolean,
): boolean {
  const { tokens } = annotate(sentence);
  const kept = keptTokens(w, sentence, tokens);
  return kept !== undefined && kept.length > 0 && test(tokens, kept);
}

/**
 * "The weekend's league matches in both Guadalajara" (the sentence goes on "and San Luis"), "…
 * grown about 50% from 10 May" ("to late yesterday"): a title that ends on the first half of a
 * "both/between … and" or "from … to" pair, the second half cut.
 */
function halfPair(title: string, w: readonly string[], sentence: string): boolean {
  const open = w.findLastIndex((x) => /^(?:both|between|from)$/i.test(x));
  if (open < 0 || open === w.length - 1 || w.length - open > 5) return false;
  if (w.slice(open + 1).some((x) => FUNCTION_WORD.test(x) && !/^(?:the|a|an)$/i.test(x))) return false;
  const next = nextWord(title, sentence).toLowerCase();
  if (next !== (/^from$/i.test(w[open]!) ? 'to' : 'and')) return false;
  // (The half a noun phrase: not "from the earthquake rose", "calls from politicians | to halt …".)
  const half = annotate(w.slice(open + 1).join(' ')).tokens;
  const tail = words(title).slice(-2).join(' ');
  const at = sentence.lastIndexOf(tail);
  if (at < 0) return false;
  const after = sentence.slice(at + tail.length);
  return (
    half.every((t) => /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos)) &&
    /^\s+(?:and|to)\s+(?:(?:the|a|an)\b|\d|\p{Lu})/u.test(after)
  );
}

/**
 * "The World Health Organisation warned has the potential …" (from "the virus which the World Health
 * Organisation warned has …"): a title that opens right after a relative pronoun, not at its
 * antecedent, is a relative clause titled alone: the pronoun stood for a word its verb lacks. (A title
 * of a clause whose pronoun is its subject opens at the antecedent; "in which" leaves no gap.)
 */
function gappedClause(w: readonly string[], sentence: string): boolean {
  if (w.length < 2) return false;
  const head = `${w[0]!} ${w[1]!}`;
  const at = sentence.search(new RegExp(`\\b${escapeRe(head)}\\b`, 'i'));
  if (at <= 0) return false;
  const before = words(sentence.slice(0, at));
  // (The clause's own subject opens the title, as written: not "[who] chairs the subcommittee".)
  const opener = sentence.slice(at).split(/\s+/)[0] ?? '';
  return (
    /^(?:(?:the|a|an|this|these|those|his|her|its|their|our|he|she|it|they|we|i|you)$|\p{Lu})/u.test(
      opener,
    ) &&
    /^(?:which|whom|who)$/i.test(before.at(-1) ?? '') &&
    !/^(?:in|on|at|by|for|from|with|of|to|under|through|during)$/i.test(before.at(-2) ?? '')
  );
}
