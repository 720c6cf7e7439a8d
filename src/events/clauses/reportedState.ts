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

/** "It seemed inevitable that …", "It appears unlikely to …", "It looked as if …". */
const IMPRESSION =
  /^(?:(?:But|And|Yet|So|Still),? )?[Ii]t (?:seemed|seems|appeared|appears|looked|looks) (?:(?:\p{L}+ly|so|very|more|less|all but) )?(?:\p{L}+ )?(?:that|to|as if|as though)\b/u;

/** "There was no sign of …", "There were no immediate reports of injuries". */
const ABSENCE =
  /^(?:(?:But|And|Yet|So|Still),? )?[Tt]here (?:was|were) (?:still )?no (?:(?:immediate|further|other|obvious|visible|clear) )?(?:signs?|traces?|indications?|evidence|reports?|word)\b/;
