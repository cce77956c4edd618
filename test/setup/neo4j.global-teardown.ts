// Jest globalTeardown of the integration project: stops the local Neo4j if, and only if,
// globalSetup started it and no other test run still uses it. A server that was already
// running (`npm run db:start`, another run, CI) is left as it was.
import { LocalNeo4j } from '../../src/db/local-neo4j';
import { unregisterTestRun } from './test-runs';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__KG_NEO4J_TEST_STATE__;
  if (!state || state.external) return;
  const others = unregisterTestRun(state.home);
  if (!state.startedHere) return;
  if (others.length > 0) {
    process.stderr.write(`[neo4j] left running: other test runs (pids ${others.join(', ')}) still use it\n`);
    return;
  }
  // NEO4J_PASSWORD was set by globalSetup; stopping needs only the home and port.
  await LocalNeo4j.fromConfig(undefined, { onProgress: () => undefined }).stop();
}
