import type { EventType } from '../model/chronology.ts';

/** A verb that names a happening, with its event type and the forms a headline needs. */
export interface EventVerb {
  readonly lemma: string;
  readonly type: EventType;
  /** Third person singular present, for headlines ("launches"). */
  readonly third: string;
}

// lemma → type; irregular past forms are listed in IRREGULAR. Grouped by ACLED-style type.
const VERBS: Record<EventType, string> = {
  battle: 'kill attack clash fight ambush storm besiege overrun recapture repel raid battle engage',
  explosion: 'bomb shell explode detonate blast strike hit airstrike',
  'violence-against-civilians': 'execute massacre abduct kidnap behead torture',
  protest: 'protest demonstrate rally march',
  riot: 'riot loot',
  'strategic-development':
    'arrest detain capture seize withdraw leave retreat deploy impose lift ban sign resign appoint ' +
    'head release reopen suspend tighten surrender evacuate send dispatch sentence charge ' +
    'approve cap seal declare elect vote dismiss',
  statement: 'say state announce call urge condemn warn react stress publish claim deny confirm pledge vow',
  meeting: 'meet visit host negotiate',
  other: 'die launch find discover spill leak erupt begin start end collapse flee rescue',
};

const IRREGULAR: Record<string, string[]> = {
  fight: ['fought'],
  leave: ['left'],
  withdraw: ['withdrew', 'withdrawn'],
  say: ['said'],
  meet: ['met'],
  find: ['found'],
  strike: ['struck', 'stricken'],
  hit: ['hit'],
  flee: ['fled'],
  begin: ['began', 'begun'],
  send: ['sent'],
  seek: ['sought'],
  die: ['died', 'dies', 'dying'],
  shell: ['shelled', 'shelling'],
  cap: ['capped', 'capping'],
  ban: ['banned', 'banning'],
  seal: ['sealed'],
  spill: ['spilled', 'spilt'],
  overrun: ['overran'],
};

function regular(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const third = thirdPerson(lemma);
  const past = lemma.endsWith('e')
    ? `${lemma}d`
    : lemma.endsWith('y') && !/[aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ied`
      : `${lemma}ed`;
  return [lemma, third, past, `${stem}ing`];
}

function thirdPerson(lemma: string): string {
  if (/(?:s|sh|ch|x|z)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

/** Every inflected form of every event verb → its entry. */
export const EVENT_VERBS: ReadonlyMap<string, EventVerb> = (() => {
  const map = new Map<string, EventVerb>();
  for (const [type, list] of Object.entries(VERBS) as [EventType, string][]) {
    for (const lemma of list.split(' ')) {
      const entry: EventVerb = { lemma, type, third: thirdPerson(lemma) };
      for (const form of [...regular(lemma), ...(IRREGULAR[lemma] ?? [])])
        if (!map.has(form)) map.set(form, entry);
    }
  }
  return map;
})();

/** Verbs that introduce reported speech: the frame "X said (yesterday) that …". */
export const REPORTING_VERBS = new Set(
  'said says say stated states told tells quoted quotes reported reports added adds claimed claims confirmed confirms announced announces declared insisted noted explained stressed'.split(
    ' ',
  ),
);

/** Nouns that name a happening when no verb does ("its military defeat months ago"). */
export const EVENT_NOUNS: ReadonlyMap<string, EventType> = new Map([
  ...'attack attacks clash clashes fighting fight battle battles offensive operation operations campaign raid raids ambush defeat confrontations confrontation assault'
    .split(' ')
    .map((w) => [w, 'battle'] as const),
  ...'bombing bombings explosion explosions blast blasts airstrike airstrikes shelling'
    .split(' ')
    .map((w) => [w, 'explosion'] as const),
  ...'massacre execution executions kidnapping'
    .split(' ')
    .map((w) => [w, 'violence-against-civilians'] as const),
  ...'protest protests demonstration demonstrations rally rallies'
    .split(' ')
    .map((w) => [w, 'protest'] as const),
  ...'riot riots'.split(' ').map((w) => [w, 'riot'] as const),
  ...'arrest arrests withdrawal ceasefire agreement deal election elections decree'
    .split(' ')
    .map((w) => [w, 'strategic-development'] as const),
  ...'speech statement announcement interview'.split(' ').map((w) => [w, 'statement'] as const),
  ...'meeting talks visit summit'.split(' ').map((w) => [w, 'meeting'] as const),
  ...'earthquake outbreak spill leak'.split(' ').map((w) => [w, 'other'] as const),
]);

/** Verbs of opinion: the sentence voices a view, it does not report a happening. */
export const OPINION_VERBS = new Set(
  'hope hopes hoped believe believes think thinks estimate estimate expressed feel feels fear fears'.split(
    ' ',
  ),
);

/** Words before a verb that make it an auxiliary chain ("had killed", "was launched"). */
export const AUXILIARIES = new Set(
  'is are was were be been being has have had will would could may might did do does'.split(' '),
);

/** Words before a noun that mark it as one ("the attack"), not a verb. */
export const DETERMINERS = new Set(
  'the a an its his her their this that these those of to our my your'.split(' '),
);
