#!/usr/bin/env node
// `npm start`: make sure Neo4j runs (the local one unless NEO4J_URI is set), apply the
// schema, load the sample articles from seeds/ (a second start adds nothing: ingestion
// skips texts it already has), then serve GraphQL until SIGINT/SIGTERM.
import 'reflect-metadata';
import path from 'node:path';
import { neo4jSettings, PROJECT_ROOT, serverSettings } from '../config';
import { ensureNeo4j } from '../db';
import { Neo4jSetupError } from '../db/errors';
import { Graph } from '../graph/driver';
import { ingestPaths } from '../ingest';
import { applySchema } from '../graph/schema';
import { logger } from '../logger';
import { startServer } from './app';
import { applyHeapPolicy } from './heap';

export const SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds');

async function main(): Promise<void> {
  const neo4j = neo4jSettings();
  const server = serverSettings();
  applyHeapPolicy(server.heapGrowingPercent);

  logger.info({ uri: neo4j.uri, external: neo4j.external }, neo4j.external ? 'checking the Neo4j named by NEO4J_URI' : 'starting the local Neo4j (or reusing it)');
  const ensured = await ensureNeo4j(neo4j);
  logger.info({ uri: ensured.uri, version: ensured.server.version, startedHere: ensured.startedHere }, 'Neo4j answers');

  const graph = await Graph.connect({ ...neo4j, uri: ensured.uri });
  const schema = await applySchema(graph);
  logger.info({ statements: schema.statements }, 'schema applied (constraints and indexes)');

  const report = await ingestPaths(graph, [SEEDS_DIR], { listArticles: false });
  logger.info(
    { folder: SEEDS_DIR, read: report.read, inserted: report.inserted, unchanged: report.unchanged, replaced: report.replaced, failed: report.failed.length, nodesCreated: report.nodesCreated, relationshipsCreated: report.relationshipsCreated },
    'seed articles loaded',
  );
  for (const f of report.failed) logger.warn({ source: f.source, reason: f.reason }, 'a seed article could not be ingested');

  const running = await startServer({ graph, host: server.host, port: server.port, apiToken: server.apiToken });
  logger.info(`GraphQL and the playground: ${running.url} (explorer: ${running.url.replace(/\/graphql$/, '/explore/')})`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: closing the HTTP server, then the Neo4j driver');
    try {
      await running.stop();
      await graph.close();
      if (ensured.startedHere) logger.info('the local Neo4j keeps running for the next start; `npm run db:stop` stops it');
      process.exitCode = 0;
    } catch (err) {
      logger.error({ err }, 'error while shutting down');
      process.exitCode = 1;
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof Neo4jSetupError) {
    logger.fatal(err.message);
    if (err.details) process.stderr.write(`${err.details}\n`);
  } else {
    logger.fatal({ err }, `npm start failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  process.exitCode = 1;
  // Whatever is still open (driver, sockets) must not keep a failed start alive.
  setTimeout(() => process.exit(1), 1_000).unref();
});
