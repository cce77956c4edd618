// The ExportSource that reads Neo4j: named statements from cypher/export/, paged by id
// (keyset paging), so an export of any size holds one page at a time.
import neo4j from 'neo4j-driver';
import type { Graph, Row } from '../graph/driver';
import type { Native } from '../graph/values';
import { AttributeCollector, mergeTypes } from './attributes';
import { EXPORT_LABELS } from './model';
import type { ArticleRef, AttributeSpec, AttributeType, ExportEdge, ExportMembership, ExportNode, ExportSource, NodeLink, Properties } from './model';

export interface Neo4jSourceOptions {
  /** Restrict the export to these node ids (a place's subgraph); all nodes when absent. */
  scope?: string[];
  /** Nodes (or source nodes, for edges) per page. */
  pageSize?: number;
}

/** Cypher's valueType() names ("INTEGER NOT NULL", "LIST<STRING NOT NULL> NOT NULL") → declared type. */
export function attributeTypeOf(cypherType: string): AttributeType {
  if (cypherType.startsWith('INTEGER')) return 'long';
  if (cypherType.startsWith('FLOAT')) return 'double';
  if (cypherType.startsWith('BOOLEAN')) return 'boolean';
  return 'string';
}

const str = (v: Native): string | null => (typeof v === 'string' ? v : null);

function articleRefs(v: Native): ArticleRef[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((a) =>
    a && typeof a === 'object' && !Array.isArray(a) && typeof a.id === 'string'
      ? [{ id: a.id, source: str(a.source ?? null), title: str(a.title ?? null), published: str(a.published ?? null) }]
      : [],
  );
}

export class Neo4jExportSource implements ExportSource {
  private readonly scope: string[] | null;
  private readonly pageSize: number;

  constructor(
    private readonly graph: Graph,
    options: Neo4jSourceOptions = {},
  ) {
    this.scope = options.scope ?? null;
    this.pageSize = options.pageSize ?? 1000;
  }

  // The whole graph: one Cypher pass over every property (cheaper than reading the nodes
  // twice). A place's subgraph: read it once here, since a scan of the whole database to
  // find a few hundred nodes would cost more than that.
  async nodeAttributes(): Promise<AttributeSpec[]> {
    if (this.scope === null) return this.attributes('export/node-attributes');
    const collector = new AttributeCollector();
    for await (const node of this.nodes()) collector.add(node.properties);
    return collector.specs();
  }

  async edgeAttributes(): Promise<AttributeSpec[]> {
    if (this.scope === null) return this.attributes('export/edge-attributes');
    const collector = new AttributeCollector();
    for await (const edge of this.edges()) collector.add(edge.properties);
    return collector.specs();
  }

  private async attributes(statement: string): Promise<AttributeSpec[]> {
    const rows = await this.graph.read(statement);
    return rows.map((r) => ({
      name: String(r.name),
      type: mergeTypes((r.types as string[]).map(attributeTypeOf)),
    }));
  }

  async *nodes(labels?: string[]): AsyncIterable<ExportNode> {
    for (const label of EXPORT_LABELS) {
      if (labels && !labels.includes(label)) continue;
      yield* this.nodesOf(label);
    }
  }

  private async *nodesOf(label: string): AsyncIterable<ExportNode> {
    for await (const r of this.pages('export/nodes-page', 'id', { label })) {
      yield {
        id: String(r.id),
        labels: r.labels as string[],
        properties: r.properties as Properties,
        links: (r.links as unknown as NodeLink[]).filter((l) => this.inScope(l.target)),
        sources: articleRefs(r.sources),
      };
    }
  }

  async *edges(): AsyncIterable<ExportEdge> {
    for (const label of EXPORT_LABELS) {
      for await (const r of this.pages('export/edges-page', 'source', { label })) {
        if (r.id === null) continue; // a source node without (exported) relationships
        yield { id: String(r.id), type: String(r.type), source: String(r.source), target: String(r.target), properties: r.properties as Properties };
      }
    }
  }

  async *memberships(): AsyncIterable<ExportMembership> {
    for await (const r of this.pages('export/memberships-page', 'personId')) {
      if (r.postId === null) continue; // a person with no posts
      yield {
        personId: String(r.personId),
        postId: String(r.postId),
        title: str(r.title),
        organizationId: str(r.organizationId),
        firstSeen: str(r.firstSeen),
        lastSeen: str(r.lastSeen),
        sources: articleRefs(r.sources),
      };
    }
  }

  private inScope(id: string): boolean {
    return this.scope === null || this.scopeSet().has(id);
  }

  private scopeSetCache?: Set<string>;
  private scopeSet(): Set<string> {
    return (this.scopeSetCache ??= new Set(this.scope ?? []));
  }

  /**
   * Rows of a keyset-paged statement: each page starts after the largest `key` of the one
   * before, and paging stops at the first page that brings no new key.
   */
  private async *pages(statement: string, key: string, extra: Record<string, unknown> = {}): AsyncIterable<Row> {
    let after = '';
    for (;;) {
      const rows = await this.graph.read(statement, { after, limit: neo4j.int(this.pageSize), scope: this.scope, ...extra });
      if (rows.length === 0) return;
      yield* rows;
      const last = String(rows[rows.length - 1][key]);
      if (last <= after) return;
      after = last;
      // A page of fewer keys than asked for is the last one.
      if (new Set(rows.map((r) => r[key])).size < this.pageSize) return;
    }
  }
}
