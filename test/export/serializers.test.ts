// Each format is written from the fixture graph, parsed back, and checked for counts and
// for known facts (who holds which post, with which evidence; a hostile name intact).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { memorySource, StringSink, writeExport } from '../../src/export';
import type { ExportFormat } from '../../src/export';
import { fixture, HOSTILE } from './fixture';

const SAFE_HOSTILE = HOSTILE.replace(/[\u0001\u001f\ud800]/g, '\uFFFD');

async function written(format: ExportFormat): Promise<string> {
  const sink = new StringSink();
  await writeExport(format, memorySource(fixture), sink);
  return sink.toString();
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['key', 'node', 'edge', 'data', 'attribute', 'attributes', 'attvalue'].includes(name),
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
});

type XmlElement = Record<string, unknown> & { data?: XmlElement[]; attvalues?: { attvalue: XmlElement[] } };

describe('GraphML', () => {
  let doc: { graphml: { key: XmlElement[]; graph: { node: XmlElement[]; edge: XmlElement[]; '@edgedefault': string } } };
  beforeAll(async () => {
    const xml = await written('graphml');
    expect(XMLValidator.validate(xml)).toBe(true);
    doc = parser.parse(xml);
  });

  it('declares a typed key for every property, before use', () => {
    const keys = doc.graphml.key.map((k) => `${k['@for']}:${k['@attr.name']}:${k['@attr.type']}`);
    expect(keys).toEqual(expect.arrayContaining(['node:name:string', 'node:term:long', 'node:type:string', 'node:code:string', 'node:unlisted:boolean', 'edge:type:string', 'edge:sentence:string', 'edge:start:long', 'edge:observed:string']));
    const declared = new Set(doc.graphml.key.map((k) => k['@id']));
    for (const el of [...doc.graphml.graph.node, ...doc.graphml.graph.edge]) for (const d of el.data ?? []) expect(declared).toContain(d['@key']);
  });

  it('has every node and edge, and edges point at declared nodes', () => {
    const { node, edge } = doc.graphml.graph;
    expect(doc.graphml.graph['@edgedefault']).toBe('directed');
    expect(node).toHaveLength(fixture.nodes.length);
    expect(edge).toHaveLength(fixture.edges.length);
    const ids = new Set(node.map((n) => n['@id']));
    for (const e of edge) {
      expect(ids).toContain(e['@source']);
      expect(ids).toContain(e['@target']);
    }
  });

  it('keeps a known fact with its evidence, and the hostile name intact', () => {
    const value = (el: XmlElement, key: string) => el.data?.find((d) => d['@key'] === key)?.['#text'];
    const byGraphId = new Map(doc.graphml.graph.node.map((n) => [value(n, 'n_id'), n]));
    const lin = byGraphId.get('person:青禾镇/林远舟')!;
    const post = byGraphId.get('post:青禾镇/party_committee/党委书记')!;
    const holds = doc.graphml.graph.edge.filter((e) => e['@source'] === lin['@id'] && e['@target'] === post['@id']);
    expect(holds.map((e) => value(e, 'e_type'))).toEqual(['HOLDS', 'HOLDS']);
    expect(holds.map((e) => value(e, 'e_sentence'))).toContain('镇党委书记林远舟主持会议。');
    expect(value(byGraphId.get('person:青禾镇/hostile')!, 'n_name')).toBe(SAFE_HOSTILE);
    expect(value(post, 'n_names')).toBe(JSON.stringify(['镇党委书记', '党委书记']));
  });
});

describe('GEXF', () => {
  let graph: { attributes: XmlElement[]; nodes: { node: XmlElement[] }; edges: { edge: XmlElement[] } };
  beforeAll(async () => {
    const xml = await written('gexf');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml);
    expect(doc.gexf['@version']).toBe('1.2');
    graph = doc.gexf.graph;
  });

  it('declares node and edge attributes and has every element', () => {
    const classes = graph.attributes.map((a) => a['@class']);
    expect(classes).toEqual(['node', 'edge']);
    expect(graph.nodes.node).toHaveLength(fixture.nodes.length);
    expect(graph.edges.edge).toHaveLength(fixture.edges.length);
  });

  it('keeps labels, edge types and evidence', () => {
    const edgeAttrs = (graph.attributes[1].attribute as XmlElement[]).map((a) => [a['@title'], a['@id']]);
    const sentenceId = edgeAttrs.find(([t]) => t === 'sentence')![1];
    const presided = graph.edges.edge.find((e) => e['@label'] === 'PRESIDED')!;
    expect(presided['@source']).toBe('person:青禾镇/林远舟');
    expect(presided.attvalues!.attvalue.find((v) => v['@for'] === sentenceId)!['@value']).toBe('镇党委书记林远舟主持会议。');
    const hostile = graph.nodes.node.find((n) => n['@id'] === 'person:青禾镇/hostile')!;
    expect(hostile['@label']).toBe(SAFE_HOSTILE);
  });
});

describe('Cytoscape.js JSON', () => {
  it('parses back with nodes, edges and their data', async () => {
    const doc = JSON.parse(await written('cytoscape'));
    expect(doc.elements.nodes).toHaveLength(fixture.nodes.length);
    expect(doc.elements.edges).toHaveLength(fixture.edges.length);
    const org = doc.elements.nodes.find((n: { data: { id: string } }) => n.data.id === 'org:青禾镇/party_committee');
    expect(org.data).toMatchObject({ label: '青禾镇党委', labels: 'Organization', type: 'party_committee' });
    const presided = doc.elements.edges.find((e: { data: { type: string } }) => e.data.type === 'PRESIDED');
    expect(presided.data).toMatchObject({ source: 'person:青禾镇/林远舟', target: 'meeting:青禾镇/congress/3/2', text: '林远舟主持会议' });
  });
});

describe('Popolo JSON', () => {
  it('has persons, organizations, posts, memberships, events and areas', async () => {
    const doc = JSON.parse(await written('popolo'));
    expect(doc.persons.map((p: { name: string }) => p.name).sort()).toEqual([HOSTILE, '林远舟'].sort());
    expect(doc.organizations).toEqual([{ id: 'org:青禾镇/party_committee', name: '青禾镇党委', classification: 'party_committee', area_id: 'place:青禾镇' }]);
    expect(doc.posts[0]).toMatchObject({ label: '党委书记', organization_id: 'org:青禾镇/party_committee', other_label: ['镇党委书记'] });
    expect(doc.events[0]).toMatchObject({ name: '青禾镇第三届人民代表大会第二次会议', start_date: '2024-01-08', end_date: '2024-01-09', area_id: 'place:青禾镇' });
    expect(doc.areas).toContainEqual(expect.objectContaining({ id: 'place:青禾镇', classification: 'town' }));
  });

  it('gives areas their division code as an identifier and their parent', async () => {
    const doc = JSON.parse(await written('popolo'));
    const byId = Object.fromEntries(doc.areas.map((a: { id: string }) => [a.id, a]));
    expect(byId['place:310117']).toEqual({ id: 'place:310117', name: '松江区', classification: 'county', identifiers: [{ scheme: 'cn-stats-division-code', identifier: '310117' }] });
    expect(byId['place:青禾镇']).toMatchObject({ parent_id: 'place:310117' });
    expect(byId['place:青禾镇'].identifiers).toBeUndefined();
  });

  it('gives a membership first/last observed dates in fields of their own (no article tells its start or end) and the articles as sources', async () => {
    const doc = JSON.parse(await written('popolo'));
    expect(doc.memberships).toHaveLength(1);
    expect(doc.memberships[0]).toMatchObject({
      person_id: 'person:青禾镇/林远舟',
      post_id: 'post:青禾镇/party_committee/党委书记',
      organization_id: 'org:青禾镇/party_committee',
      role: '党委书记',
      first_seen: '2024-01-08',
      last_seen: '2024-06-02',
    });
    expect(doc.memberships[0].start_date).toBeUndefined();
    expect(doc.memberships[0].end_date).toBeUndefined();
    expect(doc.memberships[0].sources.map((s: { url: string }) => s.url)).toEqual(['https://news.example/qinghe-1.html', 'file:qinghe-2.txt']);
    const lin = doc.persons.find((p: { name: string }) => p.name === '林远舟');
    expect(lin.sources).toHaveLength(2);
  });
});
