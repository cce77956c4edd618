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

export const LOCAL_NEO4J = {
  /** Where the fetched jars, config, data and logs of the local server live (git-ignored). */
  home: process.env.KG_NEO4J_HOME ?? path.join(PROJECT_ROOT, '.neo4j'),
  boltPort: Number(process.env.KG_NEO4J_BOLT_PORT ?? 7687),
  password: 'meeting-kg-local',
};

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
  };
}

export function extractSettings(env: NodeJS.ProcessEnv = process.env) {
  const maxBytes = Number(env.KG_MAX_ARTICLE_BYTES);
  return {
    /** Largest article `kg extract`/ingest will read, in bytes (KG_MAX_ARTICLE_BYTES, default 5 MB). */
    maxArticleBytes: Number.isFinite(maxBytes) && maxBytes > 0 ? maxBytes : 5 * 1024 * 1024,
  };
}
