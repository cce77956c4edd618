// The questions of issue 5, each in one query, over the sample articles in seeds/ loaded
// through the real pipeline (extraction included) exactly as `npm start` loads them. The
// seeds are shared (npm start, other tests): ingesting them again is idempotent, and this
// file deletes nothing.
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { Graph } from '../../src/graph/driver';
import { ingestPaths } from '../../src/ingest';
import { applySchema } from '../../src/graph/schema';
import { RunningServer } from '../../src/server/app';
import { EXAMPLES } from '../../src/server/playground/examples';
import { gql, startTestServer } from './helpers';

let graph: Graph;
let server: RunningServer;

beforeAll(async () => {
  graph = await Graph.connect();
  await applySchema(graph);
  // Another test file may be loading the same seeds at this moment (jest runs files in
  // parallel); a collision fails that article for one of the two, so try once more.
  let report = await ingestPaths(graph, [path.join(PROJECT_ROOT, 'seeds')]);
  if (report.failed.length) report = await ingestPaths(graph, [path.join(PROJECT_ROOT, 'seeds')]);
  expect(report.failed).toEqual([]);
  server = await startTestServer(graph);
});

afterAll(async () => {
  await server?.stop();
  await graph?.close();
});

const example = (title: string) => {
  const e = EXAMPLES.find((x) => x.title === title);
  if (!e) throw new Error(`no example titled '${title}'`);
  return e;
};

async function ask(title: string) {
  const e = example(title);
  const answer = await gql(server.url, e.query, e.variables ?? {});
  expect(answer.errors).toBeUndefined();
  return answer.data;
}

it('runs every playground example without errors', async () => {
  for (const e of EXAMPLES) {
    const answer = await gql(server.url, e.query, e.variables ?? {});
    expect({ title: e.title, errors: answer.errors }).toEqual({ title: e.title, errors: undefined });
  }
});

it('who presided over 华漕镇第六届人民代表大会第六次会议: 周胜春 and 李炜, with evidence', async () => {
  const data = await ask('Who presided over a meeting');
  const meeting = data.meetings.edges[0].node;
  expect(meeting.name).toBe('华漕镇第六届人民代表大会第六次会议');
  const names = meeting.presidedBy.map((p: any) => p.name);
  expect(names).toEqual(expect.arrayContaining(['周胜春', '李炜']));
  for (const p of meeting.presidedBy) {
    expect(p.evidence.length).toBeGreaterThan(0);
    expect(p.evidence[0].sentence).toContain(p.name);
    expect(p.evidence[0].article.source).toMatch(/\.txt$/);
  }
});

it('what 张然春 reported, at which meeting, and the post he was elected to', async () => {
  const data = await ask('What a person reported, and the post they were elected to');
  const person = data.people.edges.map((e: any) => e.node).find((p: any) => p.reported.length > 0);
  expect(person).toBeDefined();
  expect(person.reported.map((r: any) => r.title)).toEqual(expect.arrayContaining([expect.stringContaining('政府工作报告')]));
  expect(person.reported[0].meeting.name).toBe('泖港镇第六届人民代表大会第八次会议');
  const elected = data.people.edges.flatMap((e: any) => e.node.elected);
  expect(elected.map((x: any) => x.post?.title)).toContain('镇长');
  expect(elected[0].meeting.name).toBe('泖港镇第六届人民代表大会第八次会议');
  expect(elected[0].evidence[0].sentence).toMatch(/镇长/);
});

it('everything approved at 泖港镇第六届人民代表大会第八次会议', async () => {
  const data = await ask('Everything a meeting approved');
  const meeting = data.meetings.edges[0].node;
  expect(meeting.name).toBe('泖港镇第六届人民代表大会第八次会议');
  const approved = meeting.approved.map((a: any) => `${a.__typename}:${a.title}`);
  expect(approved.length).toBeGreaterThanOrEqual(4);
  expect(approved.join('\n')).toMatch(/政府工作报告/);
  expect(approved.join('\n')).toMatch(/预算/);
  expect(approved.join('\n')).toMatch(/民生实事项目/);
  for (const a of meeting.approved) expect(a.evidence.length).toBeGreaterThan(0);
});

it('every post 杜劲松 holds and every meeting he presided over or spoke at', async () => {
  const data = await ask("A person's posts and meetings");
  const p = data.people.edges[0].node;
  expect(p.name).toBe('杜劲松');
  expect(p.posts.map((x: any) => x.title)).toContain('党委书记');
  const meetings = new Set([...p.presided, ...p.spokeAt].map((m: any) => m.name));
  expect(meetings).toEqual(new Set(['泖港镇年度工作务虚会', '泖港镇第六届人民代表大会第八次会议']));
  expect(p.presided[0].evidence[0].sentence).toContain('杜劲松');
  const dated = p.timeline.map((t: any) => t.date).filter(Boolean);
  expect(dated).toEqual([...dated].sort());
});

it('how 杜劲松 and 张然春 are connected, each step with evidence', async () => {
  const data = await ask('How two people are connected');
  expect(data.path.length).toBeGreaterThan(0);
  const path = data.path[0];
  expect(path.nodes[0].label).toBe('杜劲松');
  expect(path.nodes[path.nodes.length - 1].label).toBe('张然春');
  expect(path.length).toBeLessThanOrEqual(4);
  for (const step of path.steps) {
    if (step.type !== 'OF' && step.type !== 'PART_OF') expect(step.evidence.length).toBeGreaterThan(0);
  }
});

it('the neighbourhood of a meeting, as nodes and edges for a graph library', async () => {
  const data = await ask('The neighbourhood of a meeting');
  const g = data.neighborhood;
  const ids = new Set(g.nodes.map((n: any) => n.id));
  expect(ids.has('meeting:310117109/congress/6/8')).toBe(true);
  expect(g.nodes.map((n: any) => n.label)).toEqual(expect.arrayContaining(['张然春', '杜劲松']));
  for (const e of g.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
});
