// The holders of one post over time: who held it on a day, and the chain of holders with
// acting holders and gaps marked. Pure: tenures in, answers out.
import type { Tenure } from './tenure';

export interface HeldTenure {
  person: string;
  name: string;
  identity: string;
  tenure: Tenure;
}

export interface SuccessionStep extends HeldTenure {
  /** Days between the end of the holder before and this start, when positive (nobody known in the post). */
  gapDays: number | null;
  /** Starts before the holder before ended (two known at once: a shared post, or an overlap of sources). */
  overlaps: boolean;
}

const startOf = (t: Tenure) => t.start?.date ?? t.firstSeen;
const endOf = (t: Tenure) => t.end?.date ?? t.lastSeen;
const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/**
 * Who held the post on `on` (ISO date): a tenure whose start is on or before it and whose end
 * (explicit, else last seen) is on or after it. One identity counts once.
 */
export function holdersOn(tenures: readonly HeldTenure[], on: string): HeldTenure[] {
  const seen = new Set<string>();
  return tenures.filter((h) => {
    const from = startOf(h.tenure);
    const to = endOf(h.tenure);
    if (!from || from > on || !to || to < on || seen.has(h.identity)) return false;
    seen.add(h.identity);
    return true;
  });
}

/** The holders in order of their start, each Person node of one identity merged into one step. */
export function succession(tenures: readonly HeldTenure[]): SuccessionStep[] {
  const byIdentity = new Map<string, HeldTenure>();
  for (const h of tenures) {
    const known = byIdentity.get(h.identity);
    if (!known) byIdentity.set(h.identity, h);
    else byIdentity.set(h.identity, { ...known, tenure: mergeTenures(known.tenure, h.tenure) });
  }
  const ordered = [...byIdentity.values()].filter((h) => startOf(h.tenure)).sort((a, b) => startOf(a.tenure)!.localeCompare(startOf(b.tenure)!));
  return ordered.map((h, i) => {
    const before = i > 0 ? endOf(ordered[i - 1].tenure) : null;
    const start = startOf(h.tenure)!;
    const gap = before ? days(before, start) : null;
    return { ...h, gapDays: gap !== null && gap > 0 ? gap : null, overlaps: gap !== null && gap < 0 };
  });
}

/** One person seen in the post under two nodes: the earliest start, the latest end, explicit over observed. */
export function mergeTenures(a: Tenure, b: Tenure): Tenure {
  const pickStart = [a.start, b.start].filter(Boolean).sort((x, y) => Number(y!.explicit) - Number(x!.explicit) || (x!.date ?? '').localeCompare(y!.date ?? ''))[0] ?? null;
  const pickEnd = [a.end, b.end].filter(Boolean).sort((x, y) => Number(y!.explicit) - Number(x!.explicit) || (y!.date ?? '').localeCompare(x!.date ?? ''))[0] ?? null;
  const seen = [a.firstSeen, b.firstSeen, a.lastSeen, b.lastSeen].filter((d): d is string => d !== null).sort();
  return { start: pickStart, end: pickEnd, firstSeen: seen[0] ?? null, lastSeen: seen[seen.length - 1] ?? null, acting: a.acting || b.acting };
}
