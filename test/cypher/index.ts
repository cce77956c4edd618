// Statements only tests run (fixtures, markers) live here, out of the product's cypher/ folder.
import path from 'node:path';
import { addCypherRoot } from '../../src/graph/cypher';

/** Makes `test/<area>/<name>` statements readable from test/cypher/<area>/<name>.cypher. */
export function useTestStatements(): void {
  addCypherRoot('test', __dirname);
}
