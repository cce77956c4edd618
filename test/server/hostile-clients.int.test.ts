// Clients that try to hold the server: slowloris-style connections trickling their headers
// and a thousand idle keep-alive sockets must not stop another client being served, and
// the server's timeouts must close them; mutations are limited per client when asked to.
import net from 'node:net';
import { httpSettings } from '../../src/config';
import { Graph } from '../../src/graph/driver';
import { RunningServer, startServer } from '../../src/server/app';

let graph: Graph;
let server: RunningServer;
let host: string;
let port: number;

const HEADERS_TIMEOUT_MS = 2_000;
const KEEP_ALIVE_TIMEOUT_MS = 1_000;

beforeAll(async () => {
  graph = await Graph.connect();
  server = await startServer({
    graph,
    host: '127.0.0.1',
    port: 0,
    apiToken: 'hostile-test-token',
    http: { headersTimeoutMs: HEADERS_TIMEOUT_MS, keepAliveTimeoutMs: KEEP_ALIVE_TIMEOUT_MS, maxConnections: 5_000, mutationRate: { count: 3, perMs: 60_000 }, limitLoopback: true },
  });
  const url = new URL(server.url);
  host = url.hostname;
  port = Number(url.port);
});

afterAll(async () => {
  await server?.stop();
  await graph?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface HeldSocket {
  socket: net.Socket;
  closedAt?: number;
  received: string;
}

function open(): Promise<HeldSocket> {
  return new Promise((resolve, reject) => {
    const held: HeldSocket = { socket: net.connect(port, host), received: '' };
    held.socket.on('data', (d) => (held.received += d.toString()));
    held.socket.on('close', () => (held.closedAt = Date.now()));
    held.socket.on('error', () => undefined);
    held.socket.once('connect', () => resolve(held));
    held.socket.once('error', reject);
  });
}

async function timedQuery(): Promise<{ ms: number; ok: boolean }> {
  const t0 = Date.now();
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', connection: 'close' }, body: JSON.stringify({ query: '{ __typename }' }) });
  const body = (await res.json()) as { data?: { __typename: string } };
  return { ms: Date.now() - t0, ok: body.data?.__typename === 'Query' };
}

it('serves other clients while 1,000 idle keep-alive sockets and slowloris clients hold connections, then closes them', async () => {
  // 1,000 clients that make one keep-alive request and then say nothing more.
  const idle: HeldSocket[] = [];
  for (let i = 0; i < 1_000; i += 100) {
    const batch = await Promise.all(Array.from({ length: 100 }, open));
    for (const h of batch) h.socket.write(`GET /nothing HTTP/1.1\r\nHost: ${host}\r\nConnection: keep-alive\r\n\r\n`);
    idle.push(...batch);
  }
  // 50 clients that trickle their headers, one line every 300 ms, never finishing.
  const slow = await Promise.all(Array.from({ length: 50 }, open));
  const openedAt = Date.now();
  let trickling = true;
  void (async () => {
    for (const h of slow) h.socket.write(`POST /graphql HTTP/1.1\r\nHost: ${host}\r\n`);
    for (let k = 0; trickling; k++) {
      await sleep(300);
      for (const h of slow) if (!h.closedAt) h.socket.write(`X-Slow-${k}: ${'a'.repeat(10)}\r\n`);
    }
  })();

  // Meanwhile another client is served, promptly, every time.
  await sleep(200);
  const answers = [];
  for (let i = 0; i < 20; i++) answers.push(await timedQuery());
  expect(answers.every((a) => a.ok)).toBe(true);
  expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(1_500);

  // The idle ones got their answer and were closed after the keep-alive timeout; the slow
  // ones were cut off after the headers timeout (with a JSON 408), although they kept sending.
  await sleep(HEADERS_TIMEOUT_MS + 2_500);
  trickling = false;
  expect(idle.every((h) => /^HTTP\/1\.1 404 /.test(h.received))).toBe(true);
  expect(idle.filter((h) => h.closedAt === undefined)).toHaveLength(0);
  expect(slow.filter((h) => h.closedAt === undefined)).toHaveLength(0);
  expect(Math.max(...slow.map((h) => h.closedAt! - openedAt))).toBeLessThan(HEADERS_TIMEOUT_MS + 2_000);
  expect(Math.min(...slow.map((h) => h.closedAt! - openedAt))).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 500);
  const cutOff = slow.find((h) => h.received)?.received ?? '';
  expect(cutOff).toMatch(/^HTTP\/1\.1 408 /);
  expect(cutOff).toContain('"code":"REQUEST_TIMEOUT"');
  const connections = await new Promise<number>((resolve, reject) => server.httpServer.getConnections((err, n) => (err ? reject(err) : resolve(n))));
  expect(connections).toBeLessThan(5);
  for (const h of [...idle, ...slow]) h.socket.destroy();
});

it('limits mutations per client (KG_MUTATION_RATE) with 429 TOO_MANY_REQUESTS, and never reads', async () => {
  const mutate = () =>
    fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer hostile-test-token' },
      body: JSON.stringify({ query: 'mutation { deleteArticle(id: "article:does-not-exist") }' }),
    });
  for (let i = 0; i < 3; i++) {
    const res = await mutate();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { deleteArticle: false } });
  }
  const refused = await mutate();
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  const body = (await refused.json()) as { errors: { message: string; extensions: Record<string, unknown> }[]; data?: unknown };
  expect(body.errors[0].extensions).toEqual({ code: 'TOO_MANY_REQUESTS' });
  expect(body.errors[0].message).toMatch(/at most 3 per 60 s/);
  // Reads from the same client are not limited.
  for (let i = 0; i < 10; i++) expect((await timedQuery()).ok).toBe(true);
});

it('does not limit loopback clients by default (KG_MUTATION_RATE unset)', async () => {
  const open = await startServer({ graph, host: '127.0.0.1', port: 0, apiToken: 't', http: httpSettings({}) });
  try {
    for (let i = 0; i < 70; i++) {
      const res = await fetch(open.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer t' }, body: JSON.stringify({ query: 'mutation { deleteArticle(id: "article:does-not-exist") }' }) });
      expect(res.status).toBe(200);
    }
  } finally {
    await open.stop();
  }
});
