// The real pipeline end to end: the extractor on the sample articles in seeds/, then the
// graph. Each text gets a line with this run's tag so its article id is the run's own (the
// same seeds loaded by `npm start` stay untouched: deleting our articles only removes
// nodes that no other article mentions).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Graph } from '../../src/graph/driver';
import { deleteArticle, ingestPaths, ingestTexts } from '../../src/ingest';
import { articleId } from '../../src/ingest/keys';
import { applySchema } from '../../src/graph/schema';
import { cjkTag, factsOf, query, runTag } from '../graph/helpers';

const tag = runTag();
const SEED = fs.readFileSync(path.join(__dirname, '../../seeds/000_84ea721ab85526a7.txt'), 'utf8');
const OTHER_TOWN = `${cjkTag()}镇`;
const texts = {
  a: `${SEED}\n（测试稿${tag}甲）`,
  b: `${SEED}\n（测试稿${tag}乙）`,
  // The same article told of another town: its officials are namesakes, not the same people.
  elsewhere: `${SEED.split('泖港镇').join(OTHER_TOWN)}\n（测试稿${tag}丙）`,
};
const ids = Object.values(texts).map(articleId);
let graph: Graph;
let tmp: string;

beforeAll(async () => {
  graph = await Graph.connect();
  await applySchema(graph);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-ingest-'));
});

afterAll(async () => {
  for (const id of ids) await deleteArticle(graph, id);
  const left = await query(graph, 'MATCH (a:Article) WHERE a.id IN $ids OR a.source CONTAINS $tag RETURN a.id AS id', { ids, tag });
  await graph.close();
  fs.rmSync(tmp, { recursive: true, force: true });
  expect(left).toEqual([]);
});

it('resolves the town secretary named in every section, and in a second article, to one Person', async () => {
  const report = await ingestTexts(graph, [
    { source: `${tag}/a.txt`, text: texts.a },
    { source: `${tag}/b.txt`, text: texts.b },
    { source: `${tag}/elsewhere.txt`, text: texts.elsewhere },
  ]);
  expect(report).toMatchObject({ read: 3, inserted: 3, failed: [] });

  const secretaries = await query(
    graph,
    `MATCH (a:Article)-[:MENTIONS]->(p:Person {name: '杜劲松'}) WHERE a.id IN $ids
     RETURN p.id AS id, count(a) AS articles ORDER BY id`,
    { ids },
  );
  // 泖港镇's secretary is one node across both articles about 泖港镇 ...
  expect(secretaries).toContainEqual({ id: 'person:310117109/杜劲松', articles: 2 });
  // ... and his namesake in the other town is never that node.
  const elsewhere = await query(
    graph,
    "MATCH (:Article {id: $id})-[:MENTIONS]->(p:Person {name: '杜劲松'}) RETURN p.id AS id",
    { id: articleId(texts.elsewhere) },
  );
  expect(elsewhere.length).toBeGreaterThan(0);
  expect(elsewhere).not.toContainEqual({ id: 'person:310117109/杜劲松' });
  // the other town is not in the gazetteer: keyed by its name under the district the article names (松江区, 310117)
  expect(elsewhere).toContainEqual({ id: `person:310117/${OTHER_TOWN}/杜劲松` });
  // In one article he presides one meeting and speaks at another: the sections meet in him.
  const meetings = await query(
    graph,
    `MATCH (p:Person {id: 'person:310117109/杜劲松'})-[r]->(m:Meeting) WHERE r.articleId = $id RETURN count(DISTINCT m) AS n`,
    { id: articleId(texts.a) },
  );
  expect(meetings[0].n).toBeGreaterThanOrEqual(2);
});

it('keeps the evidence of every fact pointing at its words in the original text', async () => {
  for (const text of Object.values(texts)) {
    const facts = await factsOf(graph, articleId(text));
    expect(facts.length).toBeGreaterThan(5);
    for (const f of facts) {
      const p = f.props as { start: number; end: number; text: string; sentence: string };
      expect(text.slice(p.start, p.end)).toBe(p.text);
      expect(typeof p.sentence).toBe('string');
    }
  }
});

it('ingests a folder of .txt and .html files, reports an unreadable file by name and lands the rest', async () => {
  fs.mkdirSync(path.join(tmp, 'nested'));
  const town = `${cjkTag()}镇`;
  fs.writeFileSync(path.join(tmp, 'one.txt'), `${town}召开第三届人民代表大会第二次会议。镇党委书记高远主持会议。`);
  fs.writeFileSync(
    path.join(tmp, 'nested', 'two.html'),
    `<html><head><title>${town}会议</title></head><body><p>${town}召开第三届人民代表大会第二次会议。</p><p>镇党委书记高远在会上讲话。</p></body></html>`,
  );
  fs.writeFileSync(path.join(tmp, 'nested', 'junk.txt'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7]));
  fs.writeFileSync(path.join(tmp, 'notes.md'), 'not an article');
  const report = await ingestPaths(graph, [tmp]);
  for (const a of report.articles ?? []) if (a.id) ids.push(a.id);
  expect(report.read).toBe(3);
  expect(report.inserted).toBe(2);
  expect(report.failed).toEqual([{ source: expect.stringContaining('junk.txt'), reason: expect.stringMatching(/cannot decode .*junk\.txt/) }]);
  const people = await query(graph, 'MATCH (p:Person {name: $name}) WHERE p.id CONTAINS $town RETURN p.id AS id', { name: '高远', town });
  expect(people).toEqual([{ id: `person:${town}/高远` }]);
});
