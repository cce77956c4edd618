// The local Neo4j as the rest of the project sees it: the server the test set-up provides
// is the 5.26 community engine with the cjk analyzer, and the LocalNeo4j lifecycle (start,
// idempotent start, status, crash, recovery, stop) works on a throwaway second instance.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { LOCAL_NEO4J, neo4jSettings } from '../../src/config';
import { cypher } from '../../src/graph/cypher';
import { probeServer } from '../../src/db/bolt-probe';
import { LocalNeo4j } from '../../src/db/local-neo4j';
import { freePort } from '../../src/db/processes';
import { useTestStatements } from '../cypher';

useTestStatements();

const settings = neo4jSettings();
const target = { uri: settings.uri, user: settings.user, password: settings.password, database: settings.database };
/** Set by test/setup/neo4j.global-setup.ts when the project's own server is in use (not NEO4J_URI). */
const localServerInUse = process.env.KG_TEST_NEO4J_LOCAL === '1';

describe('the Neo4j of the test run', () => {
  it('reports itself as Neo4j Kernel 5.26.x community', async () => {
    const server = await probeServer(target);
    expect(server.name).toBe('Neo4j Kernel');
    expect(server.version).toMatch(/^5\.26\.\d+$/);
    expect(server.edition).toBe('community');
  });

  it('offers the cjk full-text analyzer the Chinese search relies on', async () => {
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
    try {
      const { records } = await driver.executeQuery(cypher('db/fulltext-analyzers'), {}, { database: settings.database });
      const analyzers = records.map((r) => r.get('analyzer') as string);
      expect(analyzers).toContain('cjk');
      expect(analyzers).toContain('standard-no-stop-words');
    } finally {
      await driver.close();
    }
  });
});

(localServerInUse ? describe : describe.skip)('the default local instance (.neo4j/)', () => {
  it('starting it again is a no-op that says it was already running', async () => {
    const local = LocalNeo4j.fromConfig(settings, { onProgress: () => undefined });
    const before = local.runningPid();
    expect(before).toBeDefined();

    const result = await local.start();

    expect(result.alreadyRunning).toBe(true);
    expect(result.pid).toBe(before);
    expect(result.uri).toBe(`bolt://127.0.0.1:${LOCAL_NEO4J.boltPort}`);
    expect(result.server.version).toMatch(/^5\.26\./);
  });

  it('status reports it running, with its pid, URI and version', async () => {
    const local = LocalNeo4j.fromConfig(settings);
    const status = await local.status();
    expect(status).toMatchObject({ running: true, pid: local.runningPid(), uri: local.uri });
    expect(status.server).toMatchObject({ name: 'Neo4j Kernel', edition: 'community' });
    expect(status.problem).toBeUndefined();
  });
});

(localServerInUse ? describe : describe.skip)('a throwaway second instance', () => {
  let home: string;
  let spare: LocalNeo4j;

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-neo4j-spare-'));
    // A small page cache: it runs next to the main server on a 2-core, shared machine.
    spare = new LocalNeo4j({ home, boltPort: await freePort(), pageCacheMb: 32, onProgress: () => undefined });
  });

  afterAll(async () => {
    await spare.stop().catch(() => undefined);
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('starts, keeps data across a crash (SIGKILL) and a restart, and stops cleanly', async () => {
    const first = await spare.start();
    expect(first.alreadyRunning).toBe(false);
    expect(first.server.version).toMatch(/^5\.26\./);
    expect(fs.readFileSync(spare.pidFile, 'utf8').trim()).toBe(String(first.pid));

    const again = await spare.start();
    expect(again).toMatchObject({ alreadyRunning: true, pid: first.pid });

    // A lost pid file is rebuilt from the process table, not mistaken for "not running".
    fs.rmSync(spare.pidFile);
    expect(spare.runningPid()).toBe(first.pid);
    expect(fs.readFileSync(spare.pidFile, 'utf8').trim()).toBe(String(first.pid));

    // The same home asked for on another port: refused with the port it really has.
    const sameHomeOtherPort = new LocalNeo4j({ home, boltPort: spare.boltPort + 1, onProgress: () => undefined });
    await expect(sameHomeOtherPort.start()).rejects.toThrow(`already runs (pid ${first.pid}) on port ${spare.boltPort}`);

    // A committed write must survive a crash: the store is recovered from the transaction log.
    const marker = `spare-${process.pid}-${Date.now()}`;
    await withDriver(spare, (driver) => driver.executeQuery(cypher('test/db/write-marker'), { marker }));

    await spare.kill();
    expect(spare.runningPid()).toBeUndefined();
    expect((await spare.status()).running).toBe(false);
    await expect(probeServer({ uri: spare.uri, user: 'neo4j', password: spare.password }, 2_000)).rejects.toThrow();

    const restarted = await spare.start();
    expect(restarted.alreadyRunning).toBe(false);
    expect(restarted.pid).not.toBe(first.pid);
    const { records } = await withDriver(spare, (driver) => driver.executeQuery(cypher('test/db/read-marker'), { marker }));
    expect(records.map((r) => r.get('marker'))).toEqual([marker]);

    const stopped = await spare.stop();
    expect(stopped).toEqual({ wasRunning: true, forced: false });
    expect(fs.existsSync(spare.pidFile)).toBe(false);
    const log = fs.readFileSync(spare.logFile, 'utf8');
    expect(log).toContain('neo4j-launcher: stopped cleanly');
    // First start: the password is set; the restart finds it set (checked without Cypher).
    expect(log).toMatch(/password of user neo4j set[\s\S]*password of user neo4j already set/);
    expect(log).not.toContain('could not check the password directly');

    expect(await spare.stop()).toEqual({ wasRunning: false, forced: false });
  }, 300_000); // two JVM start-ups (and a Maven build after a launcher change) on a shared 2-core machine
});

async function withDriver<T>(instance: LocalNeo4j, work: (driver: ReturnType<typeof neo4j.driver>) => Promise<T>): Promise<T> {
  const driver = neo4j.driver(instance.uri, neo4j.auth.basic('neo4j', instance.password));
  try {
    return await work(driver);
  } finally {
    await driver.close();
  }
}
