// Shared by the graph integration tests: a unique tag per run (so tests only ever touch
// their own towns, sources and articles) and read-only inspection queries.
//
// The inspection queries are test-only and constant (no user input reaches them), so they
// stay here rather than in cypher/, where only statements the product runs live.
import { randomBytes } from 'node:crypto';
import { Graph } from '../../src/graph/driver';
import { toNativeMap, Native } from '../../src/graph/values';

/** A tag that makes names unique to one test run: place names get it as a suffix. */
export function runTag(): string {
  // Letters only: place names in keys are plain strings, but keep them readable.
  return randomBytes(4).toString('hex');
}

// Characters rare in place names, so a tagged town (罡翎镇) is this run's alone.
const TAG_CHARS = '罡翎琰璇瑾玥翊珩骁昶暄霁垚淼鑫焱犇骉羴猋麤龘靐飝嫑巭嘦槑';

/** A tag of Chinese characters, for names the extractor must read as names (a town: `${cjkTag()}镇`). */
export function cjkTag(length = 2): string {
  return Array.from(randomBytes(length), (b) => TAG_CHARS[b % TAG_CHARS.length]).join('');
}

export async function query(graph: Graph, text: string, params: Record<string, unknown> = {}): Promise<Record<string, Native>[]> {
  const session = graph.driver.session({ database: graph.database });
  try {
    const result = await session.run(text, params);
    return result.records.map((r) => toNativeMap(r.toObject()));
  } finally {
    await session.close();
  }
}

/** Every node whose id contains the tag (the test's own data), by label. */
export async function nodesTagged(graph: Graph, tag: string) {
  return query(graph, 'MATCH (n) WHERE n.id CONTAINS $tag RETURN labels(n)[0] AS label, n.id AS id, n AS props ORDER BY id', { tag });
}

/** The fact relationships one article put in the graph. */
export async function factsOf(graph: Graph, articleId: string) {
  return query(
    graph,
    `MATCH (:Article {id: $articleId})-[:MENTIONS]->(n)-[r]->(m)
     WHERE r.articleId = $articleId
     RETURN type(r) AS type, n.id AS from, m.id AS to, properties(r) AS props
     ORDER BY type, r.start`,
    { articleId },
  );
}
