// Counts of the graph by label and by relationship type, for `kg stats`, tests and benches.
import type { Graph } from './driver';

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function graphCounts(graph: Graph): Promise<GraphCounts> {
  const [labels, types] = await Promise.all([graph.read('admin/count-labels'), graph.read('admin/count-relationship-types')]);
  return {
    nodes: Object.fromEntries(labels.map((r) => [String(r.label), Number(r.count)])),
    relationships: Object.fromEntries(types.map((r) => [String(r.type), Number(r.count)])),
  };
}
