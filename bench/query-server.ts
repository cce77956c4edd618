// The server under test of bench:query, in its own process so that the load generator does
// not share the server's event loop: connects to Neo4j, serves on 127.0.0.1:<port>, and
// prints its URL on stdout once it listens. KG_API_TOKEN enables mutations (bench:soak).
import 'reflect-metadata';
import { neo4jSettings, serverSettings } from '../src/config';
import { Graph } from '../src/graph/driver';
import { startServer } from '../src/server/app';
import { applyHeapPolicy } from '../src/server/heap';

async function main() {
  // The server's own heap policy, as `npm start` runs it.
  applyHeapPolicy();
  const graph = await Graph.connect(neo4jSettings());
  const server = await startServer({ graph, host: '127.0.0.1', port: Number(process.env.PORT ?? 0), apiToken: serverSettings().apiToken });
  process.stdout.write(`${server.url}\n`);
  // bench:soak asks for the server's memory over IPC ('memory' → process.memoryUsage()).
  process.on('message', (m) => {
    if (m === 'memory') process.send?.(process.memoryUsage());
  });
  const stop = () => void server.stop().then(() => graph.close()).finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err) => {
  process.stderr.write(`bench query server: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
