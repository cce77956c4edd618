// A congress (党代会, 妇代会, 团代会, a branch's 党员大会, 选举大会) elects a body; the body's
// first meeting, held right after, elects its secretary, deputies and chair. Articles tell
// the result twice: under the congress (the headline, "大会闭幕,某某当选为书记") and under the
// first meeting ("随后召开的…第一次全体会议选举某某为书记"). The election is the first
// meeting's: a congress's fact that a later-named meeting of the article tells again for the
// same person and post is dropped. And the committee and its discipline commission meet side by
// side: each elects its own posts.
import type { Fact } from './fact';
import type { MeetingKind } from '../types';
import type { MeetingMention } from '../mentions/meetings';

const ELECTING_CONGRESSES: ReadonlySet<MeetingKind> = new Set(['party_congress', 'mass_organization', 'election', 'party_members']);

const electionKey = (f: Fact) => `${f.person}\u0000${f.core ?? f.title}`;

// the posts of a discipline commission, which its own plenum elects (县纪委书记, 纪委副书记, 纪委常委)
const DISCIPLINE_POST = /纪委|纪律检查委员会/;

/**
 * "县委九届一次全会和县纪委九届一次全会相继召开。甲当选为县委书记,乙当选为县纪委书记": the
 * commission's posts are elected by its own plenum, held with the committee's; the plenum of the
 * article with the same numbers, when the sentence's is the other body's.
 */
function plenumOfThePost(fact: Fact, meetings: readonly MeetingMention[]): MeetingMention | undefined {
  const at = fact.meeting?.designation;
  if (fact.type !== 'ELECTED' || !at || (at.family !== 'party_committee' && at.family !== 'discipline_commission')) return undefined;
  const wanted = DISCIPLINE_POST.test(fact.title ?? '') ? 'discipline_commission' : 'party_committee';
  if (at.family === wanted) return undefined;
  return meetings.find((m) => !m.reference && m.designation?.family === wanted && m.designation.session === at.session && (m.designation.term ?? at.term) === (at.term ?? m.designation.term));
}

export function electionsAtTheFirstMeeting(given: Fact[], meetings: readonly MeetingMention[]): Fact[] {
  const facts = given.map((f) => {
    const own = plenumOfThePost(f, meetings);
    return own ? { ...f, meeting: own } : f;
  });
  const meetingsByElection = new Map<string, Fact['meeting'][]>();
  for (const f of facts) {
    if (f.type !== 'ELECTED' || !f.meeting) continue;
    const key = electionKey(f);
    (meetingsByElection.get(key) ?? meetingsByElection.set(key, []).get(key)!).push(f.meeting);
  }
  return facts.filter((f) => {
    const congress = f.meeting;
    // (a mass organisation's executive committee is of its congress's kind, not a congress)
    if (f.type !== 'ELECTED' || !congress || !ELECTING_CONGRESSES.has(congress.kind) || congress.designation?.council) return true;
    const toldAt = meetingsByElection.get(electionKey(f)) ?? [];
    // (a meeting held within the congress, its presidium or a sitting, is the congress's own)
    return !toldAt.some((m) => m && m.key !== congress.key && m.parent?.key !== congress.key && m.start > congress.start);
  });
}
