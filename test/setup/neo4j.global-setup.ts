// Jest globalSetup of the integration project: makes sure a Neo4j answers before any
// integration test runs, and hands its settings to the tests through process.env (test
// workers are started after this and inherit it).
//
// NEO4J_URI set → that server is used as it is (nothing is started or stopped).
// Otherwise the project's local Neo4j is started, or reused when it already runs; the
// matching globalTeardown stops it only if it was started here and no other test run uses it.
// Either way cypher/schema.cypher is applied (idempotent), as `npm start` does, so that tests
// see the constraints and the full-text index even on a brand-new database (CI).
import { LOCAL_NEO4J, neo4jSettings } from '../../src/config';
import { ensureNeo4j } from '../../src/db/ensure';
import { Graph } from '../../src/graph/driver';
import { applySchema } from '../../src/graph/schema';
import { registerTestRun } from './test-runs';

/** What globalTeardown needs to know (setup and teardown run in the same process). */
export interface Neo4jTestState {
  startedHere: boolean;
  external: boolean;
  home: string;
}

declare global {
  // eslint-disable-next-line no-var
  var __KG_NEO4J_TEST_STATE__: Neo4jTestState | undefined;
}

export default async function globalSetup(): Promise<void> {
  const settings = neo4jSettings();
  const started = Date.now();
  const ensured = await ensureNeo4j(settings, { onProgress: (m) => process.stderr.write(`\n[neo4j] ${m}`) });
  if (ensured.startedHere) process.stderr.write(`\n[neo4j] started for this test run in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

  process.env.NEO4J_URI = ensured.uri;
  process.env.NEO4J_USER = settings.user;
  process.env.NEO4J_PASSWORD = settings.password;
  process.env.NEO4J_DATABASE = settings.database;
  // Lets tests that drive the local server itself (test/db) know whether there is one.
  process.env.KG_TEST_NEO4J_LOCAL = ensured.external ? '' : '1';

  const graph = await Graph.connect({ ...settings, uri: ensured.uri });
  try {
    await applySchema(graph);
  } finally {
    await graph.close();
  }

  if (!ensured.external) registerTestRun(LOCAL_NEO4J.home);
  globalThis.__KG_NEO4J_TEST_STATE__ = { startedHere: ensured.startedHere, external: ensured.external, home: LOCAL_NEO4J.home };
}
