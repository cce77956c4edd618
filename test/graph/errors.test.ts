import { Neo4jError } from 'neo4j-driver';
import { GraphError, toGraphError } from '../../src/graph/errors';

describe('toGraphError', () => {
  const cases: Array<[string, string]> = [
    ['ServiceUnavailable', 'unavailable'],
    ['SessionExpired', 'unavailable'],
    ['Neo.ClientError.Security.Unauthorized', 'auth'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'constraint'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'timeout'],
    ['Neo.ClientError.Statement.SyntaxError', 'query'],
  ];
  it.each(cases)('maps %s to %s, naming the query and what to do', (code, kind) => {
    const e = toGraphError(new Neo4jError('boom\nsecond line', code, '', ''), 'ingest/merge-people');
    expect(e).toBeInstanceOf(GraphError);
    expect(e.kind).toBe(kind);
    expect(e.code).toBe(code);
    expect(e.query).toBe('ingest/merge-people');
    expect(e.message).toContain('ingest/merge-people');
    expect(e.message).not.toContain('second line');
    expect(e.message).toMatch(/ — \S/); // carries advice
  });

  it('treats a refused connection without a code as unavailable and points at db:start', () => {
    const e = toGraphError(new Error('connect ECONNREFUSED 127.0.0.1:7687'));
    expect(e.kind).toBe('unavailable');
    expect(e.message).toContain('npm run db:start');
  });

  it('passes GraphErrors through unchanged', () => {
    const original = new GraphError('auth', 'x');
    expect(toGraphError(original)).toBe(original);
  });
});
