// The one error type of src/db. Its message is written for an operator: what failed, on
// which input (path, port, URI), and what to do about it; `details` carries the evidence
// (usually the tail of a log) for printing below the message.
export class Neo4jSetupError extends Error {
  constructor(
    message: string,
    /** Extra lines for the operator, e.g. the last lines of the server log. */
    readonly details?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'Neo4jSetupError';
  }
}

/** What to tell a user whose machine cannot run the local Neo4j. */
export const ALTERNATIVES =
  'Alternatives: run Neo4j with Docker (`docker compose up -d neo4j`, see docker-compose.yml) ' +
  'and set NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=meeting-kg-local, or point NEO4J_URI ' +
  '(with NEO4J_USER / NEO4J_PASSWORD) at any Neo4j 5.26 server.';
