import { sinceBefore } from './cues.ts';
import { sentenceAround } from './sentenceAround.ts';

/** Grammatical time of the clause around an expression, as far as cheap cues can tell. */
export type Tense = 'past' | 'present' | 'future' | 'unknown';

const words = (list: string) => new Set(list.split(' '));

/** "would" is future-in-the-past ("said it would vote on March 5"): in news it points after the report. */
const FUTURE_MODALS = words("will shall would 'll ’ll won't won’t wo");
/** Auxiliaries that join a verb group without dating it ("could arrive", "may be held"). */
const OTHER_MODALS = words('can ca could may might must should');
/**
 * Modals of possibility and expectation: "the storm could reach the coast by Saturday", "it should
 * be on the seabed by Saturday" look ahead like "will" when they come before the date, head their
 * group (no finite verb after them: "how projects should be reviewed was addressed Wednesday") and
 * no "after" or "following" stands between ("could increase following the release of a video on
 * Saturday"); not negated ("could not be reached on Friday", a past inability) nor perfect ("may
 * have reached", "could've"), which look back. After the date ("the killing on Sunday could hardly
 * pass") the date modifies the subject, not the modal's verb. ("can" tells a habit or an ability
 * now, "must" an obligation or a deduction: neither dates.)
 */
const LOOKING_MODALS = words('could may might should');
const MODAL_BACK = words("not n't have 've ’ve");
/** Negators before a modal, in its clause: "Neither he nor his family could be located Wednesday". */
const NEGATORS = words('neither nor no none nobody never');

/** Whether a negator stands among the few words before the modal at `i`, no punctuation between. */
function negatedBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const w = (tokens[k] as Token).lower;
    if (!/^['’]?[a-z]/.test(w)) return false;
    if (NEGATORS.has(w)) return true;
  }
  return false;
}
const PAST_AUX = words('was were did');
const PRESENT_AUX = words("is are am has have does do says 're ’re 'm ’m 've ’ve");
const HAVE = words("has have 've ’ve");
/** Plans, schedules and terms: the date is when the planned thing happens. */
const INTENT = words(
  'scheduled slated due expected planned planning payable expire expires effective upcoming next',
);
/** Intent only before "to" ("plans to", "set to", "likely to"); otherwise nouns or plain verbs. */
const INTENT_BEFORE_TO = words('plan plans going likely supposed set');
/** Past forms of intent words: planned as of a past day when the date comes first. */
const INTENT_PAST = words('scheduled slated expected planned');
const PAST_WORDS = words(
  'said told began held met took came went left fell rose found made gave saw won lost struck fought broke sent ' +
    'spent led became brought built caught chose drove flew got grew kept knew paid ran sold shot stood threw wrote ' +
    'fled hit quit seized bought sought thought taught felt heard ago earlier last',
);
/**
 * Present forms of verbs of scheduled events: with no auxiliary they are the futurate present
 * of news ("Arafat and Netanyahu meet Monday", "the talks resume Friday").
 */
const FUTURATE = words(
  'meet meets visit visits arrive arrives leave leaves depart departs begin begins start starts open opens ' +
    'close closes resume resumes vote votes return returns travel travels fly flies convene convenes ' +
    'testify testifies',
);
/** Words that keep a verb group together: "had been due to expire", "will also be paid". */
const GLUE = words(
  "been be being to not n't never previously already also still just originally initially now reportedly " +
    'apparently finally again then soon only even',
);
/** Glue words that close the look-back for a verb's auxiliary. */
const AUXILIARY_GLUE = words("to not n't be been being");
/** Words ending in -ly that are not adverbs. */
const NOT_ADVERBS = words('family rally supply reply assembly ally italy july');
/** Before these a participle is an adjective ("the increased dividend") and a verb a noun ("the vote"). */
const DETERMINERS = words(
  'the a an its their his her our my your this these those each every whose some any no another of for on in at',
);
/** Words in -ed that are not past tenses. */
export const NOT_PAST =
  /(?:ceed|need|feed|speed|breed|bleed|heed|seed|deed|hundred|sacred|naked|wicked|kindred)$/;
/** Verbs whose "until"/"to"/"by" date lies ahead: "extended its deadline until Tuesday". */
const FORWARD =
  /^(?:extend|postpon|delay|defer|adjourn|recess|resched|push|put|gave$|give|grant|moved$|deadline)/;
const DEADLINE_PREPOSITIONS = words('until till by to');
const SUBORDINATORS = words('once when until before after');
/** Between a modal and a date, these give the date to a happening before the modal's: "could rise following the vote on Friday". */
const ANTERIOR = words('after following since');
/** Extra distance for a cue across a comma, a clause break, a coordination or a quotation mark. */
const PENALTY: Readonly<Record<string, number>> = { ',': 25, ';': 60, ':': 60, '--': 60, '—': 60, '–': 60 };
const COORDINATION_PENALTY = 100;
/** After the expression, a verb past these is in another clause: "Friday, if tests scheduled …". */
const CLAUSE_OPENERS = words(
  'and but if when because although though while unless whereas that which who where',
);
const CLAUSE_PENALTY = 60;
const PRONOUNS = words('i we you they he she it who which that');
const QUOTE_PENALTY = 150;
const QUOTES = words("`` '' \" “ ”");

interface Token {
  readonly word: string;
  readonly lower: string;
  readonly at: number;
  readonly end: number;
}

/** Stands for the expression between the two sides. */
const EXPRESSION: Token = { word: '#', lower: '#', at: -1, end: -1 };

const TOKEN = /``|''|--|[A-Za-z]+(?:-[A-Za-z]+)*|['’][A-Za-z]+|[,;:"“”—–]/g;

/** Words, contractions and clause punctuation of text[from, to). */
function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let at = from + m.index;
    let word = m[0];
    // Contractions split as in the Penn Treebank: "he'll" → he 'll, "won't" → wo n't.
    const last = out[out.length - 1];
    if ((word === "'t" || word === '’t') && last?.end === at && /n$/i.test(last.word)) {
      const stem = last.word.slice(0, -1);
      out[out.length - 1] = { word: stem, lower: stem.toLowerCase(), at: last.at, end: last.end - 1 };
      at -= 1;
      word = `n${word}`;
    }
    out.push({ word, lower: word.toLowerCase(), at, end: at + word.length });
  }
  return out;
}

type Role =
  | 'modal'
  | 'possible'
  | 'perfect'
  | 'intent'
  | 'intentPast'
  | 'futurate'
  | 'past'
  | 'pastAux'
  | 'present'
  | 'glue'
  | 'other';

/** Every word that can take part in a verb group besides "-ed" and "-ly" forms: others are skipped at once. */
const LEXICON = new Set(
  [
    FUTURE_MODALS,
    OTHER_MODALS,
    PAST_AUX,
    PRESENT_AUX,
    INTENT,
    INTENT_BEFORE_TO,
    PAST_WORDS,
    FUTURATE,
    GLUE,
  ].flatMap((set) => [...set]),
);
LEXICON.add('had');

const isAdverb = (w: string) => GLUE.has(w) || (/^[a-z]{3,}ly$/.test(w) && !NOT_ADVERBS.has(w));

/** What the token at `i` contributes to a verb group, judged by its neighbours. */
function roleOf(tokens: readonly Token[], i: number): Role {
  const t = tokens[i] as Token;
  const w = t.lower;
  if (!LEXICON.has(w) && !w.endsWith('ed') && !w.endsWith('ly')) return 'other';
  const prev = tokens[i - 1]?.lower ?? '';
  const next = tokens[i + 1]?.lower ?? '';
  // A compound ("lower-than-expected", "so-called") is an adjective or a noun.
  if (w.includes('-')) return 'other';
  if (w === 'next' && next === 'to') return 'other';
  if (FUTURE_MODALS.has(w)) return w === 'wo' && next !== "n't" ? 'other' : 'modal';
  if (w === 'had') return 'perfect';
  if (INTENT_BEFORE_TO.has(w)) return next === 'to' || (w === 'set' && next === 'for') ? 'intent' : 'other';
  if (w === 'to' && next === 'be') return 'intent';
  const capitalized = /^[A-Z]/.test(t.word);
  if (INTENT.has(w) || (/ed$/.test(w) && !PAST_WORDS.has(w))) {
    if (!INTENT.has(w) && (w.length < 5 || NOT_PAST.test(w))) return 'other';
    // "-ed" is a past form only in lower case: "United", "Red Cross" are names.
    if (capitalized && /ed$/.test(w) && !INTENT_PAST.has(w)) return 'other';
    // After a determiner (and an adverb) a participle is an adjective: "a still unspecified date".
    if (
      /ed$/.test(w) &&
      (DETERMINERS.has(prev) || (isAdverb(prev) && DETERMINERS.has(tokens[i - 2]?.lower ?? '')))
    )
      return 'other';
    if (INTENT.has(w)) return INTENT_PAST.has(w) ? 'intentPast' : 'intent';
    return 'past';
  }
  // "to hit", "will set": base forms that look like past ones.
  if (PAST_WORDS.has(w))
    return prev === 'to' || FUTURE_MODALS.has(prev) || OTHER_MODALS.has(prev) ? 'glue' : 'past';
  if (PAST_AUX.has(w)) return 'pastAux';
  if (PRESENT_AUX.has(w)) return 'present';
  if (FUTURATE.has(w) && !capitalized) {
    // "to meet", "will meet", "did not meet": the auxiliary or the governing verb dates it;
    // "the vote", "a visit" are nouns.
    let k = i - 1;
    while (k >= 0 && isAdverb(tokens[k]?.lower ?? '') && !AUXILIARY_GLUE.has(tokens[k]?.lower ?? '')) k--;
    const before = tokens[k]?.lower ?? '';
    if (
      before === 'to' ||
      before === 'not' ||
      before === "n't" ||
      FUTURE_MODALS.has(before) ||
      OTHER_MODALS.has(before)
    )
      return 'glue';
    if (PAST_AUX.has(before) || PRESENT_AUX.has(before) || AUXILIARY_GLUE.has(before) || before === 'had')
      return 'other';
    // A verb has a subject before it: a pronoun, a name or a plural ("talks resume"); after other
    // words it is a noun ("his second visit"). The -s forms only need no determiner ("it meets").
    const subject = tokens[k];
    if (!subject || DETERMINERS.has(before)) return 'other';
    if (w.endsWith('s')) return 'futurate';
    return PRONOUNS.has(before) || /^[A-Z]/.test(subject.word) || /[a-hj-rtv-z]s$/.test(subject.word)
      ? 'futurate'
      : 'other';
  }
  if (OTHER_MODALS.has(w) && !capitalized)
    return LOOKING_MODALS.has(w) && next !== '' && !MODAL_BACK.has(next) && !negatedBefore(tokens, i)
      ? 'possible'
      : 'glue';
  if (isAdverb(w)) return 'glue';
  return 'other';
}

/**
 * Whether `text` holds a verb in the past tense as `tenseAt` reads one: a past form not after "to"
 * or a modal, an "-ed" word that is no adjective after a determiner, no name, no plan's word.
 * ("ago", "earlier", "last" date rather than tell, and do not count.)
 */
export function holdsPastVerb(text: string): boolean {
  const tokens = tokenize(text, 0, text.length);
  const roles = lazyRoles(tokens);
  return tokens.some((t, i) => roles.at(i) === 'past' && !/^(?:ago|earlier|last)$/.test(t.lower));
}

/** Roles of `tokens`, each worked out when first read: a walk usually stops within a few words. */
function lazyRoles(tokens: readonly Token[]): Roles {
  const memo: (Role | undefined)[] = new Array(tokens.length);
  return { at: (i) => (memo[i] ??= roleOf(tokens, i)) };
}

interface Roles {
  at(i: number): Role;
}

interface Group {
  readonly tense: Tense;
  /** Index of the group's token farthest from the expression. */
  readonly far: number;
  /** Distance from the expression, penalties included. */
  readonly distance: number;
  readonly perfect: boolean;
  readonly forward: boolean;
}

/** The tense of a verb group; `before` when it comes before the expression. */
function groupTense(
  roles: Roles,
  tokens: readonly Token[],
  from: number,
  to: number,
  before: boolean,
  /** Whether an "after" or "following" stands between the group and the expression. */
  anterior = false,
) {
  let perfect = false;
  let modal = false;
  let possible = false;
  let intent = false;
  let futurate = false;
  // The first finite verb dates the group: "is heard" is present, "was paid" past.
  let finite: 'past' | 'present' | undefined;
  let haveAt = -1;
  let afterBe = false;
  for (let i = from; i <= to; i++) {
    const role = roles.at(i);
    if (role === 'perfect') perfect = true;
    else if (role === 'modal') modal = true;
    else if (role === 'possible' && finite === undefined) possible = true;
    else if (role === 'intent' || role === 'intentPast') intent = true;
    else if (role === 'futurate') futurate = true;
    const w = (tokens[i] as Token).lower;
    // After "be" a participle is passive and its auxiliary carries the time: "should be finished".
    if (role === 'past' && afterBe && haveAt < 0) continue;
    if (w === 'be' || w === 'been' || w === 'being') afterBe = true;
    else if (role !== 'glue') afterBe = false;
    if (role === 'past' || role === 'pastAux' || role === 'intentPast') {
      // Present perfect reports the past: "has fluctuated", "have gathered".
      if (finite === 'present' && haveAt >= 0 && role === 'past') finite = 'past';
      finite ??= 'past';
    } else if (role === 'present') {
      finite ??= 'present';
      if (HAVE.has(w)) haveAt = i;
    }
    // "is to", "was to": a plan.
    if ((role === 'pastAux' || role === 'present') && i < to && tokens[i + 1]?.lower === 'to') intent = true;
  }
  let tense: Tense = 'unknown';
  // Past perfect puts even a plan before the report: "It had been due to expire Friday".
  if (perfect) tense = 'past';
  else if (modal || (possible && before && !anterior && finite === undefined)) tense = 'future';
  // A date after a plan is the plan's ("planned a rally on Saturday"); a date before it dates
  // the planning ("On Friday, the government planned to pay …").
  else if (intent) tense = before || finite !== 'past' ? 'future' : 'past';
  else if (futurate) tense = 'future';
  else if (finite) tense = finite;
  return { tense, perfect };
}

/**
 * The nearest verb group with a tense, walking from token `from` in direction `step` (-1 left,
 * +1 right). Groups are runs of cue and glue tokens; punctuation ends them and adds distance.
 */
function nearestGroup(
  tokens: readonly Token[],
  roles: Roles,
  from: number,
  step: -1 | 1,
  origin: number,
  /** Give up once every further group would be at least this far. */
  within: number,
): Group | undefined {
  let penalty = 0;
  let deadline = false;
  let anterior = false;
  let i = from;
  while (i >= 0 && i < tokens.length) {
    const t = tokens[i] as Token;
    const gap = step === -1 ? origin - t.end : (t.at - origin) * 1.5;
    if (gap + penalty >= within) return undefined;
    const role = roles.at(i);
    if (role === 'other') {
      penalty += QUOTES.has(t.word) ? QUOTE_PENALTY : (PENALTY[t.word] ?? 0);
      if (step === 1 && CLAUSE_OPENERS.has(t.lower))
        penalty += t.lower === 'and' || t.lower === 'but' ? COORDINATION_PENALTY : CLAUSE_PENALTY;
      if (t.lower === 'deadline') deadline = true;
      if (step === -1 && ANTERIOR.has(t.lower)) anterior = true;
      i += step;
      continue;
    }
    let far = i;
    while (far + step >= 0 && far + step < tokens.length && roles.at(far + step) !== 'other') far += step;
    const lo = Math.min(i, far);
    const hi = Math.max(i, far);
    const { tense, perfect } = groupTense(roles, tokens, lo, hi, step === -1, anterior);
    if (tense !== 'unknown') {
      let forward = deadline;
      for (let k = lo; k <= hi; k++) if (FORWARD.test((tokens[k] as Token).lower)) forward = true;
      return { tense, far, distance: gap + penalty, perfect, forward };
    }
    i = far + step;
  }
  return undefined;
}

/**
 * A past or present group in a temporal clause ("as soon as trading opened Monday") takes the
 * future of its main clause ("were likely to buy its stock as soon as …"): sequence of tenses.
 */
function mainClauseFuture(tokens: readonly Token[], roles: Roles, group: Group): boolean {
  for (let i = group.far - 1, seen = 0; i >= 0 && seen < 5; i--, seen++) {
    if (roles.at(i) !== 'other' || PENALTY[(tokens[i] as Token).word] !== undefined) return false;
    const w = (tokens[i] as Token).lower;
    const asSoonAs = w === 'as' && tokens[i - 1]?.lower === 'soon' && tokens[i - 2]?.lower === 'as';
    if (!asSoonAs && !SUBORDINATORS.has(w)) continue;
    const main = nearestGroup(tokens, roles, asSoonAs ? i - 3 : i - 1, -1, 0, Number.POSITIVE_INFINITY);
    return main?.tense === 'future';
  }
  return false;
}

/**
 * The tense of the clause of [start, end), from the verb groups nearest on either side (left
 * context counts slightly more; commas, coordination and quotation marks push a verb away, so
 * "will leave (4 a.m. Thursday),'' Castro said" is future). Within a group, past perfect beats
 * a plan, a modal beats the rest, and a plan beats the auxiliary's tense when the date follows it.
 */
export function tenseAt(text: string, start: number, end: number): Tense {
  if (sinceBefore(text, start)) return 'past';
  // "2 June: US government begins criminal inquiry", "June 16 - BP meets …": a chronology's entry,
  // in the historical present.
  if (/^\s*(?::|--?\s|[–—])/.test(text.slice(end, end + 4))) return 'unknown';
  const sentence = sentenceAround(text, start, end);
  const before = tokenize(text, sentence.start, start);
  // The expression itself stands between the sides, so "on [Wednesday] promised" does not read
  // "on promised".
  const tokens = before.concat(EXPRESSION, tokenize(text, end, sentence.end));
  const roles = lazyRoles(tokens);
  const firstRight = before.length + 1;
  const left = nearestGroup(tokens, roles, before.length - 1, -1, start, Number.POSITIVE_INFINITY);
  // Ties go left, so a verb on the right must be strictly nearer.
  const right = nearestGroup(tokens, roles, firstRight, 1, end, left?.distance ?? Number.POSITIVE_INFINITY);
  // "postponed until Tuesday", "extended its deadline to Friday": the new date lies ahead.
  const preposition = before[before.length - 1];
  if (
    left?.forward &&
    !left.perfect &&
    preposition &&
    text.slice(preposition.end, start).trim().length === 0 &&
    DEADLINE_PREPOSITIONS.has(preposition.lower)
  )
    return 'future';
  if (left && !right) {
    if (left.tense !== 'future' && mainClauseFuture(tokens, roles, left)) return 'future';
    return left.tense;
  }
  return right?.tense ?? 'unknown';
}
