/**
 * A passive of founding or of naming after someone ("Bridas was founded by the Bulgheroni family",
 * "Ida was named after the young daughter of …", "That spill was named for the Exxon Valdez"): how a
 * body or a name came to be, a fact the story takes from its history. Undated, it is no news of the
 * days before publication. Not "was named as chief executive" nor "was named after a lengthy
 * search" (appointments: a naming after someone names someone definite), nor a founding
 * "on" something ("the theory was founded on the language of the statute", a basis).
 */
const FOUNDING =
  /\b(?:was|were)\s+(?:originally\s+|first\s+)?(?:named\s+(?:after|for)\b(?!\s+(?:a|an)\b)|founded\b(?!\s+(?:on|upon)\b))/i;

/** Whether `clause` (a sentence's main clause) tells a founding or a naming after someone. */
export const foundingFact = (clause: string): boolean => FOUNDING.test(clause);
