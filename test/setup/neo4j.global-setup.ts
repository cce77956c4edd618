// Jest globalSetup of the integration project: makes sure the TEST Neo4j answers before any
// integration test runs, and hands its settings to the tests through process.env (test
// workers are started after this and inherit it).
//
// The tests never use the Neo4j that `npm start` serves (NEO4J_URI, or the local one of
// KG_NEO4J_HOME/KG_NEO4J_BOLT_PORT): they write and leave test data.
// KG_TEST_NEO4J_URI set → that (disposable) server is used as it is (nothing is started or stopped).
// Otherwise a second local Neo4j with its own home (.neo4j-test/) is started, or reused when
// it already runs; the matching globalTeardown stops it only if it was started here and no
// other test run uses it. Either way cypher/schema.cypher is applied (idempotent), as
// `npm start` does, so that tests see the constraints and the full-text index even on a
// brand-new database (CI).
import path from 'node:path';
import { LOCAL_NEO4J, neo4jSettings, Neo4jSettings, testNeo4jSettings } from '../../src/config';
import { ensureNeo4j } from '../../src/db/ensure';
import { Neo4jSetupError } from '../../src/db/errors';
import { Graph } from '../../src/graph/driver';
import { applySchema } from '../../src/graph/schema';
import { startTestNeo4j } from './test-neo4j';
import { registerTestRun } from './test-runs';

/** What globalTeardown needs to know (setup and teardown run in the same process). */
export interface Neo4jTestState {
  startedHere: boolean;
  external: boolean;
  home: string;
  boltPort: number;
  password: string;
}

declare global {
  // eslint-disable-next-line no-var
  var __KG_NEO4J_TEST_STATE__: Neo4jTestState | undefined;
}

const progress = (m: string) => process.stderr.write(`\n[neo4j] ${m}`);

export default async function globalSetup(): Promise<void> {
  const users = neo4jSettings();
  const wanted = testNeo4jSettings();
  const started = Date.now();
  let test: Neo4jSettings;
  let state: Neo4jTestState;

  if (wanted.uri) {
    if (sameServer(wanted.uri, users.uri)) {
      throw new Neo4jSetupError(`KG_TEST_NEO4J_URI=${wanted.uri} is the server the application uses; the tests write into their database, so give them another one (or unset KG_TEST_NEO4J_URI for a local test instance)`);
    }
    test = { uri: wanted.uri, user: 'neo4j', password: wanted.password, database: 'neo4j', external: true };
    await ensureNeo4j(test);
    state = { startedHere: false, external: true, home: '', boltPort: 0, password: wanted.password };
  } else {
    if (path.resolve(wanted.home) === path.resolve(LOCAL_NEO4J.home)) {
      throw new Neo4jSetupError(`KG_TEST_NEO4J_HOME is the home of the application's Neo4j (${LOCAL_NEO4J.home}); the tests need one of their own`);
    }
    const { instance, startedHere } = await startTestNeo4j({ home: wanted.home, boltPort: wanted.boltPort, password: wanted.password, onProgress: progress });
    if (startedHere) progress(`test Neo4j started on ${instance.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    test = { uri: instance.uri, user: 'neo4j', password: wanted.password, database: 'neo4j', external: false };
    state = { startedHere, external: false, home: instance.home, boltPort: instance.boltPort, password: wanted.password };
    // Tests that drive "the local server" (test/db) see the test instance as the local one;
    // throwaway instances keep using the launcher built in the main home.
    process.env.KG_NEO4J_LAUNCHER_ROOT = LOCAL_NEO4J.launcherRoot;
    process.env.KG_NEO4J_HOME = instance.home;
    process.env.KG_NEO4J_BOLT_PORT = String(instance.boltPort);
    registerTestRun(instance.home);
  }

  process.env.NEO4J_URI = test.uri;
  process.env.NEO4J_USER = test.user;
  process.env.NEO4J_PASSWORD = test.password;
  process.env.NEO4J_DATABASE = test.database;
  // Lets tests that drive the local server itself (test/db) know whether there is one.
  process.env.KG_TEST_NEO4J_LOCAL = state.external ? '' : '1';

  const graph = await Graph.connect(test);
  try {
    await applySchema(graph);
  } finally {
    await graph.close();
  }
  globalThis.__KG_NEO4J_TEST_STATE__ = state;
}

function sameServer(a: string, b: string): boolean {
  const key = (uri: string) => {
    const u = new URL(uri);
    const host = u.hostname === 'localhost' ? '127.0.0.1' : u.hostname;
    return `${host}:${u.port || '7687'}`;
  };
  return key(a) === key(b);
}
