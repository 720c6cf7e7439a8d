import type { TemporalExpression } from '../../model/timex.ts';
import type { ArticleContext } from '../articleContext.ts';
import type { ReportFrame } from '../clauses/findReportFrame.ts';
import { clauseOf } from '../clauses/splitClauses.ts';
import { joinActors } from '../draft.ts';
import {
  cutOf,
  draftFromTrigger,
  isHappening,
  type SentenceParse,
  titleOf,
  triggerCut,
} from '../sentenceParse.ts';
import { finite } from '../titles/clauseRun.ts';
import { sayingOpener } from '../titles/danglingEnds.ts';
import { assemble, clauseRun } from '../titles/deletionTitle.ts';
import { isNominal, opensTimeClause } from '../titles/words.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { asideBeforeSaying } from './asideBeforeSaying.ts';
import { asideInWords } from './asideInWords.ts';
import { attachTimex, datesNoun, modifiesNoun, tokenRange, toldAsPast } from './attachTimex.ts';
import { coordinatedVerbs } from './coordinated.ts';
import { datedEvents } from './datedEvents.ts';
import { quotedSpans, sayingDate } from './datedSaying.ts';
import { reportedNounDate } from './eventNounDate.ts';
import { reportedOn, undatedTime } from './eventTime.ts';
import { anchorTime } from './findAnchors.ts';
import { participleBefore } from './furtherWords.ts';
import { innerSayer } from './innerSaying.ts';
import { joinedSaying } from './joinedSaying.ts';
import { attachLearned } from './learnedAttachment.ts';
import { lookedAheadTo } from './lookedAheadTo.ts';
import { plainVerbs } from './plainWords.ts';
import { reachingVerb } from './reachingVerb.ts';
import { countsSince, tallyTime } from './sinceCount.ts';
import { toldAddressee } from './toldAddressee.ts';

// Sayings that only pass words on: the report of them is no happening of its own.
const PLAIN_SAYING = new Set('say tell report add state claim note quote'.split(' '));

/** Where the numbers of a sentence's events from relative clauses begin, clear of the statement's and the happening's. */
const ASIDE_K = 20;
/** Where the numbers of events from relative clauses inside the words said begin (`asideInWords`). */
const WORDS_ASIDE_K = 25;
/** Number of the event noun a date of the words said dates (`reportedNounDate`). */
const NOUN_K = 30;

/**
 * Events of a sentence that reports someone's words ("X said on Monday that …"): the statement,
 * dated by the expression before the content, and the reported happening, dated by the expression
 * that modifies its trigger in the content, or on or before the statement. Either may be absent.
 */
export function reportedEvents(
  ctx: ArticleContext,
  p: SentenceParse,
  frame: ReportFrame,
  found: readonly TemporalExpression[],
  k: number,
): void {
  const { article } = ctx;
  const { s } = p;
  const { tokens } = s;
  // "In a memorandum delivered in advance of a 29 November hearing, Mr Walgren said …": a coming
  // day looked ahead to dates neither the saying nor the words said.
  const anchors = found.filter(
    (t) => !lookedAheadTo(s, t, anchorTime(article, t).start > article.published.slice(0, 10)),
  );
  const frameEnd = s.start + frame.frameEnd;
  const contentStart = s.start + frame.contentStart;
  const saying =
    p.triggers.find((t) => t.start === s.start + frame.verbStart) ??
    p.triggers.find((t) => t.start >= s.start + frame.verbStart && t.end <= frameEnd);
  // "New Zealand said Friday in response to …": a date right after the saying is the saying's,
  // wherever the frame ends.
  const own = sayingDate(tokens, anchors, quotedSpans(s.text, s.start));
  const sayingOwn = own && saying && own.verb === saying.index ? own.timex : undefined;
  // "Exxon Mobil, which suffered a spill in 1989, told the commission …": a date of a relative clause
  // about the speaker dates that clause's happening, an event of its own, not the saying.
  // (So does a date in a clause inside that relative clause: "which closed after pupils were diagnosed on Monday".)
  const aside = anchors.filter((t) => t.end <= frameEnd && asideBeforeSaying(p, t, saying));
  for (const t of aside) datedEvents(ctx, p, [t], ASIDE_K, asideBeforeSaying(p, t, saying)!);
  const before = sayingOwn ?? anchors.filter((t) => t.end <= frameEnd && !aside.includes(t)).at(-1);
  // "BP says the top kill, which started three days earlier, has failed": a date of a relative
  // clause inside the words dates that clause's happening only; the words' own is told undated.
  const inWords = new Set<TemporalExpression>();
  for (const t of anchors) {
    const clause = t === sayingOwn ? undefined : asideInWords(p, t, contentStart, article);
    if (!clause) continue;
    inWords.add(t);
    datedEvents(ctx, p, [t], WORDS_ASIDE_K, clause);
  }
  const after = anchors.find((t) => t.start >= contentStart && t !== sayingOwn && !inWords.has(t));
  const inContent = (t: Trigger) =>
    t.start >= contentStart && isHappening(t) && !(t.pos === 'VERB' && modifiesNoun(tokens, t.index));
  // "Compaq, which said it discovered the bugs, still plans to announce … on Nov. 6": a date after
  // publication dates no verb told as past.
  const ahead = after !== undefined && anchorTime(article, after).start > article.published.slice(0, 10);
  const datable = (t: Trigger) => inContent(t) && !(ahead && toldAsPast(tokens, t.index));
  // "during yesterday's operation": a date that modifies a noun dates that noun (hand rules).
  const ownNoun = after !== undefined && datesNoun(tokens, after.start, after.end);
  const learned =
    after && !ownNoun
      ? attachLearned(tokens, p.clauses, p.triggers, after.start, after.end, datable)
      : undefined;
  const attached = after
    ? learned
      ? learned[0]
      : (attachTimex(tokens, p.clauses, p.triggers, after.start, after.end, datable)?.trigger ??
        attachTimex(tokens, p.clauses, plainVerbs(p), after.start, after.end, datable)?.trigger)
    : undefined;
  // "The thrift announced the plan Aug. 21", "announced on Monday to offer a reward": a date
  // that comes before any verb of the words, and dates none of their happenings, dates the
  // saying when nothing before the words does.
  const datesSaying =
    !before &&
    after !== undefined &&
    !attached &&
    saying !== undefined &&
    // A saying takes a day ("Aug. 21", "five months ago"), not a period reported on ("for the
    // fourth quarter", "Nashua's performance this year").
    (after.precision === 'day' || after.precision === 'time' || /\bago$/i.test(after.text)) &&
    !datesNoun(tokens, after.start, after.end) &&
    !tokens.some(
      (t) =>
        t.start >= contentStart &&
        t.end <= after.start &&
        (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ'),
    );
  const frameAnchor = datesSaying ? after : before;
  // "said … sent to treat the victims of the devastating earthquake on 12 January": the earthquake's date.
  const nounDated = after !== undefined && !datesSaying && reportedNounDate(ctx, p, after, datable, NOUN_K);
  const contentAnchor = datesSaying || nounDated ? undefined : after;
  // Undated, the happening is the first verb of the reported clause that is told, not supposed.
  // The reported clause's own verb, not one of a relative clause inside it ("fronts that reject …").
  const ownClause = (t: Trigger) =>
    !['relative', 'subordinate', 'participial'].includes(clauseOf(p.clauses, t.index).kind);
  const verbs = p.triggers.filter((t) => inContent(t) && t.pos === 'VERB');
  // None of its own (only "before deciding …"): the words report no happening of theirs.
  const firstVerb = verbs.find(ownClause);
  const happening = (nounDated ? undefined : attached) ?? firstVerb;
  if (!saying && !happening) return;
  // An undated "X said that …" about no happening at all is a view, not an event.
  if (!frameAnchor && !happening) return;

  // Who said it: the subject and verb of the saying, cut from the frame.
  const said = saying ? cutOf(p, saying.index) : undefined;
  const speakerAndVerb = said ? said.kept.filter((i) => tokens[i]!.end <= frameEnd) : [];
  // "has been told by a well-placed source | who did not wish to be named": a relative clause after
  // the saying's agent goes; the words said matter more.
  const relative = speakerAndVerb.findIndex(
    (i) => saying !== undefined && i > saying.index && /^(?:who|which)$/i.test(tokens[i]!.text),
  );
  if (relative > 0) speakerAndVerb.length = relative;
  // "reported residents of Deir Ezzor as saying that …": the words are the residents'.
  const asSaying = tokens.findIndex(
    (t, i) =>
      saying !== undefined &&
      i > saying.index &&
      t.end <= frameEnd &&
      /^as$/i.test(t.text) &&
      /^(?:saying|telling)$/i.test(tokens[i + 1]?.text ?? ''),
  );
  if (asSaying > 0 && speakerAndVerb.length > 0) speakerAndVerb.push(asSaying, asSaying + 1);
  const start = tokens.findIndex((t) => t.start >= contentStart);
  // "announced the figures, adding | that BP would …": the participle that opens the words said stays.
  const sayingAt = sayingOpener(tokens, speakerAndVerb.at(-1) ?? tokens.length, start);
  if (sayingAt >= 0) speakerAndVerb.push(sayingAt);
  // "said that amounted to regime change": a verb right after "that" makes it the subject.
  const firstContent =
    start > 0 && /^that$/i.test(tokens[start - 1]!.text) && /^(?:VERB|AUX)$/.test(tokens[start]!.pos)
      ? start - 1
      : start;
  // The happening's title keeps to the reported words: "the first blast occurred", not the addressee.
  const happeningCut = happening ? triggerCut(p, happening) : undefined;
  // "did not say who carried it out": a question reported tells no happening.
  const cut =
    happeningCut && !/^(?:who|what|which|how|why|whether)$/i.test(tokens[happeningCut.kept[0]!]?.text ?? '')
      ? happeningCut
      : undefined;
  // "claimed that the bill for wining and dining the guests … would be astronomical": a gerund (or a
  // participle: "said the oil leak was much worse than previously estimated") inside
  // the words said has no subject of its own; the words said as written tell it.
  const ownless =
    cut?.subjectless === true &&
    // ("the steps it has taken are lawful": a relative clause without its pronoun names no one.)
    // ("had been punished for coming out to greet the UN observers": nor does an infinitive.)
    (cut.contact === true ||
      /^to$/i.test(tokens[happening!.index - 1]?.text ?? '') ||
      ((/ing$/i.test(happening!.text) ||
        // (A participle, not a base form in -en: "happen", "open".)
        (/(?:ed|en)$/i.test(happening!.text) && happening!.lemma !== happening!.text.toLowerCase())) &&
        !/^(?:VERB|AUX)$/.test(tokens[happening!.index - 1]?.pos ?? '')));
  const event =
    cut &&
    assemble(
      tokens,
      ownless && firstContent >= 0
        ? clauseRun(tokens, firstContent, tokens.length, p.dates, 16)
        : cut.kept.filter((i) => i >= firstContent || i === happening!.index),
      ownless ? 18 : 14,
    );
  let statement: ReturnType<ArticleContext['make']> | undefined;
  if (saying && (frameAnchor || !happening)) {
    // What was said, as said: negation and modality stay ("was not optimistic that …").
    const content = firstContent >= 0 ? clauseRun(tokens, firstContent, tokens.length, p.dates) : [];
    // (A long sayer leaves room for the words said up to their verb: see `reachingVerb`.)
    const title = assemble(
      tokens,
      [...speakerAndVerb, ...content],
      reachingVerb(
        tokens,
        asSaying > 0 ? 23 : 20,
        speakerAndVerb,
        content.findIndex((i) => finite(tokens, i)),
      ),
    ).text;
    statement = draftFromTrigger(
      ctx,
      p,
      k++,
      saying,
      frameAnchor ? anchorTime(article, frameAnchor) : reportedOn(article.published),
      {
        title,
        type: 'statement',
        isReport: PLAIN_SAYING.has(saying.lemma),
        ...(frameAnchor ? { timex: frameAnchor } : {}),
        to: happening ? frameEnd : s.end,
      },
    );
    ctx.previous = statement;
    // "Bush today denounced … and said …": a verb the saying is coordinated with, under the
    // same date, is a further word of the statement.
    if (frameAnchor)
      for (const v of coordinatedVerbs(
        tokens,
        saying.index,
        tokenRange(tokens, frameAnchor.start, frameAnchor.end)[0],
      ))
        if (v < saying.index)
          statement.mentions.push({
            ...statement.mentions[0]!,
            trigger: { start: tokens[v]!.start, end: tokens[v]!.end, text: tokens[v]!.text },
          });
    // "said in a letter published Wednesday that …": the letter's publishing is the saying's day.
    const published = frameAnchor && participleBefore(p, frameAnchor, [...p.triggers, ...plainVerbs(p)]);
    if (published && published.index !== saying.index)
      statement.mentions.push({
        ...statement.mentions[0]!,
        trigger: { start: published.start, end: published.end, text: published.text },
      });
  }
  if (!happening || !event) return;
  // A dated statement already says the undated happening it reports ("He said on March 25 that
  // he had contacted …"): the happening is a further word of that event, not an event of its own.
  if (statement && !contentAnchor) {
    statement.mentions.push({
      ...statement.mentions[0]!,
      trigger: { start: happening.start, end: happening.end, text: happening.text },
    });
    return;
  }
  const dated = contentAnchor ? anchorTime(article, contentAnchor) : undefined;
  // "reported that at least 19,106 people had been killed since March 2011": a count since a date
  // is the tally as of the report, the day's news, not a happening spread over the months counted.
  const tally = dated?.mod === 'ON_OR_AFTER' && countsSince(tokens, event.kept, happening.index);
  const when = tally
    ? tallyTime(contentAnchor!, statement?.when ?? reportedOn(article.published))
    : dated
      ? dated
      : undatedTime(
          statement?.when.end ?? article.published,
          `reported by ${(speakerAndVerb.length > 0 && assemble(tokens, speakerAndVerb, 12).text) || 'the article'} without a date of its own`,
          ctx.tellsNews(s),
        );
  // Who says so stays in the title: "The government says 2,000 members of the security forces
  // have been killed" is not the same news as "2,000 … have been killed".
  const clause = clauseOf(p.clauses, happening.index);
  // An event noun the words only mention ("said Britons were safe after Tuesday's earthquake") is
  // no claim of the speaker's: its own phrase is its title.
  // ("said there had been a sharp increase in …" says it: the existential's "there" and "be".)
  // ("a UN resolution vetoed by Russia and China": nor does a participle that describes the noun.)
  const describing = (i: number) => isNominal(tokens[i - 1]!) && /^by$/i.test(tokens[i + 1]?.text ?? '');
  const mentioned =
    happening.pos !== 'VERB' &&
    !event.kept.some(
      (i) => (tokens[i]!.pos === 'VERB' && !describing(i)) || /^there$/i.test(tokens[i]!.text),
    );
  // "said they had full confidence …, but they gave no details": a clause with a subject of its own
  // after the words said is narration again.
  // So is a relative clause the reporter adds ("a mission, which collapsed amid violence").
  // (Not the words a saying's "that" opens after its addressee, which the clause split may take for a
  // relative clause: "told AFP news agency that there had been …".)
  const complementThat =
    saying !== undefined &&
    /^that$/i.test(tokens[clause.from]?.text ?? '') &&
    clause.from > saying.index &&
    clause.from - saying.index <= 6;
  const narrated =
    (clause.kind === 'relative' && !complementThat) ||
    (clause.kind === 'coordinate' &&
      // "X signed …, and Yeltsin claimed they resolved …": the clause that holds the saying is no
      // narration after it.
      !(saying && clause.from <= saying.index) &&
      tokens[clause.from]?.pos === 'CCONJ' &&
      tokens[clause.from - 1]?.text === ',' &&
      /^(?:PRON|DET|NOUN|PROPN)$/.test(tokens[clause.from + 1]?.pos ?? ''));
  // "Mr Ban said … and appealed to Mr Assad": the speaker is the happening's own subject.
  let group = happening.index;
  while (group > 0 && /^(?:AUX|ADV|PART)$/.test(tokens[group - 1]!.pos)) group--;
  const ownSpeaker =
    tokens[group - 1]?.pos === 'CCONJ' &&
    saying !== undefined &&
    cut!.kept.some((i) => i < saying.index && speakerAndVerb.includes(i));
  // "The UN says more than 5,000 … have been killed since protests erupted last March": a time
  // clause inside the words said is no claim of the speaker's.
  // ("said a number of people died | when security forces opened fire": "when" tells the same claim.)
  const opener = tokens[Math.min(...event.kept) - 1]?.text;
  const backdrop = opensTimeClause(opener) && !/^when$/i.test(opener ?? '');
  // (Read only for a narrated clause the title will use: it runs the title rules over the sentence once more.)
  const ownTitle = narrated && !ownSpeaker ? titleOf(p, happening) : undefined;
  const narratedTitle =
    ownTitle !== undefined && !/^(?:that|where|whose|which|who|whom|when|what|whether|if)\b/i.test(ownTitle)
      ? ownTitle
      : undefined;
  const inner = innerSayer(p, saying, happening, contentStart);
  // "has warned BP | it faces …": whom the words were told stays with the sayer.
  const sayer = inner ?? [...speakerAndVerb, ...toldAddressee(tokens, saying, speakerAndVerb, event.kept)];
  const told = inner ? event.kept.filter((i) => i > inner.at(-1)!) : event.kept;
  // ("said it was delighted and Gordon Brown called it …": another's saying is titled on its own.)
  const title =
    ownSpeaker || joinedSaying(tokens, happening.index, event.kept, contentStart)
      ? cut!.text
      : sayer.length > 0 && !mentioned && !narrated && !backdrop
        ? assemble(
            tokens,
            [...sayer, ...told],
            reachingVerb(tokens, 20, sayer, told.indexOf(happening.index)),
          ).text
        : // ("…, but activists said troops were carrying out reprisal attacks": narration with a saying of its own.)
          (narratedTitle ?? event.text);
  const reported = draftFromTrigger(ctx, p, k++, happening, when, {
    title,
    reported: true,
    from: Math.max(contentStart, tokens[clause.from]!.start),
    to: s.end,
    ...(contentAnchor ? { timex: contentAnchor } : {}),
  });
  for (const x of learned?.slice(1) ?? [])
    reported.mentions.push({
      ...reported.mentions[0]!,
      trigger: { start: x.start, end: x.end, text: x.text },
    });
  if (statement) reported.actors = joinActors(reported.actors, statement.actors);
  // The saying and the happening on one day, told in the same words, are one event on the timeline:
  // the happening, with the saying as a further word of it.
  if (statement && statement.title === reported.title && statement.when.value === reported.when.value) {
    ctx.drafts.splice(ctx.drafts.indexOf(statement), 1);
    reported.mentions.push(...statement.mentions);
  }
  // "Following reports of clashes … in Balkhab, the MoD stated that the dispute has ended": where
  // the words say nothing of the place, the sentence does.
  if (reported.places.length === 0) reported.places = ctx.placesOf(s, s.start, s.end);
  ctx.previous = reported;
}

/**
 * Written forms (no lemma: the text after a frame is read raw) of the verbs that tell words said
 * again after a relative aside ("The firm, which said …, added that …"): the verbs of saying among
 * `CLAUSE_VERBS`, written out; a verb of thinking or showing after the aside leaves the aside's
 * saying where it is.
 */
const SAYING_VERB =
  /^(?:add|say|tell|state|announce|report|claim|confirm|insist|warn)(?:s|ed)?$|^(?:said|told)$/;

/**
 * Whether the saying of a frame is told in an aside on the subject, a relative clause a comma
 * opens and closes before the sentence's own verb: "Compaq, which said it discovered the bugs,
 * still plans to announce new 486 products on Nov. 6" narrates the plan; the words said are the
 * aside's.
 */
export function sayingInAside(text: string, frame: ReportFrame): boolean {
  if (!/,\s*(?:which|who)\s+(?:\p{L}+\s+)?$/u.test(text.slice(0, frame.verbStart))) return false;
  // The aside closes at a comma, and a verb of the main clause follows that tells no saying of its
  // own ("The firm, which said over the weekend that …, added that …" reports words twice).
  const rest = text.slice(frame.contentStart);
  const close = rest.indexOf(',');
  const main = /^\s*(?:\p{Ll}+\s+){0,2}?(\p{Ll}+(?:s|ed))\b/u.exec(rest.slice(close + 1));
  return close > 0 && main !== null && !SAYING_VERB.test(main[1]!);
}
