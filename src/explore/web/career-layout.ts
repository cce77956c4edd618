// Where a career's bars go: one row per tenure over a scale of whole years. Pure
// arithmetic, no DOM, so the drawing (career-timeline.ts) stays thin and this is unit-tested.
import type { TenureEndInfo, TenureInfo } from './api';

export interface CareerRow {
  tenure: TenureInfo;
  /** The post and the body that holds it, with its place when the body's name lacks it. */
  label: string;
  acting: boolean;
  /** Left and right ends of the bar, as fractions of the scale (0 … 1). */
  from: number;
  to: number;
  /** No explicit end: the tenure may go on after it was last seen. */
  open: boolean;
}

export interface CareerLayout {
  /** The first year of the scale and the year after its last (ticks at each year). */
  firstYear: number;
  endYear: number;
  rows: CareerRow[];
  /** Tenures with no date at all, listed under the bars. */
  undated: TenureInfo[];
}

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as a year with its fraction; null if it is none. */
export function yearFraction(date: string | null | undefined): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date ?? '');
  if (!m) return null;
  const month = m[2] ? Math.min(Math.max(Number(m[2]), 1), 12) : 1;
  const day = m[3] ? Math.min(Math.max(Number(m[3]), 1), 31) : 1;
  return Number(m[1]) + (DAYS_BEFORE_MONTH[month - 1] + day - 1) / 365;
}

function startOf(t: TenureInfo): number | null {
  return yearFraction(t.start?.date) ?? yearFraction(t.firstSeen) ?? yearFraction(t.end?.date) ?? yearFraction(t.lastSeen);
}

function endOf(t: TenureInfo): number | null {
  return yearFraction(t.end?.date) ?? yearFraction(t.lastSeen) ?? startOf(t);
}

export function rowLabel(t: TenureInfo, place: string | undefined): string {
  const body = t.organizationName ?? '';
  const where = place && !body.includes(place) ? place : '';
  const title = `${t.title ?? '(post)'}${t.acting ? '（代理）' : ''}`;
  return [title, [where, body].filter(Boolean).join(' ')].filter(Boolean).join(' · ');
}

export function isOpenEnd(end: TenureEndInfo | null): boolean {
  return !end || !end.explicit;
}

/**
 * Lays the tenures out in the order given (career(person) answers oldest first). The scale
 * runs from the first year to the year after the last date, one year more when a tenure is
 * open, so its open end has room to be drawn as such.
 */
export function layoutCareer(tenures: TenureInfo[], placeOfPost: Map<string, string> = new Map()): CareerLayout {
  const dated = tenures.filter((t) => startOf(t) !== null);
  const undated = tenures.filter((t) => startOf(t) === null);
  if (!dated.length) return { firstYear: 0, endYear: 1, rows: [], undated };
  const starts = dated.map((t) => startOf(t)!);
  const ends = dated.map((t) => Math.max(endOf(t)!, startOf(t)!));
  const firstYear = Math.floor(Math.min(...starts));
  const anyOpen = dated.some((t) => isOpenEnd(t.end));
  const endYear = Math.floor(Math.max(...ends)) + 1 + (anyOpen ? 1 : 0);
  const span = endYear - firstYear;
  const rows = dated.map((t, i) => ({
    tenure: t,
    label: rowLabel(t, placeOfPost.get(t.postId)),
    acting: t.acting,
    from: (starts[i] - firstYear) / span,
    to: (ends[i] - firstYear) / span,
    open: isOpenEnd(t.end),
  }));
  return { firstYear, endYear, rows, undated };
}
