// The API's read plan, without a database: GraphQL queries run through the real schema and
// resolvers over a driver that records each round trip (statement name and parameters)
// and answers with set rows; the round trips are pinned as snapshots, the way
// @neo4j/graphql's TCK tests pin the Cypher their translation makes. A change to which
// statements a query costs, in what order, or with which parameters shows up in review as
// a snapshot diff; the explicit counts below say what must not change without a reason.
import { graphql } from 'graphql';
import { createContext } from '../../../src/graphql/context';
import { buildGraphQLSchema } from '../../../src/graphql/schema';
import { RecordingDriver, Responder, RoundTrip } from './recording-driver';

// An invented town and its people, as the statements would return them.
const TOWN = { id: 'place:990101101', name: '青禾镇', level: 'town', code: '990101101' };
const SESSION = { id: 'meeting:990101101/congress/7/2', name: '青禾镇第七届人民代表大会第二次会议', kind: 'congress', term: 7, session: 2, start: '2025-01-08', end: null };
const WORK_MEETING = { id: 'meeting:990101101/work/2024-12-30', name: '青禾镇年终工作会议', kind: 'work', start: '2024-12-30', end: null };
const PLENUM = { id: 'meeting:990101101/party_plenum/15/6', name: '中共青禾镇第十五届委员会第六次全体会议', kind: 'party_plenum', start: '2024-12-20', end: null };
const ZHOU = { id: 'person:990101101/周明远', name: '周明远' };
const LIN = { id: 'person:990101101/林晓岚', name: '林晓岚' };
const REPORT = { id: 'item:990101101/congress/7/2/政府工作报告', title: '政府工作报告', kind: 'report', _labels: ['Report'] };
const GOVERNMENT = { id: 'org:990101101/government', name: '青禾镇人民政府', type: 'government' };
const PARTY = { id: 'org:990101101/party_committee', name: '中共青禾镇委员会', type: 'party_committee' };
const MAYOR = { id: 'post:990101101/government/镇长', title: '镇长', names: ['镇长'] };
const SECRETARY = { id: 'post:990101101/party_committee/党委书记', title: '党委书记', names: ['党委书记'] };

const evidence = (text: string) => ({ articleId: 'article:0f0e0d0c0b0a0908', sentence: `${text}。`, sentenceIndex: 3, start: 120, end: 120 + text.length, text });

/** What the statements these queries use would return; any other statement reads nothing. */
const respond: Responder = (statement, params) => {
  const ids: string[] = params.ids ?? [];
  switch (statement) {
    case 'api/meeting-detail':
      return ids.filter((id) => id === SESSION.id).map((key) => ({
        key,
        node: SESSION,
        places: [TOWN],
        presiders: [{ node: ZHOU, rels: [evidence('会议由周明远主持')] }],
        presented: [{ node: REPORT, rels: [evidence('林晓岚作政府工作报告')], reporters: [{ node: LIN, rels: [evidence('林晓岚作政府工作报告')] }] }],
        elections: [{ node: LIN, post: MAYOR, rels: [{ ...evidence('林晓岚当选为镇长'), title: '镇长', mode: 'elected', postId: MAYOR.id }] }],
        approved: [{ node: REPORT, rels: [evidence('会议批准了政府工作报告')] }],
      }));
    case 'api/person-detail':
      return ids.filter((id) => id === ZHOU.id).map((key) => ({
        key,
        node: ZHOU,
        holdings: params.parts.holdings ? [{ node: SECRETARY, rels: [{ ...evidence('镇党委书记周明远'), observed: '2025-01-08' }], organization: PARTY }] : [],
        presided: params.parts.presided ? [{ node: SESSION, rels: [evidence('会议由周明远主持')] }] : [],
        spokeAt: params.parts.spokeAt ? [{ node: WORK_MEETING, rels: [evidence('周明远讲话')] }] : [],
        reported: [],
        elected: [],
        timeline: [],
      }));
    case 'api/people-page-by-name':
      return params.requests.map((q: { key: string; name: string }) => ({
        key: q.key,
        page: q.name === ZHOU.name ? [ZHOU] : [],
        holdings: params.parts.holdings && q.name === ZHOU.name ? [{ person: ZHOU.id, node: SECRETARY, rels: [{ observed: '2025-01-08' }], organization: PARTY }] : [],
      }));
    case 'api/people-count-by-name':
      return [{ total: params.name === ZHOU.name ? 1 : 0 }];
    case 'api/meetings-page':
      // three meetings for a page of two: the third says there is a next page
      return params.requests.map((q: { key: string }) => ({
        key: q.key,
        page: [SESSION, WORK_MEETING, PLENUM],
        presiders: params.parts.presiders
          ? [SESSION, WORK_MEETING].map((m) => ({ meeting: m.id, node: ZHOU, rels: [], presided: params.parts.presidersPresided ? [{ node: { id: SESSION.id, name: SESSION.name, start: SESSION.start }, rels: [] }] : [] }))
          : [],
      }));
    default:
      return [];
  }
};

async function plan(query: string): Promise<{ data: any; trips: RoundTrip[] }> {
  const driver = new RecordingDriver(respond);
  const result = await graphql({ schema: buildGraphQLSchema(), source: query, contextValue: createContext(driver.graph(), undefined, undefined) });
  expect(result.errors).toBeUndefined();
  return { data: result.data, trips: driver.trips };
}

const statements = (trips: RoundTrip[]) => trips.map((t) => t.statement);

it('reads a meeting with its presiders, reports and reporters, elections and approvals in one round trip', async () => {
  const { data, trips } = await plan(`{ meeting(id: "${SESSION.id}") {
    name place { name }
    presidedBy { name evidence { sentence } }
    reports { title reporter { name } }
    elections { person { name } post { title } mode }
    approved { __typename title } } }`);
  expect(data.meeting).toMatchObject({
    name: SESSION.name,
    place: { name: '青禾镇' },
    presidedBy: [{ name: '周明远', evidence: [{ sentence: '会议由周明远主持。' }] }],
    reports: [{ title: '政府工作报告', reporter: { name: '林晓岚' } }],
    elections: [{ person: { name: '林晓岚' }, post: { title: '镇长' }, mode: 'elected' }],
    approved: [{ __typename: 'Report', title: '政府工作报告' }],
  });
  expect(statements(trips)).toEqual(['api/meeting-detail']);
  expect(trips).toMatchSnapshot();
});

it('reads a person with posts, their organizations, presided and spokeAt in one round trip, asking only for the selected parts', async () => {
  const { data, trips } = await plan(`{ person(id: "${ZHOU.id}") {
    name
    posts { title organization { name } firstSeen lastSeen }
    presided { name start }
    spokeAt { name } } }`);
  expect(data.person).toEqual({
    name: '周明远',
    posts: [{ title: '党委书记', organization: { name: '中共青禾镇委员会' }, firstSeen: '2025-01-08', lastSeen: '2025-01-08' }],
    presided: [{ name: SESSION.name, start: '2025-01-08' }],
    spokeAt: [{ name: WORK_MEETING.name }],
  });
  expect(statements(trips)).toEqual(['api/person-detail']);
  expect(trips[0].params).toMatchObject({ parts: { holdings: true, presided: true, spokeAt: true, reported: false, elected: false, timeline: false } });
  expect(trips).toMatchSnapshot();
});

it('reads a page of people by name with their posts, the count beside it, and the rest of them in one more statement', async () => {
  const { data, trips } = await plan(`{ people(filter: { name: "周明远" }, first: 5) {
    totalCount
    pageInfo { hasNextPage }
    edges { node { name posts { title organization { name } } presided { name } } } } }`);
  expect(data.people).toEqual({
    totalCount: 1,
    pageInfo: { hasNextPage: false },
    edges: [{ node: { name: '周明远', posts: [{ title: '党委书记', organization: { name: '中共青禾镇委员会' } }], presided: [{ name: SESSION.name }] } }],
  });
  expect(statements(trips).sort()).toEqual(['api/people-count-by-name', 'api/people-page-by-name', 'api/person-detail']);
  expect(trips.find((t) => t.statement === 'api/person-detail')?.params).toMatchObject({ ids: [ZHOU.id], parts: { holdings: false, presided: true } });
  expect(trips).toMatchSnapshot();
});

it('reads the newest meetings with their presiders and what those presided in one round trip', async () => {
  const { data, trips } = await plan(`{ meetings(first: 2, filter: { to: "2025-12-31" }) {
    pageInfo { hasNextPage }
    edges { node { name start presidedBy { name presided { name } } } } } }`);
  expect(data.meetings.pageInfo).toEqual({ hasNextPage: true });
  expect(data.meetings.edges.map((e: any) => e.node.name)).toEqual([SESSION.name, WORK_MEETING.name]);
  expect(data.meetings.edges[1].node.presidedBy).toEqual([{ name: '周明远', presided: [{ name: SESSION.name }] }]);
  // a date bound leaves the undated meetings out, so no second page statement
  expect(statements(trips)).toEqual(['api/meetings-page']);
  expect(trips[0].params).toMatchObject({ limit: 'int 3', requests: [{ upper: '2025-12-31', key: '0' }] });
  expect(trips).toMatchSnapshot();
});

it('sends one statement for the pages two requests ask for at the same moment', async () => {
  const driver = new RecordingDriver(respond);
  const graph = driver.graph();
  const schema = buildGraphQLSchema();
  const query = `{ meetings(first: 2, filter: { to: "2025-12-31" }) { edges { node { name } } } }`;
  const results = await Promise.all([1, 2].map(() => graphql({ schema, source: query, contextValue: createContext(graph, undefined, undefined) })));
  expect(results.map((r) => (r.data as any)?.meetings.edges.length)).toEqual([2, 2]);
  expect(statements(driver.trips)).toEqual(['api/meetings-page']);
  expect((driver.trips[0].params as { requests: unknown[] }).requests).toHaveLength(2);
});
