import type { Token } from '../nlp/annotate.ts';

/**
 * What an undated verb tells instead of a happening, or undefined when it tells one. Read from the
 * verb group and the words right after the verb, never from topic words:
 * - `a continuing action`: a present progressive or perfect of "continue" ("Syrian forces are
 *   continuing to attack opposition strongholds", "Government forces are continuing a fierce
 *   assault on rebels", "The protests have continued despite the government crackdown"):
 *   what goes on as the article is written, no day's happening. TimeML calls "continue" ASPECTUAL:
 *   the happening is the one it continues, which began before.
 * - `a standing charge`: a present progressive of accusing or blaming ("Activists are accusing the
 *   government of …"): a stance held, a state (TimeML STATE or I_STATE).
 * - `a trend`: a verb of becoming before a degree that grows ("The uprising has become increasingly
 *   armed", "has grown more urgent", "Obama has come under increasing pressure"), or a present
 *   progressive of a verb of degree with no object ("Pressure is mounting on the president",
 *   "Fears are growing"): a change over a stretch, not a happening of one day.
 * A simple past of "continue" or accusing ("troops continued to shell Homs") is a happening
 * of the past, left alone (a trend is one in any tense: "The task became increasingly urgent"); a
 * date in the sentence makes it no undated verb ("On Monday forces continued …").
 */
export function ongoingState(tokens: readonly Token[], k: number): string | undefined {
  const t = tokens[k];
  if (t?.pos !== 'VERB') return undefined;
  const progressive = presentProgressive(tokens, k);
  if ((progressive || presentPerfect(tokens, k)) && t.lemma === 'continue') return 'a continuing action';
  if (progressive && STANDING.has(t.lemma)) return 'a standing charge';
  if (progressive && DEGREE.has(t.lemma) && !objectAfter(tokens, k)) return 'a trend';
  if (BECOMING.has(t.lemma) && growingDegree(tokens, k)) return 'a trend';
  return undefined;
}

// Verbs of a stance held: accusing, blaming. (Not "facing": "BP is facing a bill after senators
// demanded …", "is facing two new charges", "Troops are facing protesters" tell news as often as a
// predicament.)
const STANDING = new Set(['accuse', 'blame']);
// Verbs of a degree that changes, which without an object tell a trend ("Pressure is mounting").
const DEGREE = new Set(['mount', 'grow', 'rise', 'increase', 'intensify', 'escalate', 'deepen', 'worsen']);
// Verbs of becoming: "has become increasingly armed", "has grown more urgent", "came under growing pressure".
const BECOMING = new Set(['become', 'grow', 'get', 'come', 'turn']);

/** Whether the verb at `k` is a present progressive: "is/are/am" (past adverbs) and an "-ing" form. */
function presentProgressive(tokens: readonly Token[], k: number): boolean {
  if (!/ing$/i.test(tokens[k]!.text)) return false;
  let i = k - 1;
  while (i >= 0 && tokens[i]!.pos === 'ADV') i--;
  return /^(?:is|are|am|['’]re|['’]s)$/i.test(tokens[i]?.text ?? '') && tokens[i]!.pos === 'AUX';
}

/** Whether the verb at `k` is a present perfect: "has/have" (past adverbs and "been") and a participle. */
function presentPerfect(tokens: readonly Token[], k: number): boolean {
  let i = k - 1;
  while (i >= 0 && (tokens[i]!.pos === 'ADV' || tokens[i]!.text.toLowerCase() === 'been')) i--;
  return /^(?:has|have|['’]ve)$/i.test(tokens[i]?.text ?? '') && tokens[i]!.pos === 'AUX';
}

/** Whether an object follows the verb at `k` ("is growing it up", "are increasing the dose"). */
function objectAfter(tokens: readonly Token[], k: number): boolean {
  return /^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(tokens[k + 1]?.pos ?? '');
}

/**
 * Whether a degree that grows follows the verb at `k`, within two words ("increasingly armed",
 * "more urgent", "under increasing pressure", "under mounting criticism"): an adverb of growing
 * degree, "more" or "less" before an adjective, or "increasing", "growing" or "mounting" before a
 * noun. (Not "the latest country to confirm …", which tells a happening.)
 */
function growingDegree(tokens: readonly Token[], k: number): boolean {
  for (let i = k + 1; i <= k + 3 && i < tokens.length; i++) {
    const w = tokens[i]!.text.toLowerCase();
    const next = tokens[i + 1];
    if (w === 'increasingly' || w === 'ever' || w === 'progressively') return true;
    if ((w === 'more' || w === 'less') && next?.pos === 'ADJ') return true;
    if (/^(?:increasing|growing|mounting|intensifying)$/.test(w) && next?.pos === 'NOUN') return true;
    // (Past an adverb or "under" only: "came amid increasing tension" tells when something came.)
    if (tokens[i]!.pos !== 'ADV' && w !== 'under') return false;
  }
  return false;
}
