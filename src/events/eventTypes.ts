import type { EventType } from '../model/chronology.ts';

// Which of the ACLED-style categories a trigger's lemma falls in. This table sorts happenings the
// learned trigger model has already found; it decides no event's existence. Verbs and nouns alike,
// as wink-nlp lemmatizes them ("killed" → kill, "explosions" → explosion).
const TYPES: Record<EventType, string> = {
  battle:
    'kill attack clash fight fighting ambush storm besiege overrun recapture repel raid battle engage ' +
    'offensive assault operation campaign combat skirmish siege incursion invasion invade defeat confrontation shoot shooting gunfire',
  explosion:
    'bomb bombing shell shelling explode explosion detonate blast strike airstrike hit missile rocket mortar',
  'violence-against-civilians':
    'execute execution massacre abduct abduction kidnap kidnapping behead torture murder rape assassinate assassination',
  protest: 'protest demonstrate demonstration rally march strike sit-in',
  riot: 'riot loot looting',
  'strategic-development':
    'arrest detain detention capture seize withdraw withdrawal retreat leave deploy deployment impose lift ban sign ' +
    'resign resignation appoint appointment release reopen suspend suspension tighten surrender evacuate evacuation ' +
    'sentence charge approve cap seal declare elect election vote dismiss ceasefire truce agreement deal decree ' +
    'sanction blockade embargo veto launch agree',
  statement:
    'say state announce announcement call urge condemn warn react stress publish claim deny confirm pledge vow ' +
    'statement speech interview tell report',
  meeting: 'meet meeting visit host negotiate negotiation talk talks summit conference',
  other: '',
};

const BY_LEMMA: ReadonlyMap<string, EventType> = (() => {
  const map = new Map<string, EventType>();
  for (const [type, lemmas] of Object.entries(TYPES) as Array<[EventType, string]>)
    for (const lemma of lemmas.split(' ')) if (lemma && !map.has(lemma)) map.set(lemma, type);
  return map;
})();

/** The event type of a trigger lemma; a reporting trigger is a statement, anything unknown `other`. */
export function eventTypeOf(lemma: string, eventClass?: string): EventType {
  return BY_LEMMA.get(lemma.toLowerCase()) ?? (eventClass === 'REPORTING' ? 'statement' : 'other');
}

// Which type wins when a title names several: the most specific happening first.
const PRIORITY: readonly EventType[] = [
  'explosion',
  'violence-against-civilians',
  'battle',
  'riot',
  'protest',
  'strategic-development',
  'meeting',
  'statement',
  'other',
];

/**
 * The event type of a happening from its trigger and the words of its title: "launched a military
 * combing campaign" is a battle, not only a launch. A saying stays a statement.
 */
export function eventTypeOfTitle(
  lemma: string,
  eventClass: string | undefined,
  title: string,
  /** Where the trigger stands in the title: words before it are the subject. */
  at = 0,
): EventType {
  const own = eventTypeOf(lemma, eventClass);
  if (own === 'statement') return own;
  let best = own;
  let offset = 0;
  // (Lower-cased once: the loop looks each word up in it.)
  const lower = title.toLowerCase();
  for (const word of lower.match(/[\p{L}-]+/gu) ?? []) {
    const found = lower.indexOf(word, offset);
    const subject = found < at;
    offset = found + word.length;
    const t = BY_LEMMA.get(word) ?? BY_LEMMA.get(word.replace(/(?:es|s)$/, ''));
    if (!t || t === 'statement' || PRIORITY.indexOf(t) >= PRIORITY.indexOf(best)) continue;
    // A subject names the kind of happening only when it is one ("bombings have left dozens
    // dead"), not when it is a plan or a campaign ("an online campaign was launched").
    if (subject && t !== 'explosion' && t !== 'violence-against-civilians') continue;
    best = t;
  }
  return best;
}
