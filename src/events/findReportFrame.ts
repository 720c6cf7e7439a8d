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
  /\b(said|says|stated|states|told|tells|quoted|quotes|reported|reports|added|claimed|confirmed|announced|declared|insisted|noted|stressed|warned|estimate|estimated)\b((?:\s+[^.;:“”"]{0,140}?)?)\s+that\s+/;

/**
 * Finds where a sentence reports someone else's words: "X said (yesterday) that …",
 * "the agency quoted Y, deputy spokesman, that …". Returns undefined for plain narration.
 */
export function findReportFrame(text: string): ReportFrame | undefined {
  const m = FRAME.exec(text);
  if (!m) return undefined;
  // "that" introducing a relative clause after a noun ("the statement that was …") is rare after
  // a reporting verb; a comma-free gap of modest length keeps the frame tight.
  if ((m[2] ?? '').split(/\s+/).length > 16) return undefined;
  const frameEnd = m.index + m[1]!.length + (m[2] ?? '').length;
  return { frameEnd, contentStart: m.index + m[0].length, verb: m[1]!, verbStart: m.index };
}

/** Ranges of a text inside quotation marks (straight or curly). */
export function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/“[^”]*(?:”|$)|"[^"]*(?:"|$)/g)) out.push([m.index, m.index + m[0].length]);
  return out;
}
