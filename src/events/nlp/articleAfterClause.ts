import { firstTokenAt, type Token } from './annotate.ts';
import { finiteVerb, goesOn, TAKES_CLAUSE } from './nameOpensClause.ts';

/**
 * Where a capitalised article opens a name glued after a clause that ended at a verb, an adverb or
 * a predicative adjective, with no punctuation between: a caption or a headline run into the lead
 * ("… if the situation worsened | The United States says …", "This video has not been independently
 * verified | The UN Security Council has passed …", "… if convicted | A US judge has delayed …", "…
 * after hurricanes left thousands homeless | A Cornwall-based charity is sending …", "… what happened
 * next | The Syrian government has been taking …"). Inside running text a capitalised "The" or "A"
 * before a name is the name's own word ("read The Times", "won The X Factor"), a verb's object; it
 * opens a clause only when a finite verb follows the name. Not after a verb that takes a clause
 * without "that" ("found The Times had …"), one of naming ("called The Beast is …"), nor one
 * whose object a verb follows ("get The Economist mailed to our office").
 */

/** Verbs of naming, whose complement may be a name in capitals. */
const NAMING = /^(?:call|name|dub|title|entitle|label|brand|christen|term|nickname)$/;

/**
 * Verbs whose object a verb of its own follows ("make The Company pay", "get The Economist
 * mailed to our office"): the name is their object, not a new subject.
 */
const OBJECT_AND_VERB = /^(?:make|let|have|get|see|hear|watch|keep|leave)$/;

/** Adverbs that pick out the phrase after them ("even The Times agrees", "only The Hague …") or open a clause. */
const FOCUS =
  /^(?:even|only|just|also|not|then|now|so|thus|hence|too|either|neither|especially|particularly|mainly|mostly|notably|including|how|when|where|why|once|perhaps|maybe|almost|nearly|exactly|precisely)$/;

/** Whether the lower-case word `prev` may end a clause before a capitalised article (see the top of this file). */
function endsClause(tokens: readonly Token[], p: number): boolean {
  const prev = tokens[p]!;
  if (!/^\p{Ll}+$/u.test(prev.text)) return false;
  if (prev.pos === 'VERB')
    return !TAKES_CLAUSE.test(prev.lemma) && !NAMING.test(prev.lemma) && !OBJECT_AND_VERB.test(prev.lemma);
  if (prev.pos === 'ADV') return !FOCUS.test(prev.text);
  // A predicative adjective, after a verb, an adverb, its noun or a pronoun ("is good", "much worse",
  // "thousands homeless"), not one after an article, which stands for its noun ("the first The
  // Guardian published": a relative clause may follow it).
  return prev.pos === 'ADJ' && /^(?:AUX|VERB|ADV|NOUN|PRON|PART)$/.test(tokens[p - 1]?.pos ?? '');
}

/**
 * Whether the capitalised article at offset `at` opens a clause glued after a clause that ends at a
 * verb, an adverb or a predicative adjective (see the top of this file): the name after the article
 * (its capitalised words, nouns, adjectives and numbers, six at most) is followed by a finite verb.
 */
export function articleAfterClause(tokens: readonly Token[], at: number): boolean {
  const a = firstTokenAt(tokens, at);
  if (tokens[a]?.start !== at || a < 1 || !endsClause(tokens, a - 1)) return false;
  if (!/^\p{Lu}/u.test(tokens[a + 1]?.text ?? '')) return false;
  let k = a + 1;
  while (k < tokens.length && k <= a + 6 && /^(?:PROPN|NOUN|ADJ|NUM)$/.test(tokens[k]!.pos)) k++;
  if (k === a + 1 || k >= tokens.length || !finiteVerb(tokens, k)) return false;
  // (A verb in -ed may be a participle after its noun, "The Economist magazine mailed to our office":
  // a clause's own goes on to its object, "The UN launched an appeal".)
  return tokens[k]!.pos === 'AUX' || !/ed$/.test(tokens[k]!.text) || goesOn(tokens, k);
}
