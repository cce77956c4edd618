// Exports read from the real Neo4j: a small place subgraph inserted by this test (invented
// town, unique per run) is exported in every format with tiny pages (so paging is
// exercised), parsed back, counted, checked for known facts, and the XML validated against
// the GraphML and GEXF schemas.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run as runExportCommand } from '../../src/cli/commands/export';
import { exportGraph, placeScope, StringSink } from '../../src/export';
import { Neo4jExportSource } from '../../src/export/neo4j-source';
import type { ExportFormat } from '../../src/export';
import { Graph } from '../../src/graph/driver';
import { applySchema } from '../../src/graph/schema';
import { schemas, validate } from './xsd';
import { useTestStatements } from '../cypher';

useTestStatements();

const tag = `h5x${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const town = `测试${tag}镇`;
const county = `测试${tag}县`;
const person = '岳明川';
const hostile = `<script>alert("&'")</script>\u0002 报告`;
const SAFE_HOSTILE = hostile.replace('\u0002', '\uFFFD');

// What the fixture (test/cypher/export/fixture-create.cypher) creates inside the town:
// town, organization, post, 2 people, meeting, report, 2 articles; the county is outside.
const TOWN_NODES = 9;
// IN ×2 (organization, meeting), OF, HOLDS ×2, PRESIDED, REPORTED, PRESENTED_AT, APPROVED, MENTIONS ×5
const TOWN_EDGES = 14;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => ['key', 'node', 'edge', 'data', 'attvalue', 'attribute'].includes(n), parseTagValue: false, parseAttributeValue: false, trimValues: false, htmlEntities: true });

let graph: Graph;
let ids: string[] = [];

/** The town's subgraph, in small pages so that paging is exercised. */
async function exported(format: ExportFormat, pageSize = 3): Promise<string> {
  const sink = new StringSink();
  await exportGraph(graph, { format, place: town, pageSize }, sink);
  return sink.toString();
}

beforeAll(async () => {
  graph = await Graph.connect();
  await applySchema(graph);
  await graph.write('test/export/fixture-create', { town, county, person, hostile, tag });
  ids = [...(await placeScope(graph, town)).map((n) => n.id), `place:${county}`];
});

afterAll(async () => {
  if (graph) {
    await graph.write('test/export/fixture-delete', { ids });
    await graph.close();
  }
});

describe('export from Neo4j', () => {
  it('finds the place subgraph, and refuses an unknown place with advice', async () => {
    expect(ids).toHaveLength(TOWN_NODES + 1);
    expect(await placeScope(graph, `place:${town}`)).toHaveLength(TOWN_NODES);
    await expect(placeScope(graph, `没有这个镇${tag}`)).rejects.toThrow(/no place '没有这个镇.*' in the graph .*some places it has/);
  });

  it('GraphML: counts, a known fact with evidence, a hostile name, schema-valid', async () => {
    const xml = await exported('graphml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const g = parser.parse(xml).graphml.graph;
    expect(g.node).toHaveLength(TOWN_NODES);
    expect(g.edge).toHaveLength(TOWN_EDGES);
    const value = (el: { data?: { '@key': string; '#text': string }[] }, key: string) => el.data?.find((d) => d['@key'] === key)?.['#text'];
    const presided = g.edge.filter((e: never) => value(e, 'e_type') === 'PRESIDED');
    expect(presided).toHaveLength(1);
    expect(value(presided[0], 'e_sentence')).toBe(`镇党委书记${person}主持大会。`);
    expect(value(presided[0], 'e_articleId')).toBe(`article:${tag}-1`);
    const names = g.node.map((n: never) => value(n, 'n_name'));
    expect(names).toEqual(expect.arrayContaining([person, SAFE_HOSTILE, town]));
    expect(names).not.toContain(county);
    const meeting = g.node.find((n: never) => value(n, 'n_labels') === 'Meeting');
    expect(value(meeting, 'n_start')).toBe('2025-01-06');
    expect(value(meeting, 'n_term')).toBe('2');
  });

  it('GEXF: counts and the HOLDS facts', async () => {
    const xml = await exported('gexf');
    expect(XMLValidator.validate(xml)).toBe(true);
    const g = parser.parse(xml).gexf.graph;
    expect(g.nodes.node).toHaveLength(TOWN_NODES);
    expect(g.edges.edge).toHaveLength(TOWN_EDGES);
    const holds = g.edges.edge.filter((e: { '@label': string }) => e['@label'] === 'HOLDS');
    expect(holds.map((e: { '@source': string }) => e['@source'])).toEqual([`person:${town}/${person}`, `person:${town}/${person}`]);
  });

  it('Cytoscape.js JSON: counts and edges between exported nodes', async () => {
    const doc = JSON.parse(await exported('cytoscape'));
    expect(doc.elements.nodes).toHaveLength(TOWN_NODES);
    expect(doc.elements.edges).toHaveLength(TOWN_EDGES);
    const nodeIds = new Set(doc.elements.nodes.map((n: { data: { id: string } }) => n.data.id));
    for (const e of doc.elements.edges) expect(nodeIds.has(e.data.source) && nodeIds.has(e.data.target)).toBe(true);
    const reported = doc.elements.edges.find((e: { data: { type: string } }) => e.data.type === 'REPORTED');
    expect(reported.data.text).toBe(hostile);
  });

  it('Popolo: the secretary’s membership with first/last seen dates and both articles as sources', async () => {
    const doc = JSON.parse(await exported('popolo'));
    expect(doc.persons).toHaveLength(2);
    expect(doc.organizations).toEqual([{ id: `org:${town}/party_committee`, name: `${town}党委`, classification: 'party_committee', area_id: `place:${town}` }]);
    expect(doc.memberships).toEqual([
      {
        id: `membership:person:${town}/${person}|post:${town}/party_committee/党委书记`,
        person_id: `person:${town}/${person}`,
        post_id: `post:${town}/party_committee/党委书记`,
        organization_id: `org:${town}/party_committee`,
        role: '党委书记',
        first_seen: '2025-01-06',
        last_seen: '2025-03-01',
        sources: [
          { url: `test:${tag}/1.txt`, note: `${town}召开人代会, 2025-01-08` },
          { url: `test:${tag}/2.txt`, note: `${town}党委全会, 2025-03-01` },
        ].sort((a, b) => (a.url < b.url ? -1 : 1)),
      },
    ]);
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0]).toMatchObject({ name: `${town}第二届人民代表大会第三次会议`, start_date: '2025-01-06', end_date: '2025-01-07', area_id: `place:${town}` });
    // The county is outside the town's subgraph, so the town's parent link is not exported.
    expect(doc.areas).toEqual([{ id: `place:${town}`, name: town, classification: 'town' }]);
  });

  it('the whole graph pages through every node and relationship once (ours among them)', async () => {
    // Read through the source rather than a serialized file: the database may hold a
    // benchmark corpus of a hundred thousand nodes.
    const source = new Neo4jExportSource(graph, { pageSize: 1000 });
    const seen = new Set<string>();
    let nodes = 0;
    for await (const node of source.nodes()) {
      seen.add(node.id);
      nodes++;
    }
    expect(seen.size).toBe(nodes);
    expect(ids.filter((id) => !seen.has(id))).toEqual([]);
    const ours: string[] = [];
    const edgeIds = new Set<string>();
    let edges = 0;
    for await (const edge of source.edges()) {
      edgeIds.add(edge.id);
      edges++;
      if (ids.includes(edge.source)) ours.push(edge.type);
    }
    expect(edgeIds.size).toBe(edges);
    expect(ours).toHaveLength(TOWN_EDGES + 1); // + the town IN the county
  }, 600_000);

  it('leaves out the edges of nodes written while the export runs', async () => {
    const source = new Neo4jExportSource(graph, { pageSize: 1000 });
    for await (const node of source.nodes()) void node;
    const late = `org:${town}/other/${tag}-late`;
    ids.push(late);
    await graph.write('test/export/fixture-add-late', { townId: `place:${town}`, orgId: late });
    const sources = new Set<string>();
    for await (const edge of source.edges()) sources.add(edge.source);
    expect(sources.has(`org:${town}/party_committee`)).toBe(true);
    expect(sources.has(late)).toBe(false);
  });

  it('GraphML and GEXF validate against their XML schemas', async () => {
    const found = schemas();
    if ('unavailable' in found) {
      console.warn(`skipping XSD validation: ${found.unavailable}`);
      return;
    }
    for (const [format, xsd] of [['graphml', 'graphml.xsd'], ['gexf', 'gexf.xsd']] as const) {
      const result = validate(await exported(format), path.join(found.dir, xsd));
      expect({ format, ...result }).toEqual({ format, ok: true, output: expect.stringContaining('validates') });
    }
  });

  it('kg export writes a file, and refuses a bad format or an unknown place without leaving a file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-'));
    const out = path.join(dir, 'town.json');
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await runExportCommand(['--format', 'popolo', '--place', town, '--out', out])).toBe(0);
      expect(JSON.parse(fs.readFileSync(out, 'utf8')).persons).toHaveLength(2);
      expect(await runExportCommand(['--format', 'dot'])).toBe(2);
      const missing = path.join(dir, 'missing.graphml');
      expect(await runExportCommand(['--format', 'graphml', '--place', `没有这个镇${tag}`, '--out', missing])).toBe(1);
      expect(fs.readdirSync(dir)).toEqual(['town.json']);
      expect(stderr.mock.calls.map((c) => String(c[0])).join('')).toMatch(/--format must be one of graphml, gexf, cytoscape, popolo \(got 'dot'\)/);
    } finally {
      stderr.mockRestore();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
