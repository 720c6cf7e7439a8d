import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/ingest/parseArticleFile.ts';

const RUNNING_ORDER = [
  'PLEASE NOTE: We are unable to offer transcripts for our programme interviews.',
  'Today is broadcast live and the running order is subject to change.',
  'Hundreds of people are feared dead after an earthquake. Thousands are injured. Dr Ann Lee, head of seismic hazard at the Geological Survey, examines the cause of the quake.',
  'The Conservatives are calling for changes to labels on drinks. They say units are misunderstood. Shadow health secretary John Smith discusses the policy.',
  'Finland has extended its anti-tobacco laws. Shops may no longer display cigarettes. Paul Henley reports from Helsinki.',
  'The first day of the fishing season begins today. James Cook reports from the river.',
  'Should the UK follow the US in imposing a levy on banks? Vince Cable, a Liberal Democrat, and Terry Smith, a broker, debate whether a levy could work.',
].join(' ');

describe('nonReportWarning', () => {
  it('keeps a page that is no report and warns, naming the article, its line and why', () => {
    const line = JSON.stringify({
      id: 'today-0113',
      published: '2010-01-13',
      source: 'bbc',
      text: RUNNING_ORDER,
    });
    const report = JSON.stringify({
      id: 'quake',
      published: '2010-01-13',
      source: 'bbc',
      text: 'A powerful earthquake struck Haiti on Tuesday. Paul Henley reports from Port-au-Prince.',
    });
    const parsed = parseArticleFile('t17.jsonl', `${report}\n${line}\n`);
    expect(parsed.articles.map((a) => a.id)).toEqual(['quake', 'today-0113']);
    // The verdict is recorded on the article, for the event stage to read: judged once.
    expect(parsed.articles.map((a) => a.nonReport)).toEqual([
      undefined,
      { from: 0, reason: 'running order' },
    ]);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]).toMatchObject({ file: 't17.jsonl', line: 2, severity: 'warning' });
    expect(parsed.errors[0]!.message).toMatch(
      /^article "today-0113" is a radio programme's running order .*no events/,
    );
  });

  it('warns in Markdown too, and says from where when only the end of a page is posts', () => {
    const report =
      'Police arrested five protesters in the capital on Monday. The curfew stays in force. '.repeat(40);
    const posts =
      'My great grandfather was born in the village in 1819. I am looking for his brothers. '.repeat(700);
    const parsed = parseArticleFile('2010-06-29-board.md', `${report}${posts}`);
    expect(parsed.articles).toHaveLength(1);
    const warning = parsed.errors.find((e) => e.message.includes("readers' posts"));
    expect(warning?.message).toMatch(
      /^article "2010-06-29-board" from character [\d,]+ of [\d,]+ is readers' posts/,
    );
  });
});
