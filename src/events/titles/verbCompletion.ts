import type { Token } from '../nlp/annotate.ts';

/** Verbs of phase whose "-ing" complement says what began, went on or ended (by lemma). */
const ASPECTUAL = new Set([
  'begin',
  'start',
  'stop',
  'continue',
  'keep',
  'resume',
  'finish',
  'cease',
  'quit',
]);
/** Words that are a verb's particle when no object follows them ("were brought in", "moved on"). */
const OBJECTLESS_PARTICLES = /^(?:in|on|out|up|off|down|over|back|away|around|through|along)$/i;
/** Parts of speech that may open a preposition's object. */
const OBJECT_OPENS = /^(?:NOUN|PROPN|NUM|DET|PRON|ADJ|SYM)$/;

/**
 * Whether the word at `i` finishes the verb right before it, so that a title ending on it is
 * finished: the "-ing" complement of a verb of phase ("A pipe began | leaking", where "began" alone
 * says nothing of what began), or a particle that no object follows in the sentence ("350 were
 * brought | in since Thursday"; not "killed | in 2009", whose "in" opens a phrase the cut took).
 */
export function completesVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const verb = tokens[i - 1];
  if (t === undefined || verb === undefined || verb.pos !== 'VERB' || verb.end + 1 !== t.start) return false;
  if (t.pos === 'VERB' && /ing$/i.test(t.text)) return ASPECTUAL.has(verb.lemma);
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  return (
    OBJECTLESS_PARTICLES.test(t.text) &&
    /^(?:ADP|ADV)$/.test(t.pos) &&
    !OBJECT_OPENS.test(next?.pos ?? 'PUNCT') &&
    // (Nor a preposition that a question, a second preposition or a joined one opens the object of: "made on |
    // whether …", "go on to | a public beach", "went along with", "killed in and around".)
    !/^(?:whether|what|how|why|who|where|which|to|with|of|and|or)$/i.test(next?.text ?? '') &&
    // (Nor one whose object opens with an adverb: "bringing in | more heavy equipment".)
    !(next?.pos === 'ADV' && /^(?:NOUN|PROPN|NUM|DET|ADJ)$/.test(after?.pos ?? ''))
  );
}
