import { attributeName, exportedAttributes, exportedProperties, formatValue, mergeTypes, nodeLabel, nodeType } from '../../src/export/attributes';
import { attributeTypeOf, pageKeys } from '../../src/export/neo4j-source';

describe('export attributes', () => {
  it('maps Cypher value types to declared XML types', () => {
    expect(attributeTypeOf('INTEGER NOT NULL')).toBe('long');
    expect(attributeTypeOf('FLOAT NOT NULL')).toBe('double');
    expect(attributeTypeOf('BOOLEAN NOT NULL')).toBe('boolean');
    expect(attributeTypeOf('DATE NOT NULL')).toBe('string');
    expect(attributeTypeOf('LIST<STRING NOT NULL> NOT NULL')).toBe('string');
  });

  it('declares one type for mixed values: numbers widen, anything else is text', () => {
    expect(mergeTypes(['long'])).toBe('long');
    expect(mergeTypes(['long', 'double'])).toBe('double');
    expect(mergeTypes(['long', 'string'])).toBe('string');
    expect(mergeTypes([])).toBe('string');
  });

  it('renames properties that clash with the exporter’s own attributes, and drops the id property', () => {
    expect(attributeName('label', ['id', 'label', 'labels'])).toBe('prop_label');
    expect(attributeName('prop_label', ['label'])).toBe('prop_prop_label');
    expect(attributeName('name', ['label'])).toBe('name');
    expect(exportedProperties({ id: 'x', label: 'a', name: 'b' }, ['id', 'label'])).toEqual({ prop_label: 'a', name: 'b' });
    expect(exportedAttributes([{ name: 'id', type: 'string' }, { name: 'type', type: 'string' }, { name: 'chars', type: 'long' }], ['type'])).toEqual([
      { name: 'chars', type: 'long' },
      { name: 'prop_type', type: 'string' },
    ]);
  });

  it('writes values as text: lists as JSON, nulls empty', () => {
    expect(formatValue(['镇长', '副镇长'])).toBe('["镇长","副镇长"]');
    expect(formatValue(3)).toBe('3');
    expect(formatValue(true)).toBe('true');
    expect(formatValue(null)).toBe('');
  });

  it('labels a node by name, then title, then id', () => {
    expect(nodeLabel({ id: 'person:x/甲', properties: { name: '甲' } })).toBe('甲');
    expect(nodeLabel({ id: 'item:x', properties: { title: '预算报告' } })).toBe('预算报告');
    expect(nodeLabel({ id: 'article:1', properties: {} })).toBe('article:1');
    expect(nodeType({ labels: ['Report'] })).toBe('Report');
  });
});

describe('keyset paging', () => {
  it('takes the largest id of a page and counts deleted nodes (null ids) towards its size', () => {
    expect(pageKeys([{ id: 'a' }, { id: 'c' }, { id: null }, { id: 'b' }], 'id')).toEqual({ largest: 'c', count: 4 });
    expect(pageKeys([{ source: 'a' }, { source: 'a' }, { source: 'b' }], 'source')).toEqual({ largest: 'b', count: 2 });
    expect(pageKeys([], 'id')).toEqual({ largest: null, count: 0 });
  });
});
