/** Exchange codes that end a Reuters instrument code ("BP.L", "SASY.PA", "XOM.N"). */
const EXCHANGE =
  /^(?:N|O|OQ|L|PA|DE|F|AS|BR|MI|MC|SW|VX|ST|OL|CO|HE|T|TO|HK|AX|KS|SS|SZ|BO|NS|SA|MX|TW|SI)\b/;

/**
 * Whether the sentence start the library found at `at` falls inside a stock ticker: the period
 * between a company's symbol and its exchange's, in parentheses ("France's Sanofi-Aventis (SASY. PA)
 * is spending …", "(BP. L)") or glued ("SASY.PA"). The library ends a sentence at the symbol's
 * period and the next one opens with the exchange's letters ("PA is spending 350 million euros"),
 * which lose the company and its clause's start.
 */
export function tickerPeriod(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  const after = text.slice(at, at + 6);
  // "(SASY. PA)": the symbol opens a parenthesis and the exchange's letters close it.
  if (/\(\p{Lu}{1,6}\.\s*$/u.test(before) && /^\p{Lu}{1,3}\)/u.test(after)) return true;
  // "SASY.PA is": no space either side of the period, the symbol a word of its own in capitals
  // (not a sentence run on without a space, "… the BBC.A new …", "… at the UN.I think …").
  // Only an exchange's code ("N", "O", "L", "PA", "DE", "TO", "HK" …), not "NATO.US forces".
  return /(?:^|[\s(])\p{Lu}{2,6}\.$/u.test(before) && EXCHANGE.test(after);
}
