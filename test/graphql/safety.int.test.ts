// Hostile and careless input: Cypher in ids and filters, Lucene syntax in search, huge
// depths and pages, alias bombs, bad cursors, mutations without the token, a database that
// is gone. Every one must get a clear error with a code (or an empty answer), never run
// anything it should not, never leak a stack trace.
import net from 'node:net';
import { neo4jSettings } from '../../src/config';
import { Graph, QueryEvent } from '../../src/graph/driver';
import { RunningServer } from '../../src/server/app';
import { runTag } from '../graph/helpers';
import { codes, gql, GraphQLAnswer, startTestServer } from './helpers';

const tag = runTag();
const TOKEN = `token-${tag}`;
let graph: Graph;
let open: RunningServer; // no token: mutations disabled
let guarded: RunningServer; // with KG_API_TOKEN
const createdArticles: string[] = [];

// A meeting of this file's own, so that the last injection test can tell that nothing was
// deleted even on a database that holds nothing else (CI starts with an empty one).
const CANARY_TOWN = '砚溪镇';
const CANARY = `3月4日，${CANARY_TOWN}第九届人民代表大会第二次会议召开。镇党委书记岑望舒主持会议。镇长柏云帆作政府工作报告。`;

beforeAll(async () => {
  graph = await Graph.connect();
  const { ingestTexts } = await import('../../src/ingest');
  const report = await ingestTexts(graph, [{ source: `${tag}/canary.txt`, text: CANARY, published: '2025-03-05' }]);
  for (const a of report.articles ?? []) if (a.id) createdArticles.push(a.id);
  open = await startTestServer(graph);
  guarded = await startTestServer(graph, TOKEN);
});

afterAll(async () => {
  // Only what this file created, in case a test failed half-way.
  const { deleteArticle } = await import('../../src/ingest');
  for (const id of createdArticles) await deleteArticle(graph, id).catch(() => undefined);
  await open?.stop();
  await guarded?.stop();
  await graph?.close();
});

function expectNoInternals(answer: GraphQLAnswer) {
  for (const e of answer.errors ?? []) {
    expect(e.extensions?.stacktrace).toBeUndefined();
    expect(e.extensions?.code).toBeDefined();
    expect(e.message).not.toMatch(/at .+\.(ts|js):\d+/);
  }
}

async function countStatements(run: () => Promise<GraphQLAnswer>) {
  const events: QueryEvent[] = [];
  const stop = graph.onQuery((e) => events.push(e));
  try {
    return { answer: await run(), statements: events.length };
  } finally {
    stop();
  }
}

describe('injection attempts', () => {
  const cypherish = [`x"}) MATCH (n) DETACH DELETE n //`, `') RETURN 1 UNION MATCH (n) RETURN n //`, `person:a\\'}) DETACH DELETE n`];

  it.each(cypherish)('treats Cypher in ids as a plain value: %s', async (id) => {
    const answer = await gql(open.url, `query ($id: ID!) { person(id: $id) { name } meeting(id: $id) { name } post(id: $id) { title } }`, { id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ person: null, meeting: null, post: null });
    const nb = await gql(open.url, `query ($id: ID!) { neighborhood(id: $id) { truncated } }`, { id });
    expect(codes(nb)).toEqual(['NOT_FOUND']);
  });

  it.each(cypherish)('treats Cypher in filters as text to match: %s', async (text) => {
    const answer = await gql(open.url, `query ($t: String) { people(filter: { name: $t, place: $t, title: $t }) { totalCount } meetings(filter: { text: $t, place: $t }) { totalCount } }`, { t: text });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ people: { totalCount: 0 }, meetings: { totalCount: 0 } });
  });

  it.each(['name:* OR *', '"unterminated', 'a~2 AND (b', '\\', '*', 'NOT', '[1 TO 9]', '会议 && ||'])('escapes Lucene syntax in search: %s', async (text) => {
    const answer = await gql(open.url, `query ($t: String!) { search(text: $t, first: 5) { id } }`, { t: text });
    expect(codes(answer).filter((c) => c !== 'BAD_USER_INPUT')).toEqual([]);
    expectNoInternals(answer);
    if (!answer.errors) expect(Array.isArray(answer.data.search)).toBe(true);
  });

  it('still finds what the graph holds after all that', async () => {
    // Nothing above deleted anything: this file's own meeting is still there.
    expect(createdArticles.length).toBe(1);
    const answer = await gql(open.url, `query ($t: String!) { meetings(filter: { text: $t }) { totalCount } }`, { t: CANARY_TOWN });
    expect(answer.data.meetings.totalCount).toBe(1);
  });
});

describe('limits', () => {
  it.each([
    ['first over the cap', `{ people(first: 101) { totalCount } }`],
    ['first below 1', `{ meetings(first: 0) { totalCount } }`],
    ['search first over the cap', `{ search(text: "会议", first: 1000) { id } }`],
    ['huge neighbourhood depth', `{ neighborhood(id: "x", depth: 100) { truncated } }`],
    ['huge neighbourhood limit', `{ neighborhood(id: "x", limit: 100000) { truncated } }`],
    ['huge maxHops', `{ path(from: "a", to: "b", maxHops: 50) { length } }`],
    ['a cursor from elsewhere', `{ people(after: "bm90LWEtY3Vyc29y") { totalCount } }`],
    ['a date that is not ISO', `{ meetings(filter: { from: "2024-13" }) { totalCount } }`],
    ['a filter text over 200 characters', `{ people(filter: { name: "${'长'.repeat(201)}" }) { totalCount } }`],
  ])('refuses %s with BAD_USER_INPUT before touching the database', async (_what, query) => {
    const { answer, statements } = await countStatements(() => gql(open.url, query));
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors![0].message.length).toBeGreaterThan(10);
    expectNoInternals(answer);
    expect(statements).toBe(0);
  });

  it('refuses a query nested deeper than the limit', async () => {
    let inner = 'name';
    for (let i = 0; i < 8; i++) inner = `presided { presidedBy { ${inner} } }`;
    const { answer, statements } = await countStatements(() => gql(open.url, `{ person(id: "x") { ${inner} } }`));
    expect(answer.status).toBe(400);
    expect(answer.errors![0].message).toMatch(/nested more than 12 levels deep; the limit is 12/);
    expect(statements).toBe(0);
  });

  it('refuses an alias bomb by its complexity, before running anything', async () => {
    const aliases = Array.from({ length: 300 }, (_, i) => `m${i}: meetings(first: 100) { edges { node { presidedBy { name } reports { title } } } }`).join('\n');
    const { answer, statements } = await countStatements(() => gql(open.url, `{ ${aliases} }`));
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors![0].message).toMatch(/too expensive: complexity \d+, the limit is 50000/);
    expect(statements).toBe(0);
  });

  it('refuses a fragment cycle and unknown fields as validation errors', async () => {
    const answer = await gql(open.url, `fragment A on Person { presided { presidedBy { ...A } } } { person(id: "x") { ...A } }`);
    expect(answer.status).toBe(400);
    expect(codes(answer)[0]).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('mutations need the API token', () => {
  const ingest = `mutation ($text: String!, $source: String!) { ingestArticle(text: $text, source: $source, published: "2025-02-10") { status reason article { id source } nodesCreated } }`;
  const text = '2025年2月10日，青石湾镇第三届人民代表大会第五次会议隆重开幕。镇党委书记秦望山主持会议。镇长闻溪作政府工作报告。';
  const source = `${tag}/mutation.txt`;

  it('are disabled when the server has no KG_API_TOKEN', async () => {
    const answer = await gql(open.url, ingest, { text, source }, { authorization: `Bearer ${TOKEN}` });
    expect(codes(answer)).toEqual(['FORBIDDEN']);
    expect(answer.errors![0].message).toMatch(/KG_API_TOKEN/);
  });

  it('are refused without a token (UNAUTHENTICATED) and with a wrong one (FORBIDDEN)', async () => {
    const none = await gql(guarded.url, ingest, { text, source });
    expect(codes(none)).toEqual(['UNAUTHENTICATED']);
    expect(none.errors![0].message).toMatch(/Authorization: Bearer/);
    const wrong = await gql(guarded.url, `mutation { deleteArticle(id: "article:0") }`, {}, { authorization: 'Bearer nope' });
    expect(codes(wrong)).toEqual(['FORBIDDEN']);
    const search = await gql(guarded.url, `query ($t: String!) { search(text: $t) { id } }`, { t: '青石湾' });
    expect(search.data.search.filter((h: any) => String(h.id).includes('青石湾'))).toEqual([]);
  });

  it('ingest and delete an article with the token', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const answer = await gql(guarded.url, ingest, { text, source }, auth);
    expect(answer.errors).toBeUndefined();
    const result = answer.data.ingestArticle;
    expect(result.status).toBe('inserted');
    expect(result.article.source).toBe(source);
    createdArticles.push(result.article.id);
    expect(result.nodesCreated).toBeGreaterThan(0);

    const again = await gql(guarded.url, ingest, { text, source }, auth);
    expect(again.data.ingestArticle.status).toBe('unchanged');

    const found = await gql(guarded.url, `query ($id: ID!) { article(id: $id) { mentions { __typename } } }`, { id: result.article.id });
    expect(found.data.article.mentions.map((m: any) => m.__typename)).toContain('Meeting');

    const del = await gql(guarded.url, `mutation ($id: ID!) { deleteArticle(id: $id) }`, { id: result.article.id }, auth);
    expect(del.data.deleteArticle).toBe(true);
    const gone = await gql(guarded.url, `mutation ($id: ID!) { deleteArticle(id: $id) }`, { id: result.article.id }, auth);
    expect(gone.data.deleteArticle).toBe(false);
  });

  it('refuse a bad publication date with BAD_USER_INPUT', async () => {
    const answer = await gql(guarded.url, `mutation { ingestArticle(text: "x", source: "${tag}/bad", published: "10/02/2025") { status } }`, {}, { authorization: `Bearer ${TOKEN}` });
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('when Neo4j is gone', () => {
  it('answers SERVICE_UNAVAILABLE with advice, and the health check says so', async () => {
    // The server talks to Neo4j through a TCP relay of ours; cutting the relay is Neo4j
    // going away, as far as the server can tell.
    const target = new URL(neo4jSettings().uri);
    const sockets = new Set<net.Socket>();
    const relay = net.createServer((client) => {
      const upstream = net.connect(Number(target.port || 7687), target.hostname);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const port = (relay.address() as net.AddressInfo).port;
    const doomed = await Graph.connect({ ...neo4jSettings(), uri: `bolt://127.0.0.1:${port}` });
    const server = await startTestServer(doomed);
    try {
      const before = await gql(server.url, `{ meetings(first: 1) { totalCount } }`);
      expect(before.errors).toBeUndefined();
      relay.close();
      for (const s of sockets) s.destroy();
      const answer = await gql(server.url, `{ meetings(first: 1) { totalCount } }`);
      expect(codes(answer)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(answer.errors![0].message).toMatch(/not reachable/);
      expectNoInternals(answer);
      const health = await fetch(server.url.replace('/graphql', '/health'));
      expect(health.status).toBe(503);
    } finally {
      await server.stop();
      await doomed.close();
    }
  });
});
