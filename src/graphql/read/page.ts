// Builds a Relay connection from a `{ total, page }` row of a *-page statement, which
// returns up to first + 1 nodes so that hasNextPage needs no second query. Each edge's
// cursor is the sort key of its node (keyset paging, see cursor.ts).
import { Row } from '../../graph/driver';
import { merged } from '../../graph/merged';
import { ReadContext } from './loaders';
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
export async function readPage(ctx: ReadContext, q: PageQuery, extra: Record<string, unknown>, withTotal: boolean): Promise<Row> {
  const [row, total] = await Promise.all([
    q.statement ? ctx.loaders.page(q.statement, merged(q.params, extra)).then((row) => row ?? {}) : ({} as Row),
    withTotal && q.count ? ctx.loaders.read(q.count, q.params).then((rows) => rows[0]?.total) : undefined,
  ]);
  let page = Array.isArray(row.page) ? row.page : [];
  const pageRead = page.length;
  const limit = Number(q.params.limit);
  if (q.undated && page.length < limit) {
    const rest = await ctx.loaders.page(q.undated.statement, merged(q.undated.params, { limit: limit - page.length }));
    page = page.concat(Array.isArray(rest?.page) ? rest.page : []);
  }
  return merged(row, { page, pageRead, total: total ?? row.total ?? 0 });
}

export function pageOf<T>(row: Row | undefined, list: CursorList, hasCursor: boolean, first: number, make: (node: Native) => T): ConnectionShape<T> {
  const nodes = Array.isArray(row?.page) ? row.page : [];
  const edges = nodes.slice(0, first).map((node) => new LazyEdge(make(node), list, node));
  return { edges, pageInfo: new LazyPageInfo(edges, nodes.length > first, hasCursor), totalCount: typeof row?.total === 'number' ? row.total : 0 };
}

// The edges and page info below make their cursors when they are read: a cursor costs a
// hash, and most clients read the cursor of the last edge (pageInfo.endCursor) or none.
// The lazy part is a getter of the class, not of each object: an object with a getter of
// its own gets a V8 shape of its own, and what it points to stays alive through
// young-generation collections (docs/performance.md).

/** An edge of a page: its node, and its cursor (the node's sort key) when asked. */
class LazyEdge<T> {
  private made: string | undefined = undefined;

  constructor(
    readonly node: T,
    private readonly list: CursorList,
    private readonly row: Native,
  ) {}

  get cursor(): string {
    return (this.made ??= encodeCursor(this.list, sortKeyOf(this.list, this.row)));
  }
}

/** The page info of a page, whose start and end cursors are those of its first and last edges. */
class LazyPageInfo implements PageInfo {
  constructor(
    private readonly edges: readonly LazyEdge<unknown>[],
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
  ) {}

  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.edges[this.edges.length - 1]?.cursor ?? null;
  }
}

/** The key a list is sorted by: meetings by (start, id), people by (name, id). */
function sortKeyOf(list: CursorList, node: Native): SortKey {
  const p = asProps(node);
  const id = str(p, 'id') ?? '';
  return list === 'meetings' ? [date(p, 'start'), id] : [str(p, 'name') ?? '', id];
}
