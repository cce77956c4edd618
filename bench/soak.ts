// `npm run bench:soak -- [--duration 600] [--clients 16] [--write-every 3] [--n 10000] [--seed 4004] [--url URL]`:
// the GraphQL server under sustained mixed load, looking for errors, a growing tail and
// growing memory.
//
// It uses the graph `npm run bench:ingest -- --keep` leaves (N generated articles), loading
// what is missing first. It starts the API server in a child process (bench/query-server.ts,
// with an API token), then for --duration seconds:
// - --clients readers loop over the playground's questions (src/server/playground/examples.ts:
//   who presided, reported and elected, approved, posts and meetings, path, neighbourhood,
//   search), with the names and ids of the generated corpus in place of the examples'
//   literals, plus the two lookups meeting(id) and person(id);
// - one writer sends a new generated article through the ingestArticle mutation every
//   --write-every seconds (sources soak/<run>-<i>.txt, deleted again at the end).
// Every minute it prints requests, errors by code, read p50 / p99, writes, and the server's
// RSS and heap (the peak and the low of samples every 2 s); at the end it checks the targets
// (issue 12): no errors, every minute's p99 within 1.5x of the first minute's, and no later
// minute's RSS peak more than 10% above the first minute's.
import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { neo4jSettings } from '../src/config';
import { ensureNeo4j } from '../src/db';
import { Graph } from '../src/graph/driver';
import { deleteArticlesBySourcePrefix, ingestTexts } from '../src/ingest';
import { applySchema } from '../src/graph/schema';
import { EXAMPLES } from '../src/server/playground/examples';
import { generateArticles } from './corpus-generator';
import { startBenchServer } from './processes';
import { useBenchStatements } from './cypher';

useBenchStatements();

const TOKEN = 'soak-bench-token';

interface Sample {
  meetings: { id: string; name: string }[];
  people: { id: string; name: string }[];
}

interface Question {
  name: string;
  query: string;
  variables: (i: number) => Record<string, unknown>;
}

/**
 * The playground's examples, with each string literal turned into a variable filled from
 * the generated corpus (a meeting name for `meetings(filter: { text })`, a person's name for
 * `people(filter: { name })`, a name for `search(text)`), and their own variables (path's
 * from/to, neighborhood's id) taken from the corpus too.
 */
export function playgroundQuestions(sample: Sample): Question[] {
  const pick = <T>(list: T[], i: number, salt = 0) => list[(i * 7 + salt) % list.length];
  const questions: Question[] = EXAMPLES.map((ex) => {
    const body = ex.query.replace(/^#.*$/gm, '');
    const fillers: ((i: number) => string)[] = [];
    let query = body.replace(/(meetings\(filter: \{ text: |people\(filter: \{ name: |search\(text: )"[^"]*"/g, (_m, field: string) => {
      const n = fillers.length;
      fillers.push(field.startsWith('meetings') ? (i) => pick(sample.meetings, i).name : (i) => pick(sample.people, i).name);
      return `${field}$s${n}`;
    });
    if (fillers.length) {
      const decl = fillers.map((_f, n) => `$s${n}: String!`).join(', ');
      query = query.replace(/^(\s*query \w+)\s*\{/m, `$1(${decl}) {`);
    }
    const own = ex.variables ?? {};
    return {
      name: ex.title,
      query,
      variables: (i: number) => {
        const v: Record<string, unknown> = {};
        fillers.forEach((f, n) => (v[`s${n}`] = f(i)));
        if ('from' in own) v.from = pick(sample.people, i).id;
        if ('to' in own) v.to = pick(sample.people, i, 3).id;
        if ('id' in own) v.id = pick(sample.meetings, i).id;
        return v;
      },
    };
  });
  questions.push(
    {
      name: 'meeting(id) lookup',
      query: `query ($id: ID!) { meeting(id: $id) { name start place { name } presidedBy { name evidence { sentence } } reports { title reporter { name } } elections { person { name } post { title } } approved { __typename title } } }`,
      variables: (i) => ({ id: pick(sample.meetings, i, 1).id }),
    },
    {
      name: 'person(id) lookup',
      query: `query ($id: ID!) { person(id: $id) { name posts { title organization { name } firstSeen lastSeen } timeline { date kind summary } } }`,
      variables: (i) => ({ id: pick(sample.people, i, 2).id }),
    },
  );
  return questions;
}

interface Answer {
  ms: number;
  /** undefined = answered without errors; else the first error's code (or HTTP_<status>, NETWORK). */
  code?: string;
  body?: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function post(url: URL, payload: unknown, headers: Record<string, string> = {}, timeoutMs = 60_000): Promise<Answer> {
  const data = JSON.stringify(payload);
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...headers }, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const ms = performance.now() - t0;
          const body = Buffer.concat(chunks).toString('utf8');
          let code: string | undefined;
          if (res.statusCode !== 200 || body.includes('"errors"')) {
            try {
              code = (JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
            } catch {
              /* not JSON: the status says it */
            }
            code ??= res.statusCode === 200 ? undefined : `HTTP_${res.statusCode}`;
          }
          resolve({ ms, code, body });
        });
        res.on('error', () => resolve({ ms: performance.now() - t0, code: 'NETWORK' }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('client timeout')));
    req.on('error', (err) => resolve({ ms: performance.now() - t0, code: /timeout/.test(err.message) ? 'CLIENT_TIMEOUT' : 'NETWORK' }));
    req.end(data);
  });
}

interface Minute {
  reads: number[];
  errors: Map<string, number>;
  writes: number;
  writeMs: number[];
  writeStatus: Map<string, number>;
  /** The server's RSS and heap in use (MB), sampled every few seconds during the minute. */
  rssMb: number[];
  heapMb: number[];
  load?: number;
}

const newMinute = (): Minute => ({ reads: [], errors: new Map(), writes: 0, writeMs: [], writeStatus: new Map(), rssMb: [], heapMb: [] });
const peak = (xs: number[]) => (xs.length ? Math.max(...xs) : NaN);
const low = (xs: number[]) => (xs.length ? Math.min(...xs) : NaN);

/** How often the server's memory is sampled: often enough to see the top of every GC cycle. */
const MEMORY_SAMPLE_MS = 2_000;

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '600' },
      clients: { type: 'string', default: '16' },
      'write-every': { type: 'string', default: '3' },
      n: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '4004' },
      url: { type: 'string' },
    },
  });
  const durationS = Number(values.duration);
  const clients = Number(values.clients);
  const writeEveryS = Number(values['write-every']);
  const n = Number(values.n);
  const seed = Number(values.seed);
  if (![durationS, clients, writeEveryS, n, seed].every((x) => Number.isFinite(x) && x > 0)) {
    process.stderr.write('usage: npm run bench:soak -- [--duration 600 (seconds)] [--clients 16] [--write-every 3 (seconds)] [--n 10000] [--seed 4004] [--url URL]\n');
    return 2;
  }
  const run = Date.now().toString(36);
  const soakPrefix = `soak/${run}-`;
  const prefix = `generated/${seed}-`;

  const { uri } = await ensureNeo4j();
  const graph = await Graph.connect({ ...neo4jSettings(), uri });
  let child: ChildProcess | undefined;
  let stopping = false;
  try {
    await applySchema(graph);
    let sampleRow = await graph.read('bench/sample', { prefix, sample: 200 }).then((rows) => rows[0]);
    if (Number(sampleRow?.articles ?? 0) < n) {
      process.stderr.write(`the graph holds ${sampleRow?.articles ?? 0} of ${n} generated articles (seed ${seed}); loading the rest (\`npm run bench:ingest -- --keep\` does it once for later runs)\n`);
      const report = await ingestTexts(graph, (function* () { for (const a of generateArticles(n, seed)) yield { source: a.source, text: a.text, published: a.published }; })(), { batchSize: 100, listArticles: false });
      process.stderr.write(`loaded: ${report.inserted} inserted, ${report.unchanged} already there, ${report.failed.length} failed\n`);
      sampleRow = await graph.read('bench/sample', { prefix, sample: 200 }).then((rows) => rows[0]);
    }

    let url = values.url;
    let serverPid: number | undefined;
    if (!url) {
      const started = await startBenchServer('query-server.js', { env: { NEO4J_URI: uri, KG_API_TOKEN: TOKEN }, ipc: true });
      child = started.child;
      url = started.url;
      serverPid = child.pid;
      child.once('exit', (code, signal) => !stopping && process.stderr.write(`soak: the server process exited during the run (code ${code}, signal ${signal})\n`));
    }
    const target = new URL(url);

    // Names of the sampled meetings and people, through the API itself.
    const sample: Sample = { meetings: [], people: [] };
    for (const id of (sampleRow?.meetings as string[]) ?? []) {
      const a = await post(target, { query: 'query ($id: ID!) { meeting(id: $id) { id name } }', variables: { id } });
      const m = (JSON.parse(a.body ?? '{}') as { data?: { meeting?: { id: string; name: string } } }).data?.meeting;
      if (m?.name) sample.meetings.push(m);
    }
    const peopleIds = (sampleRow?.people as string[]) ?? [];
    for (const id of peopleIds) {
      const a = await post(target, { query: 'query ($id: ID!) { person(id: $id) { id name } }', variables: { id } });
      const p = (JSON.parse(a.body ?? '{}') as { data?: { person?: { id: string; name: string } } }).data?.person;
      if (p?.name) sample.people.push(p);
    }
    if (!sample.meetings.length || !sample.people.length) throw new Error(`no generated meetings or people found under sources ${prefix}*`);
    const questions = playgroundQuestions(sample);
    // Every question must answer without errors once, so the soak measures answers.
    for (const q of questions) {
      const a = await post(target, { query: q.query, variables: q.variables(0) });
      if (a.code) throw new Error(`the question "${q.name}" fails before the soak: ${a.body}`);
    }

    const memory = async (): Promise<{ rss: number; heap: number } | undefined> => {
      if (!child?.connected) return undefined;
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(undefined), 5_000);
        child!.once('message', (m: { rss: number; heapUsed: number }) => {
          clearTimeout(timer);
          resolve({ rss: m.rss, heap: m.heapUsed });
        });
        child!.send('memory');
      });
    };

    const minutes: Minute[] = [newMinute()];
    const t0 = Date.now();
    const end = t0 + durationS * 1000;
    const current = () => minutes[Math.min(minutes.length - 1, Math.floor((Date.now() - t0) / 60_000))];
    const header = `${'min'.padStart(3)} ${'reads'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'writes'.padStart(6)} ${'write p50'.padStart(9)} ${'RSS peak'.padStart(8)} ${'RSS low'.padStart(7)} ${'heap peak'.padStart(9)} ${'heap low'.padStart(8)} ${'load'.padStart(5)}  errors`;
    process.stderr.write(`soak: ${clients} readers over ${questions.length} questions + 1 writer every ${writeEveryS} s, for ${durationS} s against ${url}\n${header}\n`);

    const row = (i: number, m: Minute) => {
      const sorted = [...m.reads].sort((a, b) => a - b);
      const ws = [...m.writeMs].sort((a, b) => a - b);
      const errors = [...m.errors].map(([c, k]) => `${c}:${k}`).join(' ') || '0';
      const mb = (v: number, width: number) => v.toFixed(0).padStart(width);
      return `${String(i + 1).padStart(3)} ${String(m.reads.length).padStart(7)} ${percentile(sorted, 50).toFixed(1).padStart(7)} ${percentile(sorted, 99).toFixed(1).padStart(7)} ${String(m.writes).padStart(6)} ${percentile(ws, 50).toFixed(0).padStart(9)} ${mb(peak(m.rssMb), 8)} ${mb(low(m.rssMb), 7)} ${mb(peak(m.heapMb), 9)} ${mb(low(m.heapMb), 8)} ${(m.load ?? NaN).toFixed(1).padStart(5)}  ${errors}`;
    };
    // The server's memory every few seconds: a garbage-collected heap grows and shrinks in
    // cycles of some seconds, so one sample a minute would land anywhere on that saw; the
    // peak of each minute is what the process really needs (what a leak would push up),
    // the low its floor after collections.
    const sampler = setInterval(() => {
      const m = current();
      void memory().then((mem) => {
        if (!mem) return;
        m.rssMb.push(mem.rss / 1024 / 1024);
        m.heapMb.push(mem.heap / 1024 / 1024);
      });
    }, MEMORY_SAMPLE_MS);
    // At each minute boundary: the finished minute's row, then a new minute.
    const ticker = setInterval(() => {
      const done = minutes[minutes.length - 1];
      done.load = os.loadavg()[0];
      process.stderr.write(`${row(minutes.indexOf(done), done)}\n`);
      if (Date.now() < end - 1000) minutes.push(newMinute());
    }, 60_000);

    const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
    let asked = 0;
    const reader = async () => {
      while (Date.now() < end) {
        const i = asked++;
        const q = questions[i % questions.length];
        const a = await post(target, { query: q.query, variables: q.variables(Math.floor(i / questions.length)) });
        const m = current();
        m.reads.push(a.ms);
        if (a.code) count(m.errors, a.code);
      }
    };
    const writer = async () => {
      const articles = generateArticles(1_000_000, seed + 1 + (Date.now() % 10_000))[Symbol.iterator]();
      let k = 0;
      while (Date.now() < end) {
        const next = Date.now() + writeEveryS * 1000;
        const article = articles.next().value!;
        const a = await post(
          target,
          {
            query: 'mutation ($t: String!, $s: String!, $p: String) { ingestArticle(text: $t, source: $s, published: $p) { status reason article { id } } }',
            variables: { t: article.text, s: `${soakPrefix}${k++}.txt`, p: article.published },
          },
          { authorization: `Bearer ${TOKEN}` },
        );
        const m = current();
        m.writes++;
        m.writeMs.push(a.ms);
        if (a.code) count(m.errors, `write:${a.code}`);
        else {
          const status = (JSON.parse(a.body ?? '{}') as { data?: { ingestArticle?: { status: string } } }).data?.ingestArticle?.status ?? 'none';
          count(m.writeStatus, status);
          if (status !== 'inserted' && status !== 'unchanged') count(m.errors, `write:${status}`);
        }
        await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
      }
    };
    await Promise.all([...Array.from({ length: clients }, reader), writer()]);
    clearInterval(ticker);
    clearInterval(sampler);
    minutes[minutes.length - 1].load ??= os.loadavg()[0];

    // The summary and the targets.
    const lines = [`soak: ${durationS} s, ${clients} readers (${questions.length} questions) + 1 writer every ${writeEveryS} s; ${sampleRow?.articles} generated articles; server pid ${serverPid ?? '(external)'}; ${url}`, header];
    minutes.forEach((m, i) => lines.push(row(i, m)));
    const allErrors = new Map<string, number>();
    for (const m of minutes) for (const [c, k] of m.errors) allErrors.set(c, (allErrors.get(c) ?? 0) + k);
    const totalReads = minutes.reduce((s, m) => s + m.reads.length, 0);
    const writeStatus = new Map<string, number>();
    for (const m of minutes) for (const [c, k] of m.writeStatus) writeStatus.set(c, (writeStatus.get(c) ?? 0) + k);
    const p99s = minutes.filter((m) => m.reads.length >= 100).map((m) => percentile([...m.reads].sort((a, b) => a - b), 99));
    const worstRatio = Math.max(...p99s.map((p) => p / p99s[0]));
    // Whole minutes only (a last partial minute has fewer samples, so a lower peak).
    const peaks = minutes.filter((m) => m.rssMb.length >= (60_000 / MEMORY_SAMPLE_MS) * 0.8).map((m) => peak(m.rssMb));
    const rssGrowth = peaks.length >= 2 ? (Math.max(...peaks.slice(1)) - peaks[0]) / peaks[0] : NaN;
    lines.push(
      '',
      `reads: ${totalReads}; writes: ${[...writeStatus].map(([s, k]) => `${s} ${k}`).join(', ') || 'none'}`,
      `errors by code: ${[...allErrors].map(([c, k]) => `${c} ${k}`).join(', ') || 'none'}   (target 0) ${allErrors.size ? 'MISSED' : 'met'}`,
      `worst minute p99 / first minute p99: ${worstRatio.toFixed(2)}   (target <= 1.5) ${worstRatio <= 1.5 ? 'met' : 'MISSED'}`,
      `RSS growth after the first minute (highest later minute's peak / minute 1's peak): ${(rssGrowth * 100).toFixed(1)}%   (target < 10%) ${rssGrowth < 0.1 ? 'met' : 'MISSED'}`,
      `load average (1 min) at the end: ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} cores`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
    return allErrors.size || !(worstRatio <= 1.5) || !(rssGrowth < 0.1) ? 1 : 0;
  } finally {
    stopping = true;
    if (child) child.kill('SIGTERM');
    const removed = await deleteArticlesBySourcePrefix(graph, soakPrefix).catch(() => 0);
    if (removed) process.stderr.write(`cleanup: removed the ${removed} articles the writer added\n`);
    agent.destroy();
    await graph.close();
  }
}


if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`bench:soak: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
