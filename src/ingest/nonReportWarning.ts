import type { IngestError, NonReport, ReadArticle } from '../model/article.ts';

/** What each kind of page is, for the reader of the warning. */
const WHAT: Record<NonReport['reason'], string> = {
  'programme listing': 'a programme listing (production credits and time slots)',
  'running order':
    "a radio programme's running order (item after item, each closed by who discusses it on air)",
  "readers' posts":
    "readers' posts (first-person posts, far longer than a news article: a query board, readers' letters)",
  "readers' comments":
    'readers\' comments (a line announces them: "A selection of your comments appear below")',
  quiz: 'a quiz (it tells the reader to "Click NEXT" to the next question)',
};

/**
 * A warning when an article, or its end, is no news report (`nonReport`, recorded on the article
 * as ingest read it): the event stage takes no event from that text, and the user is told which
 * article and why, as of any input left out. Undefined for a report.
 */
export function nonReportWarning(a: ReadArticle): IngestError | undefined {
  const page = a.nonReport;
  if (!page) return undefined;
  const where =
    page.from === 0
      ? 'is'
      : `from character ${page.from.toLocaleString('en-US')} of ${a.text.length.toLocaleString('en-US')} is`;
  return {
    file: a.origin?.file ?? a.id,
    line: a.origin?.line ?? 1,
    message: `article "${a.id}" ${where} ${WHAT[page.reason]}, not a report: no events are taken from ${page.from === 0 ? 'it' : 'that part'}`,
    severity: 'warning',
  };
}
