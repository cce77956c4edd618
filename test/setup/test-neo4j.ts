// The Neo4j an integration run uses: a second local instance with a home of its own, never
// the one `npm start` serves (whose home and port come from KG_NEO4J_HOME/KG_NEO4J_BOLT_PORT).
// It reuses the Maven-built launcher of the main home, so it costs one JVM start, not a build.
import fs from 'node:fs';
import path from 'node:path';
import { LOCAL_NEO4J } from '../../src/config';
import { ServerInfo } from '../../src/db/bolt-probe';
import { Neo4jSetupError } from '../../src/db/errors';
import { MAIN_CLASS } from '../../src/db/launcher-build';
import { LocalNeo4j } from '../../src/db/local-neo4j';
import { freePort, launcherArgs } from '../../src/db/processes';

/** A small page cache: it may run next to the user's server on a shared machine. */
const PAGE_CACHE_MB = 256;

export interface TestInstanceOptions {
  home: string;
  /** Fixed port (KG_TEST_NEO4J_BOLT_PORT); unset → the port it already runs on, or a free one. */
  boltPort?: number;
  password: string;
  onProgress: (message: string) => void;
}

export interface StartedTestInstance {
  instance: LocalNeo4j;
  startedHere: boolean;
  server: ServerInfo;
}

export function testInstance(home: string, boltPort: number, password: string, onProgress: (message: string) => void = () => undefined): LocalNeo4j {
  return new LocalNeo4j({ home, boltPort, password, pageCacheMb: PAGE_CACHE_MB, cacheRoot: LOCAL_NEO4J.launcherRoot, onProgress });
}

/** Starts the test instance, or reuses it when another run already started it. */
export async function startTestNeo4j(options: TestInstanceOptions): Promise<StartedTestInstance> {
  for (let attempt = 1; ; attempt++) {
    const running = runningPort(options.home);
    // Each run that starts it starts on an empty store: what earlier runs left (and data
    // written by older code) cannot change what this one sees, and the store does not grow.
    if (running === undefined) fs.rmSync(path.join(options.home, 'data'), { recursive: true, force: true });
    const port = options.boltPort ?? running ?? (await freePort());
    const instance = testInstance(options.home, port, options.password, options.onProgress);
    try {
      const result = await instance.start();
      return { instance, startedHere: !result.alreadyRunning, server: result.server };
    } catch (err) {
      // Another run started it on its own free port between our look and our start: use that one.
      const raced = options.boltPort === undefined && err instanceof Neo4jSetupError && /already runs/.test(err.message);
      if (!raced || attempt > 1) throw err;
    }
  }
}

function runningPort(home: string): number | undefined {
  const pid = new LocalNeo4j({ home, boltPort: 1, onProgress: () => undefined }).runningPid();
  return pid === undefined ? undefined : launcherArgs(pid, MAIN_CLASS)?.boltPort;
}
