// The ExportSource that reads Neo4j with the named statements of cypher/export/, one page
// at a time, so an export of any size holds one page in memory:
// - the whole graph: label by label, keyset paging over each label's id index;
// - a place's subgraph: its nodes are known (placeScope), and are read by element id in
//   batches, which costs the same however large the rest of the database is.
import { tenureFromRow } from '../careers/tenure-row';
import neo4j from 'neo4j-driver';
import type { Graph, Row } from '../graph/driver';
import type { Native } from '../graph/values';
import { AttributeCollector, mergeTypes } from './attributes';
import { EXPORT_LABELS, labelRank } from './model';
import type { ArticleRef, AttributeSpec, AttributeType, ExportEdge, ExportMembership, ExportNode, ExportSource, NodeLink, Properties } from './model';

/** One node of a place's subgraph, as export/place-scope finds it. */
export interface ScopeNode {
  id: string;
  elementId: string;
  labels: string[];
}

export interface Neo4jSourceOptions {
  /** Restrict the export to these nodes (a place's subgraph); all nodes when absent. */
  scope?: ScopeNode[];
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

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export class Neo4jExportSource implements ExportSource {
  /** The scope in export order (label, then id), or null for the whole graph. */
  private readonly scope: ScopeNode[] | null;
  private readonly scopeIds: Set<string>;
  private readonly pageSize: number;
  /**
   * Ids of the nodes handed out so far. The reads are separate transactions, so while an
   * export runs, other writers can add nodes after their label was read; their edges (and
   * memberships) are left out, so that no file refers to a node it does not contain.
   */
  private readonly exported = new Set<string>();

  constructor(
    private readonly graph: Graph,
    options: Neo4jSourceOptions = {},
  ) {
    this.scope = options.scope
      ? options.scope.filter((n) => labelRank(n.labels) < EXPORT_LABELS.length).sort((a, b) => labelRank(a.labels) - labelRank(b.labels) || (a.id < b.id ? -1 : 1))
      : null;
    this.scopeIds = new Set(this.scope?.map((n) => n.id) ?? []);
    this.pageSize = options.pageSize ?? 1000;
  }

  // The whole graph: one Cypher pass over every property (cheaper than reading the nodes
  // twice). A place's subgraph: read it once here, as it is small.
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
    return rows.map((r) => ({ name: String(r.name), type: mergeTypes((r.types as string[]).map(attributeTypeOf)) }));
  }

  async *nodes(labels?: string[]): AsyncIterable<ExportNode> {
    const wanted = labels ?? [...EXPORT_LABELS];
    if (this.scope) {
      const nodes = this.scope.filter((n) => n.labels.some((l) => wanted.includes(l)));
      for (const batch of chunks(nodes, this.pageSize)) {
        for (const r of await this.graph.read('export/scoped-nodes', { elementIds: batch.map((n) => n.elementId) })) {
          if (typeof r.id === 'string') yield this.toNode(r);
        }
      }
      return;
    }
    for (const label of EXPORT_LABELS) {
      if (!wanted.includes(label)) continue;
      for await (const r of this.pages('export/nodes-page', 'id', { label })) {
        // A node deleted by another writer while the page was read comes back without
        // properties (read committed); it is gone, so it is not exported.
        if (typeof r.id === 'string') yield this.toNode(r);
      }
    }
  }

  async *edges(): AsyncIterable<ExportEdge> {
    // Neo4j reuses the element ids of deleted relationships, so on a busy database one id
    // could come twice in a pass; the second is left out.
    const given = new Set<string>();
    for await (const edge of this.readEdges()) {
      if (given.has(edge.id)) continue;
      given.add(edge.id);
      yield edge;
    }
  }

  private async *readEdges(): AsyncIterable<ExportEdge> {
    if (this.scope) {
      const scope = [...this.scopeIds];
      for (const batch of chunks(this.scope, this.pageSize)) {
        for (const r of await this.graph.read('export/scoped-edges', { elementIds: batch.map((n) => n.elementId), scope })) {
          if (this.wasExported(r.source, r.target)) yield this.toEdge(r);
        }
      }
      return;
    }
    for (const label of EXPORT_LABELS) {
      for await (const r of this.pages('export/edges-page', 'source', { label })) {
        // null id: a source node without relationships
        if (r.id !== null && this.wasExported(r.source, r.target)) yield this.toEdge(r);
      }
    }
  }

  async *memberships(): AsyncIterable<ExportMembership> {
    const rows = this.scope ? this.scopedMembershipRows() : this.pages('export/memberships-page', 'personId');
    for await (const r of rows) {
      if (r.postId === null || !this.wasExported(r.personId, r.postId)) continue; // a person with no posts, or one written meanwhile
      const tenure = tenureFromRow(r);
      yield {
        personId: String(r.personId),
        postId: String(r.postId),
        title: str(r.title),
        organizationId: str(r.organizationId),
        firstSeen: tenure.firstSeen,
        lastSeen: tenure.lastSeen,
        tenure,
        sources: articleRefs(r.sources),
      };
    }
  }

  private async *scopedMembershipRows(): AsyncIterable<Row> {
    const people = this.scope!.filter((n) => n.labels.includes('Person'));
    const scope = [...this.scopeIds];
    for (const batch of chunks(people, this.pageSize)) {
      yield* await this.graph.read('export/scoped-memberships', { elementIds: batch.map((n) => n.elementId), scope });
    }
  }

  private toNode(r: Row): ExportNode {
    this.exported.add(String(r.id));
    return {
      id: String(r.id),
      labels: r.labels as string[],
      properties: r.properties as Properties,
      links: (r.links as unknown as NodeLink[]).filter((l) => this.scope === null || this.scopeIds.has(l.target)),
      sources: articleRefs(r.sources),
    };
  }

  /** True when both nodes were exported, or when no node was read yet (edges read on their own). */
  private wasExported(a: Native, b: Native): boolean {
    if (typeof a !== 'string' || typeof b !== 'string') return false;
    return this.exported.size === 0 || (this.exported.has(a) && this.exported.has(b));
  }

  private toEdge(r: Row): ExportEdge {
    return { id: String(r.id), type: String(r.type), source: String(r.source), target: String(r.target), properties: r.properties as Properties };
  }

  /**
   * Rows of a keyset-paged statement: each page starts after the largest `key` of the one
   * before, and paging stops at a page with fewer keys than asked for. A row whose key is
   * null is a node deleted while it was read; it still counts towards the page's size.
   */
  private async *pages(statement: string, key: string, extra: Record<string, unknown> = {}): AsyncIterable<Row> {
    let after = '';
    for (;;) {
      const rows = await this.graph.read(statement, { after, limit: neo4j.int(this.pageSize), ...extra });
      yield* rows;
      const { largest, count } = pageKeys(rows, key);
      if (largest === null || largest <= after) return;
      after = largest;
      if (count < this.pageSize) return;
    }
  }
}

/** The largest string key of a page, and how many keys (distinct strings, plus each null) it had. */
export function pageKeys(rows: Row[], key: string): { largest: string | null; count: number } {
  const keys = new Set<string>();
  let nulls = 0;
  let largest: string | null = null;
  for (const r of rows) {
    const k = r[key];
    if (typeof k !== 'string') {
      nulls++;
      continue;
    }
    keys.add(k);
    if (largest === null || k > largest) largest = k;
  }
  return { largest, count: keys.size + nulls };
}
