// The pure pieces of the API's input handling: Lucene escaping, cursors, the depth rule
// and the complexity estimate.
import { parse, validate } from 'graphql';
import { operationComplexity } from '../../src/graphql/complexity';
import { encodeCursor, offsetAfter } from '../../src/graphql/cursor';
import { depthLimitRule } from '../../src/graphql/depth-limit';
import { escapeLucene } from '../../src/graphql/lucene';
import { buildGraphQLSchema } from '../../src/graphql/schema';

describe('escapeLucene', () => {
  it('escapes every Lucene operator character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe('a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t');
  });
  it('turns boolean words into plain words and folds spaces', () => {
    expect(escapeLucene('  会议 AND  报告 OR NOT x TO ')).toBe('会议 and 报告 or not x to');
  });
  it('leaves Chinese text alone', () => {
    expect(escapeLucene('泖港镇人民代表大会')).toBe('泖港镇人民代表大会');
  });
});

describe('cursors', () => {
  it('round-trip an offset and are opaque', () => {
    const c = encodeCursor(41);
    expect(c).not.toContain('41');
    expect(offsetAfter(c)).toBe(42);
    expect(offsetAfter(null)).toBe(0);
  });
  it('refuse strings that are not our cursors with BAD_USER_INPUT', () => {
    for (const bad of ['abc', Buffer.from('kg:offset:-1').toString('base64url'), Buffer.from('kg:offset:1e9x').toString('base64url')]) {
      expect(() => offsetAfter(bad)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
    }
  });
});

describe('depth limit', () => {
  const schema = buildGraphQLSchema();
  const nest = (levels: number) => {
    let inner = 'name';
    for (let i = 0; i < levels; i++) inner = `presided { presidedBy { ${inner} } }`;
    return `{ person(id: "x") { ${inner} } }`;
  };
  it('accepts up to the limit and refuses beyond it, through fragments too', () => {
    expect(validate(schema, parse(nest(5)), [depthLimitRule(12)])).toEqual([]);
    expect(validate(schema, parse(nest(6)), [depthLimitRule(12)])[0].message).toMatch(/limit is 12/);
    const viaFragment = `fragment F on Meeting { presidedBy { presided { presidedBy { presided { name } } } } } { person(id: "x") { presided { ...F } } }`;
    expect(validate(schema, parse(viaFragment), [depthLimitRule(5)])[0].message).toMatch(/limit is 5/);
  });
});

describe('complexity', () => {
  const schema = buildGraphQLSchema();
  it('multiplies by first and counts every alias', () => {
    const one = operationComplexity(schema, parse('{ meetings(first: 10) { edges { node { name } } } }'), {});
    const hundred = operationComplexity(schema, parse('{ meetings(first: 100) { edges { node { name } } } }'), {});
    expect(hundred).toBeGreaterThan(one * 5);
    const twice = operationComplexity(schema, parse('{ a: meetings(first: 10) { edges { node { name } } } b: meetings(first: 10) { edges { node { name } } } }'), {});
    expect(twice).toBe(one * 2);
  });
  it('reads page sizes from variables', () => {
    const q = parse('query ($n: Int) { people(first: $n) { edges { node { name } } } }');
    expect(operationComplexity(schema, q, { n: 100 })).toBeGreaterThan(operationComplexity(schema, q, { n: 1 }));
  });
});
