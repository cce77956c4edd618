// Identity across articles against the real Neo4j: people joined by place and colleagues,
// a namesake of another county kept apart, and a user's judgement that survives re-ingest
// (given over GraphQL with the API token). Invented people in real counties.
import { Graph } from '../../src/graph/driver';
import { deleteArticle, ingestTexts } from '../../src/ingest';
import { applySchema } from '../../src/graph/schema';
import { RunningServer } from '../../src/server/app';
import { cjkTag, query } from '../graph/helpers';
import { gql, startTestServer } from '../graphql/helpers';

const TOKEN = 'identity-test-token';
const tag = cjkTag(2);
const head = `柏${tag}`;
const deputies = [`左${tag}`, `祝${tag}`];
const source = (n: string) => `identity-test/${tag}/${n}`;

// the county's congress one year; the next year an article that names no place, with the same leaders
const placed = `桐庐县第十七届人民代表大会第三次会议于2024年1月10日开幕。县长${head}作政府工作报告。副县长${deputies[0]}、${deputies[1]}出席会议。`;
const unplaced = `县第十七届人民代表大会第四次会议于2025年1月9日开幕。县长${head}作政府工作报告。副县长${deputies[0]}、${deputies[1]}出席会议。`;
// a namesake heading another county in the same years
const namesake = `浦江县第十届人民代表大会第三次会议于2024年1月12日开幕。县长${head}作政府工作报告。`;

let graph: Graph;
let server: RunningServer;
const articleIds: string[] = [];

async function identities(): Promise<Map<string, string>> {
  const rows = await query(graph, 'MATCH (p:Person {name: $name}) RETURN p.id AS id, p.identity AS identity', { name: head });
  return new Map(rows.map((r) => [String(r.id), String(r.identity)]));
}

const idIn = (ids: Map<string, string>, part: string) => [...ids.keys()].find((id) => id.includes(part))!;

beforeAll(async () => {
  graph = await Graph.connect();
  await applySchema(graph);
  server = await startTestServer(graph, TOKEN);
  const report = await ingestTexts(graph, [
    { source: source('a'), text: placed },
    { source: source('b'), text: unplaced },
    { source: source('c'), text: namesake },
  ]);
  for (const a of report.articles ?? []) if (a.id) articleIds.push(a.id);
  expect(report.identity?.names).toBeGreaterThanOrEqual(3);
});

afterAll(async () => {
  for (const id of articleIds) await deleteArticle(graph, id);
  await query(graph, 'MATCH (n) WHERE (n:IdentityDecision OR n:IdentityJudgement) AND n.name CONTAINS $tag DELETE n', { tag });
  await server.stop();
  await graph.close();
});

it('joins the county head of an article without a place to the placed one, and keeps the other county apart', async () => {
  const ids = await identities();
  expect(ids.size).toBe(3);
  const tonglu = idIn(ids, '330122/');
  const bare = idIn(ids, 'article-');
  const pujiang = idIn(ids, '330726/');
  expect(ids.get(bare)).toBe(ids.get(tonglu));
  expect(ids.get(pujiang)).not.toBe(ids.get(tonglu));

  const answer = await gql(server.url, 'query($p: ID!) { identity(person: $p) { identity members decisions { a b verdict reasons by } } }', { p: bare });
  const identity = answer.data.identity;
  expect(identity.members.sort()).toEqual([bare, tonglu].sort());
  const apart = identity.decisions.find((d: { a: string; b: string }) => [d.a, d.b].includes(pujiang));
  expect(apart.verdict).toBe('DIFFERENT');
  expect(apart.reasons.join(' ')).toMatch(/places apart/);
});

it("takes a user's judgement over GraphQL only with the token, and keeps it through a re-ingest", async () => {
  let ids = await identities();
  const tonglu = idIn(ids, '330122/');
  const bare = idIn(ids, 'article-');
  const mutation = 'mutation($a: ID!, $b: ID!, $v: JudgementVerdict!) { judgeIdentity(a: $a, b: $b, verdict: $v, note: "two people") { identity members } }';

  const refused = await gql(server.url, mutation, { a: tonglu, b: bare, v: 'DIFFERENT' });
  expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect((await identities()).get(bare)).toBe((await identities()).get(tonglu));

  const auth = { authorization: `Bearer ${TOKEN}` };
  const judged = await gql(server.url, mutation, { a: tonglu, b: bare, v: 'DIFFERENT' }, auth);
  expect(judged.errors).toBeUndefined();
  expect(judged.data.judgeIdentity.members).toEqual([tonglu]);

  // both articles rewritten (kg ingest --force, after an extractor upgrade): their people are deleted and recreated
  const again = await ingestTexts(graph, [{ source: source('a'), text: placed }, { source: source('b'), text: unplaced }], { force: true });
  // the same texts: rewritten, and reported unchanged (not replaced by other texts)
  expect(again.unchanged).toBe(2);
  ids = await identities();
  expect(ids.get(bare)).toBe(bare);
  expect(ids.get(tonglu)).not.toBe(ids.get(bare));

  // withdrawn, the rules join them again
  const undone = await gql(server.url, mutation, { a: tonglu, b: bare, v: 'UNDO' }, auth);
  expect(undone.data.judgeIdentity.members.sort()).toEqual([bare, tonglu].sort());
});

it('refuses a judgement across two names with a clear error', async () => {
  const ids = await identities();
  const [deputy] = await query(graph, 'MATCH (p:Person {name: $name}) RETURN p.id AS id LIMIT 1', { name: deputies[0] });
  const answer = await gql(server.url, 'mutation($a: ID!, $b: ID!) { judgeIdentity(a: $a, b: $b, verdict: SAME) { identity } }', { a: idIn(ids, '330122/'), b: String(deputy.id) }, { authorization: `Bearer ${TOKEN}` });
  expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(answer.errors?.[0].message).toMatch(/within one name/);
});

it('flags a name one character apart in the same article and body as possibly the same person, without joining them', async () => {
  const full = `邹${tag}`;
  const typo = `邹${tag.slice(0, 1)}`;
  const text = `桐庐县委第十五届委员会第六次全体会议于2024年7月2日召开。县委书记${full}主持会议。县委书记${typo}作工作报告。`;
  const report = await ingestTexts(graph, [{ source: source('typo'), text }]);
  for (const a of report.articles ?? []) if (a.id) articleIds.push(a.id);
  const [person] = await query(graph, 'MATCH (p:Person {name: $name}) RETURN p.id AS id', { name: full });
  const answer = await gql(server.url, 'query($p: ID!) { identity(person: $p) { members similarNames { name articleId } } }', { p: person.id });
  expect(answer.errors).toBeUndefined();
  expect(answer.data.identity.similarNames.map((s: { name: string }) => s.name)).toEqual([typo]);
  expect(answer.data.identity.members).toEqual([person.id]);
});
