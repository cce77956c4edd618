// Every request a client can get wrong outside a resolver is answered with a JSON GraphQL
// error (`{ errors: [{ message, extensions: { code } }] }`) and the fitting HTTP status:
// never Express's HTML page, never a stack trace or a file path. What was good stays:
// Apollo's CSRF check on GET, batching off.
import net from 'node:net';
import { Graph } from '../../src/graph/driver';
import { RunningServer, startServer } from '../../src/server/app';

let graph: Graph;
let server: RunningServer;
let base: string;

beforeAll(async () => {
  graph = await Graph.connect();
  server = await startServer({ graph, host: '127.0.0.1', port: 0, publicDir: '/nonexistent-public-dir' });
  base = server.url.replace(/\/graphql$/, '');
});

afterAll(async () => {
  await server?.stop();
  await graph?.close();
});

const json = { 'content-type': 'application/json' };

/** Checks the shape and that nothing internal leaks; returns the code. */
function expectJsonError(status: number, contentType: string | null, text: string): string {
  expect(contentType).toMatch(/^application\/json/);
  expect(text).not.toMatch(/<html|<pre|\bat [\w.<>]+ \(|node_modules|\/work\/|\.js:\d+|\.ts:\d+|Error:/i);
  const body = JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] };
  expect(Object.keys(body)).toEqual(['errors']);
  expect(body.errors).toHaveLength(1);
  expect(typeof body.errors[0].message).toBe('string');
  expect(body.errors[0].message.length).toBeGreaterThan(5);
  expect(Object.keys(body.errors[0].extensions)).toEqual(['code']);
  expect(status).toBeGreaterThanOrEqual(400);
  return body.errors[0].extensions.code;
}

const cases: { name: string; path?: string; init: RequestInit; status: number; code: string }[] = [
  { name: 'malformed JSON', init: { method: 'POST', headers: json, body: '{bad' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'a JSON string instead of an object', init: { method: 'POST', headers: json, body: '"x"' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'a body over the 4 MiB limit', init: { method: 'POST', headers: json, body: JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(4 * 1024 * 1024 + 10) }) }, status: 413, code: 'PAYLOAD_TOO_LARGE' },
  { name: 'a JSON POST without a body', init: { method: 'POST', headers: json }, status: 400, code: 'BAD_REQUEST' },
  { name: 'a POST without a content type', init: { method: 'POST', body: new TextEncoder().encode('{"query":"{ __typename }"}') }, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'a text/plain body', init: { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' }, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'a form body', init: { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' }, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'an XML body', init: { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<q/>' }, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'JSON in a charset other than UTF-8', init: { method: 'POST', headers: { 'content-type': 'application/json; charset=koi8-r' }, body: '{}' }, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'an unknown content encoding', init: { method: 'POST', headers: { ...json, 'content-encoding': 'xyz' }, body: '{}' }, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'a gzip body that is not gzip', init: { method: 'POST', headers: { ...json, 'content-encoding': 'gzip' }, body: '{}' }, status: 400, code: 'BAD_REQUEST' },
  {
    name: 'GET of a mutation',
    path: `/graphql?query=${encodeURIComponent('mutation { deleteArticle(id: "x") }')}`,
    init: { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } },
    status: 405,
    code: 'BAD_REQUEST',
  },
  { name: 'GET without the CSRF preflight header (kept: Apollo blocks it)', path: `/graphql?query=${encodeURIComponent('{ __typename }')}`, init: { headers: { accept: 'application/json' } }, status: 400, code: 'BAD_REQUEST' },
  { name: 'a batch (batching stays off)', init: { method: 'POST', headers: json, body: '[{"query":"{ __typename }"}]' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'PUT /graphql', init: { method: 'PUT', headers: json, body: '{}' }, status: 405, code: 'METHOD_NOT_ALLOWED' },
  { name: 'DELETE /health', path: '/health', init: { method: 'DELETE' }, status: 405, code: 'METHOD_NOT_ALLOWED' },
  { name: 'an unknown path', path: '/nothing/here', init: {}, status: 404, code: 'NOT_FOUND' },
  { name: 'POST to an unknown path', path: '/nothing', init: { method: 'POST', headers: json, body: '{}' }, status: 404, code: 'NOT_FOUND' },
  { name: 'a missing explorer file', path: '/explore/missing.js', init: {}, status: 404, code: 'NOT_FOUND' },
  { name: 'a badly escaped path', path: '/%E0%A4%A', init: {}, status: 404, code: 'NOT_FOUND' },
  { name: 'the playground when it is not built (no file path in the answer)', init: { headers: { accept: 'text/html' } }, status: 404, code: 'NOT_FOUND' },
];

it.each(cases)('$name → $status $code, JSON only', async ({ path, init, status, code }) => {
  const res = await fetch(path ? `${base}${path}` : server.url, init);
  const text = await res.text();
  expect(res.status).toBe(status);
  expect(expectJsonError(res.status, res.headers.get('content-type'), text)).toBe(code);
  if (status === 405) expect(res.headers.get('allow')).toMatch(/POST|GET/);
});

/** Sends raw bytes and returns what the server answered before closing. */
function raw(data: string): Promise<string> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(data));
    let answer = '';
    socket.on('data', (d) => (answer += d.toString()));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
    socket.setTimeout(10_000, () => reject(new Error(`no answer; got so far: ${answer}`)));
  });
}

it('answers HTTP it cannot parse, and headers over the size limit, with JSON too', async () => {
  for (const [request, status, code] of [
    ['NOT HTTP AT ALL\r\n\r\n', 400, 'BAD_REQUEST'],
    [`GET /graphql HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431, 'REQUEST_HEADER_FIELDS_TOO_LARGE'],
  ] as const) {
    const answer = await raw(request);
    const [head, body] = answer.split('\r\n\r\n');
    expect(head).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
    expect(expectJsonError(status, /content-type: ([^\r\n]+)/i.exec(head)?.[1] ?? null, body)).toBe(code);
  }
});

it('still answers GraphQL normally, and a resolver error keeps its code', async () => {
  const ok = await fetch(server.url, { method: 'POST', headers: json, body: JSON.stringify({ query: '{ __typename }' }) });
  expect(await ok.json()).toEqual({ data: { __typename: 'Query' } });
  const bad = await fetch(server.url, { method: 'POST', headers: json, body: JSON.stringify({ query: '{ nosuchfield }' }) });
  expect(bad.status).toBe(400);
  const body = (await bad.json()) as { errors: { extensions: { code: string } }[] };
  expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
});

it('a body that is JSON but not an object is told so, not called invalid JSON', async () => {
  for (const body of ['"x"', '42', 'null']) {
    const res = await fetch(server.url, { method: 'POST', headers: json, body });
    const answer = (await res.json()) as { errors: { message: string }[] };
    expect(res.status).toBe(400);
    expect(answer.errors[0].message).toMatch(/JSON but not an object/);
  }
  const broken = (await (await fetch(server.url, { method: 'POST', headers: json, body: '{bad' })).json()) as { errors: { message: string }[] };
  expect(broken.errors[0].message).toMatch(/not valid JSON/);
});
