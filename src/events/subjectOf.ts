import { canonicalActor } from './actors/findActors.ts';
import { clipPhrase } from './clipPhrase.ts';
import { escapeRe, words } from './tokenize.ts';

const LEADING_ADVERBIAL =
  /^(?:since|yesterday|today|on|in|at(?! least)|during|following|after|before|meanwhile|from|with|last|earlier|later|however|but|and|also|then|according|despite|while|when|as|it is noteworthy|(?:\S+ )?(?:hours|days|weeks|months|years|moments|minutes) (?:later|earlier|ago)$)\b/i;
// Adverbial subordinators: a verb after one has its own subject ("… since a rig leased by BP exploded").
const SUBORDINATOR =
  /(?:^|\s)(?:since|because|after|before|when|whenever|while|although|though|until|once|if|unless|whereas|as(?=\s+\p{Lu}))\s+(?!the (?:day|week|month|year|start|beginning|end)\b)/giu;

// A word of a person's name: "Nabil", "al-Araby", "bin-Laden".
const NAME = "(?:\\p{Lu}[\\p{L}'’.-]+|(?:al|el|ad|as|ash|bin|ibn|abu)-\\p{Lu}[\\p{L}'’.-]*)";

const SENTENCE_ADVERB =
  /^(?:\p{L}+ly|moreover|furthermore|nevertheless|nonetheless|instead|likewise|meanwhile|overall)$/iu;

/** The subject: the first chunk before the verb that is not an adverbial, named canonically. */
export function subjectOf(before: string, skip: readonly string[] = []): string {
  let text = before;
  // "Obama on Sunday defended": the preposition of a removed date goes with it.
  for (const s of skip)
    text = text.replace(
      new RegExp(`(?:\\s(?:on|in|at|last|this|by|during|late|early))?\\s*${escapeRe(s)}`),
      ' ',
    );
  // Page furniture: "Wednesday 17 June 2009 15.39 BST Government officials …".
  const stamp = [
    ...text.matchAll(/\d{1,2}[.:]\d{2}\s*(?:BST|GMT|EDT|EST|CET|UTC|am|pm|a\.m\.|p\.m\.)?\s/gi),
  ].at(-1);
  if (stamp) text = text.slice(stamp.index + stamp[0].length);
  // The subject of a verb in an adverbial clause starts after its subordinator ("… since a rig exploded").
  // A subordinate clause closed by a comma ("while the elections are …, opposition parties have") is
  // not the subject either: the main clause starts after the comma.
  const sub = [...text.matchAll(SUBORDINATOR)].at(-1);
  if (sub) {
    const rest = text.slice(sub.index + sub[0].length);
    const comma = /,(?!\d{3})\s*(?=\S)/.exec(rest);
    if (comma) text = rest.slice(comma.index + comma[0].length);
    // "Mexico City has closed schools until further notice, suspended …": the verb shares the main subject.
    else if (/,\s*$/.test(rest)) text = text.slice(0, sub.index);
    else if (words(rest).length > 0) text = rest;
  }
  // "On Thursday BP said": with the date taken out, the adverbial leaves the subject behind.
  text = text.replace(
    /^\s*(?:On|on|In|in|At|at|By|by|Last|last|Earlier|earlier|Later|later)\s{2,}(?=\p{Lu})/u,
    '',
  );
  // "Homs was bombarded on Thursday and more than 30 people were killed": after a clause of its own
  // (an auxiliary and a participle, or a verb and its object), the subject follows the conjunction.
  const clauses = text.split(/\s(?:and|but)\s/);
  const ownClause =
    /\b(?:was|were|is|are|has|have|had|been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn)\b|\s\p{Ll}{3,}ed\s+(?:the|a|an|his|her|its|their)\s/u;
  const first = clauses.slice(0, -1).join(' ');
  // Not a verb inside a relative clause: "who has been appointed the UN and Arab League's envoy".
  if (
    clauses.length > 1 &&
    words(clauses.at(-1)!).length > 0 &&
    ownClause.test(first) &&
    !/\b(?:who|which|that)\b/.test(first)
  )
    text = clauses.at(-1)!;
  // "…, and the army recaptured": a conjunction before a noun phrase joins clauses; the phrase is the subject.
  const raw = text
    .split(/,(?!\d{3})|[;:]|\s[–—-]\s/)
    .map((c) => c.trim().replace(/^(?:and|but)\s+(?=(?:the|a|an|its|their|his|her)\s|\p{Lu})/iu, ''));
  const chunks = raw.filter(
    (c, i) =>
      c.length > 0 &&
      !LEADING_ADVERBIAL.test(c) &&
      // "Separately, Lebanon has condemned …": a lone sentence adverb is not the subject.
      !SENTENCE_ADVERB.test(c) &&
      !/^(?:led by|one of|in which|who|which|whose|a former)\b/i.test(c) &&
      // "Speaking at a Senate hearing, Overton …", "In announcing its downgrading, Moody's …".
      !/^(?:(?:[Ii]n|[Ww]hile|[Aa]fter|[Ww]hen|[Bb]efore) )?(?:\p{Ll}+ing|Speaking|Writing|Announcing|Testifying|Responding|Commenting|Addressing|Citing|Referring|Reacting|Describing|Explaining|Visiting|Meeting|Appearing|Arriving|Returning|Having|Being)\b/u.test(
        c,
      ) &&
      // "X, the leader of Y, said": the apposition after a name renames it.
      !(
        i > 0 &&
        /^(?:the|a|an|his|her|its|their)\s+\p{Ll}/u.test(c) &&
        /^\p{Lu}/u.test(raw[i - 1] ?? '') &&
        !LEADING_ADVERBIAL.test(raw[i - 1] ?? '') &&
        !SENTENCE_ADVERB.test(raw[i - 1] ?? '')
      ),
  );
  let subject = chunks[0] ?? '';
  // "Florida's senator, Bill Nelson, said", "Obama's point man, coastguard commander Thad Allen, told":
  // the name in the apposition says who, shortly.
  const named = chunks
    .slice(1)
    .map((c) => new RegExp(`^(?:\\p{Ll}+\\s+){0,3}((?:${NAME}\\s+){1,3}${NAME})$`, 'u').exec(c)?.[1])
    .find(Boolean);
  if (
    named &&
    /['’]s\b|\b(?:senator|spokes\w+|minister|chief|official|chairman|chairwoman|commander|head|director|leader|secretary|envoy|analyst|correspondent|man|woman|administrator|president|governor)\b/i.test(
      subject,
    )
  )
    subject = named;
  // "… in Houma, Louisiana, Feinberg stressed": a lone place name after a place is not the subject.
  if (
    chunks.length > 1 &&
    /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?$/u.test(subject) &&
    /\p{Lu}\p{Ll}+$/u.test(raw[raw.indexOf(subject) - 1] ?? '') &&
    raw.indexOf(subject) > 0
  )
    subject = chunks[1]!;
  // "…, a storm that in 2005 killed": a verb in a relative clause has the antecedent for subject.
  const last = raw.filter((c) => c.length > 0).at(-1) ?? '';
  const relative = /^(.+?)\s+(?:that|which|who)\s+(?:\S+\s+){0,4}$/.exec(`${last} `);
  if (relative && last !== chunks[0] && !LEADING_ADVERBIAL.test(last)) subject = relative[1]!;
  subject = subject.replace(/^(?:and|but|then|also)\s+/i, '');
  // "… show a military convoy heading", "prompted the government to tighten": the real subject follows.
  const inner =
    /\b(?:shows?|showed|showing|witnessed|saw|prompted|forced|caused|pushed|allowed)\s+(.+?)(?:\s+to)?$/.exec(
      subject,
    );
  if (inner) subject = inner[1]!;
  // "The UN estimated in January that 5,400 people …": the subject of a reported clause follows "that".
  const reported =
    /\b(?:said|says|estimated|estimates|believed|believes|reported|reports|claimed|claims|announced|stated|confirmed|added|warned|noted|thinks?|thought|feared|fears|argued|insisted|suggested|showed|shows|found|knew|knows|expected|expects|predicted|calculated|concluded|revealed)\b(?:\s+\S+){0,4}?\s+that\s+(\S.*)$/.exec(
      subject,
    );
  if (reported) subject = reported[1]!;
  subject = subject.split(/\s(?:who|which|that|whom|is|are|was|were|has|have|had)\s/)[0]!;
  subject = subject.replace(
    /\s+(?:previously|also|reportedly|now|already|then|later|still|have|has|had|was|were|is|are)$/i,
    '',
  );
  // "Barack Obama opened up US waters …, but suspended": a name then a verb of its own ends the subject.
  // Not an adjective before the last noun: "Thirty unidentified corpses".
  subject = subject.replace(
    /^((?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*)\s+\p{Ll}+ed\b(?!\s+\p{Ll}+$).*$/u,
    '$1',
  );
  // "The government mobilized its stockpile and started …": the first verb phrase is not the subject.
  const coordinated =
    /^((?:\S+\s+){0,4}?\S+)\s+\p{Ll}{3,}ed\s+(?!by\b|in\b|at\b|on\b|to\b|with\b|from\b).*\s(?:and|but)$/u.exec(
      subject.trim(),
    );
  if (coordinated && !/^(?:the|a|an)$/i.test(words(coordinated[1]!).at(-1) ?? '')) subject = coordinated[1]!;
  const bare = subject.replace(/^(?:the|a|an|some)\s+(?:official\s+)?/i, '');
  const w = words(bare);
  // A known actor at the end of the subject names it ("2nd Deputy PM Abdul Salam Hanafi").
  for (let i = 0; i < w.length; i++) {
    const canonical = canonicalActor(w.slice(i).join(' '));
    if (!canonical) continue;
    if (i === 0 || /^\p{Lu}/u.test(w[i - 1] ?? '') || /^(?:official|Afghan)$/.test(w[i - 1] ?? ''))
      return canonical.name;
    break;
  }
  return clipPhrase(bare, 7);
}

/** "Senate Energy committee chairman Jeff Bingaman" → "Jeff Bingaman": the name after a lower-case role. */
export function nameAfterRole(subject: string): string | undefined {
  return new RegExp(
    `(?:^|\\s)(?!(?:in|of|from|at|for|to|on|with|by)\\s)\\p{Ll}+\\s+((?:${NAME}\\s+){1,2}${NAME})$`,
    'u',
  ).exec(subject)?.[1];
}
