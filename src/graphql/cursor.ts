// Opaque keyset cursors. A cursor holds the sort key of the last edge of a page (for
// meetings its start date and id, for people their name and id), not an offset: the next
// page is "what sorts after this key", which an index can seek to, and which stays right
// when nodes are inserted before it meanwhile (an offset would shift and repeat or skip).
//
// The key travels as base64url JSON with the list's name and a checksum, so that a cursor
// of another list, an edited cursor or a string from elsewhere is refused clearly
// (BAD_USER_INPUT) instead of silently starting somewhere else. The checksum is not a
// secret: a cursor only says where to continue, so a forged one can reach nothing that
// the list itself does not show.
import { createHash } from 'node:crypto';
import { badInput } from './errors';

/** The lists that page with cursors; a cursor only works for the list that made it. */
export type CursorList = 'meetings' | 'people';

/** The sort key of the last edge: [start date or null, id] for meetings, [name, id] for people. */
export type SortKey = [string | null, string];

const VERSION = 'kg1';

function checksum(body: string): string {
  return createHash('sha256').update(`meeting-kg cursor ${body}`).digest('base64url').slice(0, 12);
}

export function encodeCursor(list: CursorList, key: SortKey): string {
  const body = JSON.stringify([VERSION, list, key[0], key[1]]);
  return Buffer.from(`${body}.${checksum(body)}`, 'utf8').toString('base64url');
}

/** The sort key a cursor holds (null when there is no cursor: the first page). */
export function decodeCursor(list: CursorList, cursor: string | null | undefined): SortKey | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  const refuse = () => badInput(`'after' is not a cursor of this ${list} list: ${JSON.stringify(cursor.slice(0, 40))}; pass pageInfo.endCursor of the previous page of the same list`);
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw refuse();
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const dot = text.lastIndexOf('.');
  if (dot < 0) throw refuse();
  const body = text.slice(0, dot);
  if (checksum(body) !== text.slice(dot + 1)) throw refuse();
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw refuse();
  }
  if (!Array.isArray(parsed) || parsed.length !== 4 || parsed[0] !== VERSION || parsed[1] !== list) throw refuse();
  const [, , sort, id] = parsed as unknown[];
  if (typeof id !== 'string' || !(sort === null || typeof sort === 'string')) throw refuse();
  if (list === 'people' && sort === null) throw refuse();
  if (list === 'meetings' && sort !== null && !/^\d{4}-\d{2}-\d{2}$/.test(sort)) throw refuse();
  return [sort, id];
}
