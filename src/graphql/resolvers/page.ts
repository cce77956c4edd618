// Builds a Relay connection from a `{ total, page }` row of a *-page statement, which
// returns up to first + 1 nodes so that hasNextPage needs no second query. Each edge's
// cursor is the sort key of its node (keyset paging, see cursor.ts).
import { Row } from '../../graph/driver';
import { RequestContext } from '../context';
import { Native } from '../../graph/values';
import { CursorList, encodeCursor, SortKey } from '../cursor';
import { ConnectionShape, PageInfo } from '../types/connection.type';
import { asProps, date, str } from '../types/node-props';
import { PageQuery } from './list-queries';

/**
 * Reads one page as `q` says: the page statement (with `extra`, the parts it brings along),
 * the count beside it when `withTotal`, and for meetings the undated ones after the dated
 * page when that leaves room. Gives the `{ page, total, … }` row pageOf takes, and
 * `pageRead`: how many nodes at the head of `page` the page statement read (what it brought
 * along is about those only).
 */
export async function readPage(ctx: RequestContext, q: PageQuery, extra: Record<string, unknown>, withTotal: boolean): Promise<Row> {
  const [row, total] = await Promise.all([
    q.statement ? ctx.loaders.page(q.statement, { ...q.params, ...extra }).then((row) => row ?? {}) : ({} as Row),
    withTotal && q.count ? ctx.loaders.read(q.count, q.params).then((rows) => rows[0]?.total) : undefined,
  ]);
  let page = Array.isArray(row.page) ? row.page : [];
  const pageRead = page.length;
  const limit = Number(q.params.limit);
  if (q.undated && page.length < limit) {
    const rest = await ctx.loaders.page(q.undated.statement, { ...q.undated.params, limit: limit - page.length });
    page = page.concat(Array.isArray(rest?.page) ? rest.page : []);
  }
  return { ...row, page, pageRead, total: total ?? row.total ?? 0 };
}

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
