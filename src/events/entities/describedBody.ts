import type { Span } from '../../model/chronology.ts';
import type { Token } from '../nlp/annotate.ts';
import type { Sentence } from '../nlp/segmentSentences.ts';
import type { Candidate } from './candidates.ts';
import { lookBack, runsOf, spanOf } from './lookBack.ts';

/**
 * Kinds of body a title's "The <noun>" may shorten, each with the nouns that describe one ("oil
 * company BP", "Air France, the national carrier,") and the words its own name may end or open
 * with ("Anadarko Petroleum Corp", "Air France", "Human Rights Watch").
 */
const KINDS: readonly { heads: RegExp; cues: RegExp; own: RegExp }[] = [
  {
    heads: /^(?:company|firm|corporation)$/,
    cues: /^(?:company|firm|corporation|giant|major|multinational|conglomerate|operator|contractor|driller|producer|maker|manufacturer|supplier|retailer|insurer|airline|carrier|broadcaster|publisher)$/,
    own: /^(?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|Plc|PLC|plc|LLC|AG|SA|NV|Holdings|Petroleum|Airlines|Airways|Motors|Industries|Pharmaceuticals|Technologies)\.?$/,
  },
  {
    heads: /^(?:airline|carrier)$/,
    cues: /^(?:airline|carrier)$/,
    own: /^(?:Air|Airlines|Airways)$/,
  },
  {
    heads: /^(?:group|organisation|organization|network|coalition|movement|alliance|charity)$/,
    cues: /^(?:group|organisation|organization|network|coalition|movement|alliance|charity|committee|committees|council|front|watchdog)$/,
    own: /^(?:Group|Organisation|Organization|Network|Coalition|Movement|Alliance|Committee|Committees|Council|Front|Watch|Brotherhood|Observatory|International)$/,
  },
  {
    heads: /^(?:agency)$/,
    cues: /^(?:agency)$/,
    own: /^(?:Agency)$/,
  },
  {
    heads: /^(?:broadcaster|channel)$/,
    cues: /^(?:broadcaster|channel|television|network)$/,
    own: /^(?:TV|Television|Channel)$/,
  },
  {
    heads: /^(?:newspaper|paper|daily)$/,
    cues: /^(?:newspaper|paper|daily|tabloid)$/,
    own: /^(?:Times|Post|Journal|Guardian|Telegraph|Herald|Daily|Tribune|Gazette)$/,
  },
];

/** A name's key: its words without an opening "the" or a closing corporate suffix ("BP PLC" is "bp"). */
const keyOfName = (words: readonly string[]): string => {
  const list = words.filter((w, i) => i > 0 || !/^the$/i.test(w));
  while (list.length > 1 && KINDS[0]!.own.test(list.at(-1)!)) list.pop();
  return list.join(' ').toLowerCase();
};

/** Each article's cues: name key → the nouns the article describes it by ("bp" → company, giant). */
const cuesCache = new WeakMap<readonly Sentence[], Map<string, Set<string>>>();

/**
 * The nouns an article describes each name by: one right before it ("oil company BP", "state news
 * agency Sana"), or the head of an apposition right after it ("Air France, the national carrier,",
 * "The Local Co-ordination Committees, a network of anti-government groups,").
 */
function describedBy(sentences: readonly Sentence[]): Map<string, Set<string>> {
  let cues = cuesCache.get(sentences);
  if (cues) return cues;
  cues = new Map();
  const named = (key: string) => {
    const set = cues!.get(key) ?? new Set<string>();
    cues!.set(key, set);
    return set;
  };
  const add = (key: string, noun: Token | undefined) => {
    if (noun?.pos === 'NOUN' && /^\p{Ll}/u.test(noun.text)) named(key).add(noun.text.toLowerCase());
  };
  for (const s of sentences) {
    const { tokens } = s;
    for (const [from, to] of runsOf(s)) {
      const words = tokens.slice(from, to).map((t) => t.text);
      const key = keyOfName(words);
      add(key, tokens[from - 1]);
      // "BP Plc", "shares in BP", "BP shares": a company, wherever the article says so.
      if (
        KINDS[0]!.own.test(words.at(-1)!) ||
        /^(?:shares|stock)$/i.test(tokens[to]?.text ?? '') ||
        (/^(?:in|of)$/.test(tokens[from - 1]?.text ?? '') &&
          /^(?:shares|stock)$/i.test(tokens[from - 2]?.text ?? ''))
      )
        named(key).add('company');
      if (tokens[to]?.text !== ',' || !/^(?:a|an|the)$/i.test(tokens[to + 1]?.text ?? '')) continue;
      let j = to + 2;
      while (j < to + 8 && /^(?:ADJ|NOUN|PROPN|ADV)$/.test(tokens[j]?.pos ?? '')) j++;
      // (An apposition closes at its comma or "of": not "BP, the company said".)
      if (/^(?:,|of)$/.test(tokens[j]?.text ?? '')) add(key, tokens[j - 1]);
    }
  }
  cuesCache.set(sentences, cues);
  return cues;
}

/** How many sentences before the description's own are searched for the body it shortens. */
const LOOKBACK = 3;

/**
 * The body a title's opening "The <noun>" of a company, an airline, a group, an agency, a
 * broadcaster or a newspaper shortens ("Air France announced … The airline currently operates …"
 * → "Air France"): the name that is the subject of the nearest sentence before (or of its own
 * before it) whose subject is a named body, no person's nor place's, when the name's own words or
 * a noun the article describes it by tell it is of the noun's kind ("Air", "oil company BP").
 * None when that nearest named subject is of another kind or two of the kind are named.
 * `offers` gives a sentence's candidates, `isPlace` tells a place's last word.
 */
export function describedBody(
  sentences: readonly Sentence[],
  sentenceIndex: number,
  triggerStart: number,
  title: string,
  offers: (s: Sentence) => readonly Candidate[],
  isPlace: (t: Token) => boolean,
): { words: Span; name: Span } | undefined {
  const s = sentences[sentenceIndex];
  const opening = /^the\s+(\p{Ll}+)\b/iu.exec(title);
  if (!s || !opening) return undefined;
  const head = opening[1]!.toLowerCase();
  const kind = KINDS.find((k) => k.heads.test(head));
  if (!kind) return undefined;
  const { tokens } = s;
  const at = tokens.findIndex(
    (t, i) =>
      t.start < triggerStart &&
      t.text.toLowerCase() === 'the' &&
      tokens[i + 1]?.text.toLowerCase() === head &&
      tokens[i + 1]!.pos === 'NOUN' &&
      /^(?:VERB|AUX|ADV|PUNCT)$/.test(tokens[i + 2]?.pos ?? ''),
  );
  if (at < 0) return undefined;
  const name = bodyBefore(
    sentences,
    sentenceIndex,
    tokens[at]!.start,
    KINDS.indexOf(kind),
    offers,
    isPlace,
    2,
  );
  return name && { words: spanOf(s, at, at + 2), name };
}

/**
 * The body of `KINDS[kind]` named as the subject of the nearest sentence that names one, searching
 * back from offset `before` of sentence `index`; a description of the kind as a subject in between
 * ("The British oil giant has been trying …") stops it, unless it is "the <noun>" itself, which
 * carries the search on from there (`depth` times).
 */
function bodyBefore(
  sentences: readonly Sentence[],
  index: number,
  before: number,
  kind: number,
  offers: (s: Sentence) => readonly Candidate[],
  isPlace: (t: Token) => boolean,
  depth: number,
): Span | undefined {
  const { own: ownWord, cues: cueNoun, heads } = KINDS[kind]!;
  const cues = describedBy(sentences);
  for (const { sentence: prev, own } of lookBack(sentences, index, LOOKBACK)) {
    const wordsOf = (c: Candidate) => prev.tokens.filter((t) => t.start >= c.start && t.end <= c.end);
    const ownWords = (c: Candidate) => wordsOf(c).some((t) => ownWord.test(t.text));
    const here = offers(prev).filter((c) => (!own || c.end <= before) && c.subject && !c.opening);
    // Named subjects: capitalised at the end ("BP", "the Local Co-ordination Committees"; not "the
    // Syrian regime"), no place's ("Syria said …") unless its own words tell ("Air France").
    // (A name the article gives a person's ("Tony Hayward") is none; "Air France" may be read as one.)
    const bodies = here.filter((c) => {
      const last = wordsOf(c).at(-1);
      return (
        !c.surname &&
        c.kind !== 'plural' &&
        last !== undefined &&
        /^\p{Lu}/u.test(last.text) &&
        (!isPlace(last) || ownWords(c))
      );
    });
    if (bodies.length === 0) {
      const described = here.find((c) => {
        const words = wordsOf(c);
        return (
          /^the$/i.test(words[0]?.text ?? '') &&
          /^\p{Ll}/u.test(words.at(-1)!.text) &&
          (cueNoun.test(c.last) || heads.test(c.last))
        );
      });
      if (!described) continue;
      // "BP said …. The company said …. The company added …": the same description carries the chain.
      return depth > 0 && heads.test(described.last) && wordsOf(described).length === 2
        ? bodyBefore(sentences, prev.index, described.start, kind, offers, isPlace, depth - 1)
        : undefined;
    }
    const keyOf = (c: Candidate) => keyOfName(wordsOf(c).map((t) => t.text));
    // (Not a name a possessive opens, "The People's Daily": the run is only part of it.)
    const fitting = bodies.filter(
      (c) =>
        !/^['’]s?$/.test(prev.tokens[prev.tokens.indexOf(wordsOf(c)[0]!) - 1]?.text ?? '') &&
        (ownWords(c) || [...(cues.get(keyOf(c)) ?? [])].some((n) => cueNoun.test(n))),
    );
    // The nearest named subject decides: of another kind, or two of this kind, none.
    if (fitting.length === 0 || new Set(fitting.map(keyOf)).size > 1) return undefined;
    const words = wordsOf(fitting[0]!);
    const from = prev.tokens.indexOf(words[0]!);
    return spanOf(prev, from, from + words.length);
  }
  return undefined;
}
