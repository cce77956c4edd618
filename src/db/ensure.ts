// The entry point other parts call before they use Neo4j (npm start, the test set-up):
// "make sure a Neo4j answers on the configured settings".
import { neo4jSettings, Neo4jSettings } from '../config';
import { describeProbeError, errorCode, isAuthFailure, probeServer, ServerInfo } from './bolt-probe';
import { Neo4jSetupError } from './errors';
import { LocalNeo4j, LocalNeo4jOptions } from './local-neo4j';

export interface EnsuredNeo4j {
  uri: string;
  /** True when this call started the local server (so the caller may stop it again). */
  startedHere: boolean;
  /** True when NEO4J_URI named a server that this project does not manage. */
  external: boolean;
  server: ServerInfo;
}

/**
 * With NEO4J_URI set: only checks that the server answers (and that NEO4J_DATABASE exists),
 * starting nothing. Without: starts the project's local Neo4j unless it already runs
 * (building it with Maven the first time). Throws Neo4jSetupError with what to do.
 */
export async function ensureNeo4j(settings: Neo4jSettings = neo4jSettings(), local: Partial<LocalNeo4jOptions> = {}): Promise<EnsuredNeo4j> {
  if (settings.external) {
    const server = await checkExternal(settings);
    return { uri: settings.uri, startedHere: false, external: true, server };
  }
  const result = await LocalNeo4j.fromConfig(settings, local).start();
  return { uri: result.uri, startedHere: !result.alreadyRunning, external: false, server: result.server };
}

async function checkExternal(settings: Neo4jSettings): Promise<ServerInfo> {
  try {
    return await probeServer({ uri: settings.uri, user: settings.user, password: settings.password, database: settings.database }, 10_000);
  } catch (err) {
    const advice = isAuthFailure(err)
      ? 'check NEO4J_USER and NEO4J_PASSWORD'
      : errorCode(err)?.startsWith('Neo.ClientError.Database.')
        ? `check NEO4J_DATABASE (the server has no database '${settings.database}')`
        : 'check that the server runs and NEO4J_URI is right, or unset NEO4J_URI to use the local Neo4j (`npm run db:start`)';
    throw new Neo4jSetupError(
      `the Neo4j at NEO4J_URI=${settings.uri} (user ${settings.user}, database ${settings.database}) does not answer: ${describeProbeError(err)}. ${advice[0].toUpperCase()}${advice.slice(1)}.`,
      undefined,
      { cause: err },
    );
  }
}
