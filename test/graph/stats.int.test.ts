// kg stats counts: they move by exactly what one ingested article adds.
import { Graph } from '../../src/graph/driver';
import { deleteArticle, ingestResults } from '../../src/ingest';
import { articleId } from '../../src/ingest/keys';
import { applySchema } from '../../src/graph/schema';
import { graphCounts, MODEL_LABELS, MODEL_RELATIONSHIP_TYPES } from '../../src/graph/stats';
import { townArticle } from './fixtures/town-article';
import { runTag } from './helpers';

const tag = runTag();
let graph: Graph;
const doc = townArticle({ town: `石门${tag}镇`, secretary: '方正', mayor: '顾远', term: 4, session: 2, date: '2025-03-01', source: `${tag}/stats.txt` });

beforeAll(async () => {
  graph = await Graph.connect();
  await applySchema(graph);
});

afterAll(async () => {
  await deleteArticle(graph, articleId(doc.text));
  await graph.close();
});

it('lists every label and type of the model, and counts what an article adds', async () => {
  const before = await graphCounts(graph);
  expect(Object.keys(before.nodes)).toEqual(expect.arrayContaining(MODEL_LABELS));
  expect(Object.keys(before.relationships)).toEqual(expect.arrayContaining(MODEL_RELATIONSHIP_TYPES));
  // Other tests may write at the same time: compare only what this article must have added.
  await ingestResults(graph, [doc]);
  const after = await graphCounts(graph);
  expect(after.nodes.Article - before.nodes.Article).toBeGreaterThanOrEqual(1);
  expect(after.nodes.Person - before.nodes.Person).toBeGreaterThanOrEqual(2);
  expect(after.relationships.HOLDS - before.relationships.HOLDS).toBeGreaterThanOrEqual(2);
  expect(after.relationships.ELECTED - before.relationships.ELECTED).toBeGreaterThanOrEqual(1);
});
