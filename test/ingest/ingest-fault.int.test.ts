// Neo4j dies in the middle of an ingest: the report must say which articles did not land
// (and why), nothing half-written may remain, and a rerun after a restart must complete
// without duplicating anything. Runs against a throwaway second Neo4j of its own.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOCAL_NEO4J } from '../../src/config';
import { LocalNeo4j } from '../../src/db';
import { Graph } from '../../src/graph/driver';
import { ingestResults } from '../../src/ingest/ingest-results';
import { applySchema } from '../../src/graph/schema';
import { townArticle } from '../graph/fixtures/town-article';
import { query } from '../graph/helpers';

jest.setTimeout(600_000);

const ARTICLES = 240;
const KILL_AFTER = 60;

function articles() {
  // 24 towns × 10 sessions: shared people and meetings across articles, as in real news.
  return Array.from({ length: ARTICLES }, (_, i) =>
    townArticle({ town: `测${i % 24}镇`, county: '测试县', secretary: `书记${i % 24}`, mayor: `镇长${i}`, term: 3, session: 1 + Math.floor(i / 24), date: '2025-02-01', source: `fault/${i}.txt` }),
  );
}

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-fault-'));
const spare = new LocalNeo4j({ home, boltPort: 17000 + Math.floor(Math.random() * 900), pageCacheMb: 64, onProgress: () => undefined });
const connect = () => Graph.connect({ uri: spare.uri, user: 'neo4j', password: LOCAL_NEO4J.password, database: 'neo4j', external: true });

afterAll(async () => {
  await spare.stop().catch(() => undefined);
  fs.rmSync(home, { recursive: true, force: true });
});

it('reports what did not land when Neo4j is killed mid-ingest, and a rerun completes without duplicates', async () => {
  await spare.start();
  let graph = await connect();
  await applySchema(graph);

  let killed: Promise<void> | undefined;
  const first = await ingestResults(graph, articles(), {
    batchSize: 10,
    onProgress: (done) => {
      if (done >= KILL_AFTER && !killed) killed = spare.kill();
    },
  });
  await killed;
  await graph.close();

  // Every article is accounted for; the ones that did not land are named, with the reason.
  expect(first.read).toBe(ARTICLES);
  expect(first.inserted + first.failed.length).toBe(ARTICLES);
  expect(first.inserted).toBeGreaterThanOrEqual(KILL_AFTER);
  expect(first.failed.length).toBeGreaterThan(0);
  expect(first.stoppedBecause).toMatch(/Neo4j became unreachable/);
  for (const f of first.failed) {
    expect(f.source).toMatch(/^fault\/\d+\.txt$/);
    expect(f.reason).toMatch(/unreachable|unavailable/i);
  }

  // Restart (recovery from the transaction log) and rerun the same articles.
  await spare.start();
  graph = await connect();
  try {
    const rerun = await ingestResults(graph, articles(), { batchSize: 10 });
    expect(rerun.failed).toEqual([]);
    expect(rerun.unchanged).toBeGreaterThanOrEqual(first.inserted); // a commit the client never heard of is still "unchanged"
    expect(rerun.inserted + rerun.unchanged).toBe(ARTICLES);

    // No duplicates, no half-written article: exactly the facts of 240 whole articles.
    const [counts] = await query(
      graph,
      `MATCH (a:Article) WITH count(a) AS articles
       MATCH (p:Person) WITH articles, count(p) AS people
       MATCH (m:Meeting) WITH articles, people, count(m) AS meetings
       MATCH ()-[r]->() WHERE r.articleId IS NOT NULL
       RETURN articles, people, meetings, count(r) AS facts`,
    );
    expect(counts).toEqual({ articles: ARTICLES, people: 24 + ARTICLES, meetings: ARTICLES, facts: ARTICLES * 8 });
  } finally {
    await graph.close();
  }
});
