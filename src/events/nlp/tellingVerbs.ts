/** A test of a lemma against a list of words, whole. */
const lemmaOf = (list: readonly string[]) => new RegExp(`^(?:${list.join('|')})$`);

const TELLING_WORDS =
  'tell inform notify brief warn assure reassure remind promise convince persuade ask advise teach'.split(
    ' ',
  );

/**
 * Lemmas of the verbs whose first object is whom they tell, before what they tell ("told reporters
 * | the well was capped", "warned them | that …", "assured investors | the bank was sound"). One list
 * for every rule that reads past a telling's addressee (where a name opens a clause, where a caption
 * ends, the title cuts and the title defects).
 */
export const TELLING_VERBS = lemmaOf(TELLING_WORDS);

/**
 * `TELLING_VERBS` and the verbs of showing, whose first object may be whom they show ("showed
 * investors | that …"), for the rules that read a noun right after the verb as the one told. Not
 * for where a name opens a clause: "footage shows tanks on the edge of Baba Amr" shows its first
 * object.
 */
export const TELLING_OR_SHOWING_VERBS = lemmaOf([...TELLING_WORDS, 'show', 'prove']);
