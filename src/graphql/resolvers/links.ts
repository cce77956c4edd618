// Small helpers shared by the resolvers: fetch a parent's related rows through the
// request's DataLoader for a named statement, and read the columns of those rows.
import { Row } from '../../graph/driver';
import { Native } from '../../graph/values';
import { RequestContext } from '../context';

/** The rows of `api/<statement>` for one parent id (batched with the other parents of this tick). */
export function linked(ctx: RequestContext, statement: string, id: string): Promise<Row[]> {
  return ctx.loaders.rows(`api/${statement}`).load(id);
}

/** A property of the first relationship in a row's `rels` (title and mode of ELECTED …). */
export function firstRelProp(rels: Native | undefined, key: string): string | null {
  if (!Array.isArray(rels)) return null;
  for (const rel of rels) {
    if (rel && typeof rel === 'object' && !Array.isArray(rel) && typeof rel[key] === 'string') return rel[key] as string;
  }
  return null;
}

/** Min and max of a date property over a row's `rels` (first/last seen in a post). */
export function dateRange(rels: Native | undefined, key: string): { first: string | null; last: string | null } {
  const dates = (Array.isArray(rels) ? rels : [])
    .map((rel) => (rel && typeof rel === 'object' && !Array.isArray(rel) ? rel[key] : null))
    .filter((d): d is string => typeof d === 'string')
    .map((d) => d.slice(0, 10))
    .sort();
  return { first: dates[0] ?? null, last: dates[dates.length - 1] ?? null };
}
