import type { Token } from './annotate.ts';

/**
 * Where the credit of a photo or a clip that a scraper glued to a sentence ends: names and
 * agencies between slashes ("Photograph: Alfredo Estrella/AFP/Getty Images"), one agency in
 * capitals or a photographer for a paper ("Photograph: PA", "Photograph: Sarah Lee for the
 * Guardian"), and "courtesy (of)" a name ("Clips courtesy Iambic Media LTD").
 */

/**
 * Where a sentence starts after a credit glued to it ("Clips courtesy Iambic Media LTD Michael
 * Jackson's three children have joined …", "Footage courtesy of MTV George Clooney has hosted …"):
 * after "courtesy (of)", a run of capitalized words that a verb or a possessive follows holds the
 * credited name and then the subject. The name ends at its last all-capitals word ("LTD", "MTV"),
 * else the subject is the run's last two words (a first name and a surname).
 */
export function creditEnds(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  // "Photograph: Alfredo Estrella/AFP/Getty Images The death toll …": a photo credit is names and
  // agencies between slashes; the sentence starts after the last agency ("Getty Images", "AP").
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i + 1]!.text !== ':' || !/^(?:Photograph|Photo|Picture|Image)$/.test(tokens[i]!.text))
      continue;
    let slash = -1;
    for (let j = i + 2; j < tokens.length && j <= i + 16; j++) if (tokens[j]!.text.includes('/')) slash = j;
    if (slash < 0) {
      const end = creditWithoutSlash(tokens, i + 2);
      if (end > 0 && tokens[end]) out.push(tokens[end]!.start);
      continue;
    }
    // The agency: the word after the last slash (or glued to it), and "Images", "Press" … after it.
    let end = tokens[slash]!.text.endsWith('/') ? slash + 1 : slash;
    if (end === slash + 1 && !/^\p{Lu}/u.test(tokens[end]?.text ?? '')) continue;
    // "White House", "Associated Press", "Press Association": agencies of two words.
    const two = `${tokens[end]?.text.replace(/^.*\//, '')} ${tokens[end + 1]?.text}`;
    if (/^(?:White House|Associated Press|Press Association|Getty Images|Rex Features)$/.test(two)) end++;
    end++;
    while (
      /^(?:Images|images|Press|Pictures|Photos|Photography|Newspix|Features)$/.test(tokens[end]?.text ?? '')
    )
      end++;
    if (tokens[end]) out.push(tokens[end]!.start);
  }
  for (let i = 0; i < tokens.length; i++) {
    // (Only a word of eight letters lower-cases to "courtesy": no copy of every other word.)
    const word = tokens[i]!.text;
    if (word.length !== 8 || word.toLowerCase() !== 'courtesy') continue;
    let k = i + 1;
    if (tokens[k]?.text === 'of') k++;
    let end = k;
    while (end < tokens.length && /^\p{Lu}/u.test(tokens[end]!.text) && tokens[end]!.pos === 'PROPN') end++;
    const after = tokens[end];
    if (end - k < 3 || !after || !(after.pos === 'VERB' || after.pos === 'AUX' || /^['’]s$/.test(after.text)))
      continue;
    let at = end - 2;
    for (let c = end - 2; c > k; c--)
      if (/^\p{Lu}{2,}$/u.test(tokens[c - 1]!.text)) {
        at = c;
        break;
      }
    out.push(tokens[at]!.start);
    i = end;
  }
  return out;
}

/**
 * The end (a token index) of a photo credit of one agency or one photographer for a paper, without
 * a slash ("Photograph: PA | Two Britons have now contracted …", "Photograph: Sarah Lee for the
 * Guardian | Tony Hayward …"), from its first word at `k`, or -1: an agency in capitals before a
 * capitalised word, or a name, "for the" and the paper's name.
 */
function creditWithoutSlash(tokens: readonly Token[], k: number): number {
  const first = tokens[k];
  if (first && /^\p{Lu}{2,5}$/u.test(first.text) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ''))
    // ("Photograph: BP LLC | BP acknowledges …": a company's suffix is the credit's.)
    return /^(?:LLC|PLC|Plc|Ltd|Inc|Corp)$/.test(tokens[k + 1]!.text) ? k + 2 : k + 1;
  for (let j = k; j < tokens.length && j < k + 5; j++) {
    if (!/^\p{Lu}/u.test(tokens[j]!.text)) break;
    if (
      tokens[j + 1]?.text === 'for' &&
      tokens[j + 2]?.text === 'the' &&
      /^\p{Lu}/u.test(tokens[j + 3]?.text ?? '')
    )
      return /^\p{Lu}/u.test(tokens[j + 4]?.text ?? '') ? j + 4 : -1;
  }
  return -1;
}

/** An agency's credit, in brackets to their close, or bare. */
const AGENCY =
  /^(?:\((?:AP|Reuters|AFP|Getty Images|EPA)\b[^()]{0,60}\)|AP Photo|AP|Reuters|AFP(?:\\?\/Getty Images)?|Getty Images|Rex Features)/;
/** A photographer's credit in brackets after the agency's ("(Alastair Grant - AP)"). */
const PHOTOGRAPHER = /^\s*\([^()]{1,40} - (?:AP|Reuters|AFP|Getty Images|EPA)\)/;

/**
 * The length of a photo's credit that opens `piece` before a capitalised word, or 0: the agency
 * alone (not "EPA", an agency of government too) or in brackets, or "AP Photo" and its source ("AP | Thirteen nations and the U.N. have
 * offered …", "(AP Photo/Alastair Grant) (Alastair Grant - AP) | BP PLC's chief …", "AP Photo/BP
 * PLC | BP's underwater robots …", "AP Photo/Dave Martin | According to …"). Agencies' names are
 * the signal: a caption's credit names one.
 */
export function creditPrefix(piece: string): number {
  const agency = AGENCY.exec(piece);
  if (!agency) return 0;
  let end = agency[0].length;
  // A bare "AP Photo/" names its source: as few capitalised words as leave a capitalised word and
  // one in small letters after them ("AP Photo/Transocean | BP has begun …").
  if (piece.startsWith('/', end) || piece.startsWith('\\/', end)) {
    const rest = piece.slice(end).replace(/^\\?\//, '');
    const words = /^(\S+)(?: (\S+))?(?: (\S+))?/.exec(rest);
    let taken = -1;
    for (let n = 1; n <= 3 && words?.[n]; n++) {
      const head = words.slice(1, n + 1).join(' ');
      const after = rest.slice(head.length);
      if (/^ (?:PLC|LLC|Inc|Ltd)\b/.test(after)) continue;
      if (/^ \p{Lu}[\p{L}'’]*\s+\p{Ll}/u.test(after)) {
        taken = head.length;
        break;
      }
    }
    if (taken < 0) return 0;
    end = piece.length - rest.length + taken;
  }
  const photographer = PHOTOGRAPHER.exec(piece.slice(end));
  if (photographer) end += photographer[0].length;
  const space = /^\s+(?=\p{Lu})/u.exec(piece.slice(end));
  return space ? end + space[0].length : 0;
}

/** A photo agency's credit standing alone ("AP", "AFP", "Reuters", "Getty Images", "AP Photo"). */
const LONE_CREDIT = /^(?:AP(?: Photo)?|AFP(?:\/Getty Images)?|Reuters|Getty Images|EPA)$/;
/** A sentence closed by an agency's credit ("… in Venice, La.. AP"). */
const CLOSING_CREDIT = /[.!?] (?:AP|AFP|Reuters)$/;

/**
 * The indices of sentences that are photo captions: a sentence an agency's credit closes, or one
 * right before a credit that stands alone, as a sentence or left out between two ("April 28: A boat
 * makes its way through oil … | AFP", "… holds up a jar of oil collected from St. Mary's Point …, La..
 * AP"), and the lone credit itself. A caption describes a picture; the report it illustrates tells
 * the happening. `gaps[i]` is the text between sentence `i - 1` and sentence `i`.
 */
export function creditedCaptions(texts: readonly string[], gaps: readonly string[]): number[] {
  const out = new Set<number>();
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    if (CLOSING_CREDIT.test(text)) out.add(i);
    else if (LONE_CREDIT.test(text)) out.add(i);
    if (
      i > 0 &&
      /[.!?]$/.test(texts[i - 1]!) &&
      (LONE_CREDIT.test(text) || LONE_CREDIT.test(gaps[i]!.trim()))
    )
      out.add(i - 1);
  }
  // A gallery's captions share their date label: after a credited caption that opens with one
  // ("April 28: A boat …. AFP"), the next sentences that open with one are captions too ("April 27:
  // Weathered oil … is seen in the Gulf").
  for (const i of [...out]) {
    if (!DATE_LABEL.test(texts[i]!)) continue;
    for (let j = i + 1; j < texts.length && (out.has(j) || DATE_LABEL.test(texts[j]!)); j++) out.add(j);
  }
  return [...out].sort((a, b) => a - b);
}

/** A caption's date label ("April 28:", "Aug. 2:", "April 21, 2010:", "Saturday:"). */
const DATE_LABEL =
  /^(?:(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day): \p{Lu}/u;

/**
 * A credit after an abbreviation's doubled period, glued to the sentence after it ("… near
 * Yscloskey, La.. AP | Experts have said …"), where the library starts no sentence: the offset
 * where the sentence starts, within `block`, for each.
 */
export function gluedCreditEnds(block: string): number[] {
  return [...block.matchAll(/\.\. (?:AP|AFP) (?=\p{Lu}\p{Ll}+ \p{Ll})/gu)].map((m) => m.index + m[0].length);
}
