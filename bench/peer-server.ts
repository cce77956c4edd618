// The peer of bench:peer: @neo4j/graphql serving the project's graph (type definitions in
// bench/peer/type-defs.graphql) on the same Neo4j, in its own process like our server in
// bench:query, on Apollo Server's standalone HTTP server. Prints its URL on stdout once it
// listens. Read-only use: the library's mutations are there but the bench never calls them.
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { neo4jSettings } from '../src/config';

/** The type definitions (the .graphql file sits in the source tree, next to this file's source). */
export function peerTypeDefs(): string {
  const candidates = [path.join(__dirname, 'peer', 'type-defs.graphql'), path.join(__dirname, '..', '..', 'bench', 'peer', 'type-defs.graphql')];
  const file = candidates.find((f) => fs.existsSync(f));
  if (!file) throw new Error(`bench/peer/type-defs.graphql not found (looked in ${candidates.join(', ')})`);
  return fs.readFileSync(file, 'utf8');
}

async function main() {
  const s = neo4jSettings();
  const driver = neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password));
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port: Number(process.env.PORT ?? 0) },
    context: async () => ({ sessionConfig: { database: s.database } }),
  });
  process.stdout.write(`${url}\n`);
  const stop = () => void server.stop().then(() => driver.close()).finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`bench peer server: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exit(1);
  });
}
