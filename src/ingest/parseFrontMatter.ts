import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';

/** Front matter split off a Markdown (or text) file. */
export interface FrontMatter {
  /** Parsed YAML mapping (empty when the file has none). */
  data: Record<string, unknown>;
  /** The body after the closing `---`. */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** 1-based line of each top-level key, for error messages. */
  keyLines: Record<string, number>;
  /** Problems with the YAML itself, with 1-based file lines. */
  problems: { line: number; message: string }[];
  /** True when the file opened with a `---` block. */
  present: boolean;
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/** Splits and parses YAML front matter (`---` … `---`) at the top of a file. */
export function parseFrontMatter(content: string): FrontMatter {
  const open = OPEN.exec(content);
  if (!open) return { data: {}, body: content, bodyLine: 1, keyLines: {}, problems: [], present: false };
  const rest = content.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) {
    return {
      data: {},
      body: content,
      bodyLine: 1,
      keyLines: {},
      problems: [{ line: 1, message: 'front matter opened with "---" is never closed' }],
      present: true,
    };
  }
  const yamlText = rest.slice(0, close.index);
  const afterClose = rest.slice(close.index + close[0].length).replace(/^\r?\n/, '');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const problems = doc.errors.map((e) => ({
    line: 1 + (e.linePos?.[0]?.line ?? 1),
    message: `invalid YAML front matter: ${e.message.split('\n')[0]}`,
  }));
  const keyLines: Record<string, number> = {};
  let data: Record<string, unknown> = {};
  if (problems.length === 0) {
    if (isMap(doc.contents)) {
      for (const item of doc.contents.items) {
        if (isScalar(item.key) && item.key.range) {
          keyLines[String(item.key.value)] = 1 + lineCounter.linePos(item.key.range[0]).line;
        }
      }
      data = (doc.toJS() ?? {}) as Record<string, unknown>;
    } else if (doc.contents !== null) {
      problems.push({
        line: 2,
        message: 'front matter must be a YAML mapping of fields (title: …, published: …)',
      });
    }
  }
  const headerLines = (open[0] + yamlText + close[0]).split('\n').length;
  return { data, body: afterClose, bodyLine: headerLines + 1, keyLines, problems, present: true };
}
