/** The words of a list written across lines. */
const words = (list: string): string[] => list.trim().split(/\s+/);

/**
 * Lemmas of the verbs whose object may be a clause ("said the US and Turkey were working"): verbs
 * of saying, thinking, knowing and showing. One list for the clause split and the title cuts
 * (`titles/words.ts` re-exports it as `CLAUSE_VERBS`); it lives with the clauses because titles
 * import clauses, never the other way.
 */
const CLAUSE_VERB_WORDS =
  words(`say tell report announce claim believe think know add warn insist confirm deny
  suggest show indicate acknowledge state note argue fear hope expect reveal predict estimate explain write quote`);

/**
 * Verbs of deciding and finding, and a few of saying, whose "that" opens a clause too ("decided
 * that", "admitted that"). Only the clause split reads them (`CLAUSE_OPENING_VERBS`): the title
 * rules that read `CLAUSE_VERBS` were tuned without them, and would cut otherwise.
 */
const DECIDING_WORDS = words(
  'agree decide ensure mean find learn ask demand urge feel hear rule order conclude admit allege stress',
);

/** A test of a lemma against a list of words, whole. */
const lemmaOf = (list: readonly string[]) => new RegExp(`^(?:${list.join('|')})$`);

/** Verbs whose object may be a clause ("said the US and Turkey were working"). */
export const CLAUSE_VERBS = lemmaOf(CLAUSE_VERB_WORDS);

/** Verbs whose "that" opens the clause they tell: `CLAUSE_VERBS` and verbs of deciding and finding. */
export const CLAUSE_OPENING_VERBS = lemmaOf([...CLAUSE_VERB_WORDS, ...DECIDING_WORDS]);
