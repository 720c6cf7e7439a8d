/** The comma/conjunction-delimited chunk of a sentence around a span. */
export function chunkAround(
  text: string,
  start: number,
  end: number,
): { start: number; end: number; text: string } {
  const left = text.slice(0, start);
  const cuts = [...left.matchAll(/[,;(]\s*|\s(?:despite|after|before|following|while|and|but)\s/g)];
  const s = cuts.length > 0 ? cuts[cuts.length - 1]!.index! : 0;
  const right = /[,;)]|\s(?:and|but|while|which)\s/.exec(text.slice(end));
  const e = right ? end + right.index : text.length;
  return { start: s, end: e, text: text.slice(s, e) };
}
