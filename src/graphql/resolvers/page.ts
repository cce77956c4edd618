// Builds a Relay connection from a `{ total, page }` row of a *-page statement, which
// returns up to first + 1 nodes so that hasNextPage needs no second query. Each edge's
// cursor is the sort key of its node (keyset paging, see cursor.ts).
import { Row } from '../../graph/driver';
import { Native } from '../../graph/values';
import { CursorList, encodeCursor, SortKey } from '../cursor';
import { ConnectionShape, PageInfo } from '../types/connection.type';
import { asProps, date, str } from '../types/node-props';

export function pageOf<T>(row: Row | undefined, list: CursorList, hasCursor: boolean, first: number, make: (node: Native) => T): ConnectionShape<T> {
  const nodes = Array.isArray(row?.page) ? row.page : [];
  const edges = nodes.slice(0, first).map((node) => edgeOf(make(node), () => encodeCursor(list, sortKeyOf(list, node))));
  const pageInfo = Object.assign(new PageInfo(), { hasNextPage: nodes.length > first, hasPreviousPage: hasCursor });
  Object.defineProperties(pageInfo, {
    startCursor: { get: () => edges[0]?.cursor ?? null, enumerable: true },
    endCursor: { get: () => edges[edges.length - 1]?.cursor ?? null, enumerable: true },
  });
  return { edges, pageInfo, totalCount: typeof row?.total === 'number' ? row.total : 0 };
}

/**
 * An edge whose cursor is made when it is read: a cursor costs a hash, and most clients
 * read the cursor of the last edge (pageInfo.endCursor) or none.
 */
function edgeOf<T>(node: T, makeCursor: () => string): { node: T; cursor: string } {
  let cursor: string | undefined;
  return {
    node,
    get cursor() {
      return (cursor ??= makeCursor());
    },
  };
}

/** The key a list is sorted by: meetings by (start, id), people by (name, id). */
function sortKeyOf(list: CursorList, node: Native): SortKey {
  const p = asProps(node);
  const id = str(p, 'id') ?? '';
  return list === 'meetings' ? [date(p, 'start'), id] : [str(p, 'name') ?? '', id];
}
