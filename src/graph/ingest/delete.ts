// Removing one article: its facts, its MENTIONS, the article node, and every entity that no
// other article mentions any more. Facts other articles support stay (they carry their own
// articleId), and so do the nodes they need.
import type { Graph } from '../driver';
import { IngestRepository } from './repository';

/** Deletes the article with this id; false when there was none. */
export async function deleteArticle(graph: Graph, articleId: string): Promise<boolean> {
  const repository = new IngestRepository(graph);
  return graph.writeTransaction(async (tx) => {
    const counters = await repository.deleteArticles(tx, [articleId]);
    return counters.nodesDeleted > 0;
  });
}
