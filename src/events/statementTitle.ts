import { hasVerb } from './cutTitle.ts';
import { clipWords, lower, TITLE_MAX } from './headline.ts';
import { nameAfterRole } from './subjectOf.ts';
import { words } from './tokenize.ts';

/** Who speaks, as a headline names them, and the reported words' gist. */
export interface StatementParts {
  /** The subject of the reporting verb ("Turkish Prime Minister Recep Tayyip Erdogan"). */
  readonly speaker: string;
  /** The person a "quoted" frame gives the words to ("the agency quoted Karimi that …"). */
  readonly quoted?: string;
  /** A known person's name at the end of the speaker ("Recep Tayyip Erdogan"). */
  readonly named?: string;
  /** The reported clause read as a headline, when it reports a happening. */
  readonly happening?: string;
  /** The reported words as written. */
  readonly content: string;
}

// Whether a clause has its verb, after its last "that" ("a clear message that the operation" has none).
const clauseHasVerb = (c: string): boolean => {
  const w = words(c);
  return hasVerb(w.slice(w.lastIndexOf('that') + 1));
};

/**
 * The gist of reported words: the happening's headline when there is one, else the first main
 * clause ("said that since the leak began, 4 million gallons …" → the clause after the adverbial),
 * without quotes or hedges ("it appeared that").
 */
export function statementGist(parts: Pick<StatementParts, 'happening' | 'content'>): string {
  // "said that since the leak began, 4 million gallons …": the main clause, not the adverbial.
  const chunks = parts.content.split(/(,(?!\d{3})|;|\s(?:but|while|whereas)\s)/);
  const at = chunks.findIndex(
    (c, i) => i % 2 === 0 && !/^\s*(?:since|when|after|as|while|although|if|before|until|once)\b/i.test(c),
  );
  // "the military operation, and violence, will continue": a subject without its verb runs on to it.
  let end = at;
  while (
    end >= 0 &&
    end + 2 < chunks.length &&
    end - at < 4 &&
    !clauseHasVerb(chunks.slice(at, end + 1).join(''))
  )
    end += 2;
  const main = at >= 0 ? chunks.slice(at, end + 1).join('') : parts.content;
  const raw =
    parts.happening !== undefined ? lower(parts.happening) : lower(clipWords(dropModifier(main.trim()), 14));
  // Glued quotes (`even"monsters"would`) and hedges ("it appeared that") add nothing to a headline.
  // "Oil reaches …" as a headline, "oil" in the words: a common noun loses its headline capital.
  const first = /^\p{Lu}\p{Ll}+/u.exec(raw)?.[0];
  const common = first !== undefined && new RegExp(`\\b${first.toLowerCase()}\\b`).test(parts.content);
  return (common ? raw.charAt(0).toLowerCase() + raw.slice(1) : raw)
    .replace(/["“”]/g, ' ')
    .replace(
      /^(?:it (?:appeared|appears|seemed|seems|was clear|is clear) that|(?:this|it) (?:is|was) an? (?:\S+ ){0,2}?(?:message|sign|signal|indication|reminder) that|that)\s+/i,
      '',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

// "a Mexican traveler confirmed as Hong Kong's first case had been discharged": the modifier between
// the subject and its verb hides the happening; the headline keeps the subject's head and the verb.
function dropModifier(gist: string): string {
  const m =
    /^((?:\S+\s+){1,4}?\S+?)\s+(?:(?:who|which|that)\s|\p{Ll}+ed\s+(?:as|by|in|with|to|at|for|from)\s|,)(?:[^,]*?,?)\s((?:has|have|had|is|are|was|were|will)\s(?:been\s|not\s)?\p{Ll}+.*)$/u.exec(
      gist,
    );
  return m && words(gist).length > 10 ? `${m[1]} ${m[2]}` : gist;
}

/** "X says <gist>": the speaker named briefly, the gist cut at a clause break when too long. */
export function statementTitle(parts: StatementParts): string {
  const { speaker, quoted, named } = parts;
  const said =
    /^(?:they|we|you)$/i.test(speaker) ||
    // "Activists say", but "Lloyd's says", "the agency says".
    (/s$/i.test(speaker.split(/\s(?:of|from|in|for)\s/)[0]!) && !/(?:ss|news|agency|['’]s)$/i.test(speaker))
      ? 'say'
      : 'says';
  // "Senate Energy committee chairman Jeff Bingaman": a role in lower case, then the name.
  const roleName = nameAfterRole(speaker);
  const who = `${quoted || named || roleName || speaker || 'Source'} ${quoted || named || roleName ? 'says' : said}`;
  // "Arab League says it suspends …", not "Arab League says Arab League suspends …".
  const self = [quoted, named, roleName, speaker].find(
    (x): x is string => x !== undefined && x !== '' && statementGist(parts).startsWith(`${x} `),
  );
  const pronoun =
    /^\s*(it|they|he|she)\b/i.exec(parts.content)?.[1]?.toLowerCase() ??
    (said === 'say' && !(quoted || named || roleName) ? 'they' : 'it');
  const gist = self ? `${pronoun}${statementGist(parts).slice(self.length)}` : statementGist(parts);
  // A long gist is cut at the last clause break that fits, so the headline keeps a whole thought.
  const budget = TITLE_MAX - who.length - 1;
  const breaks = [
    ...gist.matchAll(
      /\s(?=(?:and|which|who|while|because|after|before|from|in|on|at|for|with|to|as|over|until|since)\s)/g,
    ),
  ].map((m) => m.index);
  // The cut keeps the reported clause's verb: "says the military operation" says nothing.
  const fits = breaks
    .filter((i) => i <= budget && words(gist.slice(0, i)).length >= 5 && clauseHasVerb(gist.slice(0, i)))
    .at(-1);
  const short = gist.length > budget && fits !== undefined ? gist.slice(0, fits) : gist;
  return `${who} ${short}`;
}
