// Bodies and posts at their own level, over the API on the real Neo4j, through the real
// extractor: an invented article about a town of a real county names the county's bodies
// (县委, 县人大常委会, 副县长) beside the town's own. Asked as a user would: the county's
// officials are the county's, the town's party committee keeps its own name, a post written
// without its body hangs on the body the sentence names, no title starts with a verb, and the
// prefecture that only locates the county is no place of the article.
import { Graph } from '../../src/graph/driver';
import { deleteArticle, ingestTexts } from '../../src/ingest';
import { articleId } from '../../src/ingest/keys';
import { applySchema } from '../../src/graph/schema';
import { RunningServer } from '../../src/server/app';
import { gazetteer } from '../../src/gazetteer/gazetteer';
import { cjkTag } from '../graph/helpers';
import { startTestServer, dataOf } from './helpers';

const g = gazetteer();
const town = g.byName('河头镇').map((e) => e.division).find((d) => g.byCode(d.parent!)?.name === '遂溪县')!;
const county = g.byCode(town.parent!)!;
const prefecture = g.byCode(county.parent!)!;

// invented people, unique to this run
const tag = cjkTag(1);
const person = (given: string) => `${given.charAt(0)}${tag}${given.slice(1)}`;
const SECRETARY = person('岑远');
const COUNTY_STANDING = person('邝明');
const COUNTY_VICE = person('缪川');
const COUNTY_GOVERNOR = person('阙山');
const CONGRESS_CHAIR = person('蔺和');
const FINANCE = person('郗禾');

const text =
  `遂溪县河头镇第十八届人民代表大会第二次会议开幕\n` +
  `1月8日,遂溪县河头镇第十八届人民代表大会第二次会议开幕。` +
  `县委常委${COUNTY_STANDING},县人大常委会主任${COUNTY_VICE}到会指导,副主任${person('戚云')}出席会议。副县长${COUNTY_GOVERNOR}出席会议。` +
  `镇党委书记${SECRETARY}主持会议。` +
  `会议听取和审查河头镇财政所所长${FINANCE}作的财政预算报告。河头镇第十八届人大主席${CONGRESS_CHAIR}作人大主席团工作报告。` +
  `会议审议了《${prefecture.name}遂溪县河头镇人民政府工作报告》。`;
const source = `body-levels-${tag}.txt`;

let graph: Graph;
let server: RunningServer;

beforeAll(async () => {
  graph = await Graph.connect();
  await applySchema(graph);
  expect((await ingestTexts(graph, [{ source, text }])).failed).toEqual([]);
  server = await startTestServer(graph);
});

afterAll(async () => {
  await deleteArticle(graph, articleId(text));
  await server?.stop();
  await graph?.close();
});

const ask = (query: string, variables: Record<string, unknown> = {}) => dataOf(server.url, query, variables);

interface Holding {
  title: string;
  post: { names: string[]; organization: { name: string; type: string; place: { name: string; level: string; code: string | null } | null } | null };
}

const PERSON = `query($name: String!) { people(filter: { name: $name }) { edges { node { name places { name level } posts { title post { names organization { name type place { name level code } } } } } } } }`;

async function holdings(name: string): Promise<{ places: { name: string; level: string }[]; posts: Holding[] }> {
  const { people } = await ask(PERSON, { name });
  expect(people.edges).toHaveLength(1);
  return people.edges[0].node;
}

it('files the county’s party committee and standing committee under the county, with their officials', async () => {
  const standing = await holdings(COUNTY_STANDING);
  expect(standing.posts.map((p) => p.post.organization)).toEqual([{ name: '县委', type: 'party_committee', place: { name: county.name, level: 'county', code: county.code } }]);
  expect(standing.places.map((p) => p.name)).toEqual([county.name]);
  const vice = await holdings(COUNTY_VICE);
  expect(vice.posts[0].post.organization).toMatchObject({ type: 'standing_committee', place: { code: county.code } });
  const governor = await holdings(COUNTY_GOVERNOR);
  expect(governor.posts[0].post.organization).toMatchObject({ type: 'government', place: { code: county.code } });
});

it('keeps the town’s own party committee under the town, under its own name', async () => {
  const secretary = await holdings(SECRETARY);
  expect(secretary.posts).toHaveLength(1);
  expect(secretary.posts[0].title).toBe('党委书记');
  expect(secretary.posts[0].post.organization).toMatchObject({ name: '镇党委', type: 'party_committee', place: { code: town.code } });
});

it('hangs a post written without its body on the body the sentence names, not on 未知机构', async () => {
  const vice = await holdings(person('戚云'));
  expect(vice.posts[0].post.organization).toMatchObject({ type: 'standing_committee', place: { code: county.code } });
  const finance = await holdings(FINANCE);
  expect(finance.posts[0].post.organization).toMatchObject({ name: '河头镇财政所', type: 'other', place: { code: town.code } });
});

it('keeps verbs and term numbers out of titles', async () => {
  const finance = await holdings(FINANCE);
  expect(finance.posts[0].post.names.every((n) => !n.startsWith('审查'))).toBe(true);
  const chair = await holdings(CONGRESS_CHAIR);
  expect(chair.posts[0].title).toBe('人大主席');
  expect(chair.posts[0].post.organization?.name).not.toMatch(/届/);
});

it('does not make the prefecture that only locates the county a place of the article', async () => {
  const { article } = await ask(`query($id: ID!) { article(id: $id) { mentions { __typename ... on Place { name level } } } }`, { id: articleId(text) });
  const places = article.mentions.filter((m: { __typename: string }) => m.__typename === 'Place').map((m: { name: string }) => m.name);
  expect(places).toContain(town.name);
  expect(places).not.toContain(prefecture.name);
});
