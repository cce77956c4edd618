// The database side of ingestion: named statements from cypher/ingest/, each sent ONCE per
// batch of articles with all the batch's rows (UNWIND … MERGE), inside the caller's write
// transaction so that a batch lands whole or not at all.
import type { ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import type { Graph } from '../graph/driver';
import { summarise } from '../graph/driver';
import { toNeo4jDate } from '../graph/values';
import type { ArticleRecords, FactRow, FactType } from './records';

export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

export const zeroCounters = (): WriteCounters => ({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });

export function addCounters(into: WriteCounters, more: WriteCounters): WriteCounters {
  into.nodesCreated += more.nodesCreated;
  into.nodesDeleted += more.nodesDeleted;
  into.relationshipsCreated += more.relationshipsCreated;
  into.relationshipsDeleted += more.relationshipsDeleted;
  return into;
}

/** Levels of the place chain (village, town, county, city, province, and room to spare). */
const MAX_PLACE_LEVELS = 8;

/** The statement that writes each fact type. */
const FACT_STATEMENTS: Record<FactType, string> = {
  HOLDS: 'ingest/create-holds',
  PRESIDED: 'ingest/create-presided',
  SPOKE_AT: 'ingest/create-spoke-at',
  ATTENDED: 'ingest/create-attended',
  REPORTED: 'ingest/create-reported',
  PRESENTED_AT: 'ingest/create-presented-at',
  ELECTED: 'ingest/create-elected',
  APPROVED: 'ingest/create-approved',
  LEFT: 'ingest/create-left',
};

export interface ExistingArticle {
  /** The same text is already in the graph. */
  exists: boolean;
  /** Ids of older articles with the same source and another text. */
  replaces: string[];
}

export class IngestRepository {
  constructor(private readonly graph: Graph) {}

  /** Which of these articles exist already, and which older versions they replace. */
  async findArticles(tx: ManagedTransaction, articles: { id: string; source: string | null }[]): Promise<Map<string, ExistingArticle>> {
    const result = await this.graph.run(tx, 'ingest/find-articles', { articles });
    const found = new Map<string, ExistingArticle>();
    for (const r of result.records) {
      found.set(r.get('id') as string, { exists: r.get('exists') as boolean, replaces: r.get('replaces') as string[] });
    }
    return found;
  }

  /**
   * Removes articles with their facts, MENTIONS, the entities no other article mentions, and
   * the places nothing uses any more (with the chain above them, up to a place still in use).
   */
  async deleteArticles(tx: ManagedTransaction, ids: string[]): Promise<WriteCounters> {
    const counters = zeroCounters();
    if (ids.length === 0) return counters;
    const names = (await this.graph.run(tx, 'identity/names-of-articles', { ids })).records.map((r) => String(r.get('name')));
    const places = (await this.graph.run(tx, 'ingest/places-of-articles', { ids })).records.map((r) => r.get('id') as string);
    addCounters(counters, summarise(await this.graph.run(tx, 'ingest/delete-article-facts', { ids })));
    addCounters(counters, summarise(await this.graph.run(tx, 'ingest/delete-articles', { ids })));
    // One level of the chain per round: a town's deletion frees its county for the next.
    for (let round = 0; places.length > 0 && round <= MAX_PLACE_LEVELS; round++) {
      const result = summarise(await this.graph.run(tx, 'ingest/delete-unused-places', { ids: places }));
      addCounters(counters, result);
      if (result.nodesDeleted === 0) break;
    }
    // identity decisions about people that went with the articles go too (not counted: they are no facts)
    if (names.length) await this.graph.run(tx, 'identity/delete-dangling-decisions', { names });
    return counters;
  }

  /**
   * Writes new articles (none of them may exist yet): nodes first, then their facts. The
   * statements are sent without waiting for each other's results (Bolt pipelining: the
   * server runs them in order, in this transaction), so a group costs one network round
   * trip, not one per statement.
   */
  async writeArticles(tx: ManagedTransaction, batch: ArticleRecords[]): Promise<WriteCounters> {
    const pending: Promise<QueryResult<RecordShape>>[] = [];
    const send = (name: string, params: Record<string, object[]>) => {
      if (Object.values(params)[0].length > 0) pending.push(this.graph.run(tx, name, params));
    };
    // Entities go per article, so each statement looks the article up once to MENTION them.
    const perArticle = (pick: (a: ArticleRecords) => object[]) => ({
      articles: batch.map((a) => ({ id: a.article.id, rows: pick(a) })).filter((a) => a.rows.length > 0),
    });

    send('ingest/create-articles', { rows: batch.map((a) => ({ ...a.article, published: toNeo4jDate(a.article.published) })) });
    send('ingest/merge-places', perArticle((a) => a.places));
    send('ingest/merge-enclosing-places', { rows: batch.flatMap((a) => a.ancestorPlaces) });
    send('ingest/link-places', { rows: batch.flatMap((a) => a.placeParents) });
    send('ingest/merge-organizations', perArticle((a) => a.organizations));
    send('ingest/merge-posts', perArticle((a) => a.posts));
    send('ingest/merge-people', perArticle((a) => a.people));
    send('ingest/merge-meetings', perArticle((a) => a.meetings.map((m) => ({ ...m, start: toNeo4jDate(m.start), end: toNeo4jDate(m.end) }))));
    send('ingest/link-sittings', { rows: batch.flatMap((a) => a.meetings.filter((m) => m.parentId).map((m) => ({ id: m.id, parentId: m.parentId }))) });
    send('ingest/merge-items', perArticle((a) => a.items));

    const facts = batch.flatMap((a) => a.facts);
    for (const [type, name] of Object.entries(FACT_STATEMENTS) as [FactType, string][]) {
      send(name, { rows: facts.filter((f) => f.type === type).map(factParams) });
    }
    const counters = zeroCounters();
    for (const result of await Promise.all(pending)) addCounters(counters, summarise(result));
    return counters;
  }
}

/** One row of a fact statement: its ends and its properties, flat (see cypher/ingest/create-*.cypher). */
function factParams(f: FactRow) {
  const row: Record<string, unknown> = { fromId: f.fromId, toId: f.toId, itemLabel: f.itemLabel ?? null, ...f.props };
  if ('observed' in f.props) row.observed = toNeo4jDate(f.props.observed ?? null);
  return row;
}
