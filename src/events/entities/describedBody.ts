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
export const KINDS: readonly { heads: RegExp; cues: RegExp; own: RegExp }[] = [
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
export const keyOfName = (words: readonly string[]): string => {
  const list = words.filter((w, i) => i > 0 || !/^the$/i.test(w));
  while (list.length > 1 && KINDS[0]!.own.test(list.at(-1)!)) list.pop();
  return list.join(' ').toLowerCase();
};

/**
 * Each article's cues: name key → the nouns the article describes it by ("bp" → company, giant).
 * Keyed by the sentences alone, as the cues read nothing else (no people, no places).
 */
const cuesCache = new WeakMap<readonly Sentence[], Map<string, Set<string>>>();

/**
 * The nouns an article describes each name by: one right before it ("oil company BP", "state news
 * agency Sana"), or the head of an apposition right after it ("Air France, the national carrier,",
 * "The Local Co-ordination Committees, a network of anti-government groups,").
 */
export function describedBy(sentences: readonly Sentence[]): Map<string, Set<string>> {
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
      // "BP Plc", "shares in BP", "BP shares", "BP's shareholders": a company, wherever the article says so.
      const after = /^['’]s?$/.test(tokens[to]?.text ?? '') ? to + 1 : to;
      if (
        (words.length > 1 && KINDS[0]!.own.test(words.at(-1)!)) ||
        LISTED.test(tokens[after]?.text ?? '') ||
        // ("BP's depositary shares", "BP's U.S.-listed shares", "BP chief executive Tony Hayward".)
        (/^(?:shares|stock)$/i.test(tokens[after + 1]?.text ?? '') &&
          /^(?:ADJ|NOUN)$/.test(tokens[after]?.pos ?? '')) ||
        /^(?:chief executive|ceo|chairman)\b/i.test(`${tokens[after]?.text} ${tokens[after + 1]?.text}`) ||
        (/^(?:in|of)$/.test(tokens[from - 1]?.text ?? '') &&
          /^(?:shares|stock)$/i.test(tokens[from - 2]?.text ?? ''))
      )
        named(key).add('company');
      if (tokens[to]?.text !== ',' || !/^(?:a|an|the)$/i.test(tokens[to + 1]?.text ?? '')) continue;
      let j = to + 2;
      while (
        j < to + 8 &&
        (/^(?:ADJ|NOUN|PROPN)$/.test(tokens[j]?.pos ?? '') ||
          (tokens[j]?.pos === 'ADV' && tokens[j + 1]?.pos === 'ADJ'))
      )
        j++;
      // An apposition closes at its comma, a preposition, a relative or an adverb ("Transocean, a
      // former U.S. firm now based in Switzerland,"), not at a verb: "… with the UN, the company said".
      if (
        /^(?:,|of|with|in|from|based|who|which|that)$/.test(tokens[j]?.text ?? '') ||
        tokens[j]?.pos === 'ADV'
      )
        add(key, tokens[j - 1]);
    }
  }
  cuesCache.set(sentences, cues);
  return cues;
}

/** What a company has and no other body: "BP shares", "BP's shareholders", "BP's dividend"; a chief executive, a chairman. */
const LISTED = /^(?:shares|stock|shareholders|dividend|dividends)$/i;

/** How many sentences before the description's own are searched for the body it shortens. */
const LOOKBACK = 3;

/**
 * The body a title's opening "The <noun>" (or "The <noun>'s") of a company, an airline, a group,
 * an agency, a broadcaster or a newspaper shortens ("Air France announced … The airline currently
 * operates …" → "Air France"), named in the nearest sentence before (or its own, before it) that
 * names a body: a name whose own words or a noun the article describes it by tell it is of the
 * noun's kind ("Air", "oil company BP", "BP Plc", "shares in BP"), as the subject first, else the
 * one such name elsewhere (`bodyBefore`). No person's name, nor a place's.
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
  const opening = /^[Tt]he\s+(\p{Ll}+)\b/u.exec(title);
  if (!s || !opening) return undefined;
  const head = opening[1]!.toLowerCase();
  const kind = KINDS.find((k) => k.heads.test(head));
  if (!kind) return undefined;
  const { tokens } = s;
  const at = descriptionAt(tokens, head, triggerStart);
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
 * The body of `KINDS[kind]` the nearest sentence that names one names, searching back from offset
 * `before` of sentence `index`: its one name of the kind, in any role ("Shares in BP fell"), as
 * its subject where it is one. None when the sentence names two of the kind, or, naming none,
 * has a named subject of another kind ("The US Coast Guard said …") or a description of the kind
 * for its subject ("The British oil giant has been trying …"), unless that is "the <noun>" itself,
 * which carries the search on from there (`depth` times).
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
    const { tokens } = prev;
    const key = (from: number, to: number) => keyOfName(tokens.slice(from, to).map((t) => t.text));
    // (Not a name a possessive opens, "The People's Daily": the run is only part of it.)
    // ("Air France", "Anadarko Petroleum Corp"; not "Airlines" alone, a plural opening its sentence.)
    const ownWords = (from: number, to: number) => {
      const words = tokens.slice(from, to).filter((t) => !/^the$/i.test(t.text));
      return words.length > 1 && words.some((t) => ownWord.test(t.text));
    };
    // (Nor one a capitalised number opens, "Six Flags": the run is only part of the name.)
    const fits = (from: number, to: number) =>
      !/^['’]s?$/.test(tokens[from - 1]?.text ?? '') &&
      !(/^\p{Lu}/u.test(tokens[from - 1]?.text ?? '') && /^(?:NUM|PROPN)$/.test(tokens[from - 1]!.pos)) &&
      (ownWords(from, to) || [...(cues.get(key(from, to)) ?? [])].some((n) => cueNoun.test(n)));
    // (Not a name "a" or "an" opens: "A British Airways Boeing 747 took off".)
    const named = runsOf(prev).filter(
      ([from, to]) =>
        (!own || tokens[to - 1]!.end <= before) &&
        !/^(?:a|an)$/i.test(tokens[from - 1]?.text ?? '') &&
        fits(from, to),
    );
    const keys = new Set(named.map(([from, to]) => key(from, to)));
    const range = (c: Candidate) => {
      const from = tokens.findIndex((t) => t.start >= c.start);
      return [from, tokens.findIndex((t) => t.end >= c.end) + 1] as const;
    };
    const here = offers(prev).filter((c) => (!own || c.end <= before) && c.subject && !c.opening);
    // Named subjects: capitalised at the end ("BP", "the Local Co-ordination Committees"; not "the
    // Syrian regime"), no place's ("Syria said …") unless its own words tell ("Air France").
    // (A name the article gives a person's ("Tony Hayward") is none; "Air France" may be read as one.)
    const bodies = here.filter((c) => {
      const [from, to] = range(c);
      const last = tokens[to - 1]!;
      return (
        !c.surname &&
        c.kind !== 'plural' &&
        /^\p{Lu}/u.test(last.text) &&
        (!isPlace(last) || ownWords(from, to))
      );
    });
    // The subject first ("Halliburton issued a statement criticising BP").
    const subject = bodies.find((c) => fits(...range(c)));
    if (subject) return spanOf(prev, ...range(subject));
    if (keys.size > 0) {
      // Named elsewhere ("Shares in BP fell"): the one of the kind, when no other is the
      // sentence's subject, a name or a pronoun that does something ("It said 'had BP …'"; not "It
      // could have been a turnaround week in BP's campaign").
      const pronoun = tokens.some(
        (t, k) =>
          t.pos === 'PRON' &&
          /^(?:it|they|he|she|we)$/i.test(t.text) &&
          tokens[k + 1]?.pos === 'VERB' &&
          !tokens.slice(0, k).some((x) => /^(?:VERB|AUX)$/.test(x.pos)),
      );
      if (keys.size > 1 || bodies.length > 0 || pronoun) return undefined;
      const [from, to] = named[0]!;
      return spanOf(prev, /^the$/i.test(tokens[from - 1]?.text ?? '') ? from - 1 : from, to);
    }
    if (bodies.length > 0) return undefined;
    const described = here.find((c) => {
      const [from, to] = range(c);
      return (
        /^the$/i.test(tokens[from]!.text) &&
        /^\p{Ll}/u.test(tokens[to - 1]!.text) &&
        (cueNoun.test(c.last) || heads.test(c.last))
      );
    });
    if (!described) continue;
    // "BP said …. The company said …. The company added …": the same description carries the chain.
    const [from, to] = range(described);
    return depth > 0 && heads.test(described.last) && to - from === 2
      ? bodyBefore(sentences, prev.index, described.start, kind, offers, isPlace, depth - 1)
      : undefined;
  }
  return undefined;
}

/**
 * Where "the" + `head` ("the company") stands before the trigger as a subject (a verb, an adverb or
 * punctuation after it) or a possessor ("The company's stock rose"), or -1.
 */
export function descriptionAt(tokens: readonly Token[], head: string, triggerStart: number): number {
  return tokens.findIndex(
    (t, i) =>
      t.start < triggerStart &&
      t.text.toLowerCase() === 'the' &&
      tokens[i + 1]?.text.toLowerCase() === head &&
      tokens[i + 1]!.pos === 'NOUN' &&
      (/^(?:VERB|AUX|ADV|PUNCT)$/.test(tokens[i + 2]?.pos ?? '') ||
        /^['’]s$/.test(tokens[i + 2]?.text ?? '')),
  );
}
