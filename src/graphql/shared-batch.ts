// Batching ACROSS requests for the by-id lookups every single-meeting and single-person
// query starts with (meeting-detail, person-detail), and for the per-field statements. Under load many requests ask for one
// meeting each at about the same moment; a request's own DataLoader can only batch its own
// ids, so each would pay a full round trip to Neo4j. Here the ids asked for in the same
// turn of the event loop go out as ONE statement (`UNWIND $ids AS key …`), and each request
// gets back only the rows of its own ids. Nothing is cached: an answer is never reused for a
// later request, only shared by requests that wait at the same time (the API's data is the
// same for every caller; the token only guards mutations).
//
// Only statements whose rows for one key do not depend on the other keys may be shared
// (each key's part is computed on its own, no LIMIT over all keys): see SHARED_STATEMENTS.
import type { Graph, Row } from '../graph/driver';
import { outOfTime } from './errors';
import { LIMITS } from './limits';

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

/** Runs a named statement for `ids` within `timeoutMs` (the request's reader). */
export type RunStatement = (statement: string, params: Record<string, unknown>, timeoutMs: number) => Promise<Row[]>;

interface Waiter {
  keys: readonly string[];
  deadline: number;
  resolve: (rows: Row[]) => void;
  reject: (err: unknown) => void;
}

interface Batch {
  ids: Set<string>;
  waiters: Waiter[];
}

/** Open batches, per graph and statement (a test may run several graphs in one process). */
const open = new WeakMap<Graph, Map<string, Batch>>();

/**
 * The rows of `statement` for `keys`, read together with the other requests that ask for
 * the same statement in this turn of the event loop. `deadline` is the asking request's
 * (ms since the epoch); the shared run gets the time left to the earliest deadline.
 */
export function readShared(graph: Graph, statement: string, keys: readonly string[], deadline: number, run: RunStatement, extra: Record<string, unknown> = {}): Promise<Row[]> {
  let byStatement = open.get(graph);
  if (!byStatement) open.set(graph, (byStatement = new Map()));
  // Requests share a run only when they pass the same other parameters (person-detail's
  // $parts: which parts the query selects).
  const batchKey = `${statement} ${JSON.stringify(extra)}`;
  let batch = byStatement.get(batchKey);
  if (!batch || batch.ids.size + keys.length > MAX_SHARED_IDS) {
    const fresh: Batch = { ids: new Set(), waiters: [] };
    batch = fresh;
    byStatement.set(batchKey, fresh);
    const statements = byStatement;
    // setImmediate, not a microtask: requests whose bodies arrived in the same I/O poll
    // reach their resolvers in the same turn, after many microtask hops.
    setImmediate(() => {
      if (statements.get(batchKey) === fresh) statements.delete(batchKey);
      void flush(statement, fresh, run, extra);
    });
  }
  for (const k of keys) batch.ids.add(k);
  const b = batch;
  return new Promise<Row[]>((resolve, reject) => b.waiters.push({ keys, deadline, resolve, reject }));
}

async function flush(statement: string, batch: Batch, run: RunStatement, extra: Record<string, unknown>): Promise<void> {
  const now = Date.now();
  // A request already out of time fails on its own, like an unshared read would.
  const waiters = batch.waiters.filter((w) => {
    if (w.deadline > now) return true;
    w.reject(outOfTime(statement));
    return false;
  });
  if (!waiters.length) return;
  const ids = [...new Set(waiters.flatMap((w) => w.keys))];
  const earliest = Math.min(...waiters.map((w) => w.deadline));
  const timeoutMs = Math.max(1, Math.min(LIMITS.queryTimeoutMs, earliest - now));
  try {
    const rows = await run(statement, { ...extra, ids }, timeoutMs);
    const byKey = new Map<string, Row[]>();
    for (const row of rows) {
      const key = String(row.key);
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(row);
    }
    for (const w of waiters) w.resolve(w.keys.flatMap((k) => byKey.get(k) ?? []));
  } catch (err) {
    for (const w of waiters) w.reject(err);
  }
}
