import { describe, expect, it } from 'vitest';
import { nonReport } from '../../src/ingest/nonReportPages.ts';
import { isQuiz, readersCommentsStart } from '../../src/ingest/readersComments.ts';

const INTRO =
  'How can we avoid a swine flu pandemic? The World Health Organization says countries must not lower their guard. Almost 900 cases had been confirmed across five continents, the WHO said. ';
const COMMENTS =
  "I'm honestly surprised we don't die of other illnesses already. Basic hygiene, avoid lifts and wash hands. Alfred Bright, Harrogate, North Yorkshire. A man in Ireland sneezed on me on the bus. ";

describe('readersCommentsStart', () => {
  it('starts at the line that announces the comments, keeping the report before it', () => {
    const text = `${INTRO}Thanks for your comments. Please read a selection below: ${COMMENTS}`;
    expect(readersCommentsStart(text)).toBe(text.indexOf('Please read'));
    const selection = `${INTRO}A selection of your comments appear below. ${COMMENTS}`;
    expect(readersCommentsStart(selection)).toBe(selection.indexOf('A selection'));
  });

  it('takes readers sending their accounts as the page’s start', () => {
    const text = `Readers in the areas affected by the outbreak have been sending their accounts to the BBC. ${COMMENTS}`;
    expect(nonReport(text)).toEqual({ from: 0, reason: "readers' comments" });
  });

  it('starts at a closed debate’s notice further on, glued or not to the text before', () => {
    const text = `${INTRO.trim()} Send your pictures to us This debate is now closed. ${COMMENTS}`;
    expect(readersCommentsStart(text)).toBe(text.indexOf('This debate'));
  });

  it('reads a closed debate’s notice opening the page as no start, and a comment’s stamp as one', () => {
    const text = `This debate is now closed. How can Africa help Haiti? Rwanda has pledged $100,000. Added: Tuesday, 19 January, 2010, 18:32 GMT 18:32 UK ${COMMENTS}`;
    expect(readersCommentsStart(text)).toBe(text.indexOf('Added:'));
  });

  it('reads a closed debate’s notice under a heading line as no start', () => {
    const text = `Africa and Haiti\nThis debate is now closed. How can Africa help Haiti? Rwanda has pledged $100,000.`;
    expect(readersCommentsStart(text)).toBe(-1);
  });

  it('takes no invitation to comment under a report as comments', () => {
    const text = `${INTRO}Are you in Mexico? Send us your comments and experiences. In some cases a selection of your comments will be published.`;
    expect(readersCommentsStart(text)).toBe(-1);
    expect(nonReport(text)).toBeUndefined();
  });
});

describe('isQuiz', () => {
  it('is a page that tells the reader to click on to the next question twice', () => {
    const text =
      "It's the weekly quiz. The diamond is expected to fetch at least 3.9m. Click NEXT to continue. Joanna Lumley backed the soldiers' cause. Click NEXT to continue.";
    expect(isQuiz(text)).toBe(true);
    expect(nonReport(text)).toEqual({ from: 0, reason: 'quiz' });
  });

  it('is not a report that mentions a quiz once', () => {
    expect(isQuiz('The quiz show host was arrested on Monday. Click NEXT to see the pictures.')).toBe(false);
  });
});
