import neo4j from 'neo4j-driver';
import { toNative, toNeo4jDate } from '../../src/graph/values';

describe('toNative', () => {
  it('turns integers into numbers, and keeps unsafe ones exact as strings', () => {
    expect(toNative(neo4j.int(42))).toBe(42);
    expect(toNative(neo4j.int('9007199254740993'))).toBe('9007199254740993');
  });

  it('turns dates into ISO strings, also inside lists and maps', () => {
    const d = new neo4j.types.Date(2024, 12, 26);
    expect(toNative({ start: d, xs: [d, null] })).toEqual({ start: '2024-12-26', xs: ['2024-12-26', null] });
  });

  it('flattens nodes to their properties plus labels', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Person'], { id: 'person:x', name: '某人', age: neo4j.int(3) }, 'e1');
    expect(toNative(node)).toEqual({ id: 'person:x', name: '某人', age: 3, _labels: ['Person'] });
  });
});

describe('toNeo4jDate', () => {
  it('builds a DATE from an ISO string and rejects anything else', () => {
    expect(toNeo4jDate('2024-07-18')?.toString()).toBe('2024-07-18');
    expect(toNeo4jDate(null)).toBeNull();
    expect(() => toNeo4jDate('7月18日')).toThrow(/not an ISO date/);
  });
});
