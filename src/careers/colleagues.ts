// Colleagues through posts: the tenures of other people in an organization where the asked
// person held a post, paired with the asked person's tenures there that ran at the same
// time. One identity's Person nodes in one post count as one tenure. Pure: tenures in,
// pairs out.
import { mergeTenures } from './succession';
import { overlapOf, Span, Window } from './overlap';
import type { Tenure } from './tenure';

/** A tenure and where it was held; `row` is whatever the caller keeps beside it. */
export interface PlacedTenure<R> {
  identity: string;
  postId: string;
  organizationId: string;
  tenure: Tenure;
  row: R;
}

export interface TenurePair<R> extends Span {
  organizationId: string;
  /** The asked person's tenure, and the other's. */
  asked: PlacedTenure<R>;
  other: PlacedTenure<R>;
}

/** One tenure per identity and post: the Person nodes of one identity merged. */
function byIdentityAndPost<R>(tenures: readonly PlacedTenure<R>[]): PlacedTenure<R>[] {
  const merged = new Map<string, PlacedTenure<R>>();
  for (const t of tenures) {
    const key = `${t.identity}\u0000${t.postId}`;
    const known = merged.get(key);
    merged.set(key, known ? { ...known, tenure: mergeTenures(known.tenure, t.tenure) } : t);
  }
  return [...merged.values()];
}

/**
 * Every pair of a tenure of `asked` (an identity) and a tenure of someone else in the same
 * organization that ran at the same time (within `window`), in order of the organization,
 * then the start of the overlap.
 */
export function overlappingTenures<R>(asked: string, tenures: readonly PlacedTenure<R>[], window?: Window): TenurePair<R>[] {
  const all = byIdentityAndPost(tenures);
  const mine = all.filter((t) => t.identity === asked);
  const pairs: TenurePair<R>[] = [];
  for (const a of mine) {
    for (const b of all) {
      if (b.identity === asked || b.organizationId !== a.organizationId) continue;
      const span = overlapOf(a.tenure, b.tenure, window);
      if (span) pairs.push({ ...span, organizationId: a.organizationId, asked: a, other: b });
    }
  }
  return pairs.sort((x, y) => x.organizationId.localeCompare(y.organizationId) || x.from.localeCompare(y.from) || x.other.postId.localeCompare(y.other.postId));
}
