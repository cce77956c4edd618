// The local-Neo4j library, for the rest of the project: ensureNeo4j() before using the
// database; LocalNeo4j for tests that need an instance of their own.
export { ensureNeo4j, stopLocalNeo4j } from './ensure';
export type { EnsuredNeo4j } from './ensure';
export { LocalNeo4j } from './local-neo4j';
export type { LocalNeo4jOptions, LocalStatus, StartResult, StopResult } from './local-neo4j';
export { Neo4jSetupError } from './errors';
export { probeServer } from './bolt-probe';
export type { ServerInfo, BoltTarget } from './bolt-probe';
