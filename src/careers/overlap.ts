// When two tenures ran at once: the days both people were in their posts. A tenure runs
// from its start (explicit, else first seen) to its end (explicit, else last seen); a date
// known only to the month or year stretches to cover the whole of it, so an overlap is
// never missed for want of precision. Pure.
import type { Tenure } from './tenure';

export interface Span {
  /** First and last day, ISO. */
  from: string;
  to: string;
}

/** Days a question is about; either side open when null. */
export interface Window {
  from: string | null;
  to: string | null;
}

/** The earliest day a date can mean: 2024 → 2024-01-01, 2024-05 → 2024-05-01. */
function firstDayOf(date: string): string {
  const d = date.slice(0, 10);
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

/** The latest day a date can mean: 2024 → 2024-12-31, 2024-05 → 2024-05-31 (compares right as text). */
function lastDayOf(date: string): string {
  const d = date.slice(0, 10);
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

/** The days a tenure ran, or null when nothing dates it. */
export function spanOf(t: Tenure): Span | null {
  const start = t.start?.date ?? t.firstSeen;
  const end = t.end?.date ?? t.lastSeen ?? start;
  if (!start || !end) return null;
  return { from: firstDayOf(start), to: lastDayOf(end) };
}

/**
 * The days both tenures ran, within `window` when given, or null when they did not meet.
 * A tenure ended explicitly on the day the other starts is a handover (removed in the
 * morning, successor appointed at the same sitting), not a day together.
 */
export function overlapOf(a: Tenure, b: Tenure, window: Window = { from: null, to: null }): Span | null {
  const sa = spanOf(a);
  const sb = spanOf(b);
  if (!sa || !sb) return null;
  const from = [sa.from, sb.from, window.from ?? ''].sort().pop()!;
  const to = [sa.to, sb.to, window.to ?? '9999-12-31'].sort()[0];
  if (from > to) return null;
  const handover = (x: Tenure, sx: Span, sy: Span) => x.end?.explicit === true && sx.to === from && sy.from === from;
  if (from === to && (handover(a, sa, sb) || handover(b, sb, sa))) return null;
  return { from, to };
}
