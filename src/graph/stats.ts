// Counts of the graph by label and by relationship type, for `kg stats`, tests and benches.
import type { Graph } from './driver';

/** The labels and types of the model (docs/graph-model.md), in the order they are shown. */
export const MODEL_LABELS = ['Article', 'Place', 'Organization', 'Post', 'Person', 'Meeting', 'Report', 'Budget', 'Project', 'Resolution', 'Item'];
export const MODEL_RELATIONSHIP_TYPES = ['HOLDS', 'PRESIDED', 'REPORTED', 'PRESENTED_AT', 'ELECTED', 'APPROVED', 'SPOKE_AT', 'ATTENDED', 'LEFT', 'MENTIONS', 'OF', 'IN', 'PART_OF'];

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function graphCounts(graph: Graph): Promise<GraphCounts> {
  const [labels, types] = await Promise.all([graph.read('admin/count-labels'), graph.read('admin/count-relationship-types')]);
  // A label or type never written yet has no token in the database, and its count query
  // returns no row at all: show it as 0.
  const nodes = Object.fromEntries(MODEL_LABELS.map((l) => [l, 0]));
  for (const r of labels) nodes[String(r.label)] = Number(r.count);
  const relationships = Object.fromEntries(MODEL_RELATIONSHIP_TYPES.map((t) => [t, 0]));
  for (const r of types) relationships[String(r.type)] = Number(r.count);
  return { nodes, relationships };
}
