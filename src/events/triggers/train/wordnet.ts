/**
 * What WordNet says about a word's senses, reduced to the few codes the trigger model learns from:
 * a noun with senses among acts, events, processes and phenomena ("evacuation", "blockade",
 * "combat") is often a happening even when TimeBank never saw it; a verb of communication,
 * cognition, emotion, perception or state leans to REPORTING, I_STATE, PERCEPTION or STATE.
 */

/** The four WordNet files read, as text. */
export interface WordNetFiles {
  readonly indexNoun: string;
  readonly dataNoun: string;
  readonly indexVerb: string;
  readonly dataVerb: string;
}

/** Lemmas grouped by sense code; stored in the model as `code → "lemma lemma …"`. */
export type SenseGroups = Record<string, string>;

// Lexicographer file numbers (WordNet's lexnames).
const EVENTIVE_NOUN = new Set([4, 11, 19, 22]); // noun.act, noun.event, noun.phenomenon, noun.process
const NOUN_STATE = 26;
const VERB_CODES = new Map([
  [31, 'v:cognition'],
  [32, 'v:communication'],
  [37, 'v:emotion'],
  [39, 'v:perception'],
  [42, 'v:stative'],
]);

/** lemma → lexicographer file of each sense, in WordNet's sense order (most frequent first). */
function senses(index: string, data: string): Map<string, { tagged: number; lex: number[] }> {
  const lexOf = new Map<string, number>();
  for (const line of data.split('\n')) {
    if (line.startsWith(' ') || line.length === 0) continue;
    const [offset, lex] = line.split(' ', 2);
    lexOf.set(offset!, Number(lex));
  }
  const out = new Map<string, { tagged: number; lex: number[] }>();
  for (const line of index.split('\n')) {
    if (line.startsWith(' ') || line.length === 0) continue;
    const p = line.trim().split(' ');
    const lemma = p[0]!;
    // Multi-word entries ("cease_fire") cannot match one wink token.
    if (lemma.includes('_')) continue;
    const pointers = Number(p[3]);
    const tagged = Number(p[5 + pointers]);
    const lex = p.slice(6 + pointers).map((o) => lexOf.get(o) ?? -1);
    out.set(lemma, { tagged, lex });
  }
  return out;
}

/**
 * Sense codes for the lemmas WordNet describes: `n:` + first-sense kind (e eventive, s state,
 * o other) + the quarter of senses that are eventive (1–4), for nouns with any eventive sense;
 * `nv` for nouns that are also verbs in SemCor-attested use; `v:…` for verbs whose first sense
 * is one of cognition, communication, emotion, perception or state.
 */
export function senseGroups(files: WordNetFiles): SenseGroups {
  const nouns = senses(files.indexNoun, files.dataNoun);
  const verbs = senses(files.indexVerb, files.dataVerb);
  const groups = new Map<string, string[]>();
  const add = (code: string, lemma: string) => {
    const list = groups.get(code) ?? [];
    list.push(lemma);
    groups.set(code, list);
  };
  for (const [lemma, { lex }] of nouns) {
    const eventive = lex.filter((l) => EVENTIVE_NOUN.has(l)).length;
    if (eventive === 0) continue;
    const first = EVENTIVE_NOUN.has(lex[0]!) ? 'e' : lex[0] === NOUN_STATE ? 's' : 'o';
    add(`n:${first}${Math.ceil((4 * eventive) / lex.length)}`, lemma);
  }
  for (const [lemma, { tagged, lex }] of verbs) {
    const code = VERB_CODES.get(lex[0]!);
    if (code) add(code, lemma);
    if (tagged > 0 && nouns.has(lemma)) add('nv', lemma);
  }
  return Object.fromEntries([...groups].sort().map(([code, list]) => [code, list.sort().join(' ')]));
}
