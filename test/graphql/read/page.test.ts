// A page of a list as a Relay connection (src/graphql/read/page.ts): its edges, their
// cursors (made only when read), and the page info. Pure, no database.
import * as cursor from '../../../src/graphql/cursor';
import { pageOf } from '../../../src/graphql/read/page';
import type { Native } from '../../../src/graph/values';

const meeting = (id: string, start: string | null) => ({ id, name: `会议 ${id}`, start });
const named = (node: Native) => ({ made: (node as { id: string }).id });

describe('pageOf', () => {
  afterEach(() => jest.restoreAllMocks());

  it('gives the first `first` nodes as edges, and says whether more follow or came before', () => {
    const row = { page: [meeting('m1', '2024-03-01'), meeting('m2', '2024-02-01'), meeting('m3', null)], total: 7 };
    const page = pageOf(row, 'meetings', true, 2, named);
    expect(page.edges.map((e) => e.node)).toEqual([{ made: 'm1' }, { made: 'm2' }]);
    expect(page.totalCount).toBe(7);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

    const last = pageOf({ page: [meeting('m9', null)] }, 'meetings', false, 2, named);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    expect(last.totalCount).toBe(0);
  });

  it("gives each edge the cursor of its node's sort key, and the page's first and last as start and end", () => {
    const row = { page: [meeting('m1', '2024-03-01'), meeting('m2', null)] };
    const page = pageOf(row, 'meetings', false, 5, named);
    expect(page.edges.map((e) => cursor.decodeCursor('meetings', e.cursor))).toEqual([
      ['2024-03-01', 'm1'],
      [null, 'm2'],
    ]);
    expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
    expect(page.pageInfo.endCursor).toBe(page.edges[1].cursor);
    const people = pageOf({ page: [{ id: 'p1', name: '张三' }] }, 'people', false, 5, named);
    expect(cursor.decodeCursor('people', people.edges[0].cursor)).toEqual(['张三', 'p1']);
  });

  it('makes a cursor only when it is read, and once', () => {
    const encode = jest.spyOn(cursor, 'encodeCursor');
    const page = pageOf({ page: [meeting('m1', '2024-03-01'), meeting('m2', '2024-02-01'), meeting('m3', '2024-01-01')] }, 'meetings', false, 3, named);
    expect(encode).not.toHaveBeenCalled();
    const end = page.pageInfo.endCursor;
    expect(page.edges[2].cursor).toBe(end);
    expect(encode).toHaveBeenCalledTimes(1);
    expect(encode).toHaveBeenCalledWith('meetings', ['2024-01-01', 'm3']);
  });

  it('has no start or end cursor on an empty page', () => {
    const page = pageOf({ page: [] }, 'people', false, 20, named);
    expect(page.edges).toEqual([]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
  });
});
