// Asks a Neo4j over Bolt whether it answers and what it is. Used to wait for the local
// server, to check an external one (NEO4J_URI), and by `db:status`.
import neo4j, { Driver } from 'neo4j-driver';
import { cypher } from '../graph/cypher';

export interface BoltTarget {
  uri: string;
  user: string;
  password: string;
  /** Checked to exist when given. */
  database?: string;
}

export interface ServerInfo {
  /** "Neo4j Kernel" */
  name: string;
  /** e.g. "5.26.30" */
  version: string;
  /** "community" or "enterprise" */
  edition: string;
}

/** A short-lived driver for one probe; the caller closes it. */
export function probeDriver(target: BoltTarget, connectionTimeoutMs = 5_000): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    connectionTimeout: connectionTimeoutMs,
    connectionAcquisitionTimeout: connectionTimeoutMs,
    maxConnectionPoolSize: 1,
    userAgent: 'meeting-kg-db',
  });
}

/** Connects, authenticates and reads dbms.components(); throws the driver's error on failure. */
export async function probeServer(target: BoltTarget, connectionTimeoutMs = 5_000): Promise<ServerInfo> {
  const driver = probeDriver(target, connectionTimeoutMs);
  try {
    await driver.verifyConnectivity(target.database ? { database: target.database } : undefined);
    const session = driver.session({ database: target.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(cypher('db/server-components')));
      const kernel = result.records.map((r) => r.toObject()).find((c) => c.name === 'Neo4j Kernel') ?? result.records[0]?.toObject();
      if (!kernel) throw new Error(`${target.uri} answered dbms.components() with no rows`);
      return { name: String(kernel.name), version: String(kernel.version), edition: String(kernel.edition) };
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}

/** The driver error code of a failed probe (e.g. ServiceUnavailable, Neo.ClientError.Security.Unauthorized). */
export function errorCode(err: unknown): string | undefined {
  return (err as { code?: string } | null)?.code;
}

/** A failed probe in one line: the driver code (when there is one) and the first line of the message. */
export function describeProbeError(err: unknown): string {
  const code = errorCode(err);
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return code ? `${code}: ${message}` : message;
}

/** True for failures that mean "wrong user or password" rather than "not there (yet)". */
export function isAuthFailure(err: unknown): boolean {
  return errorCode(err)?.startsWith('Neo.ClientError.Security.') ?? false;
}
