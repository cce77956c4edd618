// Removing one article: its facts, its MENTIONS, the article node, and every entity that no
// other article mentions any more. Facts other articles support stay (they carry their own
// articleId), and so do the nodes they need.
import neo4j from 'neo4j-driver';
import type { Graph } from '../graph/driver';
import { IngestRepository } from './repository';

/** Deletes the article with this id; false when there was none. */
export async function deleteArticle(graph: Graph, articleId: string): Promise<boolean> {
  const repository = new IngestRepository(graph);
  return graph.writeTransaction(async (tx) => {
    const counters = await repository.deleteArticles(tx, [articleId]);
    return counters.nodesDeleted > 0;
  });
}

/**
 * Deletes every article whose source starts with `prefix` (as deleteArticle does, in
 * batches of `batchSize` per transaction); returns how many were deleted.
 */
export async function deleteArticlesBySourcePrefix(graph: Graph, prefix: string, batchSize = 200): Promise<number> {
  if (!prefix) throw new Error('deleteArticlesBySourcePrefix: refusing an empty prefix (it would delete every article)');
  const repository = new IngestRepository(graph);
  let deleted = 0;
  for (;;) {
    // LIMIT needs an integer, and JavaScript numbers travel as floats.
    const rows = await graph.read('admin/article-ids-by-source-prefix', { prefix, limit: neo4j.int(batchSize) });
    const ids = rows.map((r) => String(r.id));
    if (ids.length === 0) return deleted;
    await graph.writeTransaction((tx) => repository.deleteArticles(tx, ids));
    deleted += ids.length;
  }
}
