// The HTTP side of the server: what a browser gets at /graphql, the static folders, the
// health check, and the GraphQL answer to a plain POST.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { Graph } from '../../src/graph/driver';
import { RunningServer, startServer } from '../../src/server/app';

let graph: Graph;
let server: RunningServer;
let base: string;

beforeAll(async () => {
  const built = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/build-graphiql.mjs')], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`building the playground failed: ${built.stderr}`);
  graph = await Graph.connect();
  server = await startServer({ graph, host: '127.0.0.1', port: 0 });
  base = server.url.replace(/\/graphql$/, '');
});

afterAll(async () => {
  await server?.stop();
  await graph?.close();
});

it('serves the bundled playground to a browser at GET /graphql, with nothing from a CDN', async () => {
  const res = await fetch(server.url, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/text\/html/);
  const html = await res.text();
  expect(html).toContain('/graphiql/graphiql.js');
  expect(html).not.toMatch(/https?:\/\//);
  const js = await fetch(`${base}/graphiql/graphiql.js`);
  expect(js.status).toBe(200);
  const bundle = await js.text();
  expect(bundle).toContain('WhoPresided'); // the example tabs are inside
  expect(bundle).not.toMatch(/unpkg\.com|cdn\.jsdelivr|cdnjs/);
});

it('answers GraphQL to API clients at the same URL', async () => {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  // a GET with */* (curl) is an API request too, not the playground
  const get = await fetch(`${server.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: '*/*', 'apollo-require-preflight': 'true' } });
  expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
  // and without a query: */* prefers JSON, so Apollo answers, not the playground
  const bare = await fetch(server.url, { headers: { accept: '*/*', 'apollo-require-preflight': 'true' } });
  expect(bare.headers.get('content-type')).not.toMatch(/text\/html/);
  expect(await bare.text()).not.toContain('/graphiql/graphiql.js');
});

it('refuses a body that is not JSON with a clear 400', async () => {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{ not json' });
  expect(res.status).toBe(400);
});

it('reports health, and redirects / to the playground', async () => {
  const health = await fetch(`${base}/health`);
  expect(await health.json()).toEqual({ status: 'ok', neo4j: 'up' });
  const root = await fetch(`${base}/`, { redirect: 'manual' });
  expect(root.status).toBe(302);
  expect(root.headers.get('location')).toBe('/graphql');
});

it('says which port is taken and what to do when it cannot listen', async () => {
  const port = Number(new URL(server.url).port);
  await expect(startServer({ graph, host: '127.0.0.1', port })).rejects.toThrow(`cannot listen on 127.0.0.1:${port}: the port is in use (another npm start?); stop that process or set PORT to a free port`);
});
