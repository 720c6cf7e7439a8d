import type { Token } from '../nlp/annotate.ts';

/** Titles and role words that stand before a person's name ("President", "envoy", "reporter"). */
export const ROLE =
  /^(?:Dr|Dr\.|President|Premier|Chancellor|Minister|Secretary|Secretary-General|PM|Gen|Gen\.|General|Col|Col\.|Colonel|Lt|Maj|Capt|Captain|Commander|Senator|Sen\.?|Rep\.?|Governor|Gov\.?|Judge|Justice|Ambassador|Envoy|Imam|Rev|Mayor|Brig|Adm|Admiral|Marshal|envoy|president|minister|secretary|spokesman|spokeswoman|spokesperson|leader|commander|chief|ambassador|correspondent|reporter|photographer|journalist|editor|activist|official|analyst|professor|lawyer|singer|star|actor|actress|doctor|colleague|counterpart|premier|chancellor|general|director|head|chairman|founder|negotiator|mediator)$/;

/** Last words of organisations, bodies and forces, which are no person though named. */
export const ORGANISATION =
  /^(?:Council|Committee|Committees|Watch|Cross|Crescent|League|Nations|Union|Ministry|Army|Agency|Organisation|Organization|Party|Front|Group|Coalition|Network|Observatory|Office|Commission|Court|Government|Forces|Brigade|Brigades|News|Times|Post|Journal|Guardian|Telegraph|BBC|Reuters|AFP|AP|CNN|Assembly|Parliament|Congress|Senate|Bank|Fund|Institute|University|Centre|Center|Service|Services|International|Movement|Brotherhood|Department|Board|Authority|Mission|Corps|Guard|Police|Company|Corporation|Inc|Ltd|Association|Foundation|Programme|Program|Administration)$/;

const NAME_JOINERS = /^(?:al|el|bin|ibn|van|von|de|da|del|der|la|le|abu|abdul)$/i;
const isNamePart = (t: Token | undefined): boolean =>
  t !== undefined &&
  (t.pos === 'PROPN' || (/^\p{Lu}/u.test(t.text) && t.pos === 'NOUN' && !ROLE.test(t.text)));

/** Names of days and months. */
export const DATE_NAME =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** `nameRuns` by the tokens they were found in. */
const found = new WeakMap<readonly Token[], readonly (readonly [number, number])[]>();

/**
 * Runs of proper names in tokens, joined by "al", "bin" and the like ("Bashar al-Assad"), and by an
 * office's or a body's "of". Found once per array of tokens (a sentence's runs are asked for by
 * each pass of the people and referent stages): the same array each time, which callers only read.
 */
export function nameRuns(tokens: readonly Token[]): readonly (readonly [number, number])[] {
  let runs = found.get(tokens);
  if (!runs) {
    runs = runsIn(tokens);
    found.set(tokens, runs);
  }
  return runs;
}

function runsIn(tokens: readonly Token[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.pos !== 'PROPN') continue;
    // "On Wednesday Russian Foreign Minister Sergei Lavrov said": a day or month a preposition
    // opens is no part of the name after it (not "the Sunday Times").
    if (
      DATE_NAME.test(tokens[i]!.text) &&
      (i === 0 || tokens[i - 1]!.pos === 'ADP') &&
      tokens[i + 1]?.pos === 'PROPN' &&
      tokens[i + 2]?.pos === 'PROPN'
    )
      continue;
    let j = i + 1;
    while (
      j < tokens.length &&
      (isNamePart(tokens[j]) ||
        (NAME_JOINERS.test(tokens[j]!.text) && isNamePart(tokens[j + 1])) ||
        // "US Secretary of State Hillary Clinton": an office's "of" stays inside the name.
        (tokens[j]!.text === 'of' &&
          /^\p{Lu}/u.test(tokens[j - 1]!.text) &&
          ROLE.test(tokens[j - 1]!.text) &&
          tokens[j + 1]?.pos === 'PROPN') ||
        // "the Syrian Observatory for Human Rights", "the Bank of England": so does a body's.
        (/^(?:of|for)$/.test(tokens[j]!.text) &&
          ORGANISATION.test(tokens[j - 1]!.text) &&
          isNamePart(tokens[j + 1]) &&
          /^\p{Lu}/u.test(tokens[j + 1]!.text)))
    )
      j++;
    runs.push([i, j]);
    i = j - 1;
  }
  return runs;
}
