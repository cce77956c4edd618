// A congress (党代会, 妇代会, 团代会, a branch's 党员大会, 选举大会) elects a body; the body's
// first meeting, held right after, elects its secretary, deputies and chair. Articles tell
// the result twice: under the congress (the headline, "大会闭幕,某某当选为书记") and under the
// first meeting ("随后召开的…第一次全体会议选举某某为书记"). The election is the first
// meeting's: a congress's fact that a later-named meeting of the article tells again for the
// same person and post is dropped.
import type { Fact } from './fact';
import type { MeetingKind } from '../types';

const ELECTING_CONGRESSES: ReadonlySet<MeetingKind> = new Set(['party_congress', 'mass_organization', 'election', 'party_members']);

const electionKey = (f: Fact) => `${f.person}\u0000${f.core ?? f.title}`;

export function electionsAtTheFirstMeeting(facts: Fact[]): Fact[] {
  const meetingsByElection = new Map<string, Fact['meeting'][]>();
  for (const f of facts) {
    if (f.type !== 'ELECTED' || !f.meeting) continue;
    const key = electionKey(f);
    (meetingsByElection.get(key) ?? meetingsByElection.set(key, []).get(key)!).push(f.meeting);
  }
  return facts.filter((f) => {
    const congress = f.meeting;
    if (f.type !== 'ELECTED' || !congress || !ELECTING_CONGRESSES.has(congress.kind)) return true;
    const toldAt = meetingsByElection.get(electionKey(f)) ?? [];
    // (a meeting held within the congress, its presidium or a sitting, is the congress's own)
    return !toldAt.some((m) => m && m.key !== congress.key && m.parent?.key !== congress.key && m.start > congress.start);
  });
}
