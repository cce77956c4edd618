// `npm run bench:ingest -- [--n 10000] [--batch 100] [--concurrency 1] [--seed 4004] [--keep]`: end-to-end
// ingestion speed. Streams N generated articles (bench/corpus-generator.ts) through extract
// + ingest into the local Neo4j (started if needed; NEO4J_URI to use another), and reports
// articles/s, relationships/s and peak RSS (sampled every 20 ms), which should stay flat
// in N because nothing is held per article once its group is written.
//
// The bench's articles have sources `generated/<seed>-<i>.txt`; they are deleted before the
// run (so it measures inserts, not skips) and after it, unless --keep. Deleting them only
// removes nodes no other article mentions, so other data in the database is untouched.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { neo4jSettings } from '../src/config';
import { ensureNeo4j, LocalNeo4j } from '../src/db';
import { Graph } from '../src/graph/driver';
import { deleteArticlesBySourcePrefix, ingestTexts } from '../src/ingest';
import { applySchema } from '../src/graph/schema';
import { generateArticles } from './corpus-generator';
import { cpuSeconds } from './processes';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { n: { type: 'string', default: '10000' }, batch: { type: 'string', default: '100' }, concurrency: { type: 'string', default: '1' }, seed: { type: 'string', default: '4004' }, keep: { type: 'boolean', default: false } },
  });
  const n = Number(values.n);
  const batchSize = Number(values.batch);
  const seed = Number(values.seed);
  const concurrency = Number(values.concurrency);
  if (![n, batchSize, seed, concurrency].every((x) => Number.isInteger(x) && x > 0)) {
    process.stderr.write('usage: npm run bench:ingest -- [--n 10000] [--batch 100] [--concurrency 1] [--seed 4004] [--keep]\n');
    return 2;
  }
  const prefix = `generated/${seed}-`;

  const { uri } = await ensureNeo4j();
  const graph = await Graph.connect({ ...neo4jSettings(), uri });
  try {
    await applySchema(graph);
    const stale = await deleteArticlesBySourcePrefix(graph, prefix);
    if (stale) process.stderr.write(`removed ${stale} articles of an earlier run\n`);

    let peakRss = process.memoryUsage.rss();
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
    }, 20);
    const rssAt: Record<number, number> = {};
    // the server's time per named statement: where Neo4j's share of the work goes
    const statements = new Map<string, { calls: number; ms: number }>();
    graph.onQueryDone(({ name, serverMs }) => {
      const s = statements.get(name) ?? statements.set(name, { calls: 0, ms: 0 }).get(name)!;
      s.calls += 1;
      s.ms += serverMs;
    });
    // CPU seconds of this process and of the local Neo4j (when it is ours to see): on a
    // shared machine, wall-clock rates depend on the neighbours; CPU per article does not.
    const neo4jPid = neo4jSettings().external ? undefined : LocalNeo4j.fromConfig().runningPid();
    const load0 = os.loadavg()[0];
    const cpu0 = process.cpuUsage();
    const neo0 = cpuSeconds(neo4jPid);
    const t0 = process.hrtime.bigint();
    const report = await ingestTexts(
      graph,
      (function* () {
        for (const a of generateArticles(n, seed)) yield { source: a.source, text: a.text, published: a.published };
      })(),
      {
        batchSize,
        concurrency,
        listArticles: false,
        onProgress: (done) => {
          if (done % 1000 === 0) rssAt[done] = process.memoryUsage.rss();
        },
      },
    );
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = process.cpuUsage(cpu0);
    const neo1 = cpuSeconds(neo4jPid);
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage.rss());

    const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
    const lines = [
      `articles: ${n} (batch ${batchSize}, ${concurrency} group(s) in flight, seed ${seed}) into ${uri}`,
      `inserted ${report.inserted}, unchanged ${report.unchanged}, replaced ${report.replaced}, failed ${report.failed.length}`,
      `time: ${seconds.toFixed(1)} s`,
      `throughput: ${(report.read / seconds).toFixed(0)} articles/s, ${(report.relationshipsCreated / seconds).toFixed(0)} relationships/s, ${(report.nodesCreated / seconds).toFixed(0)} nodes/s`,
      `created: ${report.nodesCreated} nodes, ${report.relationshipsCreated} relationships (skipped facts: ${report.skippedFacts})`,
      `identity resolution: ${report.identity ? `${report.identity.names} names in ${(report.identity.ms / 1000).toFixed(1)} s, ${((report.identity.ms / 1000 / seconds) * 100).toFixed(0)}% of the time` : 'off'}`,
      `peak RSS (sampled every 20 ms): ${mb(peakRss)}`,
      `RSS after every 1000 articles: ${Object.values(rssAt).map(mb).join(', ')}`,
      `CPU per article: node (extract + map + driver) ${((cpu.user + cpu.system) / 1000 / n).toFixed(2)} ms` +
        (neo0 !== undefined && neo1 !== undefined ? `, Neo4j ${(((neo1 - neo0) * 1000) / n).toFixed(2)} ms` : ', Neo4j not measured (not the local instance)'),
      `machine load (1-min average): ${load0.toFixed(1)} at start, ${os.loadavg()[0].toFixed(1)} at end, on ${os.cpus().length} cores`,
    ];
    const serverMs = [...statements.values()].reduce((sum, x) => sum + x.ms, 0);
    lines.push(`server time per statement (${(serverMs / 1000).toFixed(1)} s in all; ms per article, calls, share):`);
    // the heaviest, and every statement of identity resolution (run once, after the writes)
    const ranked = [...statements].sort((p, q) => q[1].ms - p[1].ms);
    for (const [name, x] of ranked.filter(([name], i) => i < 12 || name.startsWith('identity/'))) {
      lines.push(`  ${name.padEnd(36)} ${(x.ms / n).toFixed(3)} ms  ${String(x.calls).padStart(6)}  ${((x.ms / Math.max(1, serverMs)) * 100).toFixed(0)}%`);
    }
    if (report.failed.length) lines.push(`first failures: ${JSON.stringify(report.failed.slice(0, 3))}`);
    process.stdout.write(`${lines.join('\n')}\n`);

    if (!values.keep) {
      const t1 = Date.now();
      const removed = await deleteArticlesBySourcePrefix(graph, prefix);
      process.stdout.write(`cleanup: deleted ${removed} bench articles and what only they said in ${((Date.now() - t1) / 1000).toFixed(1)} s\n`);
    } else process.stdout.write(`kept: the bench articles stay (sources ${prefix}*); rerun without --keep to remove them\n`);
    return report.failed.length ? 1 : 0;
  } finally {
    await graph.close();
  }
}


main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`bench:ingest: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
