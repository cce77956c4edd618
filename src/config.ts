// Process configuration, read once from the environment. Every other module takes its
// settings from here so that the names of the variables are documented in one place.
import path from 'node:path';

export interface Neo4jSettings {
  /** Bolt URI; when NEO4J_URI is unset the project-managed local server is used. */
  uri: string;
  user: string;
  password: string;
  database: string;
  /** True when the URI came from NEO4J_URI (an external server we must not start or stop). */
  external: boolean;
}

export const PROJECT_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');

const localHome = process.env.KG_NEO4J_HOME ?? path.join(PROJECT_ROOT, '.neo4j');

export const LOCAL_NEO4J = {
  /** Where the config, data and logs of the local server live (git-ignored). */
  home: localHome,
  boltPort: Number(process.env.KG_NEO4J_BOLT_PORT ?? 7687),
  password: 'meeting-kg-local',
  /** Where the Maven-built launcher is kept (in `launcher/`), shared by every local instance: the home by default (KG_NEO4J_LAUNCHER_ROOT). */
  launcherRoot: process.env.KG_NEO4J_LAUNCHER_ROOT ?? localHome,
};

/**
 * The Neo4j the integration tests use: never the one `npm start` serves. By default a second
 * local instance with a home of its own (KG_TEST_NEO4J_HOME, .neo4j-test/) on
 * KG_TEST_NEO4J_BOLT_PORT, or a free port when unset; KG_TEST_NEO4J_URI names a disposable
 * server instead (with KG_TEST_NEO4J_PASSWORD), which is then used as it is.
 */
export function testNeo4jSettings(env: NodeJS.ProcessEnv = process.env) {
  const port = env.KG_TEST_NEO4J_BOLT_PORT ? Number(env.KG_TEST_NEO4J_BOLT_PORT) : undefined;
  return {
    home: env.KG_TEST_NEO4J_HOME ?? path.join(PROJECT_ROOT, '.neo4j-test'),
    boltPort: port,
    uri: env.KG_TEST_NEO4J_URI || undefined,
    password: env.KG_TEST_NEO4J_PASSWORD ?? LOCAL_NEO4J.password,
  };
}

export function neo4jSettings(env: NodeJS.ProcessEnv = process.env): Neo4jSettings {
  const external = Boolean(env.NEO4J_URI);
  return {
    uri: env.NEO4J_URI ?? `bolt://127.0.0.1:${LOCAL_NEO4J.boltPort}`,
    user: env.NEO4J_USER ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? LOCAL_NEO4J.password,
    database: env.NEO4J_DATABASE ?? 'neo4j',
    external,
  };
}

export function serverSettings(env: NodeJS.ProcessEnv = process.env) {
  return {
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.PORT ?? 4000),
    /** Token that mutations require (Authorization: Bearer <token>); unset → mutations refused. */
    apiToken: env.KG_API_TOKEN || undefined,
    /** How far the heap may grow past its live size before a full collection, in % (KG_HEAP_GROWING_PERCENT; 0 = V8's default; see src/server/heap.ts). */
    heapGrowingPercent: wholeNumber(env, 'KG_HEAP_GROWING_PERCENT', 100),
  };
}

/** A mutation rate: at most `count` mutations per `perMs` milliseconds per client. */
export interface Rate {
  count: number;
  perMs: number;
}

export interface HttpSettings {
  /** Time a client has to send the request line and headers (KG_HEADERS_TIMEOUT_MS). */
  headersTimeoutMs: number;
  /** An idle keep-alive connection is closed after this long (KG_KEEP_ALIVE_TIMEOUT_MS). */
  keepAliveTimeoutMs: number;
  /** Open connections beyond this are closed at once (KG_MAX_CONNECTIONS). */
  maxConnections: number;
  /**
   * Mutations per client (remote address). `null` = no limit. KG_MUTATION_RATE unset: the
   * default applies to remote clients only (loopback, i.e. this machine, is not limited);
   * set: it applies to every client; `off` switches the limit off.
   */
  mutationRate: Rate | null;
  /** Whether loopback clients are limited too (only when KG_MUTATION_RATE is set). */
  limitLoopback: boolean;
}

export const DEFAULT_MUTATION_RATE: Rate = { count: 60, perMs: 60_000 };

export function httpSettings(env: NodeJS.ProcessEnv = process.env): HttpSettings {
  const rate = env.KG_MUTATION_RATE?.trim();
  return {
    headersTimeoutMs: positiveInt(env, 'KG_HEADERS_TIMEOUT_MS', 10_000),
    keepAliveTimeoutMs: positiveInt(env, 'KG_KEEP_ALIVE_TIMEOUT_MS', 5_000),
    maxConnections: positiveInt(env, 'KG_MAX_CONNECTIONS', 4_096),
    mutationRate: rate ? parseRate(rate) : DEFAULT_MUTATION_RATE,
    limitLoopback: Boolean(rate),
  };
}

/**
 * `KG_MUTATION_RATE`: `30/min`, `5/s`, `100/h`, a bare number (per minute), or `off`.
 * Anything else is a configuration error that says what is accepted.
 */
export function parseRate(text: string): Rate | null {
  if (/^(off|none|0)$/i.test(text)) return null;
  const m = /^(\d+)\s*(?:\/\s*(s|sec|second|m|min|minute|h|hour))?$/i.exec(text);
  if (!m || Number(m[1]) <= 0) throw new Error(`KG_MUTATION_RATE='${text}' is not a rate: write e.g. 30/min, 5/s, 100/h, 60 (per minute) or off`);
  const unit = (m[2] ?? 'min').toLowerCase();
  const perMs = unit.startsWith('s') ? 1_000 : unit.startsWith('h') ? 3_600_000 : 60_000;
  return { count: Number(m[1]), perMs };
}

/** A whole number from the environment within [min, max], the fallback when unset; anything else is a clear error. */
function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0, max = 1000): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name}='${raw}' must be ${max === Infinity ? 'a positive whole number' : `a whole number from ${min} to ${max}`}`);
  }
  return n;
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  return wholeNumber(env, name, fallback, 1, Infinity);
}

export function extractSettings(env: NodeJS.ProcessEnv = process.env) {
  const maxBytes = Number(env.KG_MAX_ARTICLE_BYTES);
  return {
    /** Largest article `kg extract`/ingest will read, in bytes (KG_MAX_ARTICLE_BYTES, default 5 MB). */
    maxArticleBytes: Number.isFinite(maxBytes) && maxBytes > 0 ? maxBytes : 5 * 1024 * 1024,
  };
}
