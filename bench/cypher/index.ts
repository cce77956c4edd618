// Statements only benches run live here, out of the product's cypher/ folder. Benches run
// compiled from dist/, so the folder is found from the project root, not from this file.
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { addCypherRoot } from '../../src/graph/cypher';

/** Makes `bench/<name>` statements readable from bench/cypher/<name>.cypher. */
export function useBenchStatements(): void {
  addCypherRoot('bench', path.join(PROJECT_ROOT, 'bench', 'cypher'));
}
