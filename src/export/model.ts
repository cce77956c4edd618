// What the exporters read and write. A serializer (graphml.ts, gexf.ts, cytoscape.ts,
// popolo.ts) only ever sees an ExportSource, so the same code writes a file from Neo4j
// (neo4j-source.ts, paged reads) or from a small in-memory graph (memory-source.ts, tests),
// and output goes to a Sink piece by piece: nothing holds the whole graph in memory.
import type { Native } from '../graph/values';
import type { Tenure } from '../careers/tenure';

export type Properties = { [key: string]: Native };

/** An article, as cited by a fact or a membership. */
export interface ArticleRef {
  id: string;
  source: string | null;
  title: string | null;
  published: string | null;
}

/** A structural link that the Popolo export needs (Post OF Organization, … IN Place, sitting PART_OF session). */
export interface NodeLink {
  type: string;
  target: string;
}

export interface ExportNode {
  id: string;
  labels: string[];
  properties: Properties;
  /** Outgoing OF / IN / PART_OF links. */
  links: NodeLink[];
  /** Articles that mention the node (filled for Person and Meeting only; empty otherwise). */
  sources: ArticleRef[];
}

export interface ExportEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Properties;
}

/** One person in one post, over every article that says so (from HOLDS facts). */
export interface ExportMembership {
  personId: string;
  postId: string;
  /** The canonical title of the post. */
  title: string | null;
  organizationId: string | null;
  /** Earliest and latest HOLDS.observed (ISO dates), or null when no article dated it. */
  firstSeen: string | null;
  lastSeen: string | null;
  /** Start and end, each explicit (election, removal, successor) or observed, with precision and evidence. */
  tenure: Tenure;
  sources: ArticleRef[];
}

export type AttributeType = 'string' | 'long' | 'double' | 'boolean';

/** A property that occurs on nodes or edges, and the XML type it is declared with. */
export interface AttributeSpec {
  name: string;
  type: AttributeType;
}

export interface ExportSource {
  /** Every property name found on the exported nodes / edges, with one type each. */
  nodeAttributes(): Promise<AttributeSpec[]>;
  edgeAttributes(): Promise<AttributeSpec[]>;
  /** Nodes in id order; only those carrying one of `labels` when given. */
  nodes(labels?: string[]): AsyncIterable<ExportNode>;
  /** Relationships whose both ends are exported nodes. */
  edges(): AsyncIterable<ExportEdge>;
  memberships(): AsyncIterable<ExportMembership>;
}

/** Where serialized text goes; `write` may wait (backpressure). */
export interface Sink {
  write(chunk: string): void | Promise<void>;
}

/**
 * The node labels of the graph model (docs/graph-model.md), in the order they are exported.
 * Nodes are read label by label (see cypher/export/nodes-page.cypher); a node with none
 * of these labels is not exported.
 */
export const EXPORT_LABELS = ['Place', 'Organization', 'Post', 'Person', 'Meeting', 'Report', 'Budget', 'Project', 'Resolution', 'Item', 'Article'] as const;

/** A node's place in the export order: the index of its first EXPORT_LABELS label, EXPORT_LABELS.length when it has none. */
export function labelRank(labels: readonly string[]): number {
  const i = EXPORT_LABELS.findIndex((l) => labels.includes(l));
  return i < 0 ? EXPORT_LABELS.length : i;
}

export const EXPORT_FORMATS = ['graphml', 'gexf', 'cytoscape', 'popolo'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
