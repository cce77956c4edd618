// The local-Neo4j library, for the rest of the project: ensureNeo4j() before using the
// database; LocalNeo4j for tests that need an instance of their own.
export { ensureNeo4j } from './ensure';
export { LocalNeo4j } from './local-neo4j';
