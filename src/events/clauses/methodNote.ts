/**
 * A caveat on what could be checked, as its sentence's main clause: a negated "verify" after a
 * short subject ("Such claims have not been verified independently", "The figures cannot be
 * verified", "The BBC has not been able to verify the reports"), or a comment that checking is not possible ("It was impossible to verify the
 * reports"). Only at the sentence's opening: "Fighting on Saturday left 63 people dead, in a report
 * which could not be verified independently" tells the fighting first.
 */
const UNVERIFIED =
  /^(?:[\p{L}'’-]+ ){1,6}(?:cannot|can ?not|can['’]t|could not|couldn['’]t|have not|has not|had not|haven['’]t|hasn['’]t|were not|was not|are not|is not) (?:yet |so far |immediately )?(?:be |been )?(?:able to )?(?:independently |immediately )?(?:verif(?:y|ied)|confirm(?:ed)? independently|independently confirm(?:ed)?)\b/u;
const CHECKING_IMPOSSIBLE =
  /^It (?:is|was|has been|remains) (?:not possible|impossible|difficult|hard|not yet possible) to (?:independently )?(?:verify|confirm)\b/;

/**
 * How the report's material was gathered, told of the material: "These interviews were conducted in
 * Wadi Khaled on the Lebanon-Syria border on 16-17th June 2011", "The accounts were gathered by
 * telephone". A note on method, not a happening of the news, even with a date of its own.
 */
const GATHERED =
  /^(?:These|The|This|All|Our|Those) (?:[\p{L}-]+ )?(?:interviews?|conversations?|testimonies|testimony|accounts?) (?:was|were|have been|had been) (?:all )?(?:conducted|carried out|recorded|gathered|collected|filmed)\b/u;

/**
 * Whether a sentence is a note on the report's own method: a caveat that its claims could not be
 * checked, or how its interviews were done. It tells how the news is known, not what happened.
 */
export function methodNote(text: string): boolean {
  if (!/verif|confirm|interview|conversation|testimon|account/i.test(text)) return false;
  const caveat = UNVERIFIED.exec(text) ?? CHECKING_IMPOSSIBLE.exec(text) ?? GATHERED.exec(text);
  return caveat !== null && !HAPPENING_JOINED.test(text.slice(caveat[0].length));
}

/**
 * A clause joined after the caveat that tells a happening of its own: "The figures could not be
 * verified on Monday, but at least 40 people were killed in Homs", "The toll could not be verified,
 * activists said, after troops killed 40 people". A reason ("…, as foreign media are banned") is no
 * happening and leaves the sentence a note.
 */
const HAPPENING_JOINED = /\b(?:but|yet|after|while|whereas|although|though|when|and|before)\b/i;
