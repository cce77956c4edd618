// The one Neo4j driver of the process, and the only place that opens sessions.
//
// Queries are run by name (see cypher.ts) through executeRead / executeWrite, which retry
// transient failures; the database is always named; sessions are closed in `finally`;
// records come back as plain objects (values.ts); driver errors come back as GraphError
// (errors.ts). Listeners can watch every statement that is sent, which is how the tests
// count round trips.
import neo4j, { Driver, ManagedTransaction, Neo4jError, QueryResult, RecordShape } from 'neo4j-driver';
import { neo4jSettings, Neo4jSettings } from '../config';
import { cypher } from './cypher';
import { toGraphError } from './errors';
import { Native, toNativeMap } from './values';

export type Row = { [key: string]: Native };

export interface QueryEvent {
  name: string;
  mode: 'READ' | 'WRITE';
  params: Record<string, unknown>;
}

/** A statement that finished: the server's time on it (planning, running and streaming its result). */
export interface QueryDone {
  name: string;
  serverMs: number;
}

export interface QueryOptions {
  /** Server-side transaction timeout. */
  timeoutMs?: number;
}

export interface WriteSummary {
  rows: Row[];
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export class Graph {
  private readonly listeners = new Set<(e: QueryEvent) => void>();
  private readonly doneListeners = new Set<(e: QueryDone) => void>();

  private constructor(
    readonly driver: Driver,
    readonly settings: Neo4jSettings,
  ) {}

  /** Connects and checks that the server answers; fails with a GraphError that says what to do. */
  static async connect(settings: Neo4jSettings = neo4jSettings()): Promise<Graph> {
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 20_000,
      connectionTimeout: 10_000,
      maxTransactionRetryTime: 15_000,
      userAgent: 'meeting-kg',
      // Integers arrive as JS numbers, not neo4j Integer objects: the graph's integers are
      // character offsets, counts and votes, far below 2^53, and an Integer per value (then
      // converted back) was a large share of the API's CPU (docs/performance.md).
      disableLosslessIntegers: true,
    });
    try {
      await driver.verifyConnectivity({ database: settings.database });
    } catch (err) {
      await driver.close();
      const e = toGraphError(err);
      e.message = `${e.message} [${settings.uri}, database ${settings.database}]`;
      throw e;
    }
    return new Graph(driver, settings);
  }

  /**
   * A Graph over a driver made elsewhere, without a connectivity check: the read-plan test
   * runs the API over a driver that records each statement and answers with set rows.
   */
  static over(driver: Driver, settings: Neo4jSettings = neo4jSettings()): Graph {
    return new Graph(driver, settings);
  }

  get database(): string {
    return this.settings.database;
  }

  /** Watch every statement sent; returns a function that stops watching. */
  onQuery(listener: (e: QueryEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Watch every statement that finishes inside read/writeTransaction, with the server's time
   * on it (benches sum it per statement name: pipelined statements overlap on the client, not
   * on the server). Returns a function that stops watching.
   */
  onQueryDone(listener: (e: QueryDone) => void): () => void {
    this.doneListeners.add(listener);
    return () => this.doneListeners.delete(listener);
  }

  /** Runs a named read statement in its own read transaction. */
  async read(name: string, params: Record<string, unknown> = {}, options: QueryOptions = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => this.run(tx, name, params, 'READ'), txConfig(options));
      return result.records.map((r) => toNativeMap(r.toObject()));
    } catch (err) {
      throw toGraphError(err, name);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs a named read statement as ONE auto-commit transaction: a single RUN+PULL exchange
   * with Neo4j instead of the BEGIN, RUN+PULL, COMMIT of `read`. For hot single-statement
   * reads (the API, which is CPU-bound under load: this halves the driver's work per
   * request). A managed transaction would also retry transient failures, so such a failure
   * here falls back to `read`, which does.
   */
  async readAutoCommit(name: string, params: Record<string, unknown> = {}, options: QueryOptions = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      for (const l of this.listeners) l({ name, mode: 'READ', params });
      const result = await session.run(cypher(name), params, txConfig(options));
      return result.records.map((r) => toNativeMap(r.toObject()));
    } catch (err) {
      if (err instanceof Neo4jError && err.retryable) return this.read(name, params, options);
      throw toGraphError(err, name);
    } finally {
      await session.close();
    }
  }

  /** Runs a named write statement in its own write transaction. */
  async write(name: string, params: Record<string, unknown> = {}, options: QueryOptions = {}): Promise<WriteSummary> {
    return this.writeTransaction((tx) => this.run(tx, name, params, 'WRITE'), options).then(summarise);
  }

  /**
   * Runs `work` as ONE write transaction (retried as a whole on transient errors), for
   * writes that must land together or not at all. Use `graph.run(tx, name, params)` inside.
   */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, options: QueryOptions = {}): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work, txConfig(options));
    } catch (err) {
      throw toGraphError(err, (err as { query?: string })?.query);
    } finally {
      await session.close();
    }
  }

  /** Runs a named statement inside a transaction opened by read/writeTransaction. */
  run(tx: ManagedTransaction, name: string, params: Record<string, unknown>, mode: 'READ' | 'WRITE' = 'WRITE'): Promise<QueryResult<RecordShape>> {
    for (const l of this.listeners) l({ name, mode, params });
    const pending = tx.run(cypher(name), params);
    const watched = this.doneListeners.size
      ? pending.then((result) => {
          const { resultAvailableAfter, resultConsumedAfter } = result.summary;
          const e = { name, serverMs: Number(resultAvailableAfter ?? 0) + Number(resultConsumedAfter ?? 0) };
          for (const l of this.doneListeners) l(e);
          return result;
        })
      : pending;
    return watched.catch((err: unknown) => {
      // Remember which statement failed; the retry logic still sees the original error code.
      if (err && typeof err === 'object') (err as { query?: string }).query = name;
      throw err;
    });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

export function summarise(result: QueryResult<RecordShape>): WriteSummary {
  const c = result.summary.counters.updates();
  return {
    rows: result.records.map((r) => toNativeMap(r.toObject())),
    nodesCreated: c.nodesCreated,
    nodesDeleted: c.nodesDeleted,
    relationshipsCreated: c.relationshipsCreated,
    relationshipsDeleted: c.relationshipsDeleted,
    propertiesSet: c.propertiesSet,
  };
}

function txConfig(options: QueryOptions) {
  return options.timeoutMs ? { timeout: options.timeoutMs } : undefined;
}

let shared: Promise<Graph> | undefined;

/** The process-wide Graph, connected on first use. */
export function getGraph(): Promise<Graph> {
  if (!shared) {
    shared = Graph.connect().catch((err: unknown) => {
      shared = undefined; // let a later call try again
      throw err;
    });
  }
  return shared;
}

/** Closes the process-wide Graph, if one was opened. */
export async function closeGraph(): Promise<void> {
  const g = shared;
  shared = undefined;
  if (g) await (await g).close().catch(() => undefined);
}
