import type { Article } from '../model/article.ts';
import type { Actor, ChronologyEvent, EventTime, EventType, Mention, Place } from '../model/chronology.ts';
import type { TemporalExpression } from '../model/timex.ts';
import { findActors, uniqueActors } from './actors/findActors.ts';
import { analyzeClause } from './analyzeClause.ts';
import { chunkAround } from './chunkAround.ts';
import { findEventVerb, isOpinion } from './findEventVerb.ts';
import { subjectOf } from './subjectOf.ts';
import { dedupeDrafts } from './dedupeDrafts.ts';
import { isComparison, isFuture, notAnEvent } from './eventFilter.ts';
import { canAnchor, onOrBefore, reportedOn, timeFromTimex } from './eventTime.ts';
import { type Counts, extractCounts } from './extractCounts.ts';
import { findReportFrame, quotedRanges } from './findReportFrame.ts';
import {
  clipWords,
  headline,
  isSpeaker,
  lower,
  mentionsHappening,
  sensibleTitle,
  tidy,
  usable,
} from './headline.ts';
import { findPlaces, resolvePlace } from './places/findPlaces.ts';
import { mostSpecific, withPlace } from './places/placeList.ts';
import { type Sentence, segmentSentences } from './segmentSentences.ts';

/** An event being built; mentions and counts grow as later sentences continue it. */
export interface Draft {
  id: string;
  title: string;
  when: EventTime;
  isReport: boolean;
  type: EventType;
  mentions: Mention[];
  actors: Actor[];
  places: Place[];
  counts: Counts;
  sentence: number;
  paragraph: number;
}

// A sentence that opens with these refers back to the event before it ("The attack killed nine.").
const ANAPHORA =
  /^(?:the (attack|attacks|operation|blast|explosion|bombing|clash(?:es)?|fighting|incident|raid|campaign|armed group|assault|violence|protest|strike)|this|these|it(?! is| was)|they|he|she|in (?:his|her|their) (?:statements?|speech|remarks)|pictures|photos)\b/i;
const REPORT_LEMMAS = new Set('say state claim confirm deny warn stress react'.split(' '));
const LOCAL_REFERENCE =
  /\b(?:there|the (?:areas?|district|city|town|village|region|province|site|scene|capital|compound|rig|well)(?! of \p{Lu}))\b/iu;
const CASUALTY_ONLY =
  /^[^.]*\b(?:were|was|have been|had been)\s+(?:killed|wounded|injured|arrested|detained)\b/i;

const inRanges = (ranges: readonly [number, number][], a: number, b: number) =>
  ranges.some(([s, e]) => a >= s && b <= e);

/** Events of one article: each clause anchored by a temporal expression, plus undated happenings placed on-or-before publication. */
export function extractEvents(article: Article, timexes: readonly TemporalExpression[]): ChronologyEvent[] {
  const sentences = segmentSentences(article.text);
  const allPlaces = findPlaces(article.text);
  const allActors = findActors(article.text);
  const drafts: Draft[] = [];
  let previous: Draft | undefined;
  let lastHeading = -1;

  const placesOf = (s: Sentence, from: number, to: number): Place[] => {
    // "100 kilometers north of Kabul" locates something else, not an event in Kabul.
    const here = allPlaces.filter(
      (p) =>
        p.start >= from &&
        p.end <= to &&
        !/\b(?:north|south|east|west|kilometers|kilometres|miles|km)(?:-\w+)?\s+of\s+$/i.test(
          article.text.slice(Math.max(0, p.start - 24), p.start),
        ),
    );
    const near = allPlaces.filter(
      (p) =>
        p.start >= (sentences[s.index - 2]?.start ?? 0) &&
        p.end <= (sentences[s.index + 2]?.end ?? article.text.length),
    );
    return mostSpecific(
      here.map((m) => resolvePlace(m, [here, near, allPlaces], article.text.slice(m.end, m.end + 12))),
    );
  };
  const actorsOf = (from: number, to: number) =>
    uniqueActors(allActors.filter((a) => a.start >= from && a.end <= to));

  const make = (
    s: Sentence,
    k: number,
    from: number,
    to: number,
    when: EventTime,
    extra: Partial<Draft>,
    timex?: TemporalExpression,
  ): Draft => {
    const clause = article.text.slice(from, to);
    const counts = extractCounts(clause);
    const places = placesOf(s, from, to);
    // Without a place of its own, an event takes the previous one's only when it follows closely
    // and points back to a place ("in the areas …", "there", "the district").
    const close =
      previous &&
      previous.paragraph >= s.paragraph - 1 &&
      previous.sentence >= s.index - 3 &&
      previous.sentence > lastHeading &&
      LOCAL_REFERENCE.test(clause);
    const inherited = places.length === 0 && close ? previous!.places : places;
    const title = extra.title ? withPlace(headline(extra.title), inherited) : '';
    const draft: Draft = {
      id: `${article.id}#${s.index}-${k}`,
      when,
      isReport: false,
      type: 'other',
      mentions: [mention(article.id, s, timex, counts)],
      actors: actorsOf(from, to),
      places: inherited,
      counts,
      sentence: s.index,
      paragraph: s.paragraph,
      ...extra,
      title,
    };
    drafts.push(draft);
    return draft;
  };

  for (const s of sentences) {
    if (s.heading) {
      lastHeading = s.index;
      continue;
    }
    const quotes = quotedRanges(s.text);
    const quoted = quotes.reduce((n, [a, b]) => n + b - a, 0);
    // Quotations and opinions are not events: a sentence mostly in quotes is someone's words.
    if (quoted > s.text.length * 0.5) continue;
    const found = timexes.filter(
      (t) =>
        t.start >= s.start &&
        t.end <= s.end &&
        canAnchor(t) &&
        !inRanges(quotes, t.start - s.start, t.end - s.start) &&
        // "up from 20 in March" dates the figure compared with, not the clause.
        !isComparison(article.text.slice(Math.max(s.start, t.start - 40), t.start)) &&
        // A date after publication is a mis-resolved past ("on Thursday") unless the clause is about the future.
        !(
          t.range &&
          t.range.start > article.published &&
          !isFuture(chunkAround(s.text, t.start - s.start, t.end - s.start).text)
        ),
    );
    if (notAnEvent(s.text, found.length > 0 ? Math.min(...found.map((t) => t.start - s.start)) : undefined))
      continue;
    // Four or more dates in one sentence: a fact box or a CV ("1950: Stood first …; 1954: …"), not narration.
    if (new Set(found.map((t) => t.value)).size >= 4) continue;
    // A stated date governs its sentence; a vague "previously" beside it adds nothing.
    const frame = findReportFrame(s.text);
    // Reported words with only a vague time ("during the past period there were …") are not a dated happening.
    const stated = found.filter((t) => t.range || !frame || t.start < s.start + frame.contentStart);
    const anchors = stated.some((t) => t.range) ? stated.filter((t) => t.range) : stated;
    const sinceBefore = (t: TemporalExpression) =>
      /\bsince\s+$/i.test(article.text.slice(Math.max(0, t.start - 8), t.start)) || /^since\b/i.test(t.text);
    const timeOf = (t: TemporalExpression) => timeFromTimex(t, article.published, sinceBefore(t));
    let k = 0;
    const sameSection = (d: Draft) => d.sentence > lastHeading;

    // "Following reports of clashes …, the MoD stated …": the clashes are a happening of their own.
    const lead = /^(?:Following|After|Amid)\s+(?:reports of\s+)?([^,]+),/.exec(s.text);
    if (lead && anchors.length === 0) {
      const a = analyzeClause(lead[1]!);
      if (a?.nominal && a.type !== 'statement') {
        const from = s.start + lead[0].indexOf(lead[1]!);
        previous = make(
          s,
          k++,
          from,
          from + lead[1]!.length,
          onOrBefore(article.published, 'reported without a date'),
          { title: tidy(a.title), type: a.type },
        );
      }
    }

    if (anchors.length === 0 && previous && sameSection(previous)) {
      const anaphor = ANAPHORA.exec(s.text);
      const noun = anaphor?.[1]?.toLowerCase().replace(/es$|s$/, '');
      const target = noun
        ? ([...drafts]
            .reverse()
            .find((d) => d.type !== 'statement' && d.title.toLowerCase().includes(noun)) ?? previous)
        : previous;
      const persons = actorsOf(s.start, s.end).filter((x) => x.kind === 'person');
      if (
        (anaphor && (target !== previous || previous.paragraph >= s.paragraph - 1)) ||
        (previous.type === 'statement' &&
          persons.some((x) => previous!.actors.some((y) => y.name === x.name)) &&
          previous.paragraph >= s.paragraph - 2)
      ) {
        continueEvent(
          target,
          article.id,
          s,
          undefined,
          placesOf(s, s.start, s.end),
          actorsOf(s.start, s.end),
        );
        continue;
      }
    }

    if (frame) {
      const frameEnd = s.start + frame.frameEnd;
      const contentStart = s.start + frame.contentStart;
      // The date nearest the reporting verb dates the saying ("The group, which agreed a sale on Tuesday, said last month …").
      const frameAnchor = anchors.filter((t) => t.end <= frameEnd).at(-1);
      const contentAnchor = anchors.find((t) => t.start >= contentStart);
      const content = article.text.slice(contentStart, s.end);
      const happening = findEventVerb(content, { skipReporting: true, hardOnly: true, finite: true });
      const frameText = article.text.slice(s.start, frameEnd);
      const speaker = subjectOf(
        s.text.slice(0, frame.verbStart),
        anchors.map((t) => t.text),
      );
      // "BP said it had collected …": the pronoun of the reported clause is the speaker.
      const contentTitle = (analyzeClause(content, { finite: true })?.title ?? content)
        .replace(/[.”"]+$/, '')
        .replace(
          /^(?:It|They|He|She)\b/,
          isSpeaker(speaker) && !/^(?:he|she|they|it)$/i.test(speaker) ? speaker : '$&',
        );
      let statement: Draft | undefined;
      // "…, Mr Wells said, …", "There said": no one to attribute the words to.
      if (!isSpeaker(speaker) && !frameAnchor && !(happening || contentAnchor)) continue;
      // An undated "X said that …" about no happening at all is a view, not an event.
      if (!frameAnchor && !happening && !contentAnchor && !mentionsHappening(content)) continue;
      if (frameAnchor || !(happening || contentAnchor)) {
        const own = usable(
          analyzeClause(frameText.slice(0, frame.verbStart), { skip: anchors.map((t) => t.text) }),
        );
        const said =
          /s$/i.test(speaker.split(/\s(?:of|from|in|for)\s/)[0]!) && !/(?:ss|news|agency)$/i.test(speaker)
            ? 'say'
            : 'says';
        // "the agency quoted Karimi that …": Karimi is the one speaking; the agency stays an actor.
        const quoted = frame.verb.startsWith('quote')
          ? subjectOf(frameText.slice(frame.verbStart + frame.verb.length))
          : '';
        const rawGist =
          contentAnchor || happening
            ? lower(contentTitle)
            : lower(
                clipWords(
                  // "said that since the leak began, 4 million gallons …": the main clause, not the adverbial.
                  content
                    .split(/,(?!\d{3})|;|\s(?:but|while|whereas)\s/)
                    .find(
                      (c) => !/^\s*(?:since|when|after|as|while|although|if|before|until|once)\b/i.test(c),
                    ) ?? content,
                  14,
                ),
              );
        // Glued quotes (`even"monsters"would`) and hedges ("it appeared that") add nothing to a headline.
        const gist = rawGist
          .replace(/["“”]/g, ' ')
          .replace(/^(?:it (?:appeared|appears|seemed|seems|was clear|is clear) that|that)\s+/i, '')
          .replace(/\s+/g, ' ')
          .trim();
        // "Turkish Prime Minister Recep Tayyip Erdogan" → "Recep Tayyip Erdogan": the name says who, briefly.
        const named = actorsOf(s.start, s.end).find(
          (x) => x.kind === 'person' && speaker.endsWith(x.name) && speaker !== x.name,
        );
        // "Senate Energy committee chairman Jeff Bingaman": a role in lower case, then the name.
        const roleName = /(?:^|\s)\p{Ll}+\s+((?:\p{Lu}[\p{L}'’.-]+\s+){1,2}\p{Lu}[\p{L}'’.-]+)$/u.exec(
          speaker,
        )?.[1];
        const who = `${quoted || named?.name || roleName || speaker || 'Source'} ${quoted || named || roleName ? 'says' : said}`;
        // A long gist is cut at its first clause break, so the headline keeps a whole thought.
        const short =
          who.length + gist.length > 72
            ? (/^(?:\S+\s+){4,}?\S+?(?=\s(?:and|which|who|while|because|after|before|from|in|on|at|for|with|to)\s)/.exec(
                gist,
              )?.[0] ?? gist)
            : gist;
        const title = own && own.type === 'statement' ? own.title : `${who} ${short}`;
        statement = make(
          s,
          k++,
          s.start,
          contentAnchor || happening ? frameEnd : s.end,
          frameAnchor ? timeOf(frameAnchor) : reportedOn(article.published),
          {
            title: tidy(title),
            type: 'statement',
            // A statement with its own verb ("announced his opposition") is a happening, not the report.
            isReport: !(own && own.type === 'statement'),
          },
          frameAnchor,
        );
        previous = statement;
      }
      if (contentAnchor || happening) {
        const when = contentAnchor
          ? timeOf(contentAnchor)
          : onOrBefore(
              statement?.when.end ?? article.published,
              `reported by ${speaker || 'the article'} without a date of its own`,
            );
        const a = analyzeClause(content, { finite: true });
        previous = make(
          s,
          k++,
          contentStart,
          s.end,
          when,
          { title: tidy(contentTitle), type: a?.type ?? 'other' },
          contentAnchor,
        );
        if (statement)
          previous.actors = uniqueActors(
            [...previous.actors, ...statement.actors].map((actor) => ({ actor, start: 0, end: 0 })),
          );
      }
      continue;
    }

    if (anchors.length > 0) {
      const byValue = new Map<string, TemporalExpression>();
      for (const t of anchors) if (!byValue.has(t.value)) byValue.set(t.value, t);
      const distinct = [...byValue.values()];
      const main = usable(analyzeClause(s.text, { skip: anchors.map((t) => t.text), finite: true }));
      const mainVerb = findEventVerb(s.text.replace(/["“”]/g, ' '), { finite: true });
      for (const t of distinct) {
        // An expression in a subordinate chunk ("despite its military defeat months ago") governs
        // that chunk when the main clause states no happening.
        const chunk = chunkAround(s.text, t.start - s.start, t.end - s.start);
        // An expression in a clause of its own ("…, which began on 20 April") dates that clause, not the main verb.
        const apart =
          distinct.length === 1 &&
          main !== undefined &&
          !main.nominal &&
          mainVerb !== undefined &&
          (mainVerb.start < chunk.start || mainVerb.start >= chunk.end) &&
          t.start - s.start > mainVerb.start &&
          // A bare adverbial (", on March 25,") still dates the verb it follows.
          /^\W*(?:which|who|that|when|after|before|while|whereas|and|but|since|as|although|up|down|compared)\b/i.test(
            chunk.text.replace(t.text, ' '),
          );
        const ownClause =
          distinct.length > 1 || !main || main.nominal || main.type === 'other' || apart
            ? usable(
                analyzeClause(chunk.text.replace(t.text, ' '), {
                  subject: subjectOf(s.text.slice(0, chunk.start)),
                  finite: true,
                  verbal: apart,
                }),
              )
            : undefined;
        const own = apart && !ownClause ? undefined : ownClause;
        // A trailing expression in a clause without a happening of its own does not date the main verb.
        if (apart && !own) continue;
        // With several dates, one outside the main verb's chunk and without a happening of its own
        // ("Before the cap was closed a week ago, … the rig exploded April 20") dates nothing.
        if (
          distinct.length > 1 &&
          !own &&
          mainVerb !== undefined &&
          (mainVerb.start < chunk.start || mainVerb.start >= chunk.end)
        )
          continue;
        const a = own && (distinct.length > 1 || !main || main.nominal || apart) ? own : (main ?? own);
        // Two expressions in one sentence that yield the same headline are one event.
        if (
          a &&
          drafts.some((d) => d.sentence === s.index && d.title === withPlace(headline(a.title), d.places))
        )
          continue;
        if (!a) {
          if (previous && previous.paragraph === s.paragraph) continueEvent(previous, article.id, s, t);
          continue;
        }
        const from = distinct.length > 1 || apart ? s.start + chunk.start : s.start;
        const to = distinct.length > 1 || apart ? s.start + chunk.end : s.end;
        previous = make(s, k++, from, to, timeOf(t), { title: tidy(a.title), type: a.type }, t);
        if (previous.places.length === 0) previous.places = placesOf(s, s.start, s.end);
      }
      continue;
    }

    // No date in the sentence: either it continues the previous event or it starts a new one.
    let a = isOpinion(s.text) ? undefined : usable(analyzeClause(s.text, { finite: true, verbal: true }));
    // "X says …" without a date is a view unless it reports a happening.
    if (a && REPORT_LEMMAS.has(a.head)) {
      const v = findEventVerb(s.text, { finite: true });
      if (!v || !mentionsHappening(s.text.slice(v.end))) a = undefined;
    }
    const prev = previous;
    const continues =
      prev !== undefined &&
      sameSection(prev) &&
      prev.paragraph === s.paragraph &&
      (!a || CASUALTY_ONLY.test(s.text) || a.type === prev.type || !findEventVerb(s.text));
    if (continues && prev) {
      // A sentence that merely follows in the paragraph may be about somewhere else: it lends no place.
      continueEvent(prev, article.id, s, undefined, [], actorsOf(s.start, s.end));
      continue;
    }
    if (!a) continue;
    previous = make(s, k++, s.start, s.end, onOrBefore(article.published, 'no date in the sentence'), {
      title: tidy(a.title),
      type: a.type,
    });
  }
  return dedupeDrafts(drafts)
    .filter((d) => sensibleTitle(d.title))
    .map((d) => finish(d, article.published));
}

function mention(
  articleId: string,
  s: Sentence,
  timex: TemporalExpression | undefined,
  counts: Counts,
): Mention {
  return {
    article: articleId,
    sentence: { start: s.start, end: s.end, text: s.text },
    ...(timex
      ? {
          timex: {
            start: timex.start,
            end: timex.end,
            text: timex.text,
            type: timex.type,
            value: timex.value,
            ...(timex.mod ? { mod: timex.mod } : {}),
            tags: [...timex.tags],
          },
        }
      : {}),
    ...(counts.fatalities !== undefined ? { fatalities: counts.fatalities } : {}),
    ...(counts.injured !== undefined ? { injured: counts.injured } : {}),
  };
}

/** Adds a sentence that carries the previous event on: its mention, counts, places, actors. */
function continueEvent(
  d: Draft,
  articleId: string,
  s: Sentence,
  timex?: TemporalExpression,
  places: Place[] = [],
  actors: Actor[] = [],
): void {
  if (d.mentions.some((m) => m.sentence.start === s.start)) return;
  const counts = extractCounts(s.text);
  d.mentions.push(mention(articleId, s, timex, counts));
  for (const key of ['fatalities', 'injured', 'arrested'] as const) {
    if (d.counts[key] === undefined && counts[key] !== undefined) d.counts[key] = counts[key];
  }
  if (counts.approximate) d.counts.approximate = true;
  // A later sentence adds places only to an event that has none: it may well be about somewhere else.
  if (d.places.length === 0) d.places = mostSpecific(places);
  d.actors = uniqueActors([...d.actors, ...actors].map((actor) => ({ actor, start: 0, end: 0 })));
}

function finish(d: Draft, published: string): ChronologyEvent {
  const { counts } = d;
  const event: ChronologyEvent = {
    id: d.id,
    title: d.title || d.mentions[0]!.sentence.text.slice(0, 80),
    when: d.when,
    reported: published,
    ...(d.isReport ? { isReport: true } : {}),
    mentions: d.mentions,
    actors: d.actors,
    places: d.places,
    type: d.type,
    ...(counts.fatalities !== undefined ? { fatalities: counts.fatalities } : {}),
    ...(counts.injured !== undefined ? { injured: counts.injured } : {}),
    ...(counts.arrested !== undefined ? { arrested: counts.arrested } : {}),
    ...(counts.approximate ? { countsApproximate: true } : {}),
  };
  return event;
}
