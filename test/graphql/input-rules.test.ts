// The pure pieces of the API's input handling: Lucene escaping, cursors, the depth rule
// and the complexity estimate.
import { parse, validate } from 'graphql';
import { operationComplexity } from '../../src/graphql/guards/complexity';
import { decodeCursor, encodeCursor } from '../../src/graphql/cursor';
import { depthLimitRule } from '../../src/graphql/guards/depth-limit';
import { escapeLucene } from '../../src/graphql/guards/lucene';
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
  const refused = expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) });
  it('round-trip the sort key of the last edge, not an offset', () => {
    const c = encodeCursor('meetings', ['2024-03-08', 'meeting:泖港镇/congress/6/8']);
    expect(decodeCursor('meetings', c)).toEqual(['2024-03-08', 'meeting:泖港镇/congress/6/8']);
    expect(decodeCursor('meetings', encodeCursor('meetings', [null, 'meeting:x']))).toEqual([null, 'meeting:x']);
    expect(decodeCursor('people', encodeCursor('people', ['杜劲松', 'person:泖港镇/杜劲松']))).toEqual(['杜劲松', 'person:泖港镇/杜劲松']);
    expect(decodeCursor('people', null)).toBeNull();
    expect(decodeCursor('people', '')).toBeNull();
  });
  it('refuse strings that are not our cursors with BAD_USER_INPUT', () => {
    for (const bad of ['abc', 'a b', Buffer.from('kg:offset:1').toString('base64url'), Buffer.from('["kg1","people","x","y"].000000000000').toString('base64url')]) {
      expect(() => decodeCursor('people', bad)).toThrow(refused);
    }
  });
  it('refuse a cursor of the other list', () => {
    expect(() => decodeCursor('people', encodeCursor('meetings', ['2024-03-08', 'meeting:x']))).toThrow(refused);
  });
  it('refuse an edited cursor (its checksum no longer matches)', () => {
    const text = Buffer.from(encodeCursor('people', ['杜劲松', 'person:a']), 'base64url').toString('utf8');
    const edited = Buffer.from(text.replace('person:a', 'person:b'), 'utf8').toString('base64url');
    expect(() => decodeCursor('people', edited)).toThrow(refused);
    // one character changed anywhere in the opaque string
    const c = encodeCursor('meetings', ['2024-03-08', 'meeting:x']);
    const flipped = c.slice(0, 10) + (c[10] === 'A' ? 'B' : 'A') + c.slice(11);
    expect(() => decodeCursor('meetings', flipped)).toThrow(refused);
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
