// Opaque page cursors. A cursor is the position of an edge in the filtered, ordered list,
// base64url-encoded with a prefix so that a cursor from elsewhere is refused clearly.
import { badInput } from './errors';

const PREFIX = 'kg:offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** The offset just after the cursor (0 when there is none). */
export function offsetAfter(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined || cursor === '') return 0;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const n = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(n) || n < 0) throw badInput(`'after' is not a cursor from this API: ${JSON.stringify(cursor.slice(0, 40))}; pass pageInfo.endCursor of the previous page`);
  return n + 1;
}
