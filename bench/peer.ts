// `npm run bench:peer -- [--seed 4004] [--rounds 5] [--requests 1600] [--only meeting,person]`:
// our GraphQL API against @neo4j/graphql (the library a Neo4j user would reach for: it
// compiles each request into one Cypher statement), side by side on the same Neo4j, the
// same indexes and the generated corpus that `npm run bench:ingest -- --keep` leaves.
//
// Both servers run in their own processes (bench/query-server.js, bench/peer-server.js);
// the peer's type definitions are bench/peer/type-defs.graphql. For each question the two
// queries ask for the same fields; first the answers are checked equal (as sets where the
// order is not part of the question) over a sample of ids, then the load runs in rounds,
// ours and the peer's interleaved (A B, then B A), at 1 and 16 connections. The table gives
// the medians over rounds of p50, p99 and requests/s, and the ratios ours / peer (under 1
// is better for latency, over 1 for throughput), plus the CPU per request of Neo4j and of
// each server process (less noisy than times on a shared machine).
//
// Search, neighbourhood and path are not in the comparison: the peer's generated API has
// no full-text search across labels, no "nodes within N hops" and no shortest path; they
// would be hand-written @cypher fields, i.e. our Cypher run by the peer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { neo4jSettings } from '../src/config';
import { ensureNeo4j, LocalNeo4j } from '../src/db';
import { Graph } from '../src/graph/driver';
import { applySchema } from '../src/graph/schema';
import { median, ms, runLoad } from './load';
import type { ChildProcess } from 'node:child_process';
import { cpuSeconds, startBenchServer } from './processes';
import { useBenchStatements } from './cypher';

useBenchStatements();

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Side {
  query: string;
  variables: (i: number) => Record<string, unknown>;
  /** The answer in a comparable form (sorted where the order is not asked for). */
  canon: (data: Json) => unknown;
}

interface Question {
  name: string;
  ours: Side;
  peer: Side;
}

const ITEM_TYPES = ['Report', 'Budget', 'Project', 'Resolution', 'OtherItem'];
/** `... on Report { <fields> } ... on Budget { <fields> } …` for the peer's MeetingItem union. */
const onEveryItem = (fields: string) => ITEM_TYPES.map((t) => `... on ${t} { ${fields} }`).join(' ');
const ids = (list: Json[] | undefined) => [...new Set((list ?? []).map((x: Json) => x.id as string))].sort();
const distinct = (list: string[]) => [...new Set(list)].sort();

function questions(sample: { meetings: string[]; people: string[]; names: string[]; dates: string[] }): Question[] {
  const at = <T>(list: T[], i: number) => list[i % list.length];
  return [
    {
      name: 'meeting by id: presiders, reports + reporters, elections, approved',
      ours: {
        query: `query ($id: ID!) { meeting(id: $id) { id name start place { name } presidedBy { id name } reports { id title reporters { id name } } elections { person { id name } title } approved { id title } } }`,
        variables: (i) => ({ id: at(sample.meetings, i) }),
        canon: (d) => {
          const m = d.meeting;
          return m && {
            id: m.id, name: m.name, start: m.start, place: m.place?.name ?? null, presidedBy: ids(m.presidedBy),
            reports: distinct(m.reports.map((r: Json) => `${r.id}<${ids(r.reporters).join(',')}`)),
            elections: distinct(m.elections.map((e: Json) => `${e.person.id}|${e.title}`)), approved: ids(m.approved),
          };
        },
      },
      peer: {
        query: `query ($id: ID!) { meetings(where: { id: { eq: $id } }) { id name start place { name } presidedBy { id name } reports { id title reportedBy { id name } } electedConnection { edges { properties { title } node { id name } } } approved { ${onEveryItem('id title')} } } }`,
        variables: (i) => ({ id: at(sample.meetings, i) }),
        canon: (d) => {
          const m = d.meetings[0];
          return m && {
            id: m.id, name: m.name, start: m.start, place: m.place[0]?.name ?? null, presidedBy: ids(m.presidedBy),
            reports: distinct(m.reports.map((r: Json) => `${r.id}<${ids(r.reportedBy).join(',')}`)),
            elections: distinct(m.electedConnection.edges.map((e: Json) => `${e.node.id}|${e.properties.title}`)), approved: ids(m.approved),
          };
        },
      },
    },
    {
      name: 'person by id: posts + organization, presided, reported + meeting, spokeAt',
      ours: {
        query: `query ($id: ID!) { person(id: $id) { id name posts { title post { organization { name } } } presided { id name } reported { id title meeting { id } } spokeAt { id name } } }`,
        variables: (i) => ({ id: at(sample.people, i) }),
        canon: (d) => {
          const p = d.person;
          return p && {
            id: p.id, name: p.name, posts: distinct(p.posts.map((h: Json) => `${h.title}|${h.post.organization?.name ?? ''}`)),
            presided: ids(p.presided), reported: distinct(p.reported.map((r: Json) => `${r.id}@${r.meeting?.id ?? ''}`)), spokeAt: ids(p.spokeAt),
          };
        },
      },
      peer: {
        query: `query ($id: ID!) { people(where: { id: { eq: $id } }) { id name posts { title organization { name } } presided { id name } reported { ${onEveryItem('id title presentedAt { id start } approvedBy { id start }')} } spokeAt { id name } } }`,
        variables: (i) => ({ id: at(sample.people, i) }),
        canon: (d) => {
          const p = d.people[0];
          // Our `meeting` of an item: the first (by date, id) it was presented at, else approved by.
          const first = (ms: Json[]) => [...ms].sort((a, b) => (a.start ?? '\uffff').localeCompare(b.start ?? '\uffff') || a.id.localeCompare(b.id))[0]?.id ?? '';
          return p && {
            id: p.id, name: p.name, posts: distinct(p.posts.map((post: Json) => `${post.title}|${post.organization[0]?.name ?? ''}`)),
            presided: ids(p.presided), reported: distinct(p.reported.map((r: Json) => `${r.id}@${first(r.presentedAt) || first(r.approvedBy)}`)), spokeAt: ids(p.spokeAt),
          };
        },
      },
    },
    {
      name: 'people by exact name, first 20, with posts + organization',
      ours: {
        query: `query ($n: String!) { people(filter: { name: $n }, first: 20) { edges { node { id name posts { title post { organization { name } } } } } } }`,
        variables: (i) => ({ n: at(sample.names, i) }),
        canon: (d) => d.people.edges.map(({ node: p }: Json) => ({ id: p.id, posts: distinct(p.posts.map((h: Json) => `${h.title}|${h.post.organization?.name ?? ''}`)) })),
      },
      peer: {
        query: `query ($n: String!) { people(where: { name: { eq: $n } }, sort: [{ name: ASC }, { id: ASC }], limit: 20) { id name posts { title organization { name } } } }`,
        variables: (i) => ({ n: at(sample.names, i) }),
        canon: (d) => d.people.map((p: Json) => ({ id: p.id, posts: distinct(p.posts.map((post: Json) => `${post.title}|${post.organization[0]?.name ?? ''}`)) })),
      },
    },
    {
      name: '20 newest meetings up to a date → presidedBy → presided',
      ours: {
        query: `query ($d: String!) { meetings(filter: { to: $d }, first: 20) { edges { node { id name start presidedBy { id name presided { id name start } } } } } }`,
        variables: (i) => ({ d: at(sample.dates, i) }),
        canon: (d) => d.meetings.edges.map(({ node: m }: Json) => ({ id: m.id, presidedBy: [...m.presidedBy].sort((a: Json, b: Json) => a.id.localeCompare(b.id)).map((p: Json) => `${p.id}:${ids(p.presided).join(',')}`) })),
      },
      peer: {
        query: `query ($d: Date!) { meetings(where: { start: { lte: $d } }, sort: [{ start: DESC }, { id: ASC }], limit: 20) { id name start presidedBy { id name presided { id name start } } } }`,
        variables: (i) => ({ d: at(sample.dates, i) }),
        canon: (d) => d.meetings.map((m: Json) => ({ id: m.id, presidedBy: [...m.presidedBy].sort((a: Json, b: Json) => a.id.localeCompare(b.id)).map((p: Json) => `${p.id}:${ids(p.presided).join(',')}`) })),
      },
    },
  ];
}

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<Json> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as Json;
  if (body.errors) throw new Error(`${url} answers with errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

interface Measure {
  p50: number;
  p99: number;
  rps: number;
  neo4jMs: number | undefined;
  serverMs: number | undefined;
  errors: number;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '4004' },
      rounds: { type: 'string', default: '5' },
      requests: { type: 'string', default: '1600' },
      check: { type: 'string', default: '40' },
      only: { type: 'string' },
    },
  });
  const seed = Number(values.seed);
  const rounds = Number(values.rounds);
  const requests = Number(values.requests);
  const checks = Number(values.check);
  if (![seed, rounds, requests, checks].every((x) => Number.isInteger(x) && x > 0)) {
    process.stderr.write('usage: npm run bench:peer -- [--seed 4004] [--rounds 5] [--requests 1600] [--check 40] [--only meeting,person,people,20]\n');
    return 2;
  }
  const prefix = `generated/${seed}-`;
  const { uri } = await ensureNeo4j();
  const graph = await Graph.connect({ ...neo4jSettings(), uri });
  const children: ChildProcess[] = [];
  try {
    await applySchema(graph);
    const sampleRow = (await graph.read('bench/sample', { prefix, sample: 200 }))[0];
    const articles = Number(sampleRow?.articles ?? 0);
    if (!articles) throw new Error(`no generated articles (sources ${prefix}*) in ${uri}: run \`npm run bench:ingest -- --n 10000 --keep\` first`);
    const neo4jPid = neo4jSettings().external ? undefined : LocalNeo4j.fromConfig().runningPid();

    const ours = await startBenchServer('query-server.js', { env: { NEO4J_URI: uri, PORT: '0' } });
    const peer = await startBenchServer('peer-server.js', { env: { NEO4J_URI: uri, PORT: '0' } });
    children.push(ours.child, peer.child);

    const meetings = (sampleRow.meetings as string[]) ?? [];
    const people = (sampleRow.people as string[]) ?? [];
    const names = [...new Set(((sampleRow.names as string[]) ?? []).filter((s) => s.length >= 2))];
    // Dates to list meetings up to: the start dates of the sampled meetings.
    const dates: string[] = [];
    for (const id of meetings.slice(0, 60)) {
      const d = await post(ours.url, 'query ($id: ID!) { meeting(id: $id) { start } }', { id });
      if (d.meeting?.start) dates.push(d.meeting.start);
    }
    let qs = questions({ meetings, people, names, dates });
    if (values.only) {
      const wanted = values.only.split(',').map((w) => w.trim()).filter(Boolean);
      qs = qs.filter((q) => wanted.some((w) => q.name.startsWith(w)));
      if (!qs.length) throw new Error(`--only ${values.only} matches no question`);
    }

    // 1. The answers agree.
    let disagreements = 0;
    for (const q of qs) {
      for (let i = 0; i < checks; i++) {
        const a = q.ours.canon(await post(ours.url, q.ours.query, q.ours.variables(i)));
        const b = q.peer.canon(await post(peer.url, q.peer.query, q.peer.variables(i)));
        if (JSON.stringify(a) !== JSON.stringify(b)) {
          disagreements++;
          if (disagreements <= 3) process.stderr.write(`answers differ for "${q.name}" with ${JSON.stringify(q.ours.variables(i))}:\n  ours ${JSON.stringify(a).slice(0, 600)}\n  peer ${JSON.stringify(b).slice(0, 600)}\n`);
        }
      }
    }
    process.stderr.write(`answers checked: ${qs.length} questions × ${checks} variables, ${disagreements} disagreement(s)\n`);

    // 2. Load, interleaved. A short warm-up of each side first (JIT, plan caches).
    const load0 = os.loadavg()[0];
    const measure = async (side: Side, url: string, pid: number | undefined, connections: number, amount: number): Promise<Measure> => {
      const neo0 = cpuSeconds(neo4jPid);
      const srv0 = cpuSeconds(pid);
      const r = await runLoad({ url, connections, amount, body: (i) => JSON.stringify({ query: side.query, variables: side.variables(i) }) });
      const neo1 = cpuSeconds(neo4jPid);
      const srv1 = cpuSeconds(pid);
      const per = (a?: number, b?: number) => (a !== undefined && b !== undefined && r.requests ? ((b - a) * 1000) / r.requests : undefined);
      return { p50: r.p50, p99: r.p99, rps: r.rps, neo4jMs: per(neo0, neo1), serverMs: per(srv0, srv1), errors: r.errors };
    };
    for (const q of qs) {
      await measure(q.ours, ours.url, ours.child.pid, 16, 200);
      await measure(q.peer, peer.url, peer.child.pid, 16, 200);
    }
    const results = new Map<string, { ours: Measure[]; peer: Measure[] }>();
    for (let round = 0; round < rounds; round++) {
      for (const q of qs) {
        for (const connections of [1, 16]) {
          const amount = atOneConnection(connections, requests);
          const key = `${q.name}\t${connections}`;
          if (!results.has(key)) results.set(key, { ours: [], peer: [] });
          const slot = results.get(key)!;
          const order: ('ours' | 'peer')[] = round % 2 ? ['peer', 'ours'] : ['ours', 'peer'];
          for (const who of order) {
            const m = who === 'ours' ? await measure(q.ours, ours.url, ours.child.pid, connections, amount) : await measure(q.peer, peer.url, peer.child.pid, connections, amount);
            slot[who].push(m);
            process.stderr.write(`round ${round + 1} ${who.padEnd(4)} ${connections.toString().padStart(2)} conns  p50 ${ms(m.p50)} p99 ${ms(m.p99)} ${m.rps.toFixed(0)} req/s  ${q.name}\n`);
          }
        }
      }
    }
    const load1 = os.loadavg()[0];

    // 3. The table.
    const med = (list: Measure[], k: keyof Measure) => median(list.map((m) => m[k] as number).filter((v) => v !== undefined));
    const cpu = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '–');
    const lines = [
      `@neo4j/graphql ${peerVersion()} vs our API on ${uri}: ${articles} generated articles (seed ${seed}); ${rounds} rounds, ${requests} requests at 16 connections and ${atOneConnection(1, requests)} at 1 per side and round; medians of rounds`,
      `answers checked equal: ${qs.length} questions × ${checks} variables, ${disagreements} disagreement(s); machine load (1-min) ${load0.toFixed(1)} at start, ${load1.toFixed(1)} at end, ${os.cpus().length} cores`,
      '',
      '| question | conns | p50 ms ours / peer | p99 ms ours / peer | req/s ours / peer | p50 ratio | p99 ratio | req/s ratio | Neo4j CPU ms/req ours / peer | server CPU ms/req ours / peer | errors |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ];
    for (const [key, { ours: o, peer: p }] of results) {
      const [name, connections] = key.split('\t');
      const row = (k: keyof Measure) => [med(o, k), med(p, k)];
      const [o50, p50] = row('p50');
      const [o99, p99] = row('p99');
      const [orps, prps] = row('rps');
      const [oneo, pneo] = row('neo4jMs');
      const [osrv, psrv] = row('serverMs');
      const errors = [...o, ...p].reduce((n, m) => n + m.errors, 0);
      lines.push(`| ${name} | ${connections} | ${ms(o50)} / ${ms(p50)} | ${ms(o99)} / ${ms(p99)} | ${orps.toFixed(0)} / ${prps.toFixed(0)} | ${(o50 / p50).toFixed(2)} | ${(o99 / p99).toFixed(2)} | ${(orps / prps).toFixed(2)} | ${cpu(oneo)} / ${cpu(pneo)} | ${cpu(osrv)} / ${cpu(psrv)} | ${errors} |`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    return disagreements ? 1 : 0;
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await graph.close();
  }
}

/**
 * Requests per side and round: --requests at 16 connections, half as many at 1 (which take
 * longer each). A round of a side lasts some seconds, so that a p99 is more than the few
 * slowest answers of one busy second.
 */
function atOneConnection(connections: number, requests: number): number {
  return connections === 1 ? Math.max(100, Math.floor(requests / 2)) : requests;
}

function peerVersion(): string {
  try {
    // the package's exports map hides package.json from require.resolve; find it beside the entry point
    let dir = path.dirname(require.resolve('@neo4j/graphql'));
    while (!fs.existsSync(path.join(dir, 'package.json')) && dir !== path.dirname(dir)) dir = path.dirname(dir);
    return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`bench:peer: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
