// Places over the API on the real Neo4j, through the real extractor: division codes, the
// gazetteer's hierarchy (ancestors, children), lookups by name and code, and two towns of
// one name in different counties kept apart with their own officials. The seeds are shared
// (idempotent ingest, never deleted); the two 河头镇 articles are this run's and are deleted.
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { Graph } from '../../src/graph/driver';
import { deleteArticle, ingestPaths, ingestTexts } from '../../src/ingest';
import { articleId } from '../../src/ingest/keys';
import { applySchema } from '../../src/graph/schema';
import { RunningServer } from '../../src/server/app';
import { gazetteer } from '../../src/gazetteer/gazetteer';
import { runTag } from '../graph/helpers';
import { gql, startTestServer, dataOf } from './helpers';

const tag = runTag();
const g = gazetteer();
const townIn = (county: string) => g.byName('河头镇').map((e) => e.division).find((d) => g.byCode(d.parent!)?.name === county)!;

// Two invented articles about the 河头镇 of two counties, each naming its county.
const article = (county: string, secretary: string, mayor: string) =>
  `${county}河头镇召开第十八届人民代表大会第一次会议\n1月6日上午,${county}河头镇第十八届人民代表大会第一次会议隆重开幕。` +
  `镇党委书记${secretary}主持会议。大会选举${mayor}为河头镇人民政府镇长。(稿件${tag})`;
const texts = [
  { source: `${tag}/suixi.txt`, text: article('遂溪县', '欧阳明德', '司马新禾') },
  { source: `${tag}/pingyuan.txt`, text: article('平远县', '上官青云', '诸葛远山') },
];

let graph: Graph;
let server: RunningServer;

beforeAll(async () => {
  graph = await Graph.connect();
  await applySchema(graph);
  let report = await ingestPaths(graph, [path.join(PROJECT_ROOT, 'seeds')]);
  if (report.failed.length) report = await ingestPaths(graph, [path.join(PROJECT_ROOT, 'seeds')]);
  expect(report.failed).toEqual([]);
  expect((await ingestTexts(graph, texts)).failed).toEqual([]);
  server = await startTestServer(graph);
});

afterAll(async () => {
  for (const t of texts) await deleteArticle(graph, articleId(t.text));
  await server?.stop();
  await graph?.close();
});

const ask = (query: string, variables: Record<string, unknown> = {}) => dataOf(server.url, query, variables);

const PLACE = `query($id: ID!) { place(id: $id) { id name level code parent { name } ancestors { name code } children { name } meetings { name } people { name } } }`;

it('knows 泖港镇 by its division code, with 松江区 and 上海市 above it', async () => {
  const { place } = await ask(PLACE, { id: '310117109' });
  expect(place).toMatchObject({ id: 'place:310117109', name: '泖港镇', level: 'town', code: '310117109', parent: { name: '松江区' } });
  expect(place.ancestors).toEqual([{ name: '松江区', code: '310117' }, { name: '上海市', code: '31' }]);
  expect(place.meetings.map((m: { name: string }) => m.name)).toContain('泖港镇第六届人民代表大会第八次会议');
  expect(place.people.map((p: { name: string }) => p.name)).toContain('杜劲松');
  // the district lists the town among its children
  const { place: district } = await ask(PLACE, { id: 'place:310117' });
  expect(district.children.map((c: { name: string }) => c.name)).toContain('泖港镇');
});

it('puts 华漕镇 in 闵行区 although its article does not say so', async () => {
  const { places } = await ask(`{ places(filter: { name: "华漕" }) { name code ancestors { name } } }`);
  expect(places).toHaveLength(1);
  expect(places[0].ancestors.map((a: { name: string }) => a.name)).toEqual(['闵行区', '上海市']);
});

it('keeps two towns of one name in different counties apart, each with its own officials', async () => {
  const { places } = await ask(`{ places(filter: { name: "河头镇" }) { id code parent { name } people { name } } }`);
  const mine = places.filter((p: { code: string }) => [townIn('遂溪县').code, townIn('平远县').code].includes(p.code));
  expect(mine).toHaveLength(2);
  const byCounty = Object.fromEntries(mine.map((p: { parent: { name: string }; people: { name: string }[] }) => [p.parent.name, p.people.map((x) => x.name).sort()]));
  expect(byCounty).toEqual({ 遂溪县: ['司马新禾', '欧阳明德'].sort(), 平远县: ['上官青云', '诸葛远山'].sort() });
  // ... and looking them up by code prefix (the county) finds only its own town
  const { places: suixi } = await ask(`query($code: String!) { places(filter: { code: $code }) { name code } }`, { code: townIn('遂溪县').parent });
  expect(suixi.map((p: { name: string }) => p.name)).toContain('河头镇');
  expect(suixi.map((p: { code: string }) => p.code)).not.toContain(townIn('平远县').code);
});

it('refuses a places lookup without a name or code, and a code that is not one', async () => {
  const empty = await gql(server.url, `{ places(filter: {}) { name } }`);
  expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const bad = await gql(server.url, `{ places(filter: { code: "31x" }) { name } }`);
  expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});
