import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../ingest/decodeText.ts';
import { ARTICLE_EXTENSIONS } from '../ingest/parsePlainArticleFile.ts';
import type { IngestError } from '../model/article.ts';

/** A file's name and text, ready for `parseArticleFiles`. */
export interface InputFile {
  name: string;
  content: string;
}

function isArticleFile(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Collects the article files under a folder, recursively, skipping hidden entries. */
function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (isArticleFile(entry.name)) out.push(path);
  }
}

/** An error's code ("ENOENT") or message, for "cannot read: …". */
export const errorCode = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/**
 * The article files a path names: the file itself, or a folder's article files found recursively,
 * sorted by path so runs are reproducible. A folder without any, or a path that cannot be read,
 * adds an error and gives none.
 */
export function articleFilesAt(p: string, errors: IngestError[]): string[] {
  try {
    const found: string[] = [];
    if (statSync(p).isDirectory()) walk(p, found);
    else found.push(p);
    found.sort();
    if (found.length === 0)
      errors.push({
        file: p,
        line: 0,
        message: 'no article files (.md, .txt, .html, .jsonl) in this folder',
      });
    return found;
  } catch (e) {
    errors.push({ file: p, line: 0, message: `cannot read: ${errorCode(e)}` });
    return [];
  }
}

/** Guesses the format of standard input: JSON Lines when it starts with `{`, else Markdown. */
export function stdinName(content: string): string {
  return content.trimStart().startsWith('{') ? '<stdin>.jsonl' : '<stdin>.md';
}

/**
 * Reads files and folders (recursively, sorted by path so runs are reproducible) and `-` for
 * standard input. Bytes are decoded by `decodeText` (UTF-8, UTF-16 by BOM, else the detected
 * encoding, with a warning). Unreadable paths become errors; the rest still load.
 */
export function readInputs(
  paths: readonly string[],
  readStdin: () => string | Uint8Array,
): { files: InputFile[]; errors: IngestError[] } {
  const files: InputFile[] = [];
  const errors: IngestError[] = [];
  const decode = (name: string, bytes: Uint8Array): string => {
    const decoded = decodeText(bytes);
    if (decoded.warning) errors.push({ file: name, line: 1, message: decoded.warning, severity: 'warning' });
    return decoded.text;
  };
  for (const p of paths) {
    if (p === '-') {
      const raw = readStdin();
      const content = typeof raw === 'string' ? raw.replace(/^\uFEFF/, '') : decode('<stdin>', raw);
      files.push({ name: stdinName(content), content });
      continue;
    }
    const found = articleFilesAt(p, errors);
    try {
      for (const f of found) files.push({ name: f, content: decode(f, readFileSync(f)) });
    } catch (e) {
      errors.push({ file: p, line: 0, message: `cannot read: ${errorCode(e)}` });
    }
  }
  return { files, errors };
}
