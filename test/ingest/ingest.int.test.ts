// Ingestion into the real Neo4j: idempotence, replacement of a changed article, entity
// resolution across sections, articles and towns, evidence on every fact, atomicity.
// All data lives under towns and sources tagged with this run's tag and is deleted at the end.
import { Graph } from '../../src/graph/driver';
import { deleteArticle } from '../../src/ingest/delete';
import { ingestResults } from '../../src/ingest/ingest-results';
import { articleId } from '../../src/ingest/keys';
import { applySchema } from '../../src/graph/schema';
import { townArticle, TownArticleSpec } from '../graph/fixtures/town-article';
import { factsOf, nodesTagged, query, runTag } from '../graph/helpers';

const tag = runTag();
const QINGHE = `青禾${tag}镇`;
const BAISHI = `白石${tag}镇`;
const COUNTY = `云川${tag}县`;
const CHISONG = `赤松${tag}镇`;
const written = new Set<string>();
let graph: Graph;

function article(spec: Partial<TownArticleSpec> & { source: string }) {
  const a = townArticle({ town: QINGHE, county: COUNTY, secretary: '周明远', mayor: '林秀华', term: 7, session: 3, date: '2025-01-08', ...spec });
  written.add(articleId(a.text));
  return a;
}

beforeAll(async () => {
  graph = await Graph.connect();
  await applySchema(graph);
});

afterAll(async () => {
  for (const id of written) await deleteArticle(graph, id);
  const left = await nodesTagged(graph, tag);
  await graph.close();
  // Deleting the articles removed every node they alone mentioned: nothing of the run is left.
  expect(left).toEqual([]);
});

describe('ingest', () => {
  it('applies the schema twice without error', async () => {
    await expect(applySchema(graph)).resolves.toEqual({ statements: expect.any(Number) });
    const indexes = await query(graph, "SHOW INDEXES YIELD name, type WHERE name = 'names' RETURN type");
    expect(indexes).toEqual([{ type: 'FULLTEXT' }]);
  });

  it('writes an article once; a second ingest creates nothing', async () => {
    const docs = [article({ source: `${tag}/first.txt` }), article({ source: `${tag}/second.txt`, tail: '会议号召全镇干部群众团结一心。' })];
    const first = await ingestResults(graph, docs);
    expect(first).toMatchObject({ read: 2, inserted: 2, unchanged: 0, replaced: 0, failed: [] });
    expect(first.nodesCreated).toBeGreaterThan(5);
    expect(first.relationshipsCreated).toBeGreaterThan(10);

    const again = await ingestResults(graph, docs);
    expect(again).toMatchObject({ read: 2, inserted: 0, unchanged: 2, replaced: 0, failed: [], nodesCreated: 0, relationshipsCreated: 0 });
  });

  it('reports a new article that writers ingest at the same moment inserted once and unchanged otherwise, never failed', async () => {
    // four pipelines race to create the same nodes; the losers' constraint failures are
    // retried and read the winner's commit
    const doc = article({ source: `${tag}/race.txt`, town: CHISONG, secretary: '葛云舟', mayor: '蓝若溪' });
    const reports = await Promise.all([1, 2, 3, 4].map(() => ingestResults(graph, [doc])));
    expect(reports.flatMap((r) => r.failed)).toEqual([]);
    expect(reports.reduce((n, r) => n + r.inserted, 0)).toBe(1);
    expect(reports.reduce((n, r) => n + r.unchanged, 0)).toBe(3);
    const count = await query(graph, 'MATCH (a:Article {source: $source}) RETURN count(a) AS n', { source: `${tag}/race.txt` });
    expect(count).toEqual([{ n: 1 }]);
  });

  it('resolves the same official across sections and articles to one Person, and keeps a namesake in another town apart', async () => {
    await ingestResults(graph, [article({ source: `${tag}/baishi.txt`, town: BAISHI, secretary: '周明远', mayor: '赵一鸣', term: 2, session: 5 })]);
    const people = await query(graph, 'MATCH (p:Person {name: $name}) WHERE p.id CONTAINS $tag RETURN p.id AS id ORDER BY id', { name: '周明远', tag });
    expect(people).toEqual([{ id: `person:${BAISHI}/周明远` }, { id: `person:${QINGHE}/周明远` }]);

    // In 青禾镇 he is named in two sections of each of two articles: one node, with one
    // HOLDS per article (a timeline), and each article's PRESIDED fact.
    const facts = await query(
      graph,
      'MATCH (p:Person {id: $id})-[r]->(x) RETURN type(r) AS type, x.id AS target, r.articleId AS article ORDER BY type, article',
      { id: `person:${QINGHE}/周明远` },
    );
    const meeting = `meeting:${QINGHE}/congress/7/3`;
    expect(facts.filter((f) => f.type === 'HOLDS').map((f) => f.target)).toEqual([`post:${QINGHE}/party_committee/党委书记`, `post:${QINGHE}/party_committee/党委书记`]);
    expect(facts.filter((f) => f.type === 'PRESIDED').map((f) => f.target)).toEqual([meeting, meeting]);
    // Two articles about one session: one Meeting node, IN its town, IN its county.
    const meetings = await query(graph, 'MATCH (m:Meeting)-[:IN]->(t:Place)-[:IN]->(c:Place) WHERE m.id STARTS WITH $prefix RETURN m.id AS id, toString(m.start) AS start, t.name AS town, c.name AS county', {
      prefix: `meeting:${QINGHE}/`,
    });
    expect(meetings).toEqual([{ id: meeting, start: '2025-01-08', town: QINGHE, county: COUNTY }]);
  });

  it('finds people by part of their name through the cjk full-text index', async () => {
    const hits = await query(
      graph,
      "CALL db.index.fulltext.queryNodes('names', $q) YIELD node WHERE node.id CONTAINS $tag RETURN labels(node)[0] AS label, node.id AS id",
      { q: '明远', tag },
    );
    expect(hits).toContainEqual({ label: 'Person', id: `person:${QINGHE}/周明远` });
    expect(hits.every((h) => String(h.id).endsWith('周明远'))).toBe(true);
  });

  it('files a county official named in a town article under the county', async () => {
    const doc = article({ source: `${tag}/county.txt`, session: 4, countyOfficial: '杨思远' });
    const report = await ingestResults(graph, [doc]);
    expect(report.failed).toEqual([]);
    const rows = await query(graph, 'MATCH (p:Person {name: $name})-[:HOLDS]->(post)-[:OF]->(o)-[:IN]->(pl) WHERE p.id CONTAINS $tag RETURN p.id AS id, o.type AS type, pl.name AS place', {
      name: '杨思远',
      tag,
    });
    expect(rows).toEqual([{ id: `person:${COUNTY}/杨思远`, type: 'party_committee', place: COUNTY }]);
  });

  it('puts evidence on every fact relationship, pointing into the original text', async () => {
    const doc = article({ source: `${tag}/evidence.txt`, session: 5, date: null });
    await ingestResults(graph, [doc]);
    const facts = await factsOf(graph, articleId(doc.text));
    expect(facts.map((f) => f.type).sort()).toEqual(['APPROVED', 'ELECTED', 'HOLDS', 'HOLDS', 'PRESENTED_AT', 'PRESIDED', 'REPORTED', 'SPOKE_AT']);
    for (const f of facts) {
      const p = f.props as Record<string, unknown>;
      expect(p.articleId).toBe(articleId(doc.text));
      expect(doc.text.slice(p.start as number, p.end as number)).toBe(p.text);
      expect(p.sentence).toEqual(expect.stringContaining(p.text as string));
    }
    // No date in the article: HOLDS is observed "unknown", not a made-up date.
    expect(facts.filter((f) => f.type === 'HOLDS').map((f) => (f.props as Record<string, unknown>).observed ?? null)).toEqual([null, null]);
    const elected = facts.find((f) => f.type === 'ELECTED')!.props as Record<string, unknown>;
    expect(elected).toMatchObject({ mode: 'elected', postId: `post:${QINGHE}/government/镇长` });
  });

  it('rewrites an unchanged article on request (force), leaving one copy of its facts', async () => {
    const doc = article({ source: `${tag}/forced.txt`, session: 7 });
    await ingestResults(graph, [doc]);
    const forced = await ingestResults(graph, [doc], { force: true });
    expect(forced).toMatchObject({ read: 1, replaced: 1, unchanged: 0, failed: [] });
    expect((await factsOf(graph, articleId(doc.text))).length).toBe(8);
  });

  it('replaces the facts of a changed article (same source, new text) and drops what only it said', async () => {
    const source = `${tag}/changing.txt`;
    const v1 = article({ source, session: 6, mayor: '钱旧名' });
    await ingestResults(graph, [v1]);
    const v2 = article({ source, session: 6, mayor: '孙新名', tail: '（更正稿）' });
    const report = await ingestResults(graph, [v2]);
    expect(report).toMatchObject({ read: 1, replaced: 1, inserted: 0, failed: [] });

    const articles = await query(graph, 'MATCH (a:Article {source: $source}) RETURN a.id AS id', { source });
    expect(articles).toEqual([{ id: articleId(v2.text) }]);
    const mayors = await query(graph, 'MATCH (p:Person) WHERE p.id CONTAINS $tag AND p.name IN $names RETURN p.name AS name', { tag, names: ['钱旧名', '孙新名'] });
    expect(mayors).toEqual([{ name: '孙新名' }]);
    expect(await factsOf(graph, articleId(v1.text))).toEqual([]);
    expect((await factsOf(graph, articleId(v2.text))).length).toBe(8);
  });

  it('writes an article whole or not at all: a failing article leaves nothing, its batch-mates land', async () => {
    const good = article({ source: `${tag}/good.txt`, session: 8, mayor: '吴好' });
    const bad = article({ source: `${tag}/bad.txt`, session: 9, mayor: '郑坏' });
    // A value Neo4j cannot store as a property, in the LAST fact: everything before it was
    // already written inside the transaction when it fails.
    const last = bad.result.relations[bad.result.relations.length - 1];
    (last.evidence as unknown as { sentence: unknown }).sentence = { nested: 'map' };
    const report = await ingestResults(graph, [good, bad]);
    expect(report.inserted).toBe(1);
    expect(report.failed).toEqual([{ source: `${tag}/bad.txt`, reason: expect.stringMatching(/Neo4j .*error/) }]);

    expect(await query(graph, 'MATCH (a:Article {id: $id}) RETURN a', { id: articleId(bad.text) })).toEqual([]);
    expect(await query(graph, 'MATCH (p:Person {name: $name}) RETURN p', { name: '郑坏' })).toEqual([]);
    expect(await query(graph, `MATCH (m:Meeting {id: $id}) RETURN m`, { id: `meeting:${QINGHE}/congress/7/9` })).toEqual([]);
    expect((await factsOf(graph, articleId(good.text))).length).toBe(8);
  });
});
