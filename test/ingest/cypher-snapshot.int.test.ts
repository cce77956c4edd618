// What the ingestion repository sends to Neo4j, as snapshots (the way @neo4j/graphql's TCK
// tests pin generated Cypher): the statement names in order, the shape of their parameters,
// and the text of each statement. A change to any of them shows up in review as a snapshot
// diff. It also pins the batching promise: one round trip per statement per group, however
// many articles and facts the group holds.
import { Graph, QueryEvent } from '../../src/graph/driver';
import { cypher } from '../../src/graph/cypher';
import { deleteArticle } from '../../src/ingest/delete';
import { ingestResults } from '../../src/ingest/ingest-results';
import { articleId } from '../../src/ingest/keys';
import { applySchema } from '../../src/graph/schema';
import { townArticle } from '../graph/fixtures/town-article';
import { runTag } from '../graph/helpers';

/** The shape of a value: types instead of data, so the snapshot holds across runs. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? [shape(value[0])] : [];
  if (value === null) return 'null';
  if (typeof value === 'object') {
    const ctor = (value as object).constructor?.name;
    if (ctor && ctor !== 'Object') return ctor; // neo4j Date and friends
    return Object.fromEntries(Object.keys(value as object).sort().map((k) => [k, shape((value as Record<string, unknown>)[k])]));
  }
  return typeof value;
}

const tag = runTag();
let graph: Graph;
const ids: string[] = [];

beforeAll(async () => {
  graph = await Graph.connect();
  await applySchema(graph);
});

afterAll(async () => {
  for (const id of ids) await deleteArticle(graph, id);
  await graph.close();
});

it('sends each ingest statement once per group, with stable names, parameters and text', async () => {
  const docs = [1, 2, 3].map((n) =>
    townArticle({ town: `青禾${tag}镇`, county: `云川${tag}县`, secretary: '周明远', mayor: `林${n}`, term: 7, session: n, date: '2025-01-08', source: `${tag}/snap-${n}.txt`, countyOfficial: '杨思远' }),
  );
  ids.push(...docs.map((d) => articleId(d.text)));
  const events: QueryEvent[] = [];
  const stop = graph.onQuery((e) => events.push(e));
  try {
    const report = await ingestResults(graph, docs, { batchSize: 10 });
    expect(report.inserted).toBe(3);
  } finally {
    stop();
  }
  const names = events.map((e) => e.name);
  expect(new Set(names).size).toBe(names.length); // one round trip per statement for 3 articles
  expect(events.map((e) => ({ name: e.name, mode: e.mode, params: shape(e.params) }))).toMatchSnapshot('statements and parameter shapes');
  expect(Object.fromEntries(names.map((n) => [n, cypher(n)]))).toMatchSnapshot('statement texts');
});

it('replacing a changed article sends the delete statements first, in the same transaction', async () => {
  const spec = { town: `青禾${tag}镇`, county: `云川${tag}县`, secretary: '周明远', mayor: '钱旧', term: 8, session: 1, date: '2025-01-09', source: `${tag}/snap-replace.txt` };
  const v1 = townArticle(spec);
  const v2 = townArticle({ ...spec, mayor: '孙新', tail: '（更正）' });
  ids.push(articleId(v1.text), articleId(v2.text));
  await ingestResults(graph, [v1]);
  const events: QueryEvent[] = [];
  const stop = graph.onQuery((e) => events.push(e));
  try {
    expect((await ingestResults(graph, [v2])).replaced).toBe(1);
  } finally {
    stop();
  }
  const names = events.map((e) => e.name);
  // (the names of the people going first: their identity decisions are cleaned after the delete)
  expect(names.slice(0, 5)).toEqual(['ingest/find-articles', 'identity/names-of-articles', 'ingest/places-of-articles', 'ingest/delete-article-facts', 'ingest/delete-articles']);
  expect(events.slice(0, 5).map((e) => ({ name: e.name, params: shape(e.params) }))).toMatchSnapshot('replace: find and delete');
  expect(Object.fromEntries(names.slice(1, 5).map((n) => [n, cypher(n)]))).toMatchSnapshot('replace: delete statement texts');
});
