import type { Article } from '../model/article.ts';
import type { Actor, EventTime, Place, Span } from '../model/chronology.ts';
import type { TemporalExpression } from '../model/timex.ts';
import { backgroundWording, type Standing } from './anchoring/backgroundWording.ts';
import { addDays, OPEN_START_DAYS } from './anchoring/eventTime.ts';
import { afterPublication } from './clauses/modality.ts';
import { type Draft, toMention } from './draft.ts';
import { findActors, uniqueActors } from './entities/actors/findActors.ts';
import { extractCounts } from './entities/extractCounts.ts';
import { findPlaces, type PlaceMatch, resolvePlace } from './entities/places/findPlaces.ts';
import { mostSpecific } from './entities/places/placeList.ts';
import { type Sentence, segmentSentences } from './nlp/segmentSentences.ts';

const LOCAL_REFERENCE =
  /\b(?:there|the (?:areas?|district|city|town|village|region|province|site|scene|capital|compound|rig|well)(?! of \p{Lu}))\b/iu;
// "100 kilometers north of Kabul" locates something else, not an event in Kabul.
const RELATIVE_LOCATION = /\b(?:north|south|east|west|kilometers|kilometres|miles|km)(?:-\w+)?\s+of\s+$/i;

/** The state of extracting one article: its sentences, places and actors, and the drafts so far. */
export interface ArticleContext {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  /** Every place name of the article. */
  readonly placeNames: readonly PlaceMatch[];
  readonly drafts: Draft[];
  /** The draft a following sentence may continue. */
  previous: Draft | undefined;
  /** Index of the last heading: an event does not continue across one. */
  lastHeading: number;
  /**
   * Sentences whose dates all belong to one phrase and fall no earlier than the month before
   * publication ("survivors of Tuesday's earthquake"): they tell the news, for the sentences after
   * them too (`tellsNews`), as when the phrase's date dated their happening. So do undated sentences
   * of the news that tell only what goes on at publication ("Fighting is continuing in Homs").
   */
  readonly recentPhraseDates: Set<number>;
  /**
   * Whether an undated sentence tells the article's news: it is in the lead (the first sentences of
   * the body), or follows closely on an event of the month before publication. Otherwise it is
   * background, or a happening the text does not place ("Protests erupted in March 2011. Security
   * forces opened fire …").
   */
  tellsNews(s: Sentence): boolean;
  /**
   * Whether a saying's wording tells a standing position (`backgroundWording`): "Dr Murray has
   * repeatedly denied causing Jackson's death" is no saying of the day. A past perfect does not
   * count: in what was said it is the speaker's tense moved back ("He denied his company had been
   * slow to react").
   */
  standingSaying(s: Sentence): boolean;
  placesOf(s: Sentence, from: number, to: number): Place[];
  actorsOf(from: number, to: number): Actor[];
  /** Records a new draft for the article span `from..to` of sentence `s` (the `k`-th of it). */
  make(
    s: Sentence,
    k: number,
    from: number,
    to: number,
    when: EventTime,
    extra: Partial<Draft>,
    timex?: TemporalExpression,
    trigger?: Span,
  ): Draft;
}

/** How many sentences of an article's body (headings aside) make its lead. */
export const LEAD_SENTENCES = 3;

/** Segments an article and finds its places and actors once, for all its sentences. */
export function createArticleContext(article: Article): ArticleContext {
  const sentences = segmentSentences(article.text);
  const body = sentences.filter((s) => !s.heading);
  const leadStart = body[0]?.index ?? 0;
  const leadEnd = body[LEAD_SENTENCES - 1]?.index ?? Number.POSITIVE_INFINITY;
  const standing = (t: Sentence): Standing =>
    t.index <= leadStart ? 'opening' : t.index <= leadEnd ? 'lead' : 'body';
  const background = (t: Sentence): boolean => backgroundWording(t.text, standing(t)) !== undefined;
  const allPlaces = findPlaces(article.text);
  const allActors = findActors(article.text);
  const ctx: ArticleContext = {
    article,
    sentences,
    placeNames: allPlaces,
    drafts: [],
    previous: undefined,
    recentPhraseDates: new Set(),
    lastHeading: -1,
    standingSaying(s) {
      const why = backgroundWording(s.text, standing(s));
      return why !== undefined && why !== 'past perfect';
    },
    tellsNews(s) {
      // Past perfect, a standing condition, a history of repeated happenings, a span of years: the
      // wording tells background (which signals count depends on where the sentence stands).
      if (background(s)) return false;
      if (s.index <= leadEnd) return true;
      // After the lead, a sentence tells the day's news when it follows closely on an event of the
      // month before publication; otherwise it is background, drawn vaguely before publication.
      // Only an event the text dates itself, or one of the lead, counts: news by inference alone
      // would carry the day's window down the whole article, one background sentence after another.
      // An undated aside of background in the lead ("China has twice vetoed …") is passed over, as
      // undated ones after it are: it neither tells the news nor ends it.
      const latest = ctx.drafts
        .filter(
          (d) =>
            d.lastSentence < s.index &&
            d.lastSentence >= s.index - 2 &&
            (d.mentions[0]?.timex !== undefined ||
              ctx.recentPhraseDates.has(d.sentence) ||
              (d.sentence <= leadEnd && d.when.precision !== 'vague')),
        )
        .sort((a, b) => a.lastSentence - b.lastSentence)
        .at(-1);
      // A sentence just before whose dates are a phrase's of the month ("next month's concert") tells
      // of the news as a dated one would, unless a draft after it says otherwise.
      const phrase = [s.index - 1, s.index - 2].find((i) => ctx.recentPhraseDates.has(i));
      if (phrase !== undefined && (latest === undefined || latest.lastSentence <= phrase)) return true;
      return (
        latest !== undefined &&
        latest.when.precision !== 'vague' &&
        latest.when.start >= addDays(article.published, -OPEN_START_DAYS)
      );
    },
    placesOf(s, from, to) {
      const here = allPlaces.filter(
        (p) =>
          p.start >= from &&
          p.end <= to &&
          !RELATIVE_LOCATION.test(article.text.slice(Math.max(0, p.start - 24), p.start)),
      );
      const near = allPlaces.filter(
        (p) =>
          p.start >= (sentences[s.index - 2]?.start ?? 0) &&
          p.end <= (sentences[s.index + 2]?.end ?? article.text.length),
      );
      return mostSpecific(
        here.map((m) => resolvePlace(m, [here, near, allPlaces], article.text.slice(m.end, m.end + 12))),
      );
    },
    actorsOf: (from, to) => uniqueActors(allActors.filter((a) => a.start >= from && a.end <= to)),
    make(s, k, from, to, when, extra, timex, trigger) {
      const clause = article.text.slice(from, to);
      const counts = extractCounts(clause);
      const places = ctx.placesOf(s, from, to);
      const previous = ctx.previous;
      // Without a place of its own, an event takes the previous one's only when it follows closely
      // and points back to a place ("in the areas …", "there", "the district").
      const close =
        previous !== undefined &&
        previous.paragraph >= s.paragraph - 1 &&
        previous.sentence >= s.index - 3 &&
        previous.sentence > ctx.lastHeading &&
        LOCAL_REFERENCE.test(clause);
      const inherited = places.length === 0 && close ? previous.places : places;
      // The title is cut from the sentence as it stands: no place is added to it.
      const title = extra.title ?? '';
      const draft: Draft = {
        id: `${article.id}#${s.index}-${k}`,
        when,
        isReport: false,
        type: 'other',
        mentions: [toMention(article.id, s, timex, counts, trigger)],
        actors: ctx.actorsOf(from, to),
        places: inherited,
        counts,
        sentence: s.index,
        lastSentence: s.index,
        paragraph: s.paragraph,
        ...extra,
        title,
      };
      // Whatever its wording, a happening dated after publication had not happened yet: a plan. Not
      // so the report of someone's words: "said" is past, such a date belongs to what was said.
      if (!draft.modality && !draft.isReport && afterPublication(when.start, article.published))
        draft.modality = 'planned';
      ctx.drafts.push(draft);
      return draft;
    },
  };
  return ctx;
}
