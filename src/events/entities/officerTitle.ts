/**
 * Words of a company's officers that stand before a name as a title does ("CEO Tony Hayward", "BP's
 * chief executive Tony Hayward", "BP boss Tony Hayward"), which the role words (`ROLE`) lack: the
 * name after one is a person's. Without them a given name of either sex ("Tony") left "Hayward is
 * looking to shore up BP's standing …. In recent visits …, he reaffirmed …" naming no one.
 */
const OFFICER = /^(?:CEO|executive|Executive|boss)$/;

/** Whether a word is a company officer's title before a name. */
export const isOfficerTitle = (word: string): boolean => OFFICER.test(word);
