// Deleting the only article about a place leaves nothing behind that no article needs: the
// place goes, and so does the gazetteer's chain above it up to the first place still in use
// (by another article, or by something IN it). Replacing an article's text (kg ingest
// --force, a new version under the same source) does the same for the places it dropped.
// Real gazetteer divisions (the codes and the chain come from it), invented articles.
import { Graph } from '../../src/graph/driver';
import { deleteArticle, ingestTexts } from '../../src/ingest';
import { articleId } from '../../src/ingest/keys';
import { applySchema } from '../../src/graph/schema';
import { gazetteer } from '../../src/gazetteer/gazetteer';
import { query, runTag } from '../graph/helpers';

const tag = runTag();
const g = gazetteer();
// A remote county the other tests and the seeds do not use, with two towns.
const county = g.byName('玛多县')[0].division;
const [townA, townB] = g.children(county.code).filter((d) => d.level === 'town');
const chain = [county, ...g.ancestors(county.code)].map((d) => `place:${d.code}`);

const article = (town: string, secretary: string, mayor: string) =>
  `${county.name}${town}召开第九届人民代表大会第二次会议\n3月2日上午,${county.name}${town}第九届人民代表大会第二次会议开幕。` +
  `镇党委书记${secretary}主持会议。大会选举${mayor}为${town}人民政府镇长。(稿件${tag})`;
const first = { source: `${tag}/a.txt`, text: article(townA.name, '南宫远岫', '闻人晚晴') };
const second = { source: `${tag}/b.txt`, text: article(townB.name, '东方启明', '西门映雪') };

let graph: Graph;
let before: string[];

async function existing(ids: string[]): Promise<string[]> {
  const rows = await query(graph, 'UNWIND $ids AS id MATCH (p:Place {id: id}) RETURN p.id AS id ORDER BY id', { ids });
  return rows.map((r) => String(r.id));
}

/** Nodes of this run's articles (people, meetings, posts …): their ids carry the place code or the tag. */
async function leftovers(): Promise<string[]> {
  const rows = await query(graph, 'MATCH (n) WHERE NOT n:Place AND (n.id CONTAINS $a OR n.id CONTAINS $b OR n.id CONTAINS $tag) RETURN n.id AS id', { a: townA.code, b: townB.code, tag });
  return rows.map((r) => String(r.id));
}

beforeAll(async () => {
  graph = await Graph.connect();
  await applySchema(graph);
  before = await existing(chain);
});

afterAll(async () => {
  for (const t of [first, second]) await deleteArticle(graph, articleId(t.text));
  await graph.close();
});

it('the only article about a town: deleting it removes the town and the chain above it that nothing else uses', async () => {
  expect((await ingestTexts(graph, [first])).inserted).toBe(1);
  expect(await existing([`place:${townA.code}`, ...chain])).toEqual([`place:${townA.code}`, ...chain].sort());

  expect(await deleteArticle(graph, articleId(first.text))).toBe(true);

  expect(await existing([`place:${townA.code}`])).toEqual([]);
  expect(await existing(chain)).toEqual(before);
  expect(await leftovers()).toEqual([]);
});

it('two towns of one county: the county stays while the other town is used, and goes with it', async () => {
  expect((await ingestTexts(graph, [first, second])).inserted).toBe(2);

  await deleteArticle(graph, articleId(first.text));
  expect(await existing([`place:${townA.code}`, `place:${townB.code}`])).toEqual([`place:${townB.code}`]);
  expect(await existing(chain)).toEqual([...chain].sort());

  await deleteArticle(graph, articleId(second.text));
  expect(await existing([`place:${townB.code}`, ...chain])).toEqual(before);
  expect(await leftovers()).toEqual([]);
});

it('a new text under the same source that names another town: the old town and its unused chain go', async () => {
  expect((await ingestTexts(graph, [first])).inserted).toBe(1);
  const moved = { source: first.source, text: article(townB.name, '南宫远岫', '闻人晚晴') };
  expect((await ingestTexts(graph, [moved])).replaced).toBe(1);

  expect(await existing([`place:${townA.code}`, `place:${townB.code}`])).toEqual([`place:${townB.code}`]);
  expect(await existing(chain)).toEqual([...chain].sort());

  await deleteArticle(graph, articleId(moved.text));
  expect(await existing([`place:${townB.code}`, ...chain])).toEqual(before);
});
