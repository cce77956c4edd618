// A neo4j-driver stand-in for tests of the API's read plan: every statement the Graph sends
// is recorded as a round trip (the statement's name, found from its text, and its
// parameters), and answered with rows the test sets per statement. Only what the API's
// reads use is here (session().run and close); anything else the code called would fail
// the test with a TypeError, which is the point.
import fs from 'node:fs';
import path from 'node:path';
import neo4j, { Driver, isDate, isInt } from 'neo4j-driver';
import { CYPHER_DIR, cypher } from '../../../src/graph/cypher';
import { Graph } from '../../../src/graph/driver';

export interface RoundTrip {
  statement: string;
  params: unknown;
}

/** The rows the database would return for `statement` with `params`. */
export type Responder = (statement: string, params: Record<string, any>) => Record<string, unknown>[];

export class RecordingDriver {
  readonly trips: RoundTrip[] = [];
  private readonly names = statementNamesByText();

  constructor(private readonly respond: Responder) {}

  /** A Graph that sends through this driver. */
  graph(): Graph {
    return Graph.over(this as unknown as Driver);
  }

  session() {
    return {
      run: async (text: string, params: Record<string, unknown> = {}) => {
        const statement = this.names.get(text.trim());
        if (statement === undefined) throw new Error(`not a named statement of cypher/: ${text.slice(0, 80)}`);
        this.trips.push({ statement, params: readable(params) });
        // Fresh objects: the Graph converts rows in place.
        const rows = this.respond(statement, params).map((row) => structuredClone(row));
        return { records: rows.map((row) => ({ toObject: () => row })) };
      },
      close: async () => undefined,
    };
  }
}

/** Every statement under cypher/, by its text. */
function statementNamesByText(): Map<string, string> {
  const byText = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.cypher')) {
        const name = path.relative(CYPHER_DIR, file).replace(/\\/g, '/').replace(/\.cypher$/, '');
        byText.set(cypher(name), name);
      }
    }
  };
  walk(CYPHER_DIR);
  return byText;
}

/** Parameters as a snapshot should show them: Cypher integers and dates marked as such. */
function readable(value: unknown): unknown {
  if (isInt(value)) return `int ${neo4j.integer.toString(value)}`;
  if (isDate(value)) return `date ${value.toString()}`;
  if (Array.isArray(value)) return value.map(readable);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, readable(v)]));
  return value;
}
