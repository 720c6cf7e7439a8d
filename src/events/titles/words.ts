import type { Token } from '../nlp/annotate.ts';

// The kinds of words the title cut reads, shared by its stages.

/** Particles of phrasal verbs ("broke out", "wrapped up"). */
export const PARTICLES = new Set('out off up down back away over'.split(' '));
/** Prepositions whose phrase may complete a title ("in Kabul", "with Mr Annan"). */
export const PLACE_PREPOSITIONS = new Set(
  'in at near into on against to from across outside inside around toward towards along with for over as between among'.split(
    ' ',
  ),
);
/** Words of a verb group kept in a title: negation. */
export const GROUP_ADVERBS = new Set(['not', "n't", 'never', 'no']);
/** Quotation marks and brackets, never kept. */
export const QUOTES = /^(?:["“”‘’'()[\]«»]|``|'')$/;

/** Words of a noun phrase: determiners, adjectives, nouns, names, numbers, possessives. */
export const isNominal = (t: Token): boolean =>
  t.pos === 'DET' ||
  t.pos === 'ADJ' ||
  t.pos === 'NOUN' ||
  t.pos === 'PROPN' ||
  t.pos === 'NUM' ||
  (t.pos === 'PART' && /^['’]s$/.test(t.text)) ||
  (t.pos === 'SYM' && /^[$%€£]$/.test(t.text)) ||
  (t.pos === 'PRON' && /^(?:his|her|its|their|our|my|your)$/i.test(t.text));

/** A word a title cannot end on: a function word, a wh-word, or a participle left without its phrase. */
export const dangles = (t: Token): boolean =>
  /^(?:ADP|DET|CCONJ|SCONJ|AUX|PART)$/.test(t.pos) ||
  /^(?:what|which|who|whom|whose|that)$/i.test(t.text) ||
  (t.pos === 'VERB' && /ing$/i.test(t.text));
