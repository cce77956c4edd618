// Applies cypher/schema.cypher (constraints, indexes, the full-text index). Every statement
// there says IF NOT EXISTS, so this runs at every start and a second run changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { cypher, CYPHER_DIR, splitStatements } from './cypher';
import { Graph } from './driver';
import { toGraphError } from './errors';

export const SCHEMA_FILE = path.join(CYPHER_DIR, 'schema.cypher');

/** The statements of cypher/schema.cypher, in order. */
export function schemaStatements(): string[] {
  return splitStatements(fs.readFileSync(SCHEMA_FILE, 'utf8'));
}

/**
 * Creates the constraints and indexes that are missing and waits until they are online,
 * so that the first ingest already merges through the id constraints.
 * Schema commands cannot share a transaction with data writes, so each runs on its own.
 */
export async function applySchema(graph: Graph): Promise<{ statements: number }> {
  const statements = schemaStatements();
  const session = graph.driver.session({ database: graph.database });
  try {
    for (const [i, statement] of statements.entries()) {
      try {
        await session.run(statement);
      } catch (err) {
        throw toGraphError(err, `schema statement ${i + 1} of ${SCHEMA_FILE}`);
      }
    }
    await session.run(cypher('admin/await-indexes'), { seconds: 300 });
  } finally {
    await session.close();
  }
  return { statements: statements.length };
}
