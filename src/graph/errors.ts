// Typed errors for everything that can go wrong talking to Neo4j. The driver reports
// failures as Neo4jError with a `code` (Neo.ClientError.…) or a connectivity code
// (ServiceUnavailable, SessionExpired); callers should not have to know those strings,
// so `toGraphError` maps them once, at the boundary.
import { Neo4jError } from 'neo4j-driver';

export type GraphErrorKind = 'unavailable' | 'auth' | 'constraint' | 'timeout' | 'query' | 'unknown';

export class GraphError extends Error {
  constructor(
    readonly kind: GraphErrorKind,
    message: string,
    /** The named Cypher statement that failed, when there was one. */
    readonly query?: string,
    readonly code?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'GraphError';
  }
}

/** What an operator should do about each kind of failure. */
const ADVICE: Record<GraphErrorKind, string> = {
  unavailable: 'is Neo4j running? start the local one with `npm run db:start`, or set NEO4J_URI',
  auth: 'check NEO4J_USER / NEO4J_PASSWORD',
  constraint: 'the data breaks a schema constraint (cypher/schema.cypher); this is a bug in the writer',
  timeout: 'the query ran past its time limit; narrow it (smaller depth, limit or page size)',
  query: 'the Cypher statement was rejected; this is a bug in cypher/',
  unknown: 'see the cause for details',
};

export function toGraphError(err: unknown, query?: string): GraphError {
  if (err instanceof GraphError) return err;
  const code = err instanceof Neo4jError ? err.code : (err as { code?: string } | null)?.code;
  const text = err instanceof Error ? err.message : String(err);
  const kind = classify(code, text);
  const where = query ? ` (query ${query})` : '';
  return new GraphError(kind, `Neo4j ${kind} error${where}: ${firstLine(text)} — ${ADVICE[kind]}`, query, code, { cause: err });
}

function classify(code: string | undefined, text: string): GraphErrorKind {
  if (!code) return /ECONNREFUSED|connect|socket|closed/i.test(text) ? 'unavailable' : 'unknown';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
    return 'unavailable';
  }
  if (code.startsWith('Neo.ClientError.Security.')) return 'auth';
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return 'constraint';
  if (code.includes('TransactionTimedOut')) return 'timeout';
  if (code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Procedure.')) return 'query';
  return 'unknown';
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return i < 0 ? s : s.slice(0, i);
}
