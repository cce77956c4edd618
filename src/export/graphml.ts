// GraphML (http://graphml.graphdrawing.org), read by yEd, Gephi, Cytoscape desktop, networkx
// and igraph. Keys are declared first (one per property found, typed), then nodes, then
// edges. Node ids are written as XML NMTOKENs (see xmlToken); the graph's own id is kept
// in the `id` data key.
import { EDGE_RESERVED, exportedAttributes, exportedProperties, formatValue, NODE_RESERVED, nodeLabel, nodeType } from './attributes';
import type { AttributeSpec, ExportSource, Properties, Sink } from './model';
import { xmlAttribute, xmlText, xmlToken } from './xml';

const NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';
const SCHEMA = 'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd';

/** Key ids: `n_<name>` for nodes and `e_<name>` for edges, so a name may be used by both. */
function keyId(scope: 'n' | 'e', name: string): string {
  return `${scope}_${xmlToken(name)}`;
}

function keyElement(scope: 'n' | 'e', spec: AttributeSpec): string {
  const target = scope === 'n' ? 'node' : 'edge';
  return `  <key id="${keyId(scope, spec.name)}" for="${target}" attr.name="${xmlAttribute(spec.name)}" attr.type="${spec.type}"/>\n`;
}

/** `<data>` elements for the values whose name was declared; `keys` maps a declared name to its key id. */
function dataElements(values: Properties, keys: Map<string, string>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    const key = keys.get(name);
    if (value === null || key === undefined) continue;
    out += `      <data key="${key}">${xmlText(formatValue(value))}</data>\n`;
  }
  return out;
}

export async function writeGraphML(source: ExportSource, out: Sink): Promise<void> {
  const nodeKeys: AttributeSpec[] = [
    { name: 'id', type: 'string' },
    { name: 'label', type: 'string' },
    { name: 'labels', type: 'string' },
    ...exportedAttributes(await source.nodeAttributes(), NODE_RESERVED),
  ];
  const edgeKeys: AttributeSpec[] = [{ name: 'type', type: 'string' }, ...exportedAttributes(await source.edgeAttributes(), EDGE_RESERVED)];
  const nodeKeyIds = new Map(nodeKeys.map((k) => [k.name, keyId('n', k.name)]));
  const edgeKeyIds = new Map(edgeKeys.map((k) => [k.name, keyId('e', k.name)]));

  await out.write(
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
      `<graphml xmlns="${NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${NAMESPACE} ${SCHEMA}">\n`,
  );
  await out.write(nodeKeys.map((k) => keyElement('n', k)).join('') + edgeKeys.map((k) => keyElement('e', k)).join(''));
  await out.write(`  <graph id="meeting-kg" edgedefault="directed">\n`);

  for await (const node of source.nodes()) {
    const values: Properties = { id: node.id, label: nodeLabel(node), labels: nodeType(node), ...exportedProperties(node.properties, NODE_RESERVED) };
    await out.write(`    <node id="${xmlToken(node.id)}">\n${dataElements(values, nodeKeyIds)}    </node>\n`);
  }
  for await (const edge of source.edges()) {
    const values: Properties = { type: edge.type, ...exportedProperties(edge.properties, EDGE_RESERVED) };
    await out.write(
      `    <edge id="${xmlToken(`e${edge.id}`)}" source="${xmlToken(edge.source)}" target="${xmlToken(edge.target)}">\n` +
        `${dataElements(values, edgeKeyIds)}    </edge>\n`,
    );
  }
  await out.write(`  </graph>\n</graphml>\n`);
}
