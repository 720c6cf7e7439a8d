/**
 * Whether an undated sentence tells a state, in the narration or in words reported after it, rather
 * than a happening: an impression opening it ("It seemed inevitable that some of the oil would reach
 * shore, a spokesman said", "It appears likely to …"), which `toldAsState` reads as a comment
 * wherever the saying does not close the sentence; or an absence found ("There was no sign of the
 * plume, Hazen said", "There were no reports of injuries"), the past of the "There is …" that
 * `notAnEvent` takes for a generic statement. TimeML classes "seem" and "appear" as I_STATE or STATE
 * and the "be" of "there was" as STATE: what holds, not what happened. A date in the sentence
 * leaves it to the rules that read dates.
 */
export function reportedState(free: string): boolean {
  return IMPRESSION.test(free) || ABSENCE.test(free);
}

/**
 * "It seemed inevitable that …", "It appears unlikely to …", "It appears to be over", "It looked as
 * if …": the impression's own word (an adjective) or "to be" says the clause is judged. A bare "It
 * appeared that gunmen had opened fire", "It seems to have been hit by a missile" only hedges a
 * happening, and "It looked to the court for relief" is none.
 */
const IMPRESSION =
  /^(?:(?:But|And|Yet|So|Still),? )?[Ii]t (?:seemed|seems|appeared|appears|looked|looks) (?:(?:\p{L}+ly|so|very|more|less|all but) )?(?:(?!(?:that|to|as)\b)\p{L}+ (?:that|to)|to be|as if|as though)\b/u;

/** "There was no sign of …", "There were no immediate reports of injuries". */
const ABSENCE =
  /^(?:(?:But|And|Yet|So|Still),? )?[Tt]here (?:was|were) (?:still )?no (?:(?:immediate|further|other|obvious|visible|clear) )?(?:signs?|traces?|indications?|evidence|reports?|word)\b/;
