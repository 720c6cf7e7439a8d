/** The reporting frame of a sentence: "the MoD stated | that the dispute has ended". */
export interface ReportFrame {
  /** End of the frame (offset in the sentence), where the reported content begins. */
  readonly frameEnd: number;
  readonly contentStart: number;
  /** The reporting verb as written ("said", "quoted"). */
  readonly verb: string;
  readonly verbStart: number;
}

// A reporting verb, then up to ~14 words (an addressee, an apposition, "yesterday"), then "that".
const FRAME =
  /\b(said|says|stated|states|told|tells|quoted|quotes|reported|reports|added|claimed|confirmed|announced|declared|insisted|noted|stressed|warned)\b((?:\s+[^.;:“”"]{0,140}?)??)\s+that\s+/g;

/**
 * Finds where a sentence reports someone else's words: "X said (yesterday) that …",
 * "the agency quoted Y, deputy spokesman, that …". Returns undefined for plain narration.
 */
export function findReportFrame(text: string): ReportFrame | undefined {
  let m: RegExpExecArray | undefined;
  for (let from = 0; from < text.length; ) {
    FRAME.lastIndex = from;
    const found = FRAME.exec(text);
    if (!found) return undefined;
    // "reports of clashes" is a noun; a long gap means "that" belongs to something else.
    const noun = /\b(?:of|following|after|the|a|these|such|new|media|news|recent)\s+$/i.test(
      text.slice(0, found.index),
    );
    if (!noun && (found[2] ?? '').split(/\s+/).length <= 16) {
      m = found;
      break;
    }
    from = found.index + found[1]!.length;
  }
  if (!m) return undefined;
  const frameEnd = m.index + m[1]!.length + (m[2] ?? '').length;
  return { frameEnd, contentStart: m.index + m[0].length, verb: m[1]!, verbStart: m.index };
}

/** Ranges of a text inside quotation marks (straight or curly). */
export function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/“[^”]*(?:”|$)|"[^"]*(?:"|$)/g)) out.push([m.index, m.index + m[0].length]);
  return out;
}
