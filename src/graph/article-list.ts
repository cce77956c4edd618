// The articles in the graph as an operator sees them (`kg articles`, `kg delete`): one row
// each with its title, source, date and how much of the graph it accounts for.
import neo4j from 'neo4j-driver';
import type { Graph } from './driver';

export interface ArticleSummary {
  id: string;
  title: string | null;
  source: string | null;
  /** Publication date (YYYY-MM-DD), when known. */
  published: string | null;
  chars: number | null;
  /** Entities the article names (its MENTIONS). */
  mentions: number;
  /** Fact relationships that cite it. */
  facts: number;
}

/** Every article (or the first `limit`), ordered by source. */
export async function listArticles(graph: Graph, limit?: number): Promise<ArticleSummary[]> {
  // LIMIT needs an integer, and JavaScript numbers travel as floats.
  const rows = await graph.read('admin/articles-list', { limit: neo4j.int(limit ?? Number.MAX_SAFE_INTEGER) });
  return rows.map((r) => ({
    id: String(r.id),
    title: typeof r.title === 'string' ? r.title : null,
    source: typeof r.source === 'string' ? r.source : null,
    published: typeof r.published === 'string' ? r.published : null,
    chars: typeof r.chars === 'number' ? r.chars : null,
    mentions: Number(r.mentions),
    facts: Number(r.facts),
  }));
}

/** For each name (a source, or an article id), the ids of the articles it names; [] when none. */
export async function articleIdsNamed(graph: Graph, names: string[]): Promise<Map<string, string[]>> {
  const rows = await graph.read('admin/article-ids-by-source', { names });
  return new Map(rows.map((r) => [String(r.name), (r.ids as string[]) ?? []]));
}
