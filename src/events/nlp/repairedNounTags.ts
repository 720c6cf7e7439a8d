import { retagged, type Token } from './token.ts';

/*
 * Repairs of `repairedTags` for the words after a possessive, a verb "have" and an existential
 * "there": what follows them is a noun or an adjective more often than the tagger thinks.
 */

/**
 * "gave the plan her backing,": a word in -ing after a possessive, with no object after it, is a
 * noun, as a word in -s after one is ("her cries"); "Britain's estimated 1,000 emigres", "an estimated 200,000 people": a participle between a
 * possessive or an article and a number is an adjective of the number.
 */
export function possessedNouns(tokens: Token[]): Token[] {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB') continue;
    const before = tokens[i - 1]!;
    const after = tokens[i + 1];
    const possessive =
      /^(?:his|her|its|their|our|my|your)$/i.test(before.text) || /^['’]s$/.test(before.text);
    if (
      /^\p{Ll}+ing$/u.test(t.text) &&
      possessive &&
      (after === undefined || /^(?:PUNCT|CCONJ)$/.test(after.pos))
    )
      tokens[i] = retagged(t, 'NOUN', t.text.toLowerCase());
    // "lending to its developing members": before a plural noun, an adjective of it.
    else if (
      /^\p{Ll}+ing$/u.test(t.text) &&
      possessive &&
      // (Not after "'s", nor "her", which may be an object: "saw her throwing stones".)
      !/^(?:['’]s|her)$/i.test(before.text) &&
      after?.pos === 'NOUN' &&
      after.lemma !== after.text.toLowerCase() &&
      /^(?:PUNCT|ADP|PART|AUX|VERB|CCONJ)$/.test(tokens[i + 2]?.pos ?? 'PUNCT')
    )
      tokens[i] = retagged(t, 'ADJ', t.text.toLowerCase());
    // "heard her cries", "their calls": a verb's -s form never follows a possessive; a plural noun does.
    // ("her" may be an object, the verb then the clause's: "The court that jailed her | says …"; only
    // with its phrase ending after the word is it a possessive's noun: "her cries on Thursday".)
    else if (
      /^\p{Ll}+[^s]s$/u.test(t.text) &&
      possessive &&
      !/^['’]s$/.test(before.text) &&
      (!/^her$/i.test(before.text) ||
        ((after === undefined || /^(?:ADP|PUNCT|CCONJ)$/.test(after.pos)) &&
          // (Nor after a relative clause's verb: "The man who attacked her | remains in custody".)
          !/^(?:who|that|which)$/i.test(tokens[i - 3]?.text ?? '')))
    )
      tokens[i] = retagged(t, 'NOUN');
    else if (
      /^\p{Ll}+ed$/u.test(t.text) &&
      (possessive || /^(?:an|the)$/i.test(before.text)) &&
      (after?.pos === 'NUM' ||
        // ("an estimated $800 billion": a currency's sign before the number.)
        (after?.pos === 'SYM' && /^[$£€¥]$/.test(after.text) && tokens[i + 2]?.pos === 'NUM'))
    )
      tokens[i] = retagged(t, 'ADJ');
  }
  return tokens;
}

/**
 * "had underlying heart conditions", "has growing concerns": a word in -ing between a "have" that
 * is the verb and a noun is an adjective (not "had been killing", "is killing people").
 */
export function haveAdjectives(tokens: Token[]): Token[] {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (
      t.pos === 'VERB' &&
      /^\p{Ll}+ing$/u.test(t.text) &&
      /^(?:have|has|had|having)$/i.test(tokens[i - 1]!.text) &&
      /^(?:NOUN|ADJ)$/.test(tokens[i + 1]!.pos) &&
      // (The noun ends the phrase: "had underlying health problems.", not "had bombing raids planned".)
      tokens
        .slice(i + 1, i + 5)
        .some((x, n, rest) => x.pos === 'NOUN' && !/^(?:NOUN|ADJ)$/.test(rest[n + 1]?.pos ?? ''))
    )
      tokens[i] = retagged(t, 'ADJ', t.text.toLowerCase());
  }
  return tokens;
}

/** "There were signs last night that …": what "there is" says is there is a noun, not a verb in -s. */
export function existentialNouns(tokens: Token[]): Token[] {
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (
      t.pos === 'VERB' &&
      /^\p{Ll}+s$/u.test(t.text) &&
      tokens[i - 1]!.pos === 'AUX' &&
      tokens[i - 1]!.lemma === 'be' &&
      /^there$/i.test(tokens[i - 2]!.text)
    )
      tokens[i] = retagged(t, 'NOUN', t.text.toLowerCase().replace(/s$/, ''));
  }
  return tokens;
}

/**
 * "in the first televised Oval Office message", "his last public appearance": an ordinal between a
 * determiner and the words of its noun phrase is an adjective, not an adverb a title may drop.
 */
export function ordinalAdjectives(tokens: Token[]): Token[] {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (
      t.pos !== 'ADV' ||
      !/^(?:first|last|second|third|fourth|fifth|next)$/i.test(t.text) ||
      !(
        /^(?:the|a|an|its|his|her|their|our)$/i.test(tokens[i - 1]!.text) ||
        /^['’]s$/.test(tokens[i - 1]!.text)
      )
    )
      continue;
    // ("the first named storm": a participle between the ordinal and its noun is an adjective too.)
    const next = tokens[i + 1]!;
    const participle =
      next.pos === 'VERB' &&
      /(?:ed|en)$/i.test(next.text) &&
      /^(?:NOUN|PROPN)$/.test(tokens[i + 2]?.pos ?? '');
    if (!participle && !/^(?:ADJ|NOUN|PROPN)$/.test(next.pos)) continue;
    tokens[i] = retagged(t, 'ADJ', t.text.toLowerCase());
    if (participle) tokens[i + 1] = retagged(next, 'ADJ');
  }
  return tokens;
}
