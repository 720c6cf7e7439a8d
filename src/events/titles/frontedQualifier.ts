import type { Token } from '../nlp/annotate.ts';

/*
 * "Stripping out the oil spill costs, BP made a profit of $5bn": a phrase before the subject that
 * takes something out of the count is a condition the claim needs; without it the title says the
 * opposite of the sentence ("BP made a profit"). Unlike a fronted date or aside, it stays.
 */

/** Words that open a phrase excepting something from what the clause counts. */
const EXCEPTING =
  /^(?:excluding|stripping|discounting|barring|ignoring|without|minus|excepting|not|leaving|setting|apart|aside|except|adjusting)$/i;

/** What the first word needs after it to except ("not counting", "leaving aside", "apart from"). */
const SECOND: Readonly<Record<string, RegExp>> = {
  not: /^(?:counting|including)$/i,
  leaving: /^(?:aside|out)$/i,
  setting: /^aside$/i,
  apart: /^from$/i,
  aside: /^from$/i,
  except: /^for$/i,
  adjusting: /^for$/i,
};

/**
 * The indices of an excepting phrase that opens the main clause (from `from`) and ends with the comma
 * before its subject (`who`), up to ten words of nouns, numbers and prepositions ("Excluding
 * one-off charges,", "Not counting the spill's costs,"); else none.
 */
export function frontedQualifier(
  tokens: readonly Token[],
  from: number,
  who: readonly number[],
  skipped: (i: number) => boolean,
): number[] {
  const first = who[0];
  if (first === undefined || tokens[first - 1]?.text !== ',') return [];
  const opener = tokens[from]?.text.toLowerCase() ?? '';
  if (!EXCEPTING.test(opener)) return [];
  let p = from + 1;
  const second = SECOND[opener];
  if (second !== undefined) {
    if (!second.test(tokens[p]?.text ?? '')) return [];
    p++;
  }
  // ("Stripping out the costs": the particle of the opening verb.)
  if (/^(?:out|off)$/i.test(tokens[p]?.text ?? '') && /ing$/i.test(opener)) p++;
  const words = tokens.slice(p, first - 1);
  // (Not a manner's "without": "Without warning, troops opened fire"; "without any" neither.)
  const least = opener === 'without' ? 2 : 1;
  if (words.length < least || words.length > 10 || /^(?:any|a|an)$/i.test(words[0]!.text)) return [];
  if (!words.every((t, n) => !skipped(p + n) && /^(?:DET|ADJ|NOUN|PROPN|NUM|SYM|ADP|PART|PRON)$/.test(t.pos)))
    return [];
  return Array.from({ length: first - from }, (_, n) => from + n);
}

/** Whether the kept words open with an excepting phrase and its comma ("Without the charge, | profits …"), which the title keeps whole. */
export function opensWithQualifier(tokens: readonly Token[], kept: readonly number[]): boolean {
  const comma = kept.findIndex((i) => tokens[i]!.text === ',');
  if (comma < 1 || kept[comma + 1] !== kept[comma]! + 1) return false;
  if (!kept.slice(0, comma).every((i, n) => i === kept[0]! + n)) return false;
  return frontedQualifier(tokens, kept[0]!, [kept[comma + 1]!], () => false).length > 0;
}
