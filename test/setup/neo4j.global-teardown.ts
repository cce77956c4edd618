// Jest globalTeardown of the integration project: stops the test Neo4j if, and only if,
// globalSetup started it and no other test run still uses it. A server that was already
// running (another run) or named by KG_TEST_NEO4J_URI is left as it was.
import { testInstance } from './test-neo4j';
import { unregisterTestRun } from './test-runs';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__KG_NEO4J_TEST_STATE__;
  if (!state || state.external) return;
  const others = unregisterTestRun(state.home);
  if (!state.startedHere) return;
  if (others.length > 0) {
    process.stderr.write(`[neo4j] test Neo4j left running: other test runs (pids ${others.join(', ')}) still use it\n`);
    return;
  }
  await testInstance(state.home, state.boltPort, state.password).stop();
}
