import type { Token } from '../nlp/annotate.ts';
import type { Clause } from './splitClauses.ts';

/**
 * A medium as a subject's head noun: a broadcaster's network or channel, a paper, a website, a
 * news bulletin or the headlines ("The networks filled time …", "The BBC website focused on …",
 * "News bulletins have been dominated by …"), or a web address's ending after its period
 * ("Reuters.com also featured …", which the library writes "Reuters . com").
 */
const MEDIUM =
  /^(?:networks?|channels?|newspapers?|tabloids?|websites?|broadcasters?|bulletins?|headlines)$/i;
/**
 * "network" and "channel" name other things too ("Al Qaeda networks bombed …", "Smuggling networks
 * moved …", "The shipping channels reopened", "These networks bombed …"): a medium only after a press
 * word or bare after "the" or "a" ("The networks filled time …", "US television networks").
 */
const AMBIGUOUS_MEDIUM = /^(?:networks?|channels?)$/i;
const PRESS_WORD = /^(?:tv|television|cable|news|broadcast|broadcasting|radio|satellite)$/i;
const ADDRESS_END = /^(?:com|org|net|gov)$/i;
/**
 * What a medium does that tells a happening of its own or someone's words: saying and reporting
 * (the report frame reads those), publishing or releasing something, which is news.
 */
const TELLING =
  /^(?:say|report|tell|quote|claim|confirm|announce|state|add|write|cite|reveal|name|identify|publish|release|post|leak|obtain|broadcast|air|show)$/;

/**
 * Whether the verb at `k` tells what a medium did with its pages or air time, not a happening it
 * reports: its subject ends in a medium ("Reuters.com also featured a special coverage page with the
 * latest news", "The networks filled time between news conferences with interviews …", "The network
 * won the primetime 8pm time slot", "Many newspapers … are taking stock of the first year of the
 * uprising"). A medium that says, reports or publishes tells news, which the report frame and the
 * rest of the pipeline read ("Izvestia newspaper reports …", "a US government website published
 * satellite images"); only who had the story first is about the press (see `firstReportedBy`).
 */
export function mediaCoverage(tokens: readonly Token[], clause: Clause, k: number): boolean {
  const t = tokens[k];
  if (t?.pos !== 'VERB') return false;
  if (firstReportedBy(tokens, k)) return true;
  if (TELLING.test(t.lemma) || carriesReports(tokens, k)) return false;
  let g = k - 1;
  for (; g >= clause.from && /^(?:AUX|ADV|PART)$/.test(tokens[g]!.pos); g--)
    // (What media "will" do is a happening of their own: "US television networks will team up for
    // an all-star telethon next Friday".)
    if (/^(?:will|shall|['’]ll)$/i.test(tokens[g]!.text)) return false;
  if (g < clause.from) return false;
  const head = tokens[g]!;
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return false;
  // "Reuters.com": the address's ending glued to a period glued to the name.
  const dot = tokens[g - 1];
  const address =
    ADDRESS_END.test(head.text) &&
    dot?.text === '.' &&
    dot.end === head.start &&
    tokens[g - 2]?.end === dot.start;
  if (!address && !MEDIUM.test(head.text)) return false;
  if (!address && AMBIGUOUS_MEDIUM.test(head.text)) {
    const before = tokens[g - 1];
    const article = before?.pos === 'DET' && /^(?:the|a)$/i.test(before.text);
    if (!before || g - 1 < clause.from || !(article || PRESS_WORD.test(before.text))) return false;
  }
  // The medium heads the subject, not a phrase on it ("John Aravosis of Americablog.com pointed out
  // alterations"): back over its noun phrase, no preposition.
  let s = address ? g - 2 : g;
  while (s > clause.from && /^(?:NOUN|PROPN|ADJ|DET|NUM|PART)$/.test(tokens[s - 1]!.pos)) s--;
  return tokens[s - 1]?.pos !== 'ADP';
}

/**
 * Whether the verb at `k` is "carry" with reports or claims for its object ("later bulletins
 * carried reports of Syrian forces inflicting heavy losses"): the medium tells what someone claims,
 * as "report" does; carrying a speech or a programme is its air time.
 */
function carriesReports(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.lemma !== 'carry') return false;
  let j = k + 1;
  while (tokens[j]?.pos === 'DET' || tokens[j]?.pos === 'ADJ') j++;
  return /^(?:reports?|claims?|statements?|accounts?|allegations?)$/i.test(tokens[j]?.text ?? '');
}

/**
 * Whether the verb at `k` tells who broke a story: "was first reported … by" ("Kendall's testimony
 * was first reported Wednesday by the Wall Street Journal", "The documents were first reported by
 * the Associated Press"). Which outlet had it first is about the press, not the happening.
 */
function firstReportedBy(tokens: readonly Token[], k: number): boolean {
  return (
    tokens[k]!.lemma === 'report' &&
    tokens[k - 1]?.text.toLowerCase() === 'first' &&
    tokens[k - 2]?.lemma === 'be' &&
    tokens.slice(k + 1, k + 5).some((t) => t.text.toLowerCase() === 'by')
  );
}
