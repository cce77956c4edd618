// `npm run bench:query -- [--n 10000] [--seed 4004] [--requests 2000] [--keep] [--url URL] [--only meeting,person]`:
// GraphQL latency and throughput on a generated corpus.
//
// It uses the graph that `npm run bench:ingest -- --keep` leaves (N generated articles with
// sources generated/<seed>-<i>.txt), or loads the missing ones itself (and removes what it
// loaded afterwards unless --keep). Then it starts the API server in a child process (or
// uses --url) and drives it with autocannon: for each representative query, 1 and 16
// concurrent clients, a bounded number of requests, ids rotating over a sample, and
// reports p50 / p99 latency (per response, fractions of a millisecond kept) and requests/s
// (answers over the time from the first request to the last answer: bench/load.ts). Target: p99 < 50 ms at 16 clients
// for the single-meeting and single-person queries on 10,000 articles.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { neo4jSettings } from '../src/config';
import { ensureNeo4j } from '../src/db';
import { Graph } from '../src/graph/driver';
import { deleteArticlesBySourcePrefix, ingestTexts } from '../src/ingest';
import { applySchema } from '../src/graph/schema';
import { generateArticles } from './corpus-generator';
import { ms, runLoad } from './load';
import type { ChildProcess } from 'node:child_process';
import { startBenchServer } from './processes';
import { useBenchStatements } from './cypher';

useBenchStatements();

interface Scenario {
  name: string;
  query: string;
  variables: (i: number) => Record<string, unknown>;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '4004' },
      requests: { type: 'string', default: '2000' },
      keep: { type: 'boolean', default: false },
      url: { type: 'string' },
      only: { type: 'string' },
    },
  });
  const n = Number(values.n);
  const seed = Number(values.seed);
  const requests = Number(values.requests);
  if (![n, seed, requests].every((x) => Number.isInteger(x) && x > 0)) {
    process.stderr.write('usage: npm run bench:query -- [--n 10000] [--seed 4004] [--requests 2000] [--keep] [--url URL] [--only meeting,person]\n');
    return 2;
  }
  const prefix = `generated/${seed}-`;
  const { uri } = await ensureNeo4j();
  const graph = await Graph.connect({ ...neo4jSettings(), uri });
  let loadedHere = false;
  let child: ChildProcess | undefined;
  try {
    await applySchema(graph);
    let sample = await graph.read('bench/sample', { prefix, sample: 200 }).then((rows) => rows[0]);
    if (Number(sample?.articles ?? 0) < n) {
      process.stderr.write(`the graph holds ${sample?.articles ?? 0} of ${n} generated articles (seed ${seed}); loading the rest (this takes a while; \`npm run bench:ingest -- --keep\` does it once for later runs)\n`);
      const t0 = Date.now();
      const report = await ingestTexts(graph, (function* () { for (const a of generateArticles(n, seed)) yield { source: a.source, text: a.text, published: a.published }; })(), { batchSize: 100, listArticles: false });
      loadedHere = report.inserted > 0;
      process.stderr.write(`loaded: ${report.inserted} inserted, ${report.unchanged} already there, ${report.failed.length} failed, in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
      sample = await graph.read('bench/sample', { prefix, sample: 200 }).then((rows) => rows[0]);
    }
    const meetings = (sample?.meetings as string[]) ?? [];
    const people = (sample?.people as string[]) ?? [];
    const names = ((sample?.names as string[]) ?? []).filter((s) => s.length >= 2);
    if (!meetings.length || !people.length) throw new Error(`no generated meetings or people found under sources ${prefix}*`);

    let url = values.url;
    if (!url) {
      const started = await startBenchServer('query-server.js', { env: { NEO4J_URI: uri } });
      child = started.child;
      url = started.url;
    }
    const scenarios: Scenario[] = [
      {
        name: 'meeting (presidedBy, reports, elections)',
        query: `query ($id: ID!) { meeting(id: $id) { name start place { name } presidedBy { name evidence { sentence } } reports { title reporter { name } } elections { person { name } post { title } } approved { __typename title } } }`,
        variables: (i) => ({ id: meetings[i % meetings.length] }),
      },
      {
        name: 'person (posts, timeline)',
        query: `query ($id: ID!) { person(id: $id) { name posts { title organization { name } firstSeen lastSeen } timeline { date kind summary } } }`,
        variables: (i) => ({ id: people[i % people.length] }),
      },
      {
        name: 'career (tenures with evidence)',
        query: `query ($id: ID!) { career(person: $id) { title organizationName start { date how explicit evidence } end { date how explicit evidence } firstSeen lastSeen acting } }`,
        variables: (i) => ({ id: people[i % people.length] }),
      },
      {
        name: 'colleagues (tenures, meetings)',
        query: `query ($id: ID!) { colleagues(person: $id) { name tenures { from to mine { title } theirs { title } } meetings { meeting { name start } myRoles theirRoles theirEvidence { text } } } }`,
        variables: (i) => ({ id: people[i % people.length] }),
      },
      {
        name: 'search',
        query: `query ($t: String!) { search(text: $t, first: 10) { id type label score } }`,
        variables: (i) => ({ t: names[i % names.length] }),
      },
      {
        name: 'neighbourhood (depth 1, limit 100)',
        query: `query ($id: ID!) { neighborhood(id: $id, depth: 1, limit: 100) { nodes { id label type } edges { source target type } } }`,
        variables: (i) => ({ id: meetings[i % meetings.length] }),
      },
    ];

    // --only meeting,person runs just the scenarios whose names start with those words
    // (quicker when profiling one query).
    if (values.only) {
      const wanted = values.only.split(',').map((w) => w.trim()).filter(Boolean);
      const kept = scenarios.filter((s) => wanted.some((w) => s.name.startsWith(w)));
      if (!kept.length) throw new Error(`--only ${values.only} matches no scenario; the scenarios are: ${scenarios.map((s) => s.name.split(' ')[0]).join(', ')}`);
      scenarios.splice(0, scenarios.length, ...kept);
    }

    // Check once that every query answers without errors, so the numbers measure answers.
    for (const s of scenarios) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: s.query, variables: s.variables(0) }) });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(`the ${s.name} query fails: ${JSON.stringify(body.errors)}`);
    }

    const lines = [`GraphQL at ${url}; ${sample?.articles} generated articles (seed ${seed}); ${meetings.length} meetings, ${people.length} people sampled; load (1-min) ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`, ''];
    lines.push(`${'query'.padEnd(40)} ${'clients'.padStart(7)} ${'requests'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'req/s'.padStart(7)} errors`);
    for (const s of scenarios) {
      for (const connections of [1, 16]) {
        const amount = connections === 1 ? Math.max(100, Math.floor(requests / 4)) : requests;
        const result = await runLoad({ url, connections, amount, body: (i) => JSON.stringify({ query: s.query, variables: s.variables(i) }) });
        const errors = result.errors;
        lines.push(`${s.name.padEnd(40)} ${String(connections).padStart(7)} ${String(result.requests).padStart(8)} ${ms(result.p50).padStart(7)} ${ms(result.p99).padStart(7)} ${result.rps.toFixed(0).padStart(7)} ${errors}`);
        process.stderr.write(`${lines[lines.length - 1]}\n`);
      }
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    if (child) child.kill('SIGTERM');
    if (loadedHere && !values.keep) {
      const removed = await deleteArticlesBySourcePrefix(graph, prefix);
      process.stderr.write(`cleanup: removed the ${removed} generated articles this run loaded (--keep keeps them)\n`);
    }
    await graph.close();
  }
}


main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`bench:query: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
