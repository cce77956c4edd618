// GEXF 1.2 (https://gexf.net; namespace 1.2draft, the version Gephi, networkx and
// graphology all read, and whose XSD the tests validate against), Gephi's own format. Attributes are declared per class
// (node, edge) with numeric ids, then <nodes> and <edges>. The node label and the edge
// type are also written as the elements' `label`, which Gephi shows directly.
import { EDGE_RESERVED, exportedAttributes, exportedProperties, formatValue, NODE_RESERVED, nodeLabel, nodeType } from './attributes';
import type { AttributeSpec, AttributeType, ExportSource, Properties, Sink } from './model';
import { xmlAttribute } from './xml';

const NAMESPACE = 'http://www.gexf.net/1.2draft';

const GEXF_TYPES: Record<AttributeType, string> = { string: 'string', long: 'long', double: 'double', boolean: 'boolean' };

function declarations(cls: 'node' | 'edge', specs: AttributeSpec[]): string {
  const lines = specs.map((s, i) => `      <attribute id="${i}" title="${xmlAttribute(s.name)}" type="${GEXF_TYPES[s.type]}"/>\n`);
  return `    <attributes class="${cls}">\n${lines.join('')}    </attributes>\n`;
}

function attvalues(values: Properties, ids: Map<string, number>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    const id = ids.get(name);
    if (value === null || id === undefined) continue;
    out += `          <attvalue for="${id}" value="${xmlAttribute(formatValue(value))}"/>\n`;
  }
  return out ? `        <attvalues>\n${out}        </attvalues>\n` : '';
}

export async function writeGexf(source: ExportSource, out: Sink, now: Date = new Date()): Promise<void> {
  const nodeSpecs: AttributeSpec[] = [{ name: 'id', type: 'string' }, { name: 'labels', type: 'string' }, ...exportedAttributes(await source.nodeAttributes(), NODE_RESERVED)];
  const edgeSpecs: AttributeSpec[] = [{ name: 'type', type: 'string' }, ...exportedAttributes(await source.edgeAttributes(), EDGE_RESERVED)];
  const nodeIds = new Map(nodeSpecs.map((s, i) => [s.name, i]));
  const edgeIds = new Map(edgeSpecs.map((s, i) => [s.name, i]));

  await out.write(
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
      `<gexf xmlns="${NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${NAMESPACE} ${NAMESPACE}/gexf.xsd" version="1.2">\n` +
      `  <meta lastmodifieddate="${now.toISOString().slice(0, 10)}">\n    <creator>meeting-kg</creator>\n` +
      `    <description>people, posts and meetings from local-government meeting news, with evidence</description>\n  </meta>\n` +
      `  <graph defaultedgetype="directed" mode="static">\n` +
      declarations('node', nodeSpecs) +
      declarations('edge', edgeSpecs) +
      `    <nodes>\n`,
  );
  for await (const node of source.nodes()) {
    const values: Properties = { id: node.id, labels: nodeType(node), ...exportedProperties(node.properties, NODE_RESERVED) };
    await out.write(`      <node id="${xmlAttribute(node.id)}" label="${xmlAttribute(nodeLabel(node))}">\n${attvalues(values, nodeIds)}      </node>\n`);
  }
  await out.write(`    </nodes>\n    <edges>\n`);
  for await (const edge of source.edges()) {
    const values: Properties = { type: edge.type, ...exportedProperties(edge.properties, EDGE_RESERVED) };
    await out.write(
      `      <edge id="${xmlAttribute(edge.id)}" source="${xmlAttribute(edge.source)}" target="${xmlAttribute(edge.target)}" label="${xmlAttribute(edge.type)}">\n` +
        `${attvalues(values, edgeIds)}      </edge>\n`,
    );
  }
  await out.write(`    </edges>\n  </graph>\n</gexf>\n`);
}
