// A person's time in one post (Popolo's Membership, FollowTheMoney's Occupancy), from the
// facts of every article: each end is explicit — the meeting that elected or appointed
// them; a removal, a resignation, no longer holding it (LEFT); a successor elected to a post
// one person holds — or observed (first and last seen), with the precision of its date and
// the evidence. "Since" is the electing meeting's date, not a publication date.

export type DatePrecision = 'day' | 'month' | 'year';
export type StartHow = 'elected' | 'by_election' | 'appointed' | 'observed';
export type EndHow = 'removed' | 'resigned' | 'ended' | 'succeeded' | 'observed';

export interface TenureEdge<H extends string> {
  date: string | null;
  precision: DatePrecision | null;
  explicit: boolean;
  how: H;
  /** The words of the article that tell it, and the article. */
  evidence: string | null;
  articleId: string | null;
}

export interface Tenure {
  start: TenureEdge<StartHow> | null;
  end: TenureEdge<EndHow> | null;
  /** First and last date an article saw the person in the post. */
  firstSeen: string | null;
  lastSeen: string | null;
  /** Held as acting (代理) in some article. */
  acting: boolean;
}

export interface Sighting {
  date: string | null;
  text: string | null;
  articleId: string | null;
}

export interface TenureFacts {
  /** HOLDS: when the person was seen in the post, and the title as written (代理县长). */
  holds: (Sighting & { title: string | null })[];
  /** ELECTED to this post: the meeting's date and the mode. */
  elected: (Sighting & { mode: string | null })[];
  /** LEFT this post. */
  left: (Sighting & { how: string | null })[];
  /** Others elected to this post (counts as an end only for a post one person holds). */
  successors: (Sighting & { person: string })[];
  /** A post one person holds at a time (a head: 书记, 镇长, 主任 — not 副主任, not 委员). */
  singleHolder: boolean;
}

export function precisionOf(date: string | null): DatePrecision | null {
  if (!date) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(date)) return 'day';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  return /^\d{4}$/.test(date) ? 'year' : null;
}

const ACTING = /^(?:代理|代)(?:[\u4e00-\u9fff]{0,3})长$|代理/;
const HEAD_TITLE = /(?:书记|长|主任|主席)$/;

/** A post one person holds at a time: a head's title, without 副, 常务, 委员 or 秘书长. */
export function isSingleHolderTitle(title: string): boolean {
  return HEAD_TITLE.test(title) && !/副|常务|委员|秘书长|团长|组长|代表/.test(title);
}

const byDate = <T extends { date: string | null }>(xs: T[]) => xs.filter((x) => x.date).sort((a, b) => a.date!.localeCompare(b.date!));

export function tenureOf(f: TenureFacts): Tenure {
  const seen = byDate(f.holds).map((h) => h.date!);
  const firstSeen = seen[0] ?? null;
  const lastSeen = seen[seen.length - 1] ?? null;
  const acting = f.holds.some((h) => h.title !== null && ACTING.test(h.title));

  const election = byDate(f.elected)[0];
  const first = byDate(f.holds)[0];
  const start: TenureEdge<StartHow> | null = election
    ? { date: election.date, precision: precisionOf(election.date), explicit: true, how: (election.mode === 'appointed' || election.mode === 'by_election' ? election.mode : 'elected') as StartHow, evidence: election.text, articleId: election.articleId }
    : first
      ? { date: first.date, precision: precisionOf(first.date), explicit: false, how: 'observed', evidence: first.text, articleId: first.articleId }
      : null;

  const from = start?.date ?? '';
  const leave = byDate(f.left).find((l) => l.date! >= from);
  const successor = f.singleHolder ? byDate(f.successors).find((s) => s.date! > from && (!lastSeen || s.date! >= lastSeen)) : undefined;
  let end: TenureEdge<EndHow> | null = null;
  if (leave) {
    const how = (['removed', 'resigned', 'ended'].includes(leave.how ?? '') ? leave.how : 'ended') as EndHow;
    end = { date: leave.date, precision: precisionOf(leave.date), explicit: true, how, evidence: leave.text, articleId: leave.articleId };
  } else if (successor) {
    end = { date: successor.date, precision: precisionOf(successor.date), explicit: true, how: 'succeeded', evidence: successor.text, articleId: successor.articleId };
  } else if (lastSeen) {
    const last = byDate(f.holds).pop()!;
    end = { date: lastSeen, precision: precisionOf(lastSeen), explicit: false, how: 'observed', evidence: last.text, articleId: last.articleId };
  }
  return { start, end, firstSeen, lastSeen, acting };
}
