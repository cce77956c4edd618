// Dates of meetings the article tells without a date of their own: a presidium meeting or a
// sitting held within a session reported on one day, a committee's first plenum held right
// after the congress that elected it closed (大会闭幕后,随后召开了…). A reader dates them by the
// meeting they are told within; the graph's tenures and careers need that date.
import type { MeetingEntity } from './types';

// the sentence says the meeting followed another one
const AFTER_ANOTHER = /(?:闭幕|结束)后|随后|会后|紧接着/;

/** Fills in `start`/`end` of the undated meetings that are held within or right after a dated one. */
export function dateMeetingsToldWithin(meetings: readonly MeetingEntity[]): void {
  const byId = new Map(meetings.map((m) => [m.id, m]));
  for (const meeting of meetings) {
    if (meeting.start) continue;
    if (meeting.parentId) {
      // a session known by one day only: what was held within it was held that day (within
      // a session of several days, on one of them the text does not tell)
      const parent = byId.get(meeting.parentId);
      if (parent?.start && (!parent.end || parent.end === parent.start)) meeting.start = meeting.end = parent.start;
      continue;
    }
    const first = meeting.mentions[0];
    if (!first || !AFTER_ANOTHER.test(first.sentence)) continue;
    const before = lastDatedBefore(meetings, meeting, first.start);
    if (before) meeting.start = meeting.end = before.end ?? before.start;
  }
}

/** The dated meeting other than `meeting` named last before `offset`. */
function lastDatedBefore(meetings: readonly MeetingEntity[], meeting: MeetingEntity, offset: number): MeetingEntity | undefined {
  let best: MeetingEntity | undefined;
  for (const other of meetings) {
    const at = other.mentions[0]?.start;
    if (other === meeting || !other.start || at === undefined || at >= offset) continue;
    if (!best || at > best.mentions[0].start) best = other;
  }
  return best;
}
