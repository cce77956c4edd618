// `kg extract [--format jsonl|json] PATH…` (- for stdin): runs the extractor on articles;
// a folder stands for every .txt/.html file below it, as for `kg ingest` (so a batch of
// thousands of files is one argument, not a command line over the system's limit).
//
// jsonl (default): one fact a line, the shape ../shared/bin/kg-eval reads:
//   {"source", "type", "person", "meeting", "title" (HOLDS/ELECTED), "report" (REPORTED),
//    "item" (APPROVED), "evidence": {text, start, end, sentence, sentenceIndex}}
// json: the whole ExtractionResult of each file, one JSON document a line; its `unread`
//   lists the sentences with a trigger word (主持, 当选, 通过, 报告, 讲话…) that gave no fact.
// --explain (jsonl): also one {"source", "type": "UNREAD", "unread", "triggers", "sentence",
//   "start", "end"} line per such sentence, after the facts of its article.
// A file that cannot be read (missing, binary, too large) is reported on stderr with its
// name; the others still print, and the exit status is 1. stdout carries only data.
import fs from 'node:fs';
import { extract } from '../../extract/pipeline';
import { decodeArticle } from '../../extract/decode';
import type { ExtractionResult, Relation } from '../../extract/types';
import { extractSettings } from '../../config';
import { commandUsage, EXIT } from '../manual';
import { findArticleFiles, sourceOf } from '../../ingest/files';


export async function run(args: string[]): Promise<number> {
  let format: 'jsonl' | 'json' = 'jsonl';
  let explain = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format' || a.startsWith('--format=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (value !== 'jsonl' && value !== 'json') {
        process.stderr.write(`kg extract: unknown format '${value ?? ''}' (use jsonl or json)\n${commandUsage('extract')}`);
        return EXIT.usage;
      }
      format = value;
    } else if (a === '--explain') {
      explain = true;
    } else if (a.startsWith('-') && a !== '-') {
      process.stderr.write(`kg extract: unknown option '${a}'\n${commandUsage('extract')}`);
      return EXIT.usage;
    } else files.push(a);
  }
  if (!files.length) {
    process.stderr.write(`kg extract: no input files\n${commandUsage('extract')}`);
    return EXIT.usage;
  }
  const { maxArticleBytes } = extractSettings();
  let failed = 0;
  for (const file of await expandFolders(files)) {
    try {
      const bytes = await readLimited(file, maxArticleBytes);
      const { text } = decodeArticle(bytes, { maxBytes: maxArticleBytes });
      const result = extract(text, { source: file });
      await write(format === 'json' ? JSON.stringify(result) + '\n' : factLines(file, result) + (explain ? unreadLines(file, result) : ''));
      for (const w of result.warnings) process.stderr.write(`kg extract: ${file}: warning: ${w}\n`);
    } catch (err) {
      failed++;
      process.stderr.write(`kg extract: ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  return failed ? EXIT.failed : EXIT.ok;
}

/**
 * The paths as given, with each folder replaced by the article files below it (sorted,
 * named relative to the working folder); a missing path stays, to be reported by name.
 */
async function expandFolders(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let folder = false;
    try {
      folder = p !== '-' && fs.statSync(p).isDirectory();
    } catch {
      folder = false;
    }
    if (!folder) {
      out.push(p);
      continue;
    }
    const found = await findArticleFiles([p]);
    if (!found.length) process.stderr.write(`kg extract: ${p}: warning: the folder holds no .txt or .html file\n`);
    out.push(...found.map((f) => sourceOf(f)));
  }
  return out;
}

/**
 * The facts of one result as kg-eval lines. Facts on a sitting (预备会议, 第一次全体会议) carry the
 * sitting's full name; a meeting the article designates in another form (九届二次常委会议) is named
 * canonically with that form after it in brackets.
 */
export function factLines(source: string, result: ExtractionResult): string {
  const people = new Map(result.people.map((p) => [p.id, p.name]));
  const posts = new Map(result.posts.map((p) => [p.id, p.title]));
  const items = new Map(result.items.map((i) => [i.id, i.title]));
  const meetings = new Map(result.meetings.map((m) => [m.id, m]));
  // a sitting's name holds its session's (某镇第六届人民代表大会第八次会议预备会议), so it
  // names both the sitting and the session
  const sessionName = (id?: string): string | undefined => {
    const m = id ? meetings.get(id) : undefined;
    // the canonical name, and the designation as the article writes it when that differs
    return m && (m.written ? `${m.name}（${m.written}）` : m.name);
  };
  return result.relations
    .map((r: Relation) => {
      const line: Record<string, unknown> = { source, type: r.type };
      if (r.personId) line.person = people.get(r.personId);
      if (r.meetingId) line.meeting = sessionName(r.meetingId);
      if (r.postId) line.title = posts.get(r.postId);
      if (r.itemId) line[r.type === 'REPORTED' ? 'report' : 'item'] = items.get(r.itemId);
      if (r.mode) line.mode = r.mode;
      if (r.leave) line.leave = r.leave;
      line.evidence = r.evidence;
      return JSON.stringify(line) + '\n';
    })
    .join('');
}

/** The sentences with triggers and no fact, one kg-eval-ignored line each (type UNREAD). */
export function unreadLines(source: string, result: ExtractionResult): string {
  return (result.unread ?? []).map((u) => JSON.stringify({ source, type: 'UNREAD', unread: u.unread, triggers: u.triggers, sentence: u.sentence, start: u.start, end: u.end }) + '\n').join('');
}

// Reads a file (or stdin for '-') but refuses, before reading it whole, anything over the limit.
// (Synchronous: a batch of thousands of small articles otherwise waits on the thread pool
// for every stat and read; the CLI has nothing else to do meanwhile.)
async function readLimited(file: string, maxBytes: number): Promise<Uint8Array> {
  if (file === '-') return readStdin(maxBytes);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? (err as Error).message})`);
  }
  if (!stat.isFile()) throw new Error('not a regular file');
  if (stat.size > maxBytes) {
    throw new Error(`file is ${stat.size} bytes, over the ${maxBytes}-byte article limit; split it or raise KG_MAX_ARTICLE_BYTES`);
  }
  return fs.readFileSync(file);
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > maxBytes) throw new Error(`standard input is over the ${maxBytes}-byte article limit; split it or raise KG_MAX_ARTICLE_BYTES`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

function write(s: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once('drain', resolve).once('error', reject);
  });
}
