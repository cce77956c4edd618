#!/usr/bin/env node
// `npm run db:start | db:stop | db:status`: the local Neo4j from the command line.
// Prints plain lines for people on stdout; errors go to stderr with exit status 1.
// `mark MARKER` and `fingerprint` (JSON on stdout) let .ci/run check that `npm test` leaves
// this database as it was.
import { neo4jSettings } from '../config';
import { Graph } from '../graph/driver';
import { ensureNeo4j } from './ensure';
import { Neo4jSetupError } from './errors';
import { fingerprint, markDatabase } from './fingerprint';
import { LocalNeo4j } from './local-neo4j';

const say = (line: string) => process.stdout.write(`${line}\n`);
const progress = (line: string) => say(`db: ${line}`);

async function start(): Promise<number> {
  const settings = neo4jSettings();
  if (settings.external) say(`NEO4J_URI is set: using ${settings.uri}, not starting the local Neo4j`);
  const result = await ensureNeo4j(settings, { onProgress: progress });
  const what = `Neo4j ${result.server.version} ${result.server.edition}`;
  if (result.external) say(`${what} answers on ${result.uri}`);
  else if (result.startedHere) say(`${what} started on ${result.uri}`);
  else say(`${what} is already running on ${result.uri}`);
  say(result.uri);
  return 0;
}

async function stop(): Promise<number> {
  const settings = neo4jSettings();
  if (settings.external) {
    say(`NEO4J_URI is set (${settings.uri}): that server is not managed here, nothing to stop`);
    return 0;
  }
  const local = LocalNeo4j.fromConfig(settings, { onProgress: progress });
  const result = await local.stop();
  if (!result.wasRunning) say(`the local Neo4j (${local.home}) was not running`);
  else say(result.forced ? 'Neo4j did not stop in time and was killed' : 'Neo4j stopped');
  return 0;
}

/** Exit status 0 when it answers on the configured port, 3 when it is not running (like `service status`), 1 on trouble (a port mismatch included). */
async function status(): Promise<number> {
  const settings = neo4jSettings();
  if (settings.external) {
    say(`external Neo4j (NEO4J_URI): ${settings.uri}`);
    const result = await ensureNeo4j(settings);
    say(`answers: ${result.server.name} ${result.server.version} ${result.server.edition}`);
    return 0;
  }
  const local = LocalNeo4j.fromConfig(settings);
  const s = await local.status();
  say(`local Neo4j: ${s.running ? `running (pid ${s.pid})` : 'not running'}`);
  say(`uri:  ${s.uri}`);
  say(`home: ${local.home}`);
  if (s.server) say(`version: ${s.server.name} ${s.server.version} ${s.server.edition}`);
  if (s.problem) say(`problem: ${s.problem}`);
  if (!s.running) return 3;
  return s.server && !s.problem ? 0 : 1;
}

async function withGraph(work: (graph: Graph) => Promise<void>): Promise<number> {
  const graph = await Graph.connect(neo4jSettings());
  try {
    await work(graph);
    return 0;
  } finally {
    await graph.close();
  }
}

const mark = (marker: string) => withGraph((graph) => markDatabase(graph, marker));
const printFingerprint = () =>
  withGraph(async (graph) => {
    say(JSON.stringify(await fingerprint(graph), null, 2));
  });

const COMMANDS: Record<string, { run: (arg: string) => Promise<number>; takesArgument?: boolean }> = {
  start: { run: start },
  stop: { run: stop },
  status: { run: status },
  mark: { run: mark, takesArgument: true },
  fingerprint: { run: printFingerprint },
};

async function main(argv: string[]): Promise<number> {
  const command = COMMANDS[argv[0] ?? ''];
  if (!command || argv.length !== (command.takesArgument ? 2 : 1)) {
    process.stderr.write('usage: node dist/src/db/cli.js start|stop|status|fingerprint|mark MARKER   (npm run db:start, db:stop, db:status)\n');
    return 2;
  }
  return command.run(argv[1]);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`db: ${err instanceof Error ? err.message : String(err)}\n`);
    if (err instanceof Neo4jSetupError && err.details) process.stderr.write(`${err.details}\n`);
    else if (!(err instanceof Neo4jSetupError) && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 1;
  },
);
