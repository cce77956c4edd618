// Builds a Relay connection from a `{ total, page }` row of a *-page statement, which
// returns up to first + 1 nodes so that hasNextPage needs no second query.
import { Row } from '../../graph/driver';
import { Native } from '../../graph/values';
import { encodeCursor } from '../cursor';
import { ConnectionShape, PageInfo } from '../types/connection.type';

export function pageOf<T>(row: Row | undefined, offset: number, first: number, make: (node: Native) => T): ConnectionShape<T> {
  const nodes = Array.isArray(row?.page) ? row.page : [];
  const edges = nodes.slice(0, first).map((node, i) => ({ node: make(node), cursor: encodeCursor(offset + i) }));
  const pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: nodes.length > first,
    hasPreviousPage: offset > 0,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  });
  return { edges, pageInfo, totalCount: typeof row?.total === 'number' ? row.total : 0 };
}
