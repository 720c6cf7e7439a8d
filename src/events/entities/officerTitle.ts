/**
 * Words of a company's officers that stand before a name as a title does ("CEO Tony Hayward", "BP's
 * chief executive Tony Hayward", "BP boss Tony Hayward"), which the role words (`ROLE`) lack: the
 * name after one is a person's. Without them a given name of either sex ("Tony") left "Hayward is
 * looking to shore up BP's standing …. In recent visits …, he reaffirmed …" naming no one.
 */
const OFFICER = /^(?:CEO|executive|boss)$/;

/**
 * Whether a word is a company officer's title before a name: "CEO" also inside a name's capitals
 * (`inside`), the lowercase words only before them. A capitalised "Executive" is a name's own word
 * ("Eisenhower Executive Office Building", "Executive Order 13543", "Chief Executive Officer").
 */
export const isOfficerTitle = (word: string, inside = false): boolean =>
  inside ? word === 'CEO' : OFFICER.test(word);
