// Batching ACROSS requests. Under load many requests ask for the same kind of thing at
// about the same moment; a request's own DataLoader can only batch its own asks, so each
// request would pay a full statement: the driver's work, a transaction and a plan lookup
// in Neo4j. Here what requests ask in the same turn of the event loop goes out as ONE
// statement, and each request gets back only its own rows. Nothing is cached: an answer
// is never reused for a later request, only shared by requests that wait at the same time
// (the API's data is the same for every caller; the token only guards mutations).
//
// Two kinds:
// - by-id lookups (meeting-detail, person-detail and the per-field statements): the ids
//   go out together (`UNWIND $ids AS key …`). Only statements whose rows for one key do
//   not depend on the other keys may be shared (no LIMIT over all keys): SHARED_STATEMENTS.
// - list pages (cypher/api/*-page*.cypher): each request's filter and cursor values go out
//   together (`UNWIND $requests AS q CALL (q) { … LIMIT $limit }`), each page read from its
//   own index seek: readSharedPage.
import type { Graph, Row } from '../../graph/driver';
import { merged } from '../../graph/merged';
import { outOfTime } from '../errors';
import { LIMITS } from '../guards/limits';

/** Statements that read each key independently, so concurrent requests may share a run. */
export const SHARED_STATEMENTS: ReadonlySet<string> = new Set(
  [
    'meeting-detail',
    'person-detail',
    // The per-field statements of meetings, people and items the lists lead to
    // (`meetings { presidedBy { presided } }` …): each reads every key on its own too.
    'meeting-presiders',
    'meeting-presented',
    'meeting-elections',
    'meeting-approved',
    'meeting-place',
    'meeting-speakers',
    'meeting-attendees',
    'person-presided',
    'person-holdings',
    'person-reported',
    'person-spoke',
    'person-elected',
    'person-timeline',
    'post-organization',
    'item-reporters',
    'item-presented-at',
    'item-approved-at',
  ].map((name) => `api/${name}`),
);

/** At most this many ids go out in one shared statement; more start another batch. */
const MAX_SHARED_IDS = 200;
/** At most this many page requests go out in one shared page statement. */
const MAX_SHARED_PAGES = 32;

/** Runs a named statement for `ids` within `timeoutMs` (the request's reader). */
export type RunStatement = (statement: string, params: Record<string, unknown>, timeoutMs: number) => Promise<Row[]>;

/** How one kind of shared statement turns its askers into one run and hands out the rows. */
interface Sharing<T> {
  /** How much of the batch one asker takes (ids: its keys; pages: one). */
  size(item: T): number;
  max: number;
  /** The statement's parameters for these askers. */
  params(items: readonly T[]): Record<string, unknown>;
  /** Each asker's rows, in the order of `items`. */
  rowsOf(rows: readonly Row[], items: readonly T[]): Row[][];
  /** Runs each asker on its own after the shared run failed with `err` (see readSharedPage). */
  alone?(err: unknown): boolean;
}

interface Waiter<T> {
  item: T;
  deadline: number;
  resolve: (rows: Row[]) => void;
  reject: (err: unknown) => void;
}

interface Batch<T> {
  size: number;
  waiters: Waiter<T>[];
}

/** Open batches, per graph and batch key (a test may run several graphs in one process). */
const open = new WeakMap<Graph, Map<string, Batch<unknown>>>();

/**
 * The rows of `statement` for `keys`, read together with the other requests that ask for
 * the same statement in this turn of the event loop. `deadline` is the asking request's
 * (ms since the epoch); the shared run gets the time left to the earliest deadline.
 */
export function readShared(graph: Graph, statement: string, keys: readonly string[], deadline: number, run: RunStatement, extra: Record<string, unknown> = {}): Promise<Row[]> {
  // Requests share a run only when they pass the same other parameters (person-detail's
  // $parts: which parts the query selects).
  return enqueue(graph, `${statement} ${JSON.stringify(extra)}`, statement, keys, deadline, run, idSharing(extra));
}

function idSharing(extra: Record<string, unknown>): Sharing<readonly string[]> {
  return {
    size: (keys) => keys.length,
    max: MAX_SHARED_IDS,
    params: (items) => merged(extra, { ids: [...new Set(items.flat())] }),
    rowsOf: (rows, items) => {
      const byKey = groupByKey(rows);
      return items.map((keys) => keys.flatMap((k) => byKey.get(k) ?? []));
    },
  };
}

/**
 * Page statements (cypher/api/*-page*.cypher) read a batch of requests at once: each
 * request's filter and cursor values go in `$requests` (with the request's `key`), and
 * every row is one request's. Only what the statement needs once for all of them, $limit
 * (a LIMIT cannot take a value of the row) and $parts (what the query selects), is outside.
 */
const PAGE_BATCH_PARAMS: ReadonlySet<string> = new Set(['limit', 'parts']);

/**
 * The row of a page statement for one request's `params`, read together with the other
 * requests asking for pages of the same statement, size and parts in this turn of the
 * event loop: a list under load then costs Neo4j and the driver one statement for several
 * requests (each request's page is still read on its own inside it, from its own index
 * seek, and stops after its own page). Requests share a run only when the same filters
 * are set, so a slow kind of filter (a text search over bodies) never holds up a quick
 * one. A shared run that fails for another reason than time or Neo4j being down is run
 * again for each request alone, so that one request's values cannot fail the others'.
 */
export async function readSharedPage(graph: Graph, statement: string, params: Record<string, unknown>, deadline: number, run: RunStatement): Promise<Row | undefined> {
  const batch: Record<string, unknown> = {};
  const request: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) (PAGE_BATCH_PARAMS.has(k) ? batch : request)[k] = v;
  const filtersSet = Object.keys(request).filter((k) => request[k] !== null && request[k] !== undefined);
  const batchKey = `${statement} ${JSON.stringify(batch)} ${filtersSet.join(',')}`;
  const [row] = await enqueue(graph, batchKey, statement, request, deadline, run, pageSharing(batch));
  return row;
}

function pageSharing(batch: Record<string, unknown>): Sharing<Record<string, unknown>> {
  return {
    size: () => 1,
    max: MAX_SHARED_PAGES,
    params: (items) => merged(batch, { requests: items.map((request, i) => merged(request, { key: String(i) })) }),
    rowsOf: (rows, items) => {
      const byKey = groupByKey(rows);
      return items.map((_, i) => byKey.get(String(i)) ?? []);
    },
    alone: (err) => {
      const code = (err as { extensions?: { code?: unknown } })?.extensions?.code;
      return code !== 'TIMEOUT' && code !== 'SERVICE_UNAVAILABLE';
    },
  };
}

function enqueue<T>(graph: Graph, batchKey: string, statement: string, item: T, deadline: number, run: RunStatement, sharing: Sharing<T>): Promise<Row[]> {
  let byKey = open.get(graph);
  if (!byKey) open.set(graph, (byKey = new Map()));
  let batch = byKey.get(batchKey) as Batch<T> | undefined;
  if (!batch || batch.size + sharing.size(item) > sharing.max) {
    const fresh: Batch<T> = { size: 0, waiters: [] };
    batch = fresh;
    byKey.set(batchKey, fresh as Batch<unknown>);
    const batches = byKey;
    // setImmediate, not a microtask: requests whose bodies arrived in the same I/O poll
    // reach their resolvers in the same turn, after many microtask hops.
    setImmediate(() => {
      if (batches.get(batchKey) === fresh) batches.delete(batchKey);
      void flush(statement, fresh, run, sharing);
    });
  }
  batch.size += sharing.size(item);
  const b = batch;
  return new Promise<Row[]>((resolve, reject) => b.waiters.push({ item, deadline, resolve, reject }));
}

async function flush<T>(statement: string, batch: Batch<T>, run: RunStatement, sharing: Sharing<T>): Promise<void> {
  const now = Date.now();
  // A request already out of time fails on its own, like an unshared read would.
  const waiters = batch.waiters.filter((w) => {
    if (w.deadline > now) return true;
    w.reject(outOfTime(statement));
    return false;
  });
  if (!waiters.length) return;
  const items = waiters.map((w) => w.item);
  try {
    const rows = await run(statement, sharing.params(items), timeLeft(waiters, now));
    const each = sharing.rowsOf(rows, items);
    waiters.forEach((w, i) => w.resolve(each[i]));
  } catch (err) {
    if (waiters.length > 1 && sharing.alone?.(err)) {
      await Promise.all(waiters.map((w) => flush(statement, { size: 1, waiters: [w] }, run, sharing)));
      return;
    }
    for (const w of waiters) w.reject(err);
  }
}

/** The time the run may take: what is left to the earliest deadline among its askers. */
function timeLeft(waiters: readonly Waiter<unknown>[], now: number): number {
  const earliest = Math.min(...waiters.map((w) => w.deadline));
  return Math.max(1, Math.min(LIMITS.queryTimeoutMs, earliest - now));
}

/** Rows by their `key` column (the key each row of a batched statement is tagged with). */
export function groupByKey(rows: readonly Row[]): Map<string, Row[]> {
  const byKey = new Map<string, Row[]>();
  for (const row of rows) {
    const key = String(row.key);
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(row);
  }
  return byKey;
}
