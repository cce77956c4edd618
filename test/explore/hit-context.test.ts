import { contextsOfLookalikes, hitContext } from '../../src/explore/web/hit-context';

describe('hitContext', () => {
  it('names the meeting of an item, the organization (with its place) of a post, the place of the rest', () => {
    expect(hitContext({ __typename: 'Report', meeting: { name: '青禾镇第三届人民代表大会第二次会议' } })).toBe('青禾镇第三届人民代表大会第二次会议');
    expect(hitContext({ __typename: 'Post', organization: { name: '人民政府', place: { name: '青禾镇' } } })).toBe('青禾镇 人民政府');
    expect(hitContext({ __typename: 'Post', organization: { name: '青禾镇人民政府', place: { name: '青禾镇' } } })).toBe('青禾镇人民政府');
    expect(hitContext({ __typename: 'Person', places: [{ name: '青禾镇' }, { name: '白沙乡' }] })).toBe('青禾镇、白沙乡');
    expect(hitContext({ __typename: 'Meeting', place: { name: '青禾镇' }, start: '2024-03-02' })).toBe('青禾镇 · 2024-03-02');
    expect(hitContext({ __typename: 'Place', parent: { name: '临溪县' } })).toBe('临溪县');
    expect(hitContext({ __typename: 'Person', places: [] })).toBeUndefined();
    expect(hitContext(null)).toBeUndefined();
  });
});

describe('contextsOfLookalikes', () => {
  it('gives context only to hits whose type and label another hit shares', () => {
    const hits = [
      { id: 'a', type: 'Post', label: '镇长', entity: { organization: { name: '人民政府', place: { name: '青禾镇' } } } },
      { id: 'b', type: 'Post', label: '镇长', entity: { organization: { name: '人民政府', place: { name: '白沙镇' } } } },
      { id: 'c', type: 'Post', label: '副镇长', entity: { organization: { name: '人民政府', place: { name: '青禾镇' } } } },
      { id: 'd', type: 'Person', label: '镇长', entity: { places: [{ name: '青禾镇' }] } },
    ];
    expect([...contextsOfLookalikes(hits)]).toEqual([
      ['a', '青禾镇 人民政府'],
      ['b', '白沙镇 人民政府'],
    ]);
  });
});
