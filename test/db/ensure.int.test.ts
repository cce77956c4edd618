// ensureNeo4j with NEO4J_URI (an external server): it only checks, and a wrong setting
// gets a message that names the setting to fix. And a local start refused because the
// port belongs to someone else. None of these start a JVM.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { neo4jSettings } from '../../src/config';
import { ensureNeo4j } from '../../src/db/ensure';
import { Neo4jSetupError } from '../../src/db/errors';
import { LocalNeo4j } from '../../src/db/local-neo4j';
import { freePort } from '../../src/db/processes';

const testServer = neo4jSettings();

describe('ensureNeo4j with NEO4J_URI', () => {
  it('checks the server and starts nothing', async () => {
    const result = await ensureNeo4j({ ...testServer, external: true });
    expect(result).toMatchObject({ uri: testServer.uri, startedHere: false, external: true });
    expect(result.server).toMatchObject({ name: 'Neo4j Kernel', edition: 'community' });
  });

  it('nothing listening: says so and what to check', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const attempt = ensureNeo4j({ ...testServer, uri, external: true });
    await expect(attempt).rejects.toThrow(Neo4jSetupError);
    await expect(attempt).rejects.toThrow(new RegExp(`NEO4J_URI=${uri}.*does not answer.*NEO4J_URI`));
  });

  it('unknown user: points at NEO4J_USER / NEO4J_PASSWORD', async () => {
    // A user that does not exist, so the failed login cannot lock out the real one.
    const attempt = ensureNeo4j({ ...testServer, user: 'kg-test-nobody', password: 'not-the-password', external: true });
    await expect(attempt).rejects.toThrow(/user kg-test-nobody.*Check NEO4J_USER and NEO4J_PASSWORD/);
  });

  it('unknown database: points at NEO4J_DATABASE', async () => {
    const attempt = ensureNeo4j({ ...testServer, database: 'kgtestnosuchdb', external: true });
    await expect(attempt).rejects.toThrow(/Check NEO4J_DATABASE \(the server has no database 'kgtestnosuchdb'\)/);
  });
});

describe('starting a local Neo4j on a port another program holds', () => {
  let home: string;
  let squatter: net.Server;
  let port: number;

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-neo4j-port-'));
    port = await freePort();
    squatter = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await new Promise((resolve) => squatter.close(resolve));
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('refuses with the port and the ways out, and leaves no pid file', async () => {
    const local = new LocalNeo4j({ home, boltPort: port, onProgress: () => undefined });
    await expect(local.start()).rejects.toThrow(`port ${port} on 127.0.0.1 is already taken by another program`);
    await expect(local.start()).rejects.toThrow(/KG_NEO4J_BOLT_PORT.*NEO4J_URI/);
    expect(fs.existsSync(local.pidFile)).toBe(false);
    expect(fs.existsSync(path.join(home, 'start.lock'))).toBe(false);
  });
});
