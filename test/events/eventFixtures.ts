import type { Article } from '../../src/model/article.ts';
import type { TemporalExpression } from '../../src/model/timex.ts';

/** A test article published on `published` (12 April 2022 unless given). */
export const article = (text: string, published = '2022-04-12'): Article => ({
  id: 'a',
  title: 't',
  source: 's',
  published,
  text,
});

/** The first `word` in `text` as a temporal expression for the day `value` (`YYYY-MM-DD`). */
export const dayIn = (text: string, word: string, value: string): TemporalExpression => {
  const start = text.indexOf(word);
  return {
    start,
    end: start + word.length,
    text: word,
    type: 'DATE',
    value,
    precision: 'day',
    range: { start: value, end: value },
    known: {},
    implied: {},
    anchor: 'dct',
    tags: ['test'],
    explanation: '',
  };
};

/** The first `word` in `text` resolved to 11 April 2022, the day before the default publication. */
export const yesterday = (text: string, word: string): TemporalExpression => dayIn(text, word, '2022-04-11');

/** The `word` at offset `from` or later in `text` as the month `value` (`YYYY-MM`), e.g. "March" → 2022-03. */
export const monthIn = (text: string, word: string, value: string, from = 0): TemporalExpression => {
  const start = text.indexOf(word, from);
  const [y, m] = value.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return {
    ...dayIn(text, word, value),
    start,
    end: start + word.length,
    precision: 'month',
    range: { start: `${value}-01`, end: `${value}-${String(last).padStart(2, '0')}` },
  };
};
