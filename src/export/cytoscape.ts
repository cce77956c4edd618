// Cytoscape.js JSON: `{ elements: { nodes: [{ data }], edges: [{ data }] } }`, loadable with
// `cytoscape({ elements })` or Cytoscape desktop's "Import network from file". Properties
// sit in `data` beside the element's own id, label and type.
import { EDGE_RESERVED, exportedProperties, NODE_RESERVED, nodeLabel, nodeType } from './attributes';
import { writeJsonArray } from './json-array';
import type { ExportSource, Sink } from './model';

// An edge's data also carries its ends.
const CYTOSCAPE_EDGE_RESERVED = [...EDGE_RESERVED, 'source', 'target'];

export async function writeCytoscape(source: ExportSource, out: Sink): Promise<void> {
  await out.write(`{\n  "format": "cytoscape.js",\n  "generator": "meeting-kg",\n  "elements": {\n    "nodes": `);
  await writeJsonArray(out, source.nodes(), (node) => ({
    data: { id: node.id, label: nodeLabel(node), labels: nodeType(node), ...exportedProperties(node.properties, NODE_RESERVED) },
  }), '      ');
  await out.write(`,\n    "edges": `);
  await writeJsonArray(out, source.edges(), (edge) => ({
    data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, ...exportedProperties(edge.properties, CYTOSCAPE_EDGE_RESERVED) },
  }), '      ');
  await out.write(`\n  }\n}\n`);
}
