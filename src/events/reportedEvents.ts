import type { TemporalExpression } from '../model/timex.ts';
import { analyzeClause } from './analyzeClause.ts';
import type { ArticleContext } from './articleContext.ts';
import { joinActors } from './draft.ts';
import { reportedOn, undatedTime } from './eventTime.ts';
import { anchorTime } from './findAnchors.ts';
import { findEventVerb } from './findEventVerb.ts';
import type { ReportFrame } from './findReportFrame.ts';
import { isSpeaker, mentionsHappening, tidy, usable } from './headline.ts';
import { eventModality } from './modality.ts';
import type { Sentence } from './segmentSentences.ts';
import { statementTitle } from './statementTitle.ts';
import { nameAfterRole, subjectOf } from './subjectOf.ts';

/**
 * Events of a sentence that reports someone's words ("X said on Monday that …"): the statement,
 * dated by the expression nearest the reporting verb, and the reported happening, dated by its own
 * expression or on or before the statement. Either may be absent; `k` numbers the sentence's events.
 */
export function reportedEvents(
  ctx: ArticleContext,
  s: Sentence,
  frame: ReportFrame,
  anchors: readonly TemporalExpression[],
  k: number,
): void {
  const { article } = ctx;
  const frameEnd = s.start + frame.frameEnd;
  const contentStart = s.start + frame.contentStart;
  // The date nearest the reporting verb dates the saying ("The group, which agreed a sale on Tuesday, said last month …").
  const frameAnchor = anchors.filter((t) => t.end <= frameEnd).at(-1);
  const contentAnchor = anchors.find((t) => t.start >= contentStart);
  const content = article.text.slice(contentStart, s.end);
  const happening = findEventVerb(content, { skipReporting: true, hardOnly: true, finite: true });
  const frameText = article.text.slice(s.start, frameEnd);
  const speaker = resolvePronoun(
    ctx,
    s,
    subjectOf(
      s.text.slice(0, frame.verbStart),
      anchors.map((t) => t.text),
    ),
  );
  // "BP said it had collected …": the pronoun of the reported clause is the speaker, when it can be:
  // "it" an organization, "he"/"she" a person (not "John Curry said it would be deployed"), and
  // not in a passive ("it was suspended" is something else).
  const pronoun = /^\s*(it|they|he|she)\s/i.exec(content)?.[1]?.toLowerCase();
  const person =
    ctx.actorsOf(s.start, s.end).some((x) => x.kind === 'person' && speaker.endsWith(x.name)) ||
    nameAfterRole(speaker) !== undefined ||
    /\b(?:Mr|Mrs|Ms|Dr|spokes(?:man|woman|person)|minister|president|secretary|chief|director|chairman|governor|senator|official|analyst|admiral|general)\b/i.test(
      speaker,
    );
  const pronounSubject =
    pronoun !== undefined &&
    isSpeaker(speaker) &&
    !/^(?:he|she|they|it)$/i.test(speaker) &&
    (pronoun === 'it' ? !person : pronoun === 'they' || person) &&
    !/^\s*\S+\s+(?:was|were|is|are|has been|have been|had been)\s+\p{Ll}+(?:ed|en)\b/iu.test(content);
  const contentTitle = (
    analyzeClause(content, { finite: true, ...(pronounSubject ? { subject: speaker } : {}) })?.title ??
    content
  )
    .replace(/[.”"]+$/, '')
    .replace(/^(?:It|They|He|She)\b/i, pronounSubject ? speaker : '$&');
  const reportsHappening = contentAnchor !== undefined || happening !== undefined;
  // "…, Mr Wells said, …", "There said": no one to attribute the words to.
  if (!isSpeaker(speaker) && !frameAnchor && !reportsHappening) return;
  // An undated "X said that …" about no happening at all is a view, not an event.
  if (!frameAnchor && !reportsHappening && !mentionsHappening(content)) return;
  let statement: ReturnType<ArticleContext['make']> | undefined;
  if (frameAnchor || !reportsHappening) {
    const own = usable(
      analyzeClause(frameText.slice(0, frame.verbStart), { skip: anchors.map((t) => t.text) }),
    );
    // "the agency quoted Karimi that …": Karimi is the one speaking; the agency stays an actor.
    const quoted = frame.verb.startsWith('quote')
      ? subjectOf(frameText.slice(frame.verbStart + frame.verb.length))
      : '';
    // "Turkish Prime Minister Recep Tayyip Erdogan" → "Recep Tayyip Erdogan": the name says who, briefly.
    const named = ctx
      .actorsOf(s.start, s.end)
      .find((x) => x.kind === 'person' && speaker.endsWith(x.name) && speaker !== x.name);
    const title =
      own && own.type === 'statement'
        ? own.title
        : statementTitle({
            speaker,
            quoted,
            ...(named ? { named: named.name } : {}),
            ...(reportsHappening ? { happening: contentTitle } : {}),
            content,
          });
    statement = ctx.make(
      s,
      k++,
      s.start,
      reportsHappening ? frameEnd : s.end,
      frameAnchor ? anchorTime(article, frameAnchor) : reportedOn(article.published),
      {
        title: tidy(title),
        type: 'statement',
        // A statement with its own verb ("announced his opposition") is a happening, not the report.
        isReport: !(own && own.type === 'statement'),
      },
      frameAnchor,
    );
    ctx.previous = statement;
  }
  if (!reportsHappening) return;
  const when = contentAnchor
    ? anchorTime(article, contentAnchor)
    : undatedTime(
        statement?.when.end ?? article.published,
        `reported by ${speaker || 'the article'} without a date of its own`,
        ctx.tellsNews(s),
      );
  const a = analyzeClause(content, { finite: true, reported: true });
  // "BP said it would pay claims": the saying happened, the paying is a plan.
  const modality = eventModality(content, a, when.end, article.published, { reported: true });
  const reported = ctx.make(
    s,
    k++,
    contentStart,
    s.end,
    when,
    { title: tidy(contentTitle), type: a?.type ?? 'other', ...(modality ? { modality } : {}) },
    contentAnchor,
  );
  if (statement) reported.actors = joinActors(reported.actors, statement.actors);
  ctx.previous = reported;
}

/**
 * "He said on Tuesday …": "he" or "she" is the last person named in the two sentences before. "They"
 * and "it" stay: the known actors miss most groups ("Senate Democrats"), so a guess would often be wrong.
 */
function resolvePronoun(ctx: ArticleContext, s: Sentence, speaker: string): string {
  if (!/^(?:he|she)$/i.test(speaker)) return speaker;
  const from = ctx.sentences[Math.max(0, s.index - 2)]!.start;
  const named = ctx
    .actorsOf(from, s.start)
    .filter((a) => a.kind === 'person')
    .at(-1);
  return named?.name ?? speaker;
}
