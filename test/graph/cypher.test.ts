import { cypher, splitStatements } from '../../src/graph/cypher';
import { useTestStatements } from '../cypher';

describe('named Cypher', () => {
  it('refuses names that could escape the cypher/ folder', () => {
    expect(() => cypher('../package')).toThrow(/bad Cypher statement name/);
    expect(() => cypher('Robert"); DROP')).toThrow(/bad Cypher statement name/);
  });

  it('says which file it expected for an unknown statement', () => {
    expect(() => cypher('no-such/statement')).toThrow(/cypher\/no-such\/statement\.cypher/);
  });

  it('reads test statements from test/cypher, and the product folder holds none of them', () => {
    useTestStatements();
    expect(cypher('test/db/read-marker')).toMatch(/MATCH \(m:DbTestMarker/);
    expect(() => cypher('db/test-read-marker')).toThrow(/no Cypher statement/);
  });

  it('splits a schema script into statements, dropping comment lines', () => {
    const script = '// constraints\nCREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;\n\n// index\nCREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.name);\n';
    expect(splitStatements(script)).toEqual([
      'CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.name)',
    ]);
  });
});
