import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleIdOf, parseArticleFile, parseArticleFiles } from '../../src/ingest/parseArticleFile.ts';

const fixture = (p: string) => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');

describe('parseArticleFile', () => {
  it('reads Markdown with front matter: metadata, id from the file name, body offsets from the body', () => {
    const { articles, errors } = parseArticleFile(
      'data/articles/2022-04-12-badakhshan.md',
      fixture('articles/2022-04-12-badakhshan.md'),
    );
    expect(errors).toEqual([]);
    expect(articles).toHaveLength(1);
    const a = articles[0]!;
    expect(a.id).toBe('2022-04-12-badakhshan');
    expect(a.published).toBe('2022-04-12');
    expect(a.source).toBe('Al Jazeera (English translation)');
    expect(a.url).toMatch(/^https:\/\/www\.tellerreport\.com\//);
    expect(a.language).toBe('en');
    expect(a.text.startsWith('KABUL')).toBe(true);
    expect(a.text).not.toContain('published:');
  });

  it('names the file and the line of a bad published date, and keeps the article undated', () => {
    const { articles, errors } = parseArticleFile('bad-date.md', fixture('bad/bad-date.md'));
    expect(articles).toHaveLength(1);
    expect(articles[0]?.published).toBeUndefined();
    expect(errors).toEqual([
      { file: 'bad-date.md', line: 4, message: expect.stringContaining('"published" is not a valid date') },
    ]);
  });

  it('reports broken YAML with a line inside the front matter', () => {
    const { articles, errors } = parseArticleFile('bad-yaml.md', fixture('bad/bad-yaml.md'));
    expect(articles).toEqual([]);
    expect(errors[0]?.file).toBe('bad-yaml.md');
    expect(errors[0]?.line).toBeGreaterThanOrEqual(2);
    expect(errors[0]?.message).toMatch(/invalid YAML front matter/);
  });

  it('reports an unclosed front matter block', () => {
    const { errors } = parseArticleFile('x.md', '---\ntitle: a\n\nbody');
    expect(errors[0]).toMatchObject({ line: 1, message: expect.stringMatching(/never closed/) });
  });

  it('reads plain text dated by its file name, titled by its first line', () => {
    const { articles, errors } = parseArticleFile(
      '2021-08-15-kabul.txt',
      'Kabul falls\n\nThe Taliban entered Kabul today.',
    );
    expect(errors).toEqual([]);
    expect(articles[0]).toMatchObject({
      id: '2021-08-15-kabul',
      title: 'Kabul falls',
      published: '2021-08-15',
    });
  });

  it('keeps plain text with no date anywhere, undated, with a warning saying what it means', () => {
    const { articles, errors } = parseArticleFile('notes.txt', 'Something happened.');
    expect(articles.map((a) => [a.id, a.published, a.origin])).toEqual([
      ['notes', undefined, { file: 'notes.txt', line: 1 }],
    ]);
    expect(errors).toEqual([
      {
        file: 'notes.txt',
        line: 1,
        severity: 'warning',
        message: expect.stringMatching(/no publication date.*relative dates are left unresolved/),
      },
    ]);
  });

  it('drops a javascript: url and a bad language with a warning, keeping the article', () => {
    const content =
      '---\ntitle: T\nsource: S\nurl: "javascript:alert(1)"\nlanguage: "<b>en</b>"\npublished: 2022-01-01\n---\nText.';
    const { articles, errors } = parseArticleFile('x.md', content);
    expect(articles).toHaveLength(1);
    expect(articles[0]).not.toHaveProperty('url');
    expect(articles[0]).not.toHaveProperty('language');
    expect(errors.map((e) => [e.line, e.severity, e.message.split(',')[0]])).toEqual([
      [4, 'warning', 'field "url" is not an http(s) address'],
      [5, 'warning', 'field "language" is not a language tag such as "en" or "fa-AF"'],
    ]);
  });

  it('refuses an article over the size limit, naming the limit and how to raise it', () => {
    const content = `---\ntitle: T\nsource: S\npublished: 2022-01-01\n---\n${'word '.repeat(3000)}`;
    const { articles, errors } = parseArticleFiles(
      [
        { name: 'big.md', content },
        { name: 'small.md', content: content.slice(0, 200) },
      ],
      { maxArticleSize: 10_000 },
    );
    expect(articles.map((a) => a.id)).toEqual(['small']);
    expect(errors).toEqual([
      {
        file: 'big.md',
        line: 1,
        message:
          'the article is 15 kB, over the 10 kB limit; not processed (raise it with --max-article-size 15kB, or split the file)',
      },
    ]);
  });

  it('reads HTML: text without scripts or navigation, metadata from the head', () => {
    const { articles, errors } = parseArticleFile(
      '2022-05-01-kunduz.html',
      fixture('ingest/2022-05-01-kunduz.html'),
    );
    expect(errors).toEqual([]);
    const a = articles[0]!;
    expect(a).toMatchObject({
      title: 'Clashes in Kunduz & Baghlan',
      source: 'Example News',
      url: 'https://example.org/kunduz',
      published: '2022-05-01',
    });
    expect(a.text).toContain('Two days ago, fighters attacked a checkpoint in Kunduz — officials said.');
    expect(a.text).toContain('Residents said the fighting stopped on Friday.');
    expect(a.text).not.toMatch(/not text|Home \| World/);
  });

  it('reads JSON Lines line by line: bad lines become errors naming their line, good lines load', () => {
    const { articles, errors } = parseArticleFile('mixed.jsonl', fixture('bad/mixed.jsonl'));
    expect(articles.map((a) => [a.id, a.published, a.origin?.line])).toEqual([
      ['a1', '2022-04-12', 1],
      ['a4', undefined, 4],
    ]);
    expect(errors.map((e) => [e.line, e.message.split(':')[0]])).toEqual([
      [2, 'invalid JSON'],
      [3, 'missing field "text"'],
      [4, 'field "published" is not a valid date (YYYY-MM-DD)'],
    ]);
  });

  it("says a line's text is empty when the field is there and holds nothing", () => {
    const { errors } = parseArticleFile(
      'empty.jsonl',
      '{"id":"x1","published":"2009-05-01","text":""}\n{"id":"x2","published":"2009-05-01"}\n',
    );
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [1, 'field "text" is empty'],
      [2, 'missing field "text"'],
    ]);
  });

  it('rejects unknown file types without throwing', () => {
    expect(parseArticleFile('a.pdf', '%PDF').errors[0]?.message).toMatch(/unsupported file type "\.pdf"/);
  });

  it('skips duplicate ids across files and says where the first came from', () => {
    const content = '---\ntitle: T\nsource: S\npublished: 2022-01-01\n---\nText.';
    const { articles, errors } = parseArticleFiles([
      { name: 'a/x.md', content },
      { name: 'b/x.md', content },
    ]);
    expect(articles).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/duplicate article id "x" \(first read from a\/x\.md\)/);
  });

  it('derives ids from file names', () => {
    expect(articleIdOf('/a/b/2022-04-12-badakhshan.md')).toBe('2022-04-12-badakhshan');
  });
});
