// Per-request data access. Every field that follows a relationship asks a DataLoader keyed
// by the parent's id; the loader gathers the ids asked for in one tick and runs the named
// statement once for all of them (`UNWIND $ids AS key …`, each row tagged with its key).
// So a request costs one round trip per field per level, however many parents there are.
// The by-id lookups of SHARED_STATEMENTS and the list pages also batch with other
// requests' (shared-batch.ts), and every read is one auto-commit statement
// (Graph.readAutoCommit).
import DataLoader from 'dataloader';
import neo4j from 'neo4j-driver';
import { Graph, Row } from '../../graph/driver';
import { merged } from '../../graph/merged';
import { outOfTime, toApiError } from '../errors';
import { LIMITS } from '../guards/limits';
import { groupByKey, readShared, readSharedPage, SHARED_STATEMENTS } from './shared-batch';

/**
 * How much of a statement's rows a field needs, widest first: everything (FULL); all but the
 * relationships, because the field does not select `evidence` (NO_EVIDENCE); or no evidence
 * and only the node's brief properties (BRIEF: a meeting's id, name and start). A list that
 * reads its children's rows itself, in a lighter form when that is all the query asks
 * (meetings-page), primes the loader of the shape it read, and rows of one shape answer every
 * narrower shape too. A shape's loader that finds nothing primed runs the statement, whose
 * full rows answer any shape.
 */
export enum RowShape {
  FULL = 0,
  NO_EVIDENCE = 1,
  BRIEF = 2,
}

/** The statements whose rows lists prime in lighter shapes. */
const SHAPED_STATEMENTS: ReadonlySet<string> = new Set(['api/meeting-presiders', 'api/person-presided', 'api/person-holdings']);

/** What the read layer needs of a request: its loaders (the request context has them). */
export interface ReadContext {
  loaders: Loaders;
}

export class Loaders {
  private readonly byStatement = new Map<string, DataLoader<string, Row[]>>();
  /** What prime() handed over: by statement, then shape (a RowShape is an index), then key. */
  private readonly primed = new Map<string, [Map<string, Row[]>, Map<string, Row[]>, Map<string, Row[]>]>();

  constructor(
    private readonly graph: Graph,
    /** When the whole request must be done (ms since the epoch). */
    private readonly deadline: number,
  ) {}

  /**
   * The loader for a statement of cypher/api that takes `$ids` and returns rows with a
   * `key` column; `.load(id)` gives that id's rows (none when it has none). It reads; rows
   * that were primed are answered by load(), loadNow() and one().
   */
  rows(statement: string, extra: Record<string, unknown> = {}): DataLoader<string, Row[]> {
    // `extra`: further parameters of the statement (person-detail's $parts); each set of
    // them has its own loader.
    const loaderKey = Object.keys(extra).length ? `${statement} ${JSON.stringify(extra)}` : statement;
    return this.loader(loaderKey, statement, extra);
  }

  /**
   * The loader of one shape of a statement's rows (see RowShape). Each shape has a loader of
   * its own; all of them run the same statement when nothing was primed.
   */
  private shaped(statement: string, shape: RowShape): DataLoader<string, Row[]> {
    return shape === RowShape.FULL || !SHAPED_STATEMENTS.has(statement) ? this.rows(statement) : this.loader(`${statement} #${RowShape[shape]}`, statement, {});
  }

  private loader(loaderKey: string, statement: string, extra: Record<string, unknown>): DataLoader<string, Row[]> {
    let loader = this.byStatement.get(loaderKey);
    if (!loader) {
      loader = new DataLoader<string, Row[]>(
        async (keys) => {
          const rows = SHARED_STATEMENTS.has(statement)
            ? await readShared(this.graph, statement, keys, this.deadline, (name, params, timeoutMs) => readWithin(this.graph, name, params, timeoutMs), extra)
            : await this.read(statement, merged(extra, { ids: [...keys] }));
          const byKey = groupByKey(rows);
          return keys.map((k) => byKey.get(k) ?? []);
        },
        { maxBatchSize: 1000 },
      );
      this.byStatement.set(loaderKey, loader);
    }
    return loader;
  }

  /**
   * Tells the loader of `statement` what it would answer for `key`, when another statement
   * already read it (meeting-detail reads the rows of meeting-presiders and others), so
   * the field resolvers then find them without a round trip. `shape`: what the rows hold
   * (see RowShape); they answer the fields that need that much or less. The first rows
   * primed for a key stay, as in DataLoader.
   */
  prime(statement: string, key: string, rows: Row[], shape: RowShape = RowShape.FULL): void {
    if (!SHAPED_STATEMENTS.has(statement)) {
      if (shape !== RowShape.FULL) throw new Error(`${statement} has no lighter row shapes; prime it with full rows`);
      this.remember(statement, RowShape.FULL, key, rows);
      return;
    }
    for (let s = shape; s <= RowShape.BRIEF; s++) this.remember(statement, s, key, rows);
  }

  /** The rows of `statement` for `key`, for a field that needs `shape` of them (see RowShape). */
  load(statement: string, key: string, shape: RowShape = RowShape.FULL): Promise<Row[]> {
    const primed = this.primedRows(statement, shape, key);
    return primed ? Promise.resolve(primed) : this.shaped(statement, shape).load(key);
  }

  /**
   * Like load, but rows that were primed come back as they are, not in a promise. A field
   * whose rows its parent's statement already read (a list's presiders, a lookup's parts)
   * then resolves at once: graphql-js completes a plain value without the promise, the
   * microtask and the bookkeeping an awaited one costs, for every item of every list.
   */
  loadNow(statement: string, key: string, shape: RowShape = RowShape.FULL): Row[] | Promise<Row[]> {
    return this.primedRows(statement, shape, key) ?? this.shaped(statement, shape).load(key);
  }

  /** Primed rows live here, not in the DataLoaders: priming a DataLoader makes a promise per key and shape. */
  private primedRows(statement: string, shape: RowShape, key: string): Row[] | undefined {
    return this.primed.get(statement)?.[SHAPED_STATEMENTS.has(statement) ? shape : RowShape.FULL].get(key);
  }

  private remember(statement: string, shape: RowShape, key: string, rows: Row[]): void {
    let byShape = this.primed.get(statement);
    if (!byShape) this.primed.set(statement, (byShape = [new Map(), new Map(), new Map()]));
    if (!byShape[shape].has(key)) byShape[shape].set(key, rows);
  }

  /** The first row for `id` of a by-id statement, or undefined. */
  async one(statement: string, id: string, extra: Record<string, unknown> = {}): Promise<Row | undefined> {
    return (await (Object.keys(extra).length ? this.rows(statement, extra).load(id) : this.load(statement, id)))[0];
  }

  /**
   * The row of a page statement (cypher/api/*-page*.cypher, which reads `$requests`) for
   * this request's `params`, read together with other requests' pages (readSharedPage).
   */
  async page(statement: string, params: Record<string, unknown>): Promise<Row | undefined> {
    if (this.deadline <= Date.now()) throw outOfTime(statement);
    return readSharedPage(this.graph, statement, params, this.deadline, (name, p, timeoutMs) => readWithin(this.graph, name, p, timeoutMs));
  }

  /** Runs a named read statement within the request's time budget; errors come back as API errors. */
  async read(statement: string, params: Record<string, unknown>): Promise<Row[]> {
    const left = this.deadline - Date.now();
    if (left <= 0) {
      throw outOfTime(statement);
    }
    return readWithin(this.graph, statement, params, Math.max(1, Math.min(LIMITS.queryTimeoutMs, left)));
  }
}

/** `f` of a value that may still be coming: at once for a plain value, after it for a promise. */
export function mapNow<T, U>(value: T | Promise<T>, f: (v: T) => U): U | Promise<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}

/** One API read with its timeout; errors come back as API errors. */
async function readWithin(graph: Graph, statement: string, params: Record<string, unknown>, timeoutMs: number): Promise<Row[]> {
  try {
    return await graph.readAutoCommit(statement, withIntegers(params), { timeoutMs });
  } catch (err) {
    throw toApiError(err);
  }
}

/**
 * JavaScript numbers reach Cypher as floats, which LIMIT, SKIP and list slices refuse;
 * whole numbers among the parameters (page sizes, offsets, hop counts) go as integers, at
 * any depth (a page statement's per-request values come in the maps of `$requests`).
 */
export function withIntegers(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) out[k] = integersIn(v);
  return out;
}

function integersIn(v: unknown): unknown {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? neo4j.int(v) : v;
  if (Array.isArray(v)) return v.map(integersIn);
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return withIntegers(v as Record<string, unknown>);
  return v;
}
