// colleagues(person) and interlocks(a, b) against the real Neo4j: people who held posts in
// one county government at the same time, and people who sat in one session, across two
// articles, one identity counted once. Invented people in an invented county.
import { Graph } from '../../src/graph/driver';
import { deleteArticle, ingestTexts } from '../../src/ingest';
import { applySchema } from '../../src/graph/schema';
import { RunningServer } from '../../src/server/app';
import { cjkTag, query } from '../graph/helpers';
import { gql, startTestServer } from '../graphql/helpers';

const tag = cjkTag(2);
// the county head (elected, later removed), a deputy elected with them who becomes acting
// head, a deputy seen at both meetings, and the party secretary who presides and attends
const head = `岑${tag}`;
const deputy = `郜${tag}`;
const steady = `栾${tag}`;
const secretary = `蒯${tag}`;
const session = `青枫县第九届人民代表大会第二次会议于2023年2月14日至16日举行。大会选举${head}为县人民政府县长,选举${deputy}为县人民政府副县长。副县长${steady}出席会议。县委书记${secretary}主持会议。`;
const standing = `青枫县第九届人大常委会第十二次会议于2024年5月8日举行。县委书记${secretary}出席会议。会议决定免去${head}的县人民政府县长职务,任命${deputy}为县人民政府代理县长。副县长${steady}列席会议。`;

let graph: Graph;
let server: RunningServer;
const ids: string[] = [];
const personOf: Record<string, string> = {};

const COLLEAGUES = `query($p: ID!, $from: String, $to: String, $first: Int) {
  colleagues(person: $p, from: $from, to: $to, first: $first) {
    identity name
    tenures { organizationName from to mine { title start { how } } theirs { title start { date how } end { date how explicit } } }
    meetings { meeting { name start } myRoles theirRoles myEvidence { text } theirEvidence { text articleId } }
  }
}`;
const INTERLOCKS = `query($a: ID!, $b: ID!) {
  interlocks(a: $a, b: $b) {
    a b
    tenures { organizationName from to mine { name title end { how explicit } } theirs { name title start { date } end { date } } }
    meetings { meeting { name start } myRoles theirRoles myEvidence { text } theirEvidence { text } }
  }
}`;

type Answer = { name: string; tenures: { from: string; to: string; theirs: { title: string } }[]; meetings: { meeting: { start: string }; myRoles: string[]; theirRoles: string[] }[] };

beforeAll(async () => {
  graph = await Graph.connect();
  await applySchema(graph);
  server = await startTestServer(graph);
  const report = await ingestTexts(graph, [
    { source: `colleagues-test/${tag}/1`, text: session, published: '2023-02-20' },
    { source: `colleagues-test/${tag}/2`, text: standing, published: '2024-05-12' },
  ]);
  for (const a of report.articles ?? []) if (a.id) ids.push(a.id);
  for (const name of [head, deputy, steady, secretary]) {
    const [row] = await query(graph, 'MATCH (p:Person {name: $name}) RETURN p.id AS id ORDER BY id LIMIT 1', { name });
    personOf[name] = String(row.id);
  }
});

afterAll(async () => {
  for (const id of ids) await deleteArticle(graph, id);
  await query(graph, 'MATCH (n:IdentityDecision) WHERE n.name CONTAINS $tag DELETE n', { tag });
  await server.stop();
  await graph.close();
});

describe('colleagues(person)', () => {
  it('finds the deputies by their overlapping tenures and the presiding secretary by the session, once each', async () => {
    const answer = await gql(server.url, COLLEAGUES, { p: personOf[head] });
    expect(answer.errors).toBeUndefined();
    const byName = new Map<string, Answer>(answer.data.colleagues.map((c: Answer) => [c.name, c]));
    expect([...byName.keys()].sort()).toEqual([deputy, steady, secretary].sort());

    // the deputy seen at both meetings: one overlap in the government, up to the removal; it
    // starts when the deputy is first seen in post (an attendance line is dated by its
    // article's publication, after the head's election at the session)
    const s = byName.get(steady)!;
    expect(s.tenures).toHaveLength(1);
    expect(s.tenures[0]).toMatchObject({ from: '2023-02-20', to: '2024-05-08', theirs: { title: '副县长' } });
    expect(s.meetings.map((m) => [m.meeting.start, m.myRoles, m.theirRoles])).toEqual([['2023-02-14', ['elected'], ['attended']]]);

    // the secretary's party post is another organization: a colleague through the session only
    const sec = byName.get(secretary)!;
    expect(sec.tenures).toEqual([]);
    expect(sec.meetings).toHaveLength(1);
    expect(sec.meetings[0].theirRoles).toEqual(['presided']);

    // the deputy elected with the head: together on the day of the session; the acting head
    // appointed the day the head was removed is a handover, not an overlap
    const d = byName.get(deputy)!;
    expect(d.tenures.map((t) => [t.theirs.title, t.from, t.to])).toEqual([['副县长', '2023-02-14', '2023-02-14']]);
    expect(d.meetings[0].theirRoles).toEqual(['elected']);
  });

  it('keeps to the asked dates, and bounds and checks its arguments', async () => {
    const later = await gql(server.url, COLLEAGUES, { p: personOf[head], from: '2023-06-01' });
    expect(later.errors).toBeUndefined();
    // only the deputy still in post after the session is left, through the tenure; the session is before the dates
    expect(later.data.colleagues.map((c: Answer) => c.name)).toEqual([steady]);
    expect(later.data.colleagues[0].meetings).toEqual([]);
    expect(later.data.colleagues[0].tenures[0].from).toBe('2023-06-01');

    const one = await gql(server.url, COLLEAGUES, { p: personOf[head], first: 1 });
    // the most tied first: a tenure and a meeting
    expect(one.data.colleagues.map((c: Answer) => c.name)).toEqual([steady]);

    for (const bad of [{ first: 0 }, { first: 101 }, { from: '2024-02-30' }, { from: '2024-06-01', to: '2024-01-01' }]) {
      const answer = await gql(server.url, COLLEAGUES, { p: personOf[head], ...bad });
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect((await gql(server.url, COLLEAGUES, { p: 'person:nowhere/无此人' })).data.colleagues).toEqual([]);
  });
});

describe('interlocks(a, b)', () => {
  it('gives the organization with both tenures and the meeting sat together, with the words', async () => {
    const answer = await gql(server.url, INTERLOCKS, { a: personOf[head], b: personOf[steady] });
    expect(answer.errors).toBeUndefined();
    const lock = answer.data.interlocks;
    expect(lock.tenures).toHaveLength(1);
    expect(lock.tenures[0]).toMatchObject({ from: '2023-02-20', to: '2024-05-08', mine: { name: head, title: '县长', end: { how: 'removed', explicit: true } }, theirs: { name: steady, title: '副县长' } });
    expect(lock.meetings).toHaveLength(1);
    expect(lock.meetings[0].myEvidence[0].text).toContain(head);
    expect(lock.meetings[0].theirEvidence[0].text).toContain(steady);
  });

  it('counts the secretary of both articles as one person sitting in both meetings', async () => {
    const answer = await gql(server.url, INTERLOCKS, { a: personOf[steady], b: personOf[secretary] });
    expect(answer.errors).toBeUndefined();
    const lock = answer.data.interlocks;
    expect(lock.tenures).toEqual([]);
    expect(lock.meetings.map((m: Answer['meetings'][0]) => [m.meeting.start, m.myRoles, m.theirRoles])).toEqual([
      ['2023-02-14', ['attended'], ['presided']],
      ['2024-05-08', ['attended'], ['attended']],
    ]);
  });

  it('refuses one person twice and answers null for no person', async () => {
    const same = await gql(server.url, INTERLOCKS, { a: personOf[head], b: personOf[head] });
    expect(same.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await gql(server.url, INTERLOCKS, { a: personOf[head], b: 'person:nowhere/无此人' })).data.interlocks).toBeNull();
  });
});
