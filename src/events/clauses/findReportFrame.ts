/** The reporting frame of a sentence: "the MoD stated | that the dispute has ended". */
export interface ReportFrame {
  /** End of the frame (offset in the sentence), where the reported content begins. */
  readonly frameEnd: number;
  readonly contentStart: number;
  /** The reporting verb as written ("said", "quoted"). */
  readonly verb: string;
  readonly verbStart: number;
}

// A reporting verb, then up to ~14 words (an addressee, an apposition, "yesterday"), then "that";
// not across a clause of the words said ("said 70 people were killed in fighting that …") nor a
// narrator's participle (", meaning that").
const FRAME =
  /\b(said|says|stated|states|told|tells|quoted|quotes|reported|reports|added|claimed|confirmed|announced|declared|insisted|noted|stressed|warned)\b((?:\s+(?:(?!,\s*\p{L}+ing\b|\s(?:was|were|is|are|had|has|have|will|would)\s)[^.;:“”"]){0,140}?)??)\s+that\s+/gu;

/**
 * Finds where a sentence reports someone else's words: "X said (yesterday) that …",
 * "the agency quoted Y, deputy spokesman, that …", "BP said on Monday it had …". Returns
 * undefined for plain narration.
 */
export function findReportFrame(text: string): ReportFrame | undefined {
  let m: RegExpExecArray | undefined;
  for (let from = 0; from < text.length; ) {
    FRAME.lastIndex = from;
    const found = FRAME.exec(text);
    if (!found) break;
    // "reports of clashes" is a noun; a long gap means "that" belongs to something else.
    // Only a plural in -s can be that noun: "The Buffalo News reported Friday that …" is a frame.
    const noun =
      /s$/.test(found[1]!) &&
      /\b(?:of|following|after|the|a|these|such|new|media|news|recent|with|amid|despite|about|over|from|by|in|on|for|to|without|unconfirmed|conflicting)\s+$/i.test(
        text.slice(0, found.index),
      );
    if (!noun && (found[2] ?? '').split(/\s+/).length <= 16) {
      m = found;
      break;
    }
    from = found.index + found[1]!.length;
  }
  if (!m) return implicitFrame(text);
  const frameEnd = m.index + m[1]!.length + (m[2] ?? '').length;
  return { frameEnd, contentStart: m.index + m[0].length, verb: m[1]!, verbStart: m.index };
}

// "BP said (on Monday) it had capped the well": the frame without "that". A time right after the
// verb belongs to the saying. An inverted ", said the ministry." is not a frame.
/** The verbs of saying a frame without "that" may have (TOLD reads "told" with its addressee). */
const IMPLICIT_VERBS = 'said|says|announced|reported|added|confirmed|claimed|stated|warned|insisted';
const IMPLICIT = new RegExp(
  String.raw`(?<![,"”]\s*)\b(${IMPLICIT_VERBS})((?:\s+(?:late|early))?(?:\s+on)?(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|last (?:week|month|night))(?:\s+(?:morning|afternoon|evening|night))?)?)\s+(?=(?:it|he|she|they|we|there|the|a|an|its|his|her|their|this|these|some|many|more|several|at least|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*|\p{Lu}[\p{L}-]+)\s)`,
  'u',
);

// "told Reuters news agency the FSA had begun …", "told reporters it was …": the addressee, then the words.
const TOLD =
  /\b(told)(\s+(?:reporters|journalists|lawmakers|investors|analysts|parliament|Congress|him|her|them|the (?:BBC|AP|AFP)|(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:news agency|agency|newspaper|television|TV|radio)|(?:the\s+)?(?:BBC|AFP|AP|Reuters|CNN)(?:\s+news agency)?)(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?)\s+(?=(?:it|he|she|they|we|there|the|a|an|its|his|her|their|this|these|some|many|more|several|at least|\d[\d,]*|\p{Lu}[\p{L}-]+)\s)/u;

/**
 * An aside between the opening subject and its verb of saying ("A provincial official, who spoke on
 * condition of anonymity, | said …", "The governor, speaking to reporters, | said …"): a relative
 * clause or a participle's phrase set off by commas, at most 100 characters.
 */
const ASIDE_BEFORE_SAYING = new RegExp(
  String.raw`^[^,]{1,80}?(,\s*(?:who|which|whose|speaking|citing|asking|requesting|declining|talking)\b[^,;:]{1,100},)\s*(?=(?:${IMPLICIT_VERBS}|told|tells)\b)`,
  'u',
);

/**
 * The text with such an aside blanked out (spaces of its length, so offsets stay): the comma that
 * closes it does not make the verb after it an inverted ", said the ministry.".
 */
function withoutAside(text: string): string | undefined {
  const m = ASIDE_BEFORE_SAYING.exec(text);
  if (!m) return undefined;
  const at = m.index + m[0].indexOf(m[1]!);
  return text.slice(0, at) + ' '.repeat(m[1]!.length) + text.slice(at + m[1]!.length);
}

/**
 * The frame of a saying after an aside between its speaker and it ("A provincial official, who
 * spoke on condition of anonymity, said 12 militants were killed"), which `findReportFrame` reads
 * as an inverted ", said the ministry" and leaves out; undefined without such an aside. In a
 * sentence with dates, only when one of them (offsets in `dates`) stands in a relative aside
 * ("Alleyn's school, which closed after pupils were diagnosed on Monday, said it was rescheduling
 * exams for next week"): the report's rules date the aside's happening, the saying and the words
 * said each by their own. With dates only in the words said, or in a participle's aside
 * ("speaking ahead of hearings Tuesday"), the sentence stays narration, whose rules place each
 * date on its own clause (the words said read as a report lost their dated noun or their title's
 * end on Timeline17).
 * An inverted attribution after an aside ("The bombing, which killed 12, said the ministry in a
 * statement.") still gives a frame here: extractEvents keeps one only when its words hold a verb.
 */
export function frameAfterAside(
  text: string,
  dates: readonly (readonly [number, number])[] = [],
): ReportFrame | undefined {
  const m = ASIDE_BEFORE_SAYING.exec(text);
  if (!m) return undefined;
  const at = m.index + m[0].indexOf(m[1]!);
  const relative = /^,\s*(?:who|which|whose)\b/u.test(m[1]!);
  if (dates.length > 0 && !(relative && dates.some(([a, b]) => a >= at && b <= at + m[1]!.length)))
    return undefined;
  const bare = withoutAside(text);
  return bare === undefined ? undefined : implicitFrame(bare);
}

function implicitFrame(text: string): ReportFrame | undefined {
  const m = IMPLICIT.exec(text) ?? TOLD.exec(text);
  if (!m) return undefined;
  const contentStart = m.index + m[0].length;
  // The reported clause needs a few words and a subject of its own ("said the ministry." is none).
  if (
    text.slice(contentStart).split(/\s+/).length < 4 ||
    /^(?:the|a)\s+\S+[.,]?$/.test(text.slice(contentStart))
  )
    return undefined;
  return { frameEnd: m.index + m[1]!.length + m[2]!.length, contentStart, verb: m[1]!, verbStart: m.index };
}

/** Ranges of a text inside quotation marks (straight or curly). */
export function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  // (Most sentences hold no quotation mark: no search, no iterator.)
  if (!text.includes('"') && !text.includes('“')) return out;
  for (const m of text.matchAll(/“[^”]*(?:”|$)|"[^"]*(?:"|$)/g)) out.push([m.index, m.index + m[0].length]);
  return out;
}
