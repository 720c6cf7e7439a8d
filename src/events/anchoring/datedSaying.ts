import type { TemporalExpression } from '../../model/timex.ts';
import type { ArticleContext } from '../articleContext.ts';
import { clauseOf } from '../clauses/splitClauses.ts';
import { toMention } from '../draft.ts';
import type { Token } from '../nlp/annotate.ts';
import { escapeRe } from '../nlp/escapeRe.ts';
import { cutOf, isHappening, type SentenceParse, triggerCut } from '../sentenceParse.ts';
import { sayingOpener } from '../titles/danglingEnds.ts';
import { assemble, clauseRun, deletionTitle } from '../titles/deletionTitle.ts';
import { isNominal } from '../titles/words.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { datesNoun, tokenRange } from './attachTimex.ts';
import { anchorTime } from './findAnchors.ts';

/** Verbs that report words: their date is the day the words were said. */
const SAYING = new Set(
  'say tell add announce state declare write report confirm deny warn insist vow pledge urge reply'.split(
    ' ',
  ),
);
const FIRST_PERSON = /^(?:i|we)$/i;
/**
 * Whether the words between a saying at `v` and its date at `a` only say where or to whom:
 * "said here on", "told reporters", "said in a telephone interview", "said over".
 */
function plainBetween(tokens: readonly Token[], v: number, a: number): boolean {
  const between = tokens.slice(v + 1, a);
  const told = tokens[v]!.lemma === 'tell';
  return between.every(
    (w, n) =>
      w.pos === 'ADV' ||
      w.pos === 'ADP' ||
      w.pos === 'DET' ||
      // "told reporters", "in a telephone interview": an addressee, or a noun after "in a".
      ((w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'ADJ') &&
        (told || between.slice(0, n).some((x) => x.pos === 'ADP'))),
  );
}

/** Quoted stretches of a sentence as article offsets, with straight, curly and `` '' quotes. */
export function quotedSpans(text: string, at: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/“[^”]*(?:”|$)|"[^"]*(?:"|$)|``.*?(?:''|$)/g))
    out.push([at + m.index, at + m.index + m[0].length]);
  return out;
}

/**
 * The saying a date outside quotation marks dates, in a sentence of quoted words: "``…,'' Adams
 * said Sunday.", "…, Prime Minister Viktor Orban said here Friday.", "McCurry on Friday said …".
 * The saying verb stands outside the quotes with no first-person subject, and the date follows
 * it within six words of an addressee or place ("told reporters in the Rose Garden Wednesday")
 * or stands right before it. Returns the token index of the verb and the date, or undefined.
 */
export function sayingDate(
  tokens: readonly Token[],
  anchors: readonly TemporalExpression[],
  quotes: ReadonlyArray<readonly [number, number]>,
): { verb: number; timex: TemporalExpression } | undefined {
  const quoted = (from: number, to: number) => quotes.some(([a, b]) => from >= a && to <= b);
  for (const t of anchors) {
    // A day, not a vague "recently"; not "Tuesday's vote", which dates the vote.
    if (!t.range || quoted(t.start, t.end) || datesNoun(tokens, t.start, t.end)) continue;
    const [a, b] = tokenRange(tokens, t.start, t.end);
    // "McCurry on Friday said": the date between the speaker and the saying.
    const next = tokens[b];
    const before = tokens[a - 1];
    const subject = before?.pos === 'ADP' ? tokens[a - 2] : before;
    if (
      next?.pos === 'VERB' &&
      (subject?.pos === 'PROPN' || subject?.pos === 'NOUN') &&
      isSaying(tokens, b, quoted)
    )
      return { verb: b, timex: t };
    // "Activists said violence on Monday claimed …": a date followed closely by a verb dates
    // what was said, not the saying.
    let k = b;
    while (
      k < b + 3 &&
      k < tokens.length &&
      !/^[,;:.!?"“”'`]/.test(tokens[k]!.text) &&
      tokens[k]!.pos !== 'VERB'
    )
      k++;
    if (tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX') continue;
    // "said (here|on|over) Friday", "told reporters Monday", "said in a telephone interview Monday"
    for (let v = a - 1; v >= 0 && a - v <= 7; v--) {
      const w = tokens[v]!;
      if (w.pos === 'VERB') {
        if (isSaying(tokens, v, quoted) && plainBetween(tokens, v, a) && !describesNoun(tokens, v, b))
          return { verb: v, timex: t };
        break;
      }
    }
  }
  return undefined;
}

/**
 * Whether the saying at `v` describes a noun rather than tells a saying: "The roadmap - announced
 * last weekend by Annan - includes …", a participle after a dash or followed by its agent.
 */
function describesNoun(tokens: readonly Token[], v: number, afterDate: number): boolean {
  const before = tokens[v - 1];
  if (before && /^[-–—(]$/.test(before.text)) return true;
  return tokens[afterDate]?.text.toLowerCase() === 'by' && before?.pos !== 'AUX';
}

/** "Adams said" inside a title: lower-cases a first word that is no name. */
const lower = (text: string) =>
  /^(?:He|She|They|It|The|A|An)\b/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;

function isSaying(
  tokens: readonly Token[],
  v: number,
  quoted: (from: number, to: number) => boolean,
): boolean {
  const w = tokens[v]!;
  if (!SAYING.has(w.lemma) || quoted(w.start, w.end)) return false;
  // Its subject, auxiliaries aside: "I am writing this early on Friday" is the writer's own.
  let k = v - 1;
  while (k >= 0 && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k--;
  const subject = tokens[k];
  return !(subject && FIRST_PERSON.test(subject.text));
}

/**
 * A statement from a sentence of quoted words that names the day it was said: the speaker and
 * the saying, with the first words quoted, dated that day. Such a sentence tells no happening of
 * its own, but the saying is one, on a day the text gives ("Reporting verbs ('said on Thursday')
 * give statements dated that day"). Returns whether it made one.
 */
export function datedSaying(
  ctx: ArticleContext,
  p: SentenceParse,
  anchors: readonly TemporalExpression[],
  k: number,
): boolean {
  const { s } = p;
  const { tokens } = s;
  const quotes = quotedSpans(s.text, s.start);
  const found = sayingDate(tokens, anchors, quotes);
  if (!found) return false;
  const verb = tokens[found.verb]!;
  const said = deletionTitle(tokens, p.clauses, found.verb, { skip: p.dates });
  const outside = said.kept.filter(
    (i) => !quotes.some(([a, b]) => tokens[i]!.start >= a && tokens[i]!.end <= b),
  );
  // What was said, as its first clause: the words before an attribution at the end ("``We were
  // pushed out …,'' Adams said Sunday", "Hungary's accession … has brought about new changes,
  // Orban said here Friday"), or those after the saying and its date, quoted or not ("said on
  // Friday that he did not "believe in …"", so that "not" stays).
  const [, dateEnd] = tokenRange(tokens, found.timex.start, found.timex.end);
  const quote = quotes[0];
  const after = Math.max(found.verb, dateEnd - 1) + 1;
  const leading = quote
    ? quote[1] <= verb.start
    : outside[0] !== undefined && outside[0] > 3 && found.verb > outside[0];
  const quoteStart = quote
    ? tokens.findIndex((x) => x.start >= quote[0] && /[\p{L}\p{N}]/u.test(x.text))
    : -1;
  // "said Thursday from her home in Irving: ``I would like …''": the words follow the colon.
  const colon = quote !== undefined && tokens.slice(after, quoteStart).some((x) => x.text === ':');
  const from = leading ? (quote ? quoteStart : 0) : colon ? quoteStart : after;
  const end = leading ? (quote ? quote[1] : tokens[outside[0]!]!.start) : s.end;
  const words =
    from >= 0 && from < tokens.length
      ? clauseRun(tokens, from, tokens.length, p.dates).filter((i) => tokens[i]!.end <= end)
      : [];
  // Who said it: the words outside the quotation on their side of it (the saying verb's own cut
  // may run on into the words said).
  const first = words[0] ?? tokens.length;
  const last = words.at(-1) ?? -1;
  const who = assemble(
    tokens,
    outside.filter((i) => !words.includes(i) && (leading ? i > last : i < first)),
    10,
  ).text;
  const what = words.length >= 3 ? assemble(tokens, words, 12).text : '';
  // In the sentence's order, joined as a headline joins words and their source.
  const title = !what ? who : leading ? `${what}, ${lower(who)}` : `${who}: ${what}`;
  const trigger = p.triggers.find((x) => x.index === found.verb);
  const draft = ctx.make(
    s,
    k,
    s.start,
    s.end,
    anchorTime(ctx.article, found.timex),
    { title, type: 'statement', isReport: true },
    found.timex,
    { start: verb.start, end: verb.end, text: trigger?.text ?? verb.text },
  );
  ctx.previous = draft;
  return true;
}

/**
 * The words quoted right after a dated report, said by someone the report names: "Philippine
 * President Joseph Estrada on Tuesday condemned the bombings … | ``We extend our sympathies …,''
 * Estrada said in a statement." The saying is a further word of that report, on its day. The
 * speaker must be named in the report's title (or be "he"/"she" after a report of a person), and the
 * report must be the sentence just before, dated to a day. `saying` (a token index) names the
 * saying of a sentence that reports words without quotes ("He said the talks had failed").
 * Returns whether it added the saying.
 */
export function quotedFollowUp(ctx: ArticleContext, p: SentenceParse, saying?: number): boolean {
  const previous = ctx.previous;
  const { s } = p;
  const before = ctx.sentences[s.index - 1];
  if (
    !previous ||
    !before ||
    previous.lastSentence !== s.index - 1 ||
    previous.sentence <= ctx.lastHeading ||
    previous.mentions.at(-1)?.timex === undefined ||
    (previous.when.precision !== 'day' && previous.when.precision !== 'time')
  )
    return false;
  const { tokens } = s;
  // "Separately, Cilcorp said …": another item of news.
  if (/^(?:Separately|Meanwhile|Elsewhere|In addition|In other)\b/.test(s.text)) return false;
  const quotes = quotedSpans(s.text, s.start);
  if (quotes.length === 0 && saying === undefined) return false;
  const quoted = (from: number, to: number) => quotes.some(([a, b]) => from >= a && to <= b);
  const verb =
    saying ??
    tokens.findIndex((t, i) => t.pos === 'VERB' && !quoted(t.start, t.end) && isSaying(tokens, i, quoted));
  if (verb < 0) return false;
  // The speaker: the word before the saying (auxiliaries and adverbs aside), or the name right
  // after it ("said Estrada"); a pronoun after a report of a person, or a name in its title.
  let k = verb - 1;
  while (k > 0 && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k--;
  const speakers = [tokens[k], tokens[verb + 1]?.pos === 'PROPN' ? tokens[verb + 1] : undefined];
  const named = speakers.some(
    (t) =>
      t !== undefined &&
      ((t.pos === 'PRON' &&
        /^(?:he|she)$/i.test(t.text) &&
        previous.actors.some((a) => a.kind === 'person')) ||
        (t.pos === 'PROPN' &&
          t.text.length > 2 &&
          new RegExp(`\\b${escapeRe(t.text)}\\b`).test(previous.title))),
  );
  // Words reported without quotes continue only a statement.
  if (saying !== undefined && previous.type !== 'statement') return false;
  if (!named) return false;
  const v = tokens[verb]!;
  previous.lastSentence = s.index;
  // The quoted words are no count of the event's: the mention states none.
  previous.mentions.push(toMention(ctx.article.id, s, undefined, {}, v));
  return true;
}

/**
 * The title of a dated saying in narration ("…, parliament said Friday", "Officials said Monday the
 * talks had failed"): who said it and the happening said, both cut from the sentence, in its order.
 */
export function sayingTitle(p: SentenceParse, saying: Trigger): string {
  const { tokens } = p.s;
  const said = cutOf(p, saying.index);
  // Only words said: a verb in the clause the saying introduces ("said Friday the talks failed"),
  // not one of another clause ("When the deal was announced in 2007, BP set …").
  const passive = tokens[saying.index - 1]?.pos === 'AUX';
  const own = clauseOf(p.clauses, saying.index);
  const happening = passive
    ? undefined
    : p.triggers.find((t) => {
        if (t.pos !== 'VERB' || !isHappening(t) || t.index <= saying.index) return false;
        // "Many Syrians say things and speak about issues": a verb joined to the saying is no word said.
        if (tokens.slice(saying.index + 1, t.index).some((x) => x.pos === 'CCONJ')) return false;
        const c = clauseOf(p.clauses, t.index);
        return c.kind === 'complement' ? c.from <= own.to + 1 : c === own && t.index - saying.index <= 8;
      });
  if (!happening) {
    // "Novartis will not give free vaccines to poor countries, the Financial Times reported on
    // Sunday": a closing attribution says the words before it.
    const first = said.kept[0] ?? saying.index;
    // (Not a name in apposition to the subject of a clause the sentence opens: "… came as the UK's
    // chief medical officer, Sir Liam Donaldson, said": the comma closes a role that "as" governs,
    // not words said, unlike "…, the health secretary, Alan Johnson, said".)
    let role = first - 2;
    while (role >= 0 && (isNominal(tokens[role]!) || /^['’]s$/.test(tokens[role]!.text))) role--;
    const apposition =
      tokens[saying.index - 1]?.text === ',' &&
      tokens[first - 2]?.pos === 'NOUN' &&
      role >= 0 &&
      /^(?:as|while|when|after|before|because|since|until|though|although)$/i.test(tokens[role]!.text);
    if (tokens[first - 1]?.text === ',' && first - 1 >= 4 && !said.subjectless && !apposition) {
      const words = clauseRun(tokens, 0, first - 1, p.dates, 14);
      // (The first word keeps its case as the sentence writes it there: "…, the health secretary
      // said", "…, Sir Liam Donaldson warned", "…, Sky News reported".)
      const capital = /^\p{Lu}/u.test(tokens[first]!.text);
      const speaker = capital ? said.text : `${said.text.charAt(0).toLowerCase()}${said.text.slice(1)}`;
      if (words.length >= 4) return `${assemble(tokens, words, 16).text}, ${speaker}`;
    }
    // ("44 new cases of the virus being confirmed": a passive saying is told as its participle is.)
    return passive ? triggerCut(p, saying).text : said.text;
  }
  const told = cutOf(p, happening.index);
  const speaker = said.kept.filter((i) => !told.kept.includes(i) && (i <= saying.index || i < told.kept[0]!));
  const opener = sayingOpener(tokens, speaker.at(-1) ?? tokens.length, told.kept[0] ?? 0);
  if (opener >= 0) speaker.push(opener);
  return assemble(tokens, [...speaker, ...told.kept], 18).text;
}
