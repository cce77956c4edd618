// The ingestion loop: prepared articles (already extracted and mapped) in, one write
// transaction per group of articles out, with a report of what happened to each.
//
// - A group is written in ONE transaction (executeWrite retries transient failures): each
//   statement of cypher/ingest/ is sent once with the rows of the whole group.
// - If a group fails for any reason but an unreachable database, its articles are retried
//   one by one, so one bad article fails alone and the others land.
// - If the database becomes unreachable, nothing more is attempted: the group in flight and
//   every article still to come are reported as failed, by source, so a rerun can finish.
// - While one group is being written, the next one is being prepared (extraction is CPU
//   work in Node, the write is I/O; on two cores they overlap).
import type { Graph } from '../graph/driver';
import { toGraphError } from '../graph/errors';
import { resolveNames } from '../identity/store';
import type { ArticleRecords } from './records';
import { addCounters, IngestRepository, WriteCounters, zeroCounters } from './repository';

export type ArticleStatus = 'inserted' | 'unchanged' | 'replaced' | 'failed';

export interface IngestReport {
  /** Articles read (every status below). */
  read: number;
  inserted: number;
  /** Already in the graph with the same text: nothing written. */
  unchanged: number;
  /** Same source as an article in the graph, new text: the old article's facts were replaced. */
  replaced: number;
  failed: { source: string; reason: string }[];
  nodesCreated: number;
  relationshipsCreated: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
  /** Facts the mapping could not place (dangling references in an extraction result). */
  skippedFacts: number;
  /** Per article: its id and what happened (left out when options.listArticles is false). */
  articles?: { source: string; id: string | null; status: ArticleStatus }[];
  /** Set when ingestion stopped early (the database became unreachable). */
  stoppedBecause?: string;
  /** Identity resolution after the write: the names resolved and the time it took. */
  identity?: { names: number; ms: number; error?: string };
}

/** An article ready to write, or one that failed before it got here (reading, extraction). */
export type Prepared = { source: string; records: ArticleRecords } | { source: string; error: string };

export interface PipelineOptions {
  /** Articles per write transaction (default 50). */
  batchSize?: number;
  /** Called after each group with the number of articles done so far. */
  onProgress?: (done: number, last: { source: string; status: ArticleStatus }) => void;
  /** Keep the per-article list in the report (default true; benches turn it off). */
  listArticles?: boolean;
  /**
   * Rewrite articles that are already in the graph with the same text (still reported as
   * unchanged: their text is): for when the extractor has improved since they were ingested.
   */
  force?: boolean;
  /**
   * Groups written at the same time (default 1). Two let Neo4j work on one group while it
   * commits the other; MERGE under the id constraints keeps concurrent writers from
   * creating duplicates (a deadlock between them is transient and retried).
   */
  concurrency?: number;
  /**
   * Decide who is who across articles after the write (src/identity), over the name blocks
   * of the people written (default true).
   */
  resolveIdentities?: boolean;
}

/** What the caller's source of articles needs to know while it is being consumed. */
export interface PipelineState {
  /** Set once the database is unreachable: the source should stop reading and extracting. */
  stopped?: string;
}

export function emptyReport(listArticles = true): IngestReport {
  return {
    read: 0,
    inserted: 0,
    unchanged: 0,
    replaced: 0,
    failed: [],
    nodesCreated: 0,
    relationshipsCreated: 0,
    nodesDeleted: 0,
    relationshipsDeleted: 0,
    skippedFacts: 0,
    ...(listArticles ? { articles: [] } : {}),
  };
}

export async function runPipeline(
  graph: Graph,
  source: (state: PipelineState) => AsyncIterable<Prepared>,
  options: PipelineOptions = {},
): Promise<IngestReport> {
  const batchSize = Math.max(1, options.batchSize ?? 50);
  const report = emptyReport(options.listArticles !== false);
  const state: PipelineState = {};
  const writer = new GroupWriter(graph, report, state, options);

  let group: ArticleRecords[] = [];
  let ids = new Set<string>();
  let sources = new Set<string>();
  const concurrency = Math.max(1, options.concurrency ?? 1);
  // Groups being written, with the article ids and sources each holds.
  const inFlight = new Map<Promise<void>, Set<string>>();
  const flush = async () => {
    const toWrite = group;
    const keys = new Set([...ids, ...sources]);
    group = [];
    ids = new Set();
    sources = new Set();
    // A bounded number of groups in flight: memory stays flat whatever the input size.
    while (inFlight.size >= concurrency) await Promise.race(inFlight.keys());
    const writing: Promise<void> = writer.write(toWrite).finally(() => inFlight.delete(writing));
    inFlight.set(writing, keys);
  };
  const busy = (key: string) => [...inFlight.values()].some((keys) => keys.has(key));

  for await (const item of source(state)) {
    if ('error' in item) {
      writer.record(item.source, null, 'failed', item.error);
      continue;
    }
    if (state.stopped) {
      writer.record(item.source, item.records.article.id, 'failed', `not attempted: ${state.stopped}`);
      continue;
    }
    const { id, source: src } = item.records.article;
    // Two versions of one text, or of one source, in a group would race: write the first first.
    if (ids.has(id) || (src !== null && sources.has(src))) await flush();
    if (concurrency > 1 && (busy(id) || (src !== null && busy(src)))) await Promise.all(inFlight.keys());
    group.push(item.records);
    ids.add(id);
    if (src !== null) sources.add(src);
    if (group.length >= batchSize) await flush();
  }
  await flush();
  await Promise.all(inFlight.keys());
  if (options.resolveIdentities !== false && writer.writtenNames.size && !state.stopped) {
    const started = performance.now();
    // the articles are in whatever happens here: a failed resolution is reported, and
    // `kg identity resolve` (or the next ingest of these names) decides them again
    let error: string | undefined;
    try {
      await resolveNames(graph, writer.writtenNames);
    } catch (err) {
      error = describe(err);
    }
    report.identity = { names: writer.writtenNames.size, ms: Math.round(performance.now() - started), ...(error ? { error } : {}) };
  }
  return report;
}

class GroupWriter {
  private readonly repository: IngestRepository;
  private done = 0;
  /** The names of the people of the articles written (inserted or replaced): the name blocks to resolve. */
  readonly writtenNames = new Set<string>();

  constructor(
    private readonly graph: Graph,
    private readonly report: IngestReport,
    private readonly state: PipelineState,
    private readonly options: PipelineOptions,
  ) {
    this.repository = new IngestRepository(graph);
  }

  record(source: string, id: string | null, status: ArticleStatus, reason?: string): void {
    const r = this.report;
    r.read += 1;
    if (status === 'failed') r.failed.push({ source, reason: reason ?? 'unknown' });
    else r[status] += 1;
    r.articles?.push({ source, id, status });
    this.done += 1;
    this.options.onProgress?.(this.done, { source, status });
  }

  /** Writes a group; never throws: every article ends up in the report. */
  async write(group: ArticleRecords[]): Promise<void> {
    if (group.length === 0) return;
    if (this.state.stopped) {
      for (const a of group) this.record(sourceOf(a), a.article.id, 'failed', `not attempted: ${this.state.stopped}`);
      return;
    }
    try {
      await this.commit(group);
      return;
    } catch (err) {
      if (this.stopIfFatal(err, group)) return;
      if (group.length === 1) {
        await this.commitAlone(group[0], err);
        return;
      }
    }
    // The group failed: find the article(s) at fault by writing them one at a time.
    for (const article of group) {
      if (this.state.stopped) {
        this.record(sourceOf(article), article.article.id, 'failed', `not attempted: ${this.state.stopped}`);
        continue;
      }
      try {
        await this.commit([article]);
      } catch (err) {
        if (!this.stopIfFatal(err, [article])) await this.commitAlone(article, err);
      }
    }
  }

  /**
   * An article whose own transaction failed. A uniqueness constraint failure means another
   * writer (a second `kg ingest`, a concurrent ingestArticle) created the same nodes between
   * our read and our write: one more attempt reads its commit and reports the article
   * `unchanged` (or writes what is still missing) instead of failing it.
   */
  private async commitAlone(article: ArticleRecords, err: unknown): Promise<void> {
    if (toGraphError(err).kind === 'constraint') {
      try {
        await this.commit([article]);
        return;
      } catch (again) {
        if (this.stopIfFatal(again, [article])) return;
        err = again;
      }
    }
    this.record(sourceOf(article), article.article.id, 'failed', describe(err));
  }

  /** One transaction: skip unchanged articles, delete the versions replaced, write the rest. */
  private async commit(group: ArticleRecords[]): Promise<void> {
    const outcome = await this.graph.writeTransaction(async (tx) => {
      const counters: WriteCounters = zeroCounters();
      const existing = await this.repository.findArticles(
        tx,
        group.map((a) => ({ id: a.article.id, source: a.article.source })),
      );
      const force = this.options.force === true;
      const fresh = force ? group : group.filter((a) => !existing.get(a.article.id)?.exists);
      const replaced = [
        ...new Set([
          ...fresh.flatMap((a) => existing.get(a.article.id)?.replaces ?? []),
          ...(force ? group.filter((a) => existing.get(a.article.id)?.exists).map((a) => a.article.id) : []),
        ]),
      ];
      addCounters(counters, await this.repository.deleteArticles(tx, replaced));
      addCounters(counters, await this.repository.writeArticles(tx, fresh));
      return { counters, existing };
    });
    // Only after the commit: a retried transaction must not count twice.
    const r = this.report;
    r.nodesCreated += outcome.counters.nodesCreated;
    r.relationshipsCreated += outcome.counters.relationshipsCreated;
    r.nodesDeleted += outcome.counters.nodesDeleted;
    r.relationshipsDeleted += outcome.counters.relationshipsDeleted;
    for (const a of group) {
      const e = outcome.existing.get(a.article.id);
      // the same text is `unchanged` even when forced: rewritten, but not replaced by another text
      const status: ArticleStatus = e?.exists ? 'unchanged' : e?.replaces.length ? 'replaced' : 'inserted';
      if (status !== 'unchanged' || this.options.force) {
        r.skippedFacts += a.skipped.length;
        for (const p of a.people) this.writtenNames.add(p.name);
      }
      this.record(sourceOf(a), a.article.id, status);
    }
  }

  /**
   * True (and the pipeline stopped) when the failure is one no later article can escape:
   * the database is unreachable or refuses our credentials.
   */
  private stopIfFatal(err: unknown, group: ArticleRecords[]): boolean {
    const e = toGraphError(err);
    if (e.kind !== 'unavailable' && e.kind !== 'auth') return false;
    this.state.stopped = e.kind === 'auth' ? `Neo4j refused the credentials (${e.message})` : `Neo4j became unreachable (${e.message})`;
    this.report.stoppedBecause = this.state.stopped;
    for (const a of group) this.record(sourceOf(a), a.article.id, 'failed', `not written: ${e.message}`);
    return true;
  }
}

function sourceOf(a: ArticleRecords): string {
  return a.article.source ?? a.article.id;
}

function describe(err: unknown): string {
  return toGraphError(err).message;
}
