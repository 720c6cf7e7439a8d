import type { ArticleMeta } from '../../model/article.ts';
import type { Chronology, ChronologyEvent, Mention } from '../../model/chronology.ts';
import { shownTitle } from '../../model/shownTitle.ts';
import { reportingLagDays } from '../layout/eventTime.ts';
import { formatDay, formatWhen } from '../text/formatWhen.ts';
import { bySentence, highlightSentence } from '../text/highlightSentence.ts';
import { h, safeHref } from './dom.ts';

const PRECISION_NOTE: Record<string, string> = {
  time: 'to the minute',
  day: 'to the day',
  week: 'to the week',
  month: 'to the month',
  season: 'to the season',
  quarter: 'to the quarter',
  year: 'to the year',
  decade: 'to the decade',
  vague: 'vague',
};

/** Mentions listed before "Show more": enough to compare sources without a wall of text. */
const SHOWN_MENTIONS = 12;

/** The sentence with its date expression and the words naming the happening marked (text only). */
function sentenceBlock(ms: readonly Mention[]): HTMLElement {
  return h(
    'blockquote',
    { class: 'cs-sentence' },
    ...highlightSentence(ms).map((p) =>
      p.mark
        ? h(
            'mark',
            { class: `cs-mark-${p.mark}`, title: p.mark === 'date' ? 'date' : 'what happened' },
            p.text,
          )
        : p.text,
    ),
  );
}

function mentionItem(ms: readonly Mention[], article: ArticleMeta | undefined): HTMLElement {
  const m = ms[0]!;
  const href = safeHref(article?.url);
  const title = article?.title || m.article;
  return h(
    'li',
    { class: 'cs-mention' },
    h(
      'p',
      { class: 'cs-source' },
      href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, title) : h('span', {}, title),
      h(
        'span',
        { class: 'cs-muted' },
        ` · ${article?.source ?? 'unknown source'}`,
        article ? ` · ${article.published ? formatDay(article.published) : 'publication date unknown'}` : '',
      ),
    ),
    sentenceBlock(ms),
    m.timex
      ? h(
          'p',
          { class: 'cs-timex' },
          h('span', { class: 'cs-muted' }, 'Temporal expression '),
          h('q', {}, m.timex.text),
          ` → ${m.timex.value}${m.timex.mod ? ` (${m.timex.mod})` : ''}`,
          ...(m.timex.tags ?? []).map((t) => h('code', { class: 'cs-tag' }, t)),
        )
      : h(
          'p',
          { class: 'cs-timex cs-muted' },
          'No temporal expression in this sentence: dated from the article.',
        ),
    m.fatalities !== undefined ? h('p', { class: 'cs-muted' }, `States ${m.fatalities} killed`) : null,
  );
}

function facts(e: ChronologyEvent): HTMLElement {
  const rows: [string, string][] = [];
  if (e.type) rows.push(['Type', e.type.replace(/-/g, ' ')]);
  if (e.fatalities !== undefined) rows.push(['Killed', String(e.fatalities)]);
  if (e.injured !== undefined) rows.push(['Injured', String(e.injured)]);
  if (e.arrested !== undefined) rows.push(['Arrested', String(e.arrested)]);
  const sources = e.corroboration ?? new Set(e.mentions.map((m) => m.article)).size;
  rows.push([
    'Corroboration',
    `${sources} source${sources === 1 ? '' : 's'}, ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}`,
  ]);
  if (e.actors.length)
    rows.push(['Actors', e.actors.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)).join('; ')]);
  if (e.places.length)
    rows.push(['Places', e.places.map((p) => (p.within ? `${p.name}, ${p.within}` : p.name)).join('; ')]);
  return h('dl', { class: 'cs-facts' }, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

// Built once per chronology: a million-event archive has hundreds of thousands of articles.
const articleMaps = new WeakMap<Chronology, ReadonlyMap<string, ArticleMeta>>();
function articlesById(chronology: Chronology): ReadonlyMap<string, ArticleMeta> {
  let m = articleMaps.get(chronology);
  if (!m) {
    m = new Map(chronology.articles.map((a) => [a.id, a]));
    articleMaps.set(chronology, m);
  }
  return m;
}

/** Options of {@link renderDetails}. */
export interface DetailsOptions {
  readonly onClose: () => void;
}

/**
 * Fills the details region with one event: date and how it was resolved, reporting lag,
 * counts, actors, places, every source with its sentence (timex highlighted) and disagreements.
 */
export function renderDetails(
  container: HTMLElement,
  chronology: Chronology,
  e: ChronologyEvent | null,
  options: DetailsOptions,
): void {
  container.replaceChildren();
  if (!e) {
    container.append(
      h('h2', { class: 'cs-details-empty-title' }, 'Event details'),
      h(
        'p',
        { class: 'cs-muted' },
        'Select an event on the timeline or in the list to see its sources and how its date was resolved.',
      ),
    );
    return;
  }
  const articles = articlesById(chronology);
  const lag = reportingLagDays(e);
  const close = h('button', { type: 'button', class: 'cs-close', 'aria-label': 'Close details' }, '×');
  close.addEventListener('click', options.onClose);
  container.append(
    h(
      'div',
      { class: 'cs-details-head' },
      h('h2', { id: 'cs-details-title', tabindex: -1 }, shownTitle(e)),
      close,
    ),
    h(
      'p',
      { class: 'cs-when' },
      h('strong', {}, formatWhen(e)),
      h(
        'span',
        { class: 'cs-muted' },
        ` · precision ${PRECISION_NOTE[e.when.precision] ?? e.when.precision}`,
      ),
      e.when.approximate ? h('span', { class: 'cs-badge' }, 'inferred') : null,
      e.status === 'planned' ? h('span', { class: 'cs-badge' }, 'planned') : null,
    ),
    h(
      'p',
      { class: 'cs-reported' },
      `Reported ${formatDay(e.reported)}`,
      e.status === 'planned'
        ? h('span', { class: 'cs-muted' }, ' · announced ahead: it had not happened yet')
        : lag > 0
          ? h('span', { class: 'cs-muted' }, ` · ${lag} day${lag === 1 ? '' : 's'} after it happened`)
          : h('span', { class: 'cs-muted' }, ' · same day'),
      e.isReport ? h('span', { class: 'cs-badge' }, 'report') : null,
    ),
    h('h3', {}, 'How the date was resolved'),
    h('p', { class: 'cs-explanation' }, e.when.explanation ?? `TIMEX3 value ${e.when.value}`),
    h(
      'p',
      { class: 'cs-muted cs-timex-value' },
      `TIMEX3 ${e.when.value}${e.when.mod ? ` · ${e.when.mod}` : ''}`,
    ),
    facts(e),
  );
  if (e.disagreements?.length) {
    container.append(
      h('h3', {}, 'Sources disagree'),
      h(
        'ul',
        { class: 'cs-disagreements' },
        ...e.disagreements.map((d) =>
          h(
            'li',
            {},
            h('strong', {}, d.field),
            h(
              'ul',
              {},
              ...Object.entries(d.values).map(([art, v]) =>
                h('li', {}, `${articles.get(art)?.source ?? art}: ${v}`),
              ),
            ),
          ),
        ),
      ),
    );
  }
  // A sentence that gives several words of the happening is listed once, with each marked.
  const sentences = bySentence(e.mentions);
  container.append(
    h('h3', {}, `Sources (${sentences.length})`),
    h(
      'ol',
      { class: 'cs-mentions' },
      ...sentences.slice(0, SHOWN_MENTIONS).map((ms) => mentionItem(ms, articles.get(ms[0]!.article))),
    ),
  );
  if (sentences.length > SHOWN_MENTIONS) {
    container.append(
      h(
        'details',
        { class: 'cs-more' },
        h('summary', {}, `Show ${sentences.length - SHOWN_MENTIONS} more`),
        h(
          'ol',
          { class: 'cs-mentions', start: SHOWN_MENTIONS + 1 },
          ...sentences.slice(SHOWN_MENTIONS).map((ms) => mentionItem(ms, articles.get(ms[0]!.article))),
        ),
      ),
    );
  }
}
