// The request log: one line per answered request with method, path, GraphQL operation,
// status and time, in JSON when logs are JSON and as a readable line when they are pretty.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { createLogger, LogFormat, logFormat } from '../../src/logger';
import { operationName, requestLog } from '../../src/server/request-log';

class Lines extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
  get lines(): string[] {
    return this.text.split('\n').filter(Boolean);
  }
}

async function serve(format: LogFormat): Promise<{ base: string; out: Lines; close: () => Promise<void> }> {
  const out = new Lines();
  const app = express();
  app.use(requestLog(createLogger({ level: 'info', format, destination: out })));
  app.use(express.json());
  app.post('/graphql', (_req, res) => void res.json({ data: {} }));
  app.get('/teapot', (_req, res) => void res.status(418).send('short and stout'));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, out, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const post = (base: string, body: unknown) => fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

// the line is written on 'finish', which can come a tick after the client has the answer
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

it('writes one JSON line per request with method, path, operation, status and milliseconds', async () => {
  const s = await serve('json');
  try {
    await post(s.base, { query: 'query HarbourPeople { people { name } }' });
    await post(s.base, { query: '{ a: people { name } b: people { name } }', operationName: 'Chosen' });
    await fetch(`${s.base}/teapot?x=1`);
    await settle();
    const lines = s.out.lines.map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].http).toMatchObject({ method: 'POST', path: '/graphql', operation: 'HarbourPeople', status: 200 });
    expect(typeof lines[0].http.ms).toBe('number');
    expect(lines[0].msg).toMatch(/^POST \/graphql HarbourPeople 200 [\d.]+ ms$/);
    expect(lines[1].http.operation).toBe('Chosen');
    expect(lines[2].http).toMatchObject({ method: 'GET', path: '/teapot', status: 418 });
    expect(lines[2].http.operation).toBeUndefined();
  } finally {
    await s.close();
  }
});

it('writes a readable line, with a clock time and no JSON, when logs are pretty', async () => {
  const s = await serve('pretty');
  try {
    await post(s.base, { query: 'mutation RenameHarbour { x }' });
    await settle();
    expect(s.out.lines).toHaveLength(1);
    const [line] = s.out.lines;
    expect(line).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: POST \/graphql RenameHarbour 200 [\d.]+ ms$/);
  } finally {
    await s.close();
  }
});

describe('operationName', () => {
  it('prefers operationName, else the first named operation, past comments', () => {
    expect(operationName({ operationName: 'B', query: 'query A { x }' }, {})).toBe('B');
    expect(operationName({ query: '# who is here\n  query Roster($n: Int) { x }' }, {})).toBe('Roster');
    expect(operationName(undefined, { query: 'query FromUrl { x }' })).toBe('FromUrl');
    expect(operationName({ query: '{ anonymous }' }, {})).toBeUndefined();
    expect(operationName('not an object', undefined)).toBeUndefined();
  });
});

describe('logFormat', () => {
  it('is pretty on a terminal and JSON elsewhere, unless KG_LOG_FORMAT says', () => {
    expect(logFormat({}, true)).toBe('pretty');
    expect(logFormat({}, false)).toBe('json');
    expect(logFormat({ KG_LOG_FORMAT: 'json' }, true)).toBe('json');
    expect(logFormat({ KG_LOG_FORMAT: ' Pretty ' }, false)).toBe('pretty');
    expect(() => logFormat({ KG_LOG_FORMAT: 'xml' }, false)).toThrow(/KG_LOG_FORMAT='xml'.*pretty or json/);
  });
});

it('writes nothing below info', async () => {
  const out = new Lines();
  const app = express();
  app.use(requestLog(createLogger({ level: 'warn', format: 'json', destination: out })));
  app.get('/quiet', (_req, res) => void res.send('ok'));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/quiet`);
    await settle();
    expect(out.text).toBe('');
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
