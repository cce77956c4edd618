// `npm start` as a user runs it (the built dist/src/server/main.js, after tsc): it reaches
// Neo4j, applies the schema, loads seeds/, serves the presided-over question, stops
// cleanly on SIGTERM; and a second start adds nothing to what the seeds put in the graph.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { Graph } from '../../src/graph/driver';
import { articleId } from '../../src/ingest/keys';
import { query } from '../graph/helpers';

const MAIN = path.join(PROJECT_ROOT, 'dist/src/server/main.js');
const SEEDS = path.join(PROJECT_ROOT, 'seeds');

let graph: Graph;

beforeAll(async () => {
  const built = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(PROJECT_ROOT, 'tsconfig.build.json')], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`tsc failed:\n${built.stdout}${built.stderr}`);
  graph = await Graph.connect();
});

afterAll(async () => {
  await graph?.close();
});

interface Started {
  child: ChildProcess;
  url: string;
  log: () => string;
}

/** Starts main.js on a free port (PORT=0) and waits for the URL it logs. */
function start(): Promise<Started> {
  const child = spawn(process.execPath, [MAIN], { cwd: PROJECT_ROOT, env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', KG_API_TOKEN: '' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not listen within 90 s:\n${log}`)), 90_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const m = /"url":"(http:\/\/127\.0\.0\.1:\d+\/graphql)","mutations"/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1], log: () => log });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code} before listening:\n${log}`));
    });
  });
}

function stop(s: Started): Promise<number | null> {
  return new Promise((resolve) => {
    s.child.once('exit', (code) => resolve(code));
    s.child.kill('SIGTERM');
  });
}

/** Nodes the seed articles mention, and the facts they state: what a second start must not change. */
async function seedFootprint() {
  const ids = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => articleId(fs.readFileSync(path.join(SEEDS, f), 'utf8')));
  const [row] = await query(
    graph,
    `MATCH (a:Article) WHERE a.id IN $ids
     OPTIONAL MATCH (a)-[:MENTIONS]->(n)
     WITH $ids AS ids, count(DISTINCT a) AS articles, count(DISTINCT n) AS nodes
     OPTIONAL MATCH ()-[r]->() WHERE r.articleId IN ids
     RETURN articles, nodes, count(r) AS facts`,
    { ids },
  );
  return row;
}

it('starts, loads the seeds, answers, stops on SIGTERM; a second start adds nothing', async () => {
  const first = await start();
  try {
    expect(first.log()).toMatch(/schema applied/);
    expect(first.log()).toMatch(/seed articles loaded/);
    const res = await fetch(first.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ meetings(filter: { text: "华漕镇第六届人民代表大会第六次会议" }, first: 1) { edges { node { presidedBy { name } } } } }' }),
    });
    const body = (await res.json()) as any;
    expect(body.data.meetings.edges[0].node.presidedBy.map((p: any) => p.name)).toEqual(expect.arrayContaining(['周胜春', '李炜']));
  } finally {
    expect(await stop(first)).toBe(0);
  }
  expect(first.log()).toMatch(/GraphQL server stopped/);

  const before = await seedFootprint();
  expect(before.articles).toBe(2);
  const second = await start();
  try {
    expect(second.log()).toMatch(/"inserted":0,"unchanged":2/);
    expect(await seedFootprint()).toEqual(before);
  } finally {
    expect(await stop(second)).toBe(0);
  }
});
