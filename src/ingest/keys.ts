// Natural keys → node ids. This file is the only place that decides when two mentions are
// the same node, so entity resolution can be read (and changed) in one screen.
//
// An id is `<kind>:<key>`; keys nest, without the kind prefix of the inner key:
//   place:310117109                       (泖港镇 by its division code; unlisted: place:310117/新农村)
//   org:310117109/party_committee
//   post:310117109/party_committee/党委书记
//   person:310117109/杜劲松
//   meeting:310117109/congress/6/8        (+ /<sitting>; work meetings: /<date or name>)
//   item:310117109/congress/6/8/政府工作报告
//   article:<first 16 hex of sha256 of the original text>
import { createHash } from 'node:crypto';
import type { ItemKind, MeetingKind, OrganizationType } from '../extract/types';

export type ItemLabel = 'Report' | 'Budget' | 'Project' | 'Resolution' | 'Item';

/** The article id: a hash of the original text, so the same text always gets the same id. */
export function articleId(text: string): string {
  return `article:${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)}`;
}

/** A key segment: trimmed, inner whitespace removed, `/` (our separator) made full-width. */
export function segment(value: string | number): string {
  return String(value).replace(/\s+/gu, '').replace(/\//gu, '／') || '-';
}

/** The key of an id: `place:310117/新农村` → `310117/新农村`. */
export function keyOf(id: string): string {
  const i = id.indexOf(':');
  return i < 0 ? id : id.slice(i + 1);
}

/**
 * Places are keyed by their statistical division code (`place:310117109` for 泖港镇), so
 * 松江区泖港镇 and 泖港镇 in two articles meet, and two towns of one name in different
 * counties (four 河头镇) never merge. A place the gazetteer does not list, or whose name it
 * lists several times without the article telling which, is keyed by its name under its
 * parent when that is a known division (`place:440823/某镇`), else by its name alone;
 * villages always under their parent (`place:310117109/新农村`, `place:某镇/新村`), because
 * village names repeat everywhere. Failure mode: an ambiguous name with no parent in the
 * article (河头镇 alone) is one node per name, shared by every such article.
 */
export function placeId(place: { name: string; code?: string | null }, parentKey?: string): string {
  if (place.code) return `place:${segment(place.code)}`;
  if (parentKey) return `place:${parentKey}/${segment(place.name)}`;
  return `place:${segment(place.name)}`;
}

/**
 * The scope an entity resolves in: its place, or, when the article names no place at all,
 * the article itself (so that nothing is merged across articles on a bare name).
 */
export function scopeKey(placeIdOrUndefined: string | undefined, article: string): string {
  return placeIdOrUndefined ? keyOf(placeIdOrUndefined) : `article-${keyOf(article)}`;
}

/**
 * One organization per (place, type): a town has one party committee, one congress, one
 * government. Types that can occur several times in a place (other, meeting bodies) are
 * further keyed by name.
 */
export function organizationId(scope: string, type: OrganizationType, name: string): string {
  if (type === 'other' || type === 'meeting_body') return `org:${scope}/${type}/${segment(name)}`;
  return `org:${scope}/${type}`;
}

/** A post is a canonical title within an organization (镇党委副书记 → 党委副书记 of the town's party committee). */
export function postId(organization: string, canonicalTitle: string): string {
  return `post:${keyOf(organization)}/${segment(canonicalTitle)}`;
}

/**
 * A person is a name within a jurisdiction: the place of the post the article gives them,
 * else the place the article is about. So the town secretary named in every section of an
 * article, or in two articles about the town, is one Person, and a namesake in another
 * town is another. Failure modes: two namesakes in one town merge; an official who moves
 * to another place becomes a second Person there.
 */
export function personId(jurisdiction: string, name: string): string {
  return `person:${jurisdiction}/${segment(name)}`;
}

export interface MeetingKeyParts {
  kind: MeetingKind;
  term?: number;
  session?: number;
  name: string;
  start: string | null;
}

/**
 * A session of a body is place + kind + term + session (two articles about the sixth
 * congress's eighth session give one Meeting). Meetings without a numbered session (work
 * meetings, plenums without numbers) are keyed by their start date, else by their name.
 */
export function meetingId(scope: string, m: MeetingKeyParts): string {
  if (m.term !== undefined || m.session !== undefined) {
    return `meeting:${scope}/${m.kind}/${m.term ?? '-'}/${m.session ?? '-'}`;
  }
  return `meeting:${scope}/${m.kind}/${segment(m.start ?? normaliseTitle(m.name))}`;
}

/** A sitting (预备会议, 第一次全体会议) under its session. */
export function sittingId(session: string, sitting: string): string {
  return `${session}/${segment(sitting)}`;
}

/** Titles compare without spaces, book-title marks and quotes. */
export function normaliseTitle(title: string): string {
  return title.replace(/[\s《》〈〉“”"'‘’「」]/gu, '');
}

/** An item (report, budget…) belongs to the meeting that heard it, else to its article. */
export function itemId(owner: string, title: string): string {
  return `item:${keyOf(owner)}/${segment(normaliseTitle(title))}`;
}

const ITEM_LABELS: Record<ItemKind, ItemLabel> = {
  report: 'Report',
  budget: 'Budget',
  project: 'Project',
  resolution: 'Resolution',
  other: 'Item',
};

export function itemLabel(kind: ItemKind): ItemLabel {
  return ITEM_LABELS[kind] ?? 'Item';
}
