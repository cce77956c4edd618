// Named Cypher statements. Every statement the code runs lives in cypher/<area>/<name>.cypher
// and is referred to by its name ("ingest/merge-people"), so the queries can be read, reviewed
// and snapshot-tested apart from the TypeScript, and no statement is ever assembled from
// user input: values always travel as parameters.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

const cache = new Map<string, string>();
const extraRoots = new Map<string, string>();

/**
 * Lets tests and benches keep their own statements beside them, out of cypher/: a name whose
 * first segment is `prefix` ("test/db/read-marker") is read from `dir` without that segment.
 */
export function addCypherRoot(prefix: string, dir: string): void {
  if (!/^[a-z0-9-]+$/.test(prefix)) throw new Error(`bad Cypher root prefix '${prefix}'`);
  extraRoots.set(prefix, dir);
}

function statementFile(name: string): string {
  const slash = name.indexOf('/');
  const root = slash > 0 ? extraRoots.get(name.slice(0, slash)) : undefined;
  return root === undefined ? path.join(CYPHER_DIR, `${name}.cypher`) : path.join(root, `${name.slice(slash + 1)}.cypher`);
}

/** The text of the named statement, read once per process. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(name)) throw new Error(`bad Cypher statement name '${name}'`);
    const file = statementFile(name);
    try {
      text = fs.readFileSync(file, 'utf8').trim();
    } catch {
      throw new Error(`no Cypher statement '${name}': expected the file ${file}`);
    }
    cache.set(name, text);
  }
  return text;
}

/**
 * Splits a script such as cypher/schema.cypher into statements: `;` at the end of a line
 * ends one; `//` comment lines are dropped.
 */
export function splitStatements(script: string): string[] {
  return script
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}
