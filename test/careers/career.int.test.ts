// career(person), holders(post, on:) and successions(post) against the real Neo4j: a tenure
// that starts at the electing meeting (not at publication) and ends at a removal another
// article tells, and an acting successor. Invented people in a real county.
import { Graph } from '../../src/graph/driver';
import { deleteArticle, ingestTexts } from '../../src/ingest';
import { applySchema } from '../../src/graph/schema';
import { RunningServer } from '../../src/server/app';
import { cjkTag, query } from '../graph/helpers';
import { gql, startTestServer } from '../graphql/helpers';

const tag = cjkTag(2);
const head = `柏${tag}`;
const others = [`左${tag}`, `祝${tag}`];
const elected = `桐庐县第十七届人民代表大会第三次会议于2024年1月10日至12日举行。大会选举${head}为县人民政府县长。副县长${others[0]}、${others[1]}出席会议。`;
const removed = `桐庐县第十七届人大常委会第二十次会议于2025年3月6日举行。会议决定免去${head}的县人民政府县长职务,任命${others[0]}为县人民政府副县长、代理县长。副县长${others[1]}列席会议。`;

let graph: Graph;
let server: RunningServer;
const ids: string[] = [];

beforeAll(async () => {
  graph = await Graph.connect();
  await applySchema(graph);
  server = await startTestServer(graph);
  const report = await ingestTexts(graph, [
    { source: `career-test/${tag}/1`, text: elected, published: '2024-01-20' },
    { source: `career-test/${tag}/2`, text: removed, published: '2025-03-09' },
  ]);
  for (const a of report.articles ?? []) if (a.id) ids.push(a.id);
});

afterAll(async () => {
  for (const id of ids) await deleteArticle(graph, id);
  await query(graph, 'MATCH (n:IdentityDecision) WHERE n.name CONTAINS $tag DELETE n', { tag });
  await server.stop();
  await graph.close();
});

it('starts the tenure at the electing session and ends it at the removal, with evidence', async () => {
  const [person] = await query(graph, 'MATCH (p:Person {name: $name}) RETURN p.id AS id ORDER BY id LIMIT 1', { name: head });
  const answer = await gql(
    server.url,
    'query($p: ID!) { career(person: $p) { title postId start { date precision explicit how evidence } end { date explicit how evidence } firstSeen lastSeen } }',
    { p: person.id },
  );
  expect(answer.errors).toBeUndefined();
  const tenure = answer.data.career.find((t: { title: string }) => t.title === '县长');
  expect(tenure.start).toMatchObject({ date: '2024-01-10', precision: 'day', explicit: true, how: 'elected' });
  expect(tenure.start.evidence).toContain(head);
  // first seen is the session too (the fact names it), not the publication on the 20th
  expect(tenure.firstSeen).toBe('2024-01-10');
  expect(tenure.end).toMatchObject({ date: '2025-03-06', explicit: true, how: 'removed' });
  expect(tenure.end.evidence).toContain('免去');
});

it('answers an unknown person with an empty career', async () => {
  const answer = await gql(server.url, '{ career(person: "person:nowhere/无此人") { postId } }');
  expect(answer.data.career).toEqual([]);
});

describe('the county head post over time', () => {
  let post: string;
  beforeAll(async () => {
    const [row] = await query(graph, 'MATCH (:Person {name: $name})-[:HOLDS]->(p:Post {title: "县长"}) RETURN p.id AS id LIMIT 1', { name: head });
    post = String(row.id);
  });

  it('holders(on:) names who held it that day', async () => {
    const q = 'query($post: ID!, $on: String!) { holders(post: $post, on: $on) { name start { how } } }';
    expect((await gql(server.url, q, { post, on: '2024-06-01' })).data.holders.map((h: { name: string }) => h.name)).toEqual([head]);
    expect((await gql(server.url, q, { post, on: '2023-06-01' })).data.holders).toEqual([]);
    const bad = await gql(server.url, q, { post, on: '2024年6月' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('successions chains the removed head and the acting successor appointed the same day', async () => {
    const answer = await gql(server.url, 'query($post: ID!) { successions(post: $post) { gapDays overlaps tenure { name acting start { date how } end { how explicit } } } }', { post });
    expect(answer.errors).toBeUndefined();
    const chain = answer.data.successions;
    expect(chain.map((s: { tenure: { name: string } }) => s.tenure.name)).toEqual([head, others[0]]);
    expect(chain[0].tenure).toMatchObject({ acting: false, end: { how: 'removed', explicit: true } });
    expect(chain[1].tenure).toMatchObject({ acting: true, start: { date: '2025-03-06', how: 'appointed' } });
    expect(chain[1]).toMatchObject({ gapDays: null, overlaps: false });
  });
});
