// Paging of the meetings and people lists over a graph of our own (two invented towns of
// one invented county, through the real ingestion and the real HTTP server): keyset
// cursors that stay right when nodes are inserted meanwhile, every combination of the
// people filters (each statement of cypher/api/*-page*.cypher serves its share), the
// place filter by id, gazetteer code or name including the places inside, totalCount
// counted only when selected, and refused cursors. Cleans up exactly what it wrote.
import 'reflect-metadata';
import { Graph, QueryEvent } from '../../src/graph/driver';
import { deleteArticle } from '../../src/ingest';
import { ingestResults } from '../../src/ingest/ingest-results';
import { articleId } from '../../src/ingest/keys';
import { applySchema } from '../../src/graph/schema';
import { MeetingsArgs } from '../../src/graphql/args/meetings.args';
import { PeopleArgs } from '../../src/graphql/args/people.args';
import { Loaders } from '../../src/graphql/read/loaders';
import { meetingsPageQuery, PageQuery, peoplePageQuery } from '../../src/graphql/read/list-queries';
import { RunningServer } from '../../src/server/app';
import { townArticle } from '../graph/fixtures/town-article';
import { query, runTag } from '../graph/helpers';
import { codes, gql, GraphQLAnswer, startTestServer } from './helpers';

const tag = runTag();
const county = `云岭${tag}县`;
const townA = `松溪${tag}镇`;
const townB = `梅岭${tag}镇`;
// Rare characters (not in the generated corpus' name lists), so name filters find only ours.
const secretaryA = '夔慕白';
const secretaryB = '鬯慕白';
const mayorsA = ['夔一鸣', '夔二鸣', '鬯三鸣'];
const mayorB = '夔慕鸣';
const countyOfficial = '夔慕县';

interface MeetingSpec {
  town: string;
  term: number;
  session: number;
  date: string | null;
}
const meetingSpecs: MeetingSpec[] = [
  ...Array.from({ length: 9 }, (_, i) => ({ town: townA, term: 1, session: i + 1, date: `2024-03-${String(10 + i).padStart(2, '0')}` })),
  { town: townA, term: 2, session: 1, date: null },
  { town: townA, term: 2, session: 2, date: null },
  // 2024-03-14 also starts townA's fifth session: a tie, broken by id
  ...Array.from({ length: 4 }, (_, j) => ({ town: townB, term: 1, session: j + 1, date: `2024-03-${String(14 + 2 * j).padStart(2, '0')}` })),
];
const meetingId = (m: MeetingSpec) => `meeting:${m.town}/congress/${m.term}/${m.session}`;

/** Newest first, then id; undated last, by id (the API's order). */
function meetingOrder(list: MeetingSpec[]): string[] {
  const dated = list.filter((m) => m.date).sort((a, b) => (a.date! < b.date! ? 1 : a.date! > b.date! ? -1 : meetingId(a) < meetingId(b) ? -1 : 1));
  const undated = list.filter((m) => !m.date).sort((a, b) => (meetingId(a) < meetingId(b) ? -1 : 1));
  return [...dated, ...undated].map(meetingId);
}

let graph: Graph;
let server: RunningServer;
const articleIds: string[] = [];

function article(m: MeetingSpec, i: number, source = `${tag}/paging-${i}.txt`) {
  const inA = m.town === townA;
  return townArticle({
    town: m.town,
    county,
    secretary: inA ? secretaryA : secretaryB,
    mayor: inA ? mayorsA[i % mayorsA.length] : mayorB,
    term: m.term,
    session: m.session,
    date: m.date,
    source,
    countyOfficial,
  });
}

async function ingest(docs: ReturnType<typeof townArticle>[]) {
  articleIds.push(...docs.map((d) => articleId(d.text)));
  const report = await ingestResults(graph, docs, { batchSize: 20 });
  expect(report.failed).toEqual([]);
}

beforeAll(async () => {
  graph = await Graph.connect();
  await applySchema(graph);
  await ingest(meetingSpecs.map((m, i) => article(m, i)));
  server = await startTestServer(graph);
});

afterAll(async () => {
  await server?.stop();
  for (const id of articleIds) await deleteArticle(graph, id);
  await graph?.close();
});

/** What `run` gives, and the statements the server sent meanwhile. */
async function watched<T>(run: () => Promise<T>): Promise<{ answer: T; events: QueryEvent[] }> {
  const events: QueryEvent[] = [];
  const stop = graph.onQuery((e) => events.push(e));
  try {
    return { answer: await run(), events };
  } finally {
    stop();
  }
}

/** Every id of a list, page by page (`first` per page), and the statements it sent. */
async function pageThrough(field: 'meetings' | 'people', filter: Record<string, unknown>, first: number) {
  const q = `query ($after: String, $filter: ${field === 'meetings' ? 'MeetingFilter' : 'PersonFilter'}) { ${field}(first: ${first}, after: $after, filter: $filter) { pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id name } } } }`;
  const ids: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const answer: GraphQLAnswer = await gql(server.url, q, { after, filter });
    expect(answer.errors).toBeUndefined();
    const c = answer.data[field] as { pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string }; edges: { cursor: string; node: { id: string } }[] };
    expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
    ids.push(...c.edges.map((e: { node: { id: string } }) => e.node.id));
    if (!c.pageInfo.hasNextPage) return ids;
    expect(c.edges).toHaveLength(first);
    expect(c.pageInfo.endCursor).toBe(c.edges[first - 1].cursor);
    after = c.pageInfo.endCursor;
  }
  throw new Error('more than 100 pages');
}

describe('meetings', () => {
  it('pages every meeting of a county (its towns included) once, newest first, undated last', async () => {
    for (const first of [1, 4, 15, 100]) expect(await pageThrough('meetings', { place: county }, first)).toEqual(meetingOrder(meetingSpecs));
  });

  it('takes a place by id, by gazetteer code or by name, and includes the places inside it', async () => {
    const ofA = meetingOrder(meetingSpecs.filter((m) => m.town === townA));
    expect(await pageThrough('meetings', { place: `place:${townA}` }, 5)).toEqual(ofA);
    expect(await pageThrough('meetings', { place: townA }, 5)).toEqual(ofA);
    const code = `99${tag}`;
    await query(graph, 'MATCH (p:Place {id: $id}) SET p.code = $code', { id: `place:${county}`, code });
    expect(await pageThrough('meetings', { place: code }, 6)).toEqual(meetingOrder(meetingSpecs));
    // a part of a name is not a place
    expect(await pageThrough('meetings', { place: townA.slice(0, 3) }, 5)).toEqual([]);
  });

  it('combines place, dates, text and sittings in each statement', async () => {
    const within = (m: MeetingSpec) => m.date !== null && m.date >= '2024-03-12' && m.date <= '2024-03-16';
    const expected = meetingOrder(meetingSpecs.filter(within));
    // by place (starts from the place) and without it (starts from the date index)
    expect(await pageThrough('meetings', { place: county, from: '2024-03-12', to: '2024-03-16' }, 2)).toEqual(expected);
    const byDate = await pageThrough('meetings', { from: '2024-03-12', to: '2024-03-16', text: tag }, 2);
    expect(byDate).toEqual(expected);
    const onlyB = meetingOrder(meetingSpecs.filter((m) => within(m) && m.town === townB));
    expect(await pageThrough('meetings', { place: county, from: '2024-03-12', to: '2024-03-16', text: townB, includeSittings: true }, 1)).toEqual(onlyB);
    expect(await pageThrough('meetings', { from: '2024-03-12', to: '2024-03-16', text: townB, includeSittings: true }, 1)).toEqual(onlyB);
    // undated meetings are outside any date range, inside the list without one
    expect(await pageThrough('meetings', { text: townA, to: '2030-01-01' }, 3)).toEqual(meetingOrder(meetingSpecs.filter((m) => m.town === townA && m.date)));
    expect(await pageThrough('meetings', { text: townA }, 3)).toEqual(meetingOrder(meetingSpecs.filter((m) => m.town === townA)));
    // a page that ends the dated meetings and begins the undated ones (9 dated, pages of 4)
    expect(await pageThrough('meetings', { text: townA }, 4)).toEqual(meetingOrder(meetingSpecs.filter((m) => m.town === townA)));
  });

  it('keeps its place when meetings are inserted before and after the cursor', async () => {
    const q = `query ($after: String) { meetings(filter: { place: "${county}" }, first: 4, after: $after) { pageInfo { endCursor } edges { node { id } } } }`;
    const q2 = q.replace(`place: "${county}"`, `text: "${tag}"`); // the date-index statement
    for (const [n, text] of [[0, q], [1, q2]] as const) {
      const order = meetingOrder(meetingSpecs);
      const first = await gql(server.url, text, {});
      expect(first.data.meetings.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(order.slice(0, 4));
      // one newer than everything (sorts before the cursor), one older than the cursor
      const newer: MeetingSpec = { town: townB, term: 5 + n, session: 1, date: '2024-12-31' };
      const older: MeetingSpec = { town: townB, term: 5 + n, session: 2, date: '2024-03-01' };
      await ingest([article(newer, 0, `${tag}/paging-new-${n}.txt`), article(older, 0, `${tag}/paging-old-${n}.txt`)]);
      const second = await gql(server.url, text, { after: first.data.meetings.pageInfo.endCursor });
      expect(second.data.meetings.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(order.slice(4, 8));
      meetingSpecs.push(newer, older);
    }
    expect(await pageThrough('meetings', { place: county }, 7)).toEqual(meetingOrder(meetingSpecs));
  });
});

describe('what a page brings along', () => {
  it('reads presiders without their evidence for one list and with it for another in the same request', async () => {
    const answer = await gql(
      server.url,
      `{ presiderEvidence: meetings(filter: { place: "${county}" }, first: 3) { edges { node { id presidedBy { name evidence { text } } } } }
         presidedEvidence: meetings(filter: { place: "${county}" }, first: 3) { edges { node { id presidedBy { name presided { id evidence { text } } } } } }
         one: meeting(id: "${meetingOrder(meetingSpecs)[0]}") { presidedBy { presided { id } } } }`,
    );
    expect(answer.errors).toBeUndefined();
    for (const list of [answer.data.presiderEvidence, answer.data.presidedEvidence]) {
      expect(list.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(meetingOrder(meetingSpecs).slice(0, 3));
    }
    for (const e of answer.data.presiderEvidence.edges) expect(e.node.presidedBy[0].evidence[0].text).toMatch(/主持会议$/);
    for (const e of answer.data.presidedEvidence.edges) {
      const presided = e.node.presidedBy[0].presided;
      expect(presided.length).toBeGreaterThan(0);
      for (const m of presided) expect(m.evidence[0].text).toMatch(/主持会议$/);
    }
    expect(answer.data.one.presidedBy[0].presided.length).toBeGreaterThan(0);
  });

  it('reads brief meetings (id, name, start) for one list and whole ones for another in the same request', async () => {
    // The first list asks only id/name/start of the meetings and of what their presiders
    // presided, so the page statement sends brief rows; the second asks kind, term and
    // session of the same meetings, which brief rows do not hold.
    const { answer, events } = await watched(() =>
      gql(
        server.url,
        `{ brief: meetings(filter: { place: "${townA}" }, first: 3) { edges { node { id name start presidedBy { presided { id name start } } } } }
           whole: meetings(filter: { place: "${townA}" }, first: 3) { edges { node { id kind term session presidedBy { presided { id kind term session } } } } } }`,
      ),
    );
    expect(answer.errors).toBeUndefined();
    // Each list read its page (and what it brings along) in one statement, in its own shape;
    // nothing had to be read again.
    expect(events.map((e) => e.name)).toEqual(['api/meetings-page-by-place', 'api/meetings-page-by-place']);
    expect(events.map((e) => e.params.parts).sort((a: any, b: any) => Number(b.pageBrief) - Number(a.pageBrief))).toMatchObject([
      { pageBrief: true, presidedBrief: true },
      { pageBrief: false, presidedBrief: false },
    ]);
    const newest = meetingSpecs.filter((m) => m.town === townA && m.date).sort((a, b) => (a.date! < b.date! ? 1 : -1)).slice(0, 3);
    expect(answer.data.brief.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(newest.map(meetingId));
    expect(answer.data.brief.edges.map((e: { node: { start: string } }) => e.node.start)).toEqual(newest.map((m) => m.date));
    for (const [i, e] of answer.data.whole.edges.entries()) {
      expect(e.node).toMatchObject({ id: meetingId(newest[i]), kind: 'congress', term: newest[i].term, session: newest[i].session });
      const presided = e.node.presidedBy[0].presided as { id: string; kind: string; term: number }[];
      expect(presided.length).toBeGreaterThan(1);
      for (const m of presided) expect(m).toMatchObject({ kind: 'congress', term: expect.any(Number) });
    }
    for (const e of answer.data.brief.edges) {
      for (const m of e.node.presidedBy[0].presided) {
        expect(Object.keys(m).sort()).toEqual(['id', 'name', 'start']);
        expect(m.name).toContain('人民代表大会');
      }
    }
  });
});

describe('what a people page brings along', () => {
  it('reads posts with their evidence for one list and only their dates for another in the same request', async () => {
    const { answer, events } = await watched(() =>
      gql(
        server.url,
        `{ dated: people(filter: { name: "${secretaryA}" }, first: 5) { edges { node { id posts { title firstSeen lastSeen } } } }
           evidenced: people(filter: { name: "${secretaryA}" }, first: 5) { edges { node { id posts { title firstSeen evidence { text } } } } } }`,
      ),
    );
    expect(answer.errors).toBeUndefined();
    // Both lists brought their posts along (no person-holdings statement), one with evidence.
    expect(events.map((e) => e.name)).toEqual(['api/people-page-by-name', 'api/people-page-by-name']);
    expect(events.map((e) => (e.params.parts as { holdingsEvidence: boolean }).holdingsEvidence).sort()).toEqual([false, true]);
    const datedA = meetingSpecs.filter((m) => m.town === townA && m.date).map((m) => m.date!).sort();
    const [dated] = answer.data.dated.edges;
    const [evidenced] = answer.data.evidenced.edges;
    expect(dated.node.id).toBe(`person:${townA}/${secretaryA}`);
    // First and last seen from the dates alone; evidence from the whole relationships.
    expect(dated.node.posts[0]).toMatchObject({ firstSeen: datedA[0], lastSeen: datedA[datedA.length - 1] });
    expect(evidenced.node.posts[0].firstSeen).toBe(datedA[0]);
    expect(evidenced.node.posts[0].evidence.length).toBeGreaterThan(0);
    for (const e of evidenced.node.posts[0].evidence) expect(e.text).toContain(secretaryA);
  });
});

describe('people', () => {
  interface Known {
    name: string;
    id: string;
    places: string[];
    titles: string[];
  }
  const known: Known[] = [
    { name: secretaryA, id: `person:${townA}/${secretaryA}`, places: [townA, county], titles: ['党委书记', '镇党委书记'] },
    ...mayorsA.map((name) => ({ name, id: `person:${townA}/${name}`, places: [townA, county], titles: ['镇长', `${townA}人民政府镇长`] })),
    { name: secretaryB, id: `person:${townB}/${secretaryB}`, places: [townB, county], titles: ['党委书记', '镇党委书记'] },
    { name: mayorB, id: `person:${townB}/${mayorB}`, places: [townB, county], titles: ['镇长', `${townB}人民政府镇长`] },
    { name: countyOfficial, id: `person:${county}/${countyOfficial}`, places: [county, townA, townB], titles: ['县委副书记'] },
  ];
  const byNameThenId = (a: Known, b: Known) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1);
  const ours = new Set(known.map((k) => k.id));

  const values = {
    name: [undefined, secretaryA],
    nameContains: [undefined, '慕白', '慕'], // two characters: the full-text index; one: a scan
    namePrefix: [undefined, '夔'],
    place: [undefined, townA],
    // a part of the as-written title of townA's mayors (a common word would page through
    // every official of the database)
    title: [undefined, `溪${tag}镇人民政府`],
  };
  const combos: Record<string, string>[] = [];
  for (const name of values.name)
    for (const nameContains of values.nameContains)
      for (const namePrefix of values.namePrefix)
        for (const place of values.place)
          for (const title of values.title) {
            const f = Object.fromEntries(Object.entries({ name, nameContains, namePrefix, place, title }).filter(([, v]) => v !== undefined)) as Record<string, string>;
            if (Object.keys(f).length) combos.push(f);
          }

  it.each(combos.map((f) => [JSON.stringify(f), f]))('filter %s: exactly the matching people, by name then id, page by page', async (_label, f) => {
    const expected = known
      .filter((k) => (!f.name || k.name === f.name) && (!f.nameContains || k.name.includes(f.nameContains)) && (!f.namePrefix || k.name.startsWith(f.namePrefix)))
      .filter((k) => (!f.place || k.places.includes(f.place)) && (!f.title || k.titles.some((t) => t.includes(f.title))))
      .sort(byNameThenId)
      .map((k) => k.id);
    // Other data in the database may match a filter without a place; only ours are compared.
    const got = (await pageThrough('people', f, 2)).filter((id) => ours.has(id));
    expect(got).toEqual(expected);
  });

  it('keeps its place when people are inserted before the cursor', async () => {
    const q = `query ($after: String) { people(filter: { place: "${county}" }, first: 3, after: $after) { pageInfo { endCursor } edges { node { id } } } }`;
    const all = known.sort(byNameThenId).map((k) => k.id);
    const first = await gql(server.url, q, {});
    expect(first.data.people.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(all.slice(0, 3));
    // 丁 sorts before every name above: with an offset the next page would repeat one
    await ingest([townArticle({ town: townA, county, secretary: secretaryA, mayor: '丁慕远', term: 3, session: 1, date: '2024-05-01', source: `${tag}/paging-people.txt` })]);
    meetingSpecs.push({ town: townA, term: 3, session: 1, date: '2024-05-01' });
    const second = await gql(server.url, q, { after: first.data.people.pageInfo.endCursor });
    expect(second.data.people.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(all.slice(3, 6));
  });
});

describe('pages asked at the same moment (shared-batch.ts)', () => {
  const meetingsArgs = (filter: object) => Object.assign(new MeetingsArgs(), { first: 3, filter });
  const peopleArgs = (filter: object) => Object.assign(new PeopleArgs(), { first: 3, filter });
  const meetingParts = { parts: { pageBrief: false, presiders: true, presidersPresided: true, presidedBrief: true, presidedEvidence: false, presidersEvidence: false } };
  const peopleParts = { parts: { holdings: true, holdingsEvidence: false } };
  const dated = (q: PageQuery) => ({ statement: q.statement!, params: { ...q.params, ...meetingParts } });
  const undated = (q: PageQuery) => ({ statement: q.undated!.statement, params: { ...q.undated!.params, parts: {} } });
  const person = (q: PageQuery) => ({ statement: q.statement!, params: { ...q.params, ...peopleParts } });
  // Each page statement, asked by three requests with different values of the same filters.
  const cases: [string, { statement: string; params: Record<string, unknown> }[]][] = [
    ['meetings by date', ['2024-03-12', '2024-03-16', '2024-03-20'].map((to) => dated(meetingsPageQuery(meetingsArgs({ text: tag, to }), null, false)))],
    ['meetings by place', [county, townA, townB].map((place) => dated(meetingsPageQuery(meetingsArgs({ place }), null, true)))],
    ['undated meetings', [null, 1, 2].map((n) => undated(meetingsPageQuery(meetingsArgs({ text: tag }), n === null ? null : [null, `meeting:${townA}/congress/2/${n}`], false)))],
    ['people by name', [secretaryA, secretaryB, mayorB].map((name) => person(peoplePageQuery(peopleArgs({ name }), null, false)))],
    ['people by part of the name', ['慕白', '一鸣', '慕鸣'].map((nameContains) => person(peoplePageQuery(peopleArgs({ nameContains }), null, false)))],
    ['people by place', [[county, '鬯'], [townA, '夔'], [townB, '夔慕']].map(([place, namePrefix]) => person(peoplePageQuery(peopleArgs({ place, namePrefix }), null, true)))],
    ['people by name prefix', ['夔', '鬯', '夔慕'].map((namePrefix) => person(peoplePageQuery(peopleArgs({ namePrefix }), null, false)))],
  ];

  it.each(cases)('%s: one statement, each request getting the page it gets alone', async (_, asks) => {
    const alone = [];
    for (const a of asks) alone.push(await new Loaders(graph, Date.now() + 5_000).page(a.statement, a.params));
    const { answer: together, events } = await watched(() => Promise.all(asks.map((a) => new Loaders(graph, Date.now() + 5_000).page(a.statement, a.params))));
    expect(events.map((e) => [e.name, (e.params.requests as unknown[]).length])).toEqual([[asks[0].statement, 3]]);
    const strip = (row: Record<string, unknown> | undefined) => ({ ...row, key: undefined });
    expect(together.map(strip)).toEqual(alone.map(strip));
    // the three pages differ, so rows handed to the wrong request would show
    expect(new Set(alone.map((row) => JSON.stringify(row?.page))).size).toBe(3);
  });
});

describe('totalCount', () => {
  /** The counts a request made: a *-count statement, or a by-place page that counts as it reads. */
  async function withTotals(run: () => Promise<unknown>) {
    const { events } = await watched(run);
    // (a page statement takes its requests' values in $requests, see shared-batch.ts)
    const counting = (e: QueryEvent) => (e.params.requests as { withTotal?: boolean }[]).some((r) => r.withTotal);
    return events.filter((e) => /-count(-by-\w+)?$/.test(e.name) || (/-page-by-place$/.test(e.name) && counting(e))).map((e) => e.name);
  }

  it('counts every match when selected, and only then', async () => {
    let answer: any;
    expect(await withTotals(async () => (answer = await gql(server.url, `{ meetings(filter: { place: "${county}" }, first: 2) { totalCount edges { node { id } } } }`)))).toEqual(['api/meetings-page-by-place']);
    expect(answer.data.meetings.totalCount).toBe(meetingSpecs.length);
    expect(await withTotals(async () => (answer = await gql(server.url, `{ meetings(filter: { text: "${townA}", to: "2030-01-01" }, first: 2) { totalCount } }`)))).toEqual(['api/meetings-count']);
    expect(answer.data.meetings.totalCount).toBe(meetingSpecs.filter((m) => m.town === townA && m.date).length);
    expect(await withTotals(async () => (answer = await gql(server.url, `{ people(filter: { place: "${townB}", title: "书记" }, first: 1) { ... on PersonConnection { totalCount } } }`)))).toEqual(['api/people-page-by-place']);
    expect(answer.data.people.totalCount).toBe(2); // 鬯慕白 and the county official
    expect(await withTotals(async () => (answer = await gql(server.url, `{ people(filter: { nameContains: "慕白", place: "${county}" }) { totalCount } }`)))).toEqual(['api/people-count-by-text']);
    expect(answer.data.people.totalCount).toBe(2);
    expect(await withTotals(() => gql(server.url, `{ meetings(filter: { place: "${county}" }, first: 2) { edges { node { id } } } people(filter: { name: "${secretaryA}" }) { edges { node { id } } } }`))).toEqual([]);
  });
});

describe('cursors', () => {
  it('refuses an unknown, edited or other-list cursor with BAD_USER_INPUT', async () => {
    const page = await gql(server.url, `{ meetings(filter: { place: "${county}" }, first: 2) { pageInfo { endCursor } } people(filter: { place: "${county}" }, first: 2) { pageInfo { endCursor } } }`);
    const meetingCursor: string = page.data.meetings.pageInfo.endCursor;
    const personCursor: string = page.data.people.pageInfo.endCursor;
    const edited = meetingCursor.slice(0, 20) + (meetingCursor[20] === 'A' ? 'B' : 'A') + meetingCursor.slice(21);
    for (const [field, after] of [
      ['meetings', edited],
      ['meetings', personCursor],
      ['people', meetingCursor],
      ['people', 'bm90LWEtY3Vyc29y'],
      ['meetings', Buffer.from('kg:offset:3').toString('base64url')],
    ]) {
      const answer = await gql(server.url, `query ($a: String) { ${field}(after: $a) { edges { node { id } } } }`, { a: after });
      expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
      expect(answer.errors?.[0].message).toMatch(/not a cursor/);
    }
  });
});
