// Finding and reading article files for `kg ingest PATH…`: folders are walked recursively
// for .txt and .html/.htm files, in a stable (sorted) order; bytes are decoded by the
// extraction engine's decoder (UTF-8 or GB18030), which refuses binary junk with a reason.
import fs from 'node:fs/promises';
import path from 'node:path';
import { extractSettings } from '../config';
import { decodeArticle } from '../extract';

export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm'];

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Every article file under the given paths (files are taken as given, whatever their extension). */
export async function findArticleFiles(paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch {
      throw new InputError(`no such file or folder: ${p} (give .txt/.html files or folders holding them)`);
    }
    if (stat.isDirectory()) found.push(...(await walk(p)));
    else found.push(p);
  }
  return [...new Set(found.map((f) => path.resolve(f)))];
}

async function walk(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}

/**
 * The source recorded for a file: its path relative to the working folder when it lies
 * below it (seeds/a.txt), else the absolute path. Re-ingesting the same file from the same
 * folder finds the same source, which is how a changed file replaces its old version.
 */
export function sourceOf(file: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

export interface ArticleFile {
  source: string;
  text: string;
  format: 'text' | 'html';
}

/** Reads and decodes one file; throws InputError saying what is wrong with it. */
export async function readArticle(file: string): Promise<ArticleFile> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    throw new InputError(`cannot read ${file}: ${(err as Error).message}`);
  }
  try {
    const { text } = decodeArticle(bytes, { maxBytes: extractSettings().maxArticleBytes });
    const ext = path.extname(file).toLowerCase();
    return { source: sourceOf(file), text, format: ext === '.html' || ext === '.htm' ? 'html' : 'text' };
  } catch (err) {
    throw new InputError(`cannot decode ${file}: ${(err as Error).message}`);
  }
}
