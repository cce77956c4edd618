// Whole numbers are stored as Neo4j INTEGER (the driver would send a JavaScript number as
// FLOAT), so every export declares them as integers, the whole graph and a place's
// subgraph alike, and a reader such as networkx gets ints it can slice the text with.
import { spawnSync } from 'node:child_process';
import { itIf } from '../skip-with-reason';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { exportGraph, StringSink } from '../../src/export';
import type { ExportFormat } from '../../src/export';
import { Graph } from '../../src/graph/driver';
import { deleteArticle } from '../../src/ingest/delete';
import { ingestResults } from '../../src/ingest/ingest-results';
import { articleId } from '../../src/ingest/keys';
import { applySchema } from '../../src/graph/schema';
import { townArticle } from '../graph/fixtures/town-article';
import { query, runTag } from '../graph/helpers';

const tag = runTag();
const town = `整${tag}镇`;
const article = townArticle({ town, county: `数${tag}县`, secretary: '柯远舟', mayor: '蓝知夏', term: 4, session: 2, date: '2025-03-02', source: `${tag}/integers.txt` });
const INTEGER_PROPERTIES = { edges: ['sentenceIndex', 'start', 'end'], nodes: ['chars', 'term', 'session'] };

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => ['key', 'attribute', 'attributes'].includes(n) });
let graph: Graph;

beforeAll(async () => {
  graph = await Graph.connect();
  await applySchema(graph);
  await ingestResults(graph, [article]);
});

afterAll(async () => {
  await deleteArticle(graph, articleId(article.text));
  await graph.close();
});

it('stores offsets, sentence indexes, term, session and chars as INTEGER', async () => {
  const rows = await query(
    graph,
    `MATCH (a:Article {id: $id})-[:MENTIONS]->(m:Meeting)
     MATCH ()-[r {articleId: $id}]->()
     RETURN valueType(a.chars) AS chars, valueType(m.term) AS term, valueType(m.session) AS session,
            collect(DISTINCT valueType(r.start)) + collect(DISTINCT valueType(r.end)) + collect(DISTINCT valueType(r.sentenceIndex)) AS evidence`,
    { id: articleId(article.text) },
  );
  expect(rows).toEqual([{ chars: 'INTEGER NOT NULL', term: 'INTEGER NOT NULL', session: 'INTEGER NOT NULL', evidence: ['INTEGER NOT NULL', 'INTEGER NOT NULL', 'INTEGER NOT NULL'] }]);
});

async function exported(format: ExportFormat, place?: string): Promise<string> {
  const sink = new StringSink();
  await exportGraph(graph, { format, place }, sink);
  return sink.toString();
}

/** name → declared type of every GraphML key, by what it is for (node, edge). */
function graphmlTypes(xml: string): Record<'node' | 'edge', Record<string, string>> {
  const keys = parser.parse(xml).graphml.key as Record<string, string>[];
  const out: Record<'node' | 'edge', Record<string, string>> = { node: {}, edge: {} };
  for (const k of keys) out[k['@for'] as 'node' | 'edge'][k['@attr.name']] = k['@attr.type'];
  return out;
}

function gexfTypes(xml: string): Record<'node' | 'edge', Record<string, string>> {
  const out: Record<'node' | 'edge', Record<string, string>> = { node: {}, edge: {} };
  for (const group of parser.parse(xml).gexf.graph.attributes as Record<string, unknown>[]) {
    for (const a of group.attribute as Record<string, string>[]) out[group['@class'] as 'node' | 'edge'][a['@title']] = a['@type'];
  }
  return out;
}

describe.each([
  ['the whole graph', undefined],
  ['a place', town],
])('exports of %s', (_what, place) => {
  it('GraphML declares every integer property long', async () => {
    const types = graphmlTypes(await exported('graphml', place));
    for (const name of INTEGER_PROPERTIES.edges) expect([name, types.edge[name]]).toEqual([name, 'long']);
    for (const name of INTEGER_PROPERTIES.nodes) expect([name, types.node[name]]).toEqual([name, 'long']);
  });

  it('GEXF declares every integer property long', async () => {
    const types = gexfTypes(await exported('gexf', place));
    for (const name of INTEGER_PROPERTIES.edges) expect([name, types.edge[name]]).toEqual([name, 'long']);
    for (const name of INTEGER_PROPERTIES.nodes) expect([name, types.node[name]]).toEqual([name, 'long']);
  });
});

const networkx = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0;
const noNetworkx = networkx ? undefined : 'networkx reading the GraphML back needs python3 with networkx (pip install networkx, or Debian\'s python3-networkx)';

itIf(noNetworkx, 'networkx reads start and end as int, and they slice the evidence out of its sentence', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-int-export-'));
  try {
    const file = path.join(dir, 'place.graphml');
    fs.writeFileSync(file, await exported('graphml', town));
    const script = [
      'import json, sys, networkx as nx',
      'g = nx.read_graphml(sys.argv[1])',
      'edges = [d for _, _, d in g.edges(data=True) if "start" in d]',
      'print(json.dumps({"types": sorted({type(d[k]).__name__ for d in edges for k in ("start", "end", "sentenceIndex")}), "edges": len(edges)}))',
    ].join('\n');
    const run = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as { types: string[]; edges: number };
    expect(result.edges).toBeGreaterThan(0);
    expect(result.types).toEqual(['int']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
