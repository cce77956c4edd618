// ExtractionResult → graph rows, for one article. Pure: no database, no I/O, so that entity
// resolution and the shape of every fact can be unit-tested. The extraction result uses
// local ids ("person:杜劲松") that mean something only inside that result; here they are
// translated to graph ids (keys.ts) that mean the same thing across articles.
import type { Evidence, ExtractionResult, MeetingEntity, PlaceEntity, PlaceLevel, Relation } from '../../extract/types';
import { gazetteer } from '../../gazetteer/gazetteer';
import * as keys from '../keys';
import type { ArticleRecords, EvidenceProps, FactRow, FactType, ItemRow, MeetingRow, OrganizationRow, PlaceParentRow, PlaceRow, PostRow } from './records';

export interface ArticleInput {
  text: string;
  source?: string;
  /** Publication date known from outside the text (ISO); wins over the extracted one. */
  published?: string;
}

/** Name of the placeholder organization of posts whose organization is not named. */
export const UNKNOWN_ORGANIZATION = '未知机构';

/** The level a body's name points at when it starts with a bare level word (区委, 县政府). */
const RELATIVE_LEVELS: Record<string, PlaceLevel> = { 区: 'county', 县: 'county', 市: 'city', 省: 'province' };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO date, or null for anything else (a date we cannot trust is no date). */
function isoOrNull(value: string | null | undefined): string | null {
  return value && ISO_DATE.test(value) ? value : null;
}

const PERSON_FACTS: Partial<Record<Relation['type'], FactType>> = {
  PRESIDED: 'PRESIDED',
  SPOKE: 'SPOKE_AT',
  ATTENDED: 'ATTENDED',
};

export function toArticleRecords(input: ArticleInput, result: ExtractionResult): ArticleRecords {
  const articleId = keys.articleId(input.text);
  const published = isoOrNull(input.published) ?? isoOrNull(result.article.published);
  const skipped: string[] = [];

  // Places first: everything else resolves within a place. A place with a division code
  // is that division (its name and level from the gazetteer, IN edges up to the province);
  // one without is keyed under its resolved parent (keys.placeId).
  const localPlaces = new Map(result.places.map((p) => [p.id, p]));
  const placeIds = new Map<string, string>();
  const graphPlaceId = (p: PlaceEntity, depth = 0): string => {
    const known = placeIds.get(p.id);
    if (known) return known;
    const parent = p.parentId && p.parentId !== p.id && depth < 6 ? localPlaces.get(p.parentId) : undefined;
    // under its parent when the parent is a known division (a village: under any parent)
    const keyedUnder = parent && (parent.code || p.level === 'village') ? keys.keyOf(graphPlaceId(parent, depth + 1)) : undefined;
    const id = keys.placeId(p, keyedUnder);
    placeIds.set(p.id, id);
    return id;
  };
  for (const p of result.places) graphPlaceId(p);
  const g = gazetteer();
  const places: PlaceRow[] = [];
  const ancestorPlaces: PlaceRow[] = [];
  const placeParents: PlaceParentRow[] = [];
  for (const p of result.places) {
    const division = p.code ? g.byCode(p.code) : undefined;
    const id = placeIds.get(p.id)!;
    places.push({ id, name: division?.name ?? p.name, level: division?.level ?? p.level, code: division?.code ?? null, unlisted: !division });
    if (division) {
      // the gazetteer's chain up to the province
      let child = id;
      for (const a of g.ancestors(division.code)) {
        const parentId = keys.placeId(a);
        ancestorPlaces.push({ id: parentId, name: a.name, level: a.level, code: a.code, unlisted: false });
        placeParents.push({ childId: child, parentId });
        child = parentId;
      }
    } else if (p.parentId && placeIds.has(p.parentId)) {
      placeParents.push({ childId: id, parentId: placeIds.get(p.parentId)! });
    }
  }
  /** The place of a level (区, 县, 市, 省) enclosing a resolved place, from the gazetteer. */
  const enclosingOfLevel = (p: PlaceEntity, levelWord: string): string | undefined => {
    if (!p.code) return undefined;
    const a = g.ancestors(p.code).find((d) => (levelWord === '省' ? d.level === 'province' : d.name.endsWith(levelWord) && d.level !== 'province'));
    return a ? keys.placeId(a) : undefined;
  };
  const primaryPlace = result.article.placeIds.map((id) => placeIds.get(id)).find(Boolean);
  const placeOf = (local: string | undefined) => (local ? placeIds.get(local) : undefined) ?? primaryPlace;
  const scopeOf = (local: string | undefined) => keys.scopeKey(placeOf(local), articleId);

  // A body named relative to the article's place (区委, 县人大常委会 in a town article)
  // with no place of its own is the county's, not the town's: it must never key as the
  // town's party committee. Its scope is the place of that level the article names (the
  // town's county), else "the 区 above the town" (泖港镇/区).
  const primaryLocal = result.article.placeIds.find((id) => placeIds.has(id));
  const relativePlace = (name: string): { scope: string; placeId: string | null } | undefined => {
    const level = RELATIVE_LEVELS[name.charAt(0)];
    const primary = primaryLocal ? localPlaces.get(primaryLocal) : undefined;
    if (!level || !primary || primary.level === level) return undefined;
    // 区委 in an article about a town of 松江区: the gazetteer knows the town's district
    const enclosing = enclosingOfLevel(primary, name.charAt(0));
    if (enclosing) return { scope: keys.keyOf(enclosing), placeId: enclosing };
    for (let p = primary, hops = 0; p.parentId && hops < 4; hops++) {
      const parent = localPlaces.get(p.parentId);
      if (!parent) break;
      if (parent.level === level) return { scope: keys.keyOf(placeIds.get(parent.id)!), placeId: placeIds.get(parent.id)! };
      p = parent;
    }
    return { scope: `${keys.keyOf(placeIds.get(primary.id)!)}/${name.charAt(0)}`, placeId: null };
  };
  /** Scope and place of a body: its own place, else relative to the article's, else the article's. */
  const bodyPlace = (local: string | undefined, name: string) =>
    (local && placeIds.has(local) ? undefined : relativePlace(name)) ?? { scope: scopeOf(local), placeId: placeOf(local) ?? null };

  // Organizations and posts.
  const orgIds = new Map<string, string>();
  const organizations: OrganizationRow[] = [];
  const orgScopes = new Map<string, string>();
  for (const o of result.organizations) {
    const where = bodyPlace(o.placeId, o.name);
    const id = keys.organizationId(where.scope, o.type, o.name);
    orgIds.set(o.id, id);
    orgScopes.set(o.id, where.scope);
    organizations.push({ id, name: o.name, type: o.type, placeId: where.placeId });
  }
  const postIds = new Map<string, string>();
  const postScope = new Map<string, string>();
  const posts: PostRow[] = [];
  for (const p of result.posts) {
    const orgLocal = p.organizationId && orgIds.has(p.organizationId) ? p.organizationId : undefined;
    let organizationId = orgLocal ? orgIds.get(orgLocal)! : undefined;
    if (!organizationId) {
      // A post whose organization the article does not name still belongs to a place: it
      // hangs on a placeholder organization of the article's place.
      organizationId = keys.organizationId(scopeOf(undefined), 'other', UNKNOWN_ORGANIZATION);
      organizations.push({ id: organizationId, name: UNKNOWN_ORGANIZATION, type: 'other', placeId: primaryPlace ?? null });
    }
    const id = keys.postId(organizationId, p.canonical || p.title);
    postIds.set(p.id, id);
    postScope.set(p.id, orgLocal ? orgScopes.get(orgLocal)! : scopeOf(undefined));
    posts.push({ id, title: p.canonical || p.title, name: p.title, organizationId });
  }

  // People: jurisdiction = the place of the first post the article gives them.
  const personIds = new Map<string, string>();
  for (const person of result.people) {
    const firstPost = result.relations.find((r) => r.personId === person.id && r.postId && (r.type === 'HOLDS' || r.type === 'ELECTED'));
    const jurisdiction = (firstPost?.postId ? postScope.get(firstPost.postId) : undefined) ?? scopeOf(person.placeId);
    personIds.set(person.id, keys.personId(jurisdiction, person.name));
  }
  const people = uniqueById(result.people.map((p) => ({ id: personIds.get(p.id)!, name: p.name })));

  // Meetings: sessions first, then sittings under them.
  const meetingIds = new Map<string, string>();
  const meetingById = new Map(result.meetings.map((m) => [m.id, m]));
  const resolveMeeting = (m: MeetingEntity, depth = 0): string => {
    const known = meetingIds.get(m.id);
    if (known) return known;
    const parent = m.parentId ? meetingById.get(m.parentId) : undefined;
    const id =
      parent && m.sitting && depth < 3
        ? keys.sittingId(resolveMeeting(parent, depth + 1), m.sitting)
        : keys.meetingId(bodyPlace(m.placeId, m.body).scope, { kind: m.kind, term: m.term, session: m.session, name: m.name, start: isoOrNull(m.start) });
    meetingIds.set(m.id, id);
    return id;
  };
  const meetings: MeetingRow[] = result.meetings.map((m) => ({
    id: resolveMeeting(m),
    name: m.name,
    kind: m.kind,
    body: m.body,
    term: m.term ?? null,
    session: m.session ?? null,
    sitting: m.sitting ?? null,
    start: isoOrNull(m.start),
    end: isoOrNull(m.end),
    dateText: m.dateText ?? null,
    placeId: bodyPlace(m.placeId, m.body).placeId,
    parentId: m.parentId && meetingById.has(m.parentId) ? resolveMeeting(meetingById.get(m.parentId)!) : null,
  }));
  const meetingStart = (local: string | undefined) => (local ? meetingById.get(local)?.start : undefined);
  const firstMeetingDate = result.meetings.map((m) => isoOrNull(m.start)).find(Boolean) ?? null;

  // Items belong to the first meeting that heard or approved them.
  const itemIds = new Map<string, ItemRow>();
  for (const item of result.items) {
    const heardAt = result.relations.find((r) => r.itemId === item.id && r.meetingId && meetingIds.has(r.meetingId));
    const owner = heardAt ? meetingIds.get(heardAt.meetingId!)! : articleId;
    itemIds.set(item.id, { id: keys.itemId(owner, item.title), label: keys.itemLabel(item.kind), title: item.title, kind: item.kind });
  }
  const items = uniqueById([...itemIds.values()]);

  // Facts, each with its evidence.
  const facts: FactRow[] = [];
  const postById = new Map(result.posts.map((p) => [p.id, p]));
  const evidence = (e: Evidence): EvidenceProps => ({
    articleId,
    sentence: e.sentence,
    sentenceIndex: e.sentenceIndex,
    start: e.start,
    end: e.end,
    text: e.text,
  });
  const need = <T>(map: Map<string, T>, local: string | undefined, what: string, r: Relation): T | undefined => {
    const found = local ? map.get(local) : undefined;
    if (!found) skipped.push(`${r.type} at ${r.evidence.start}-${r.evidence.end}: no ${what} '${local ?? ''}' in the extraction result`);
    return found;
  };
  const electedAt = new Map<string, string | null | undefined>();
  for (const r of result.relations) if (r.type === 'ELECTED' && r.meetingId) electedAt.set(`${r.personId}|${r.postId}`, meetingStart(r.meetingId));
  for (const r of result.relations) {
    const ev = evidence(r.evidence);
    const personFact = PERSON_FACTS[r.type];
    if (r.type === 'HOLDS') {
      const person = need(personIds, r.personId, 'person', r);
      const post = need(postIds, r.postId, 'post', r);
      if (!person || !post) continue;
      // a post someone was elected to is held from the electing meeting, not from the publication
      const observed = isoOrNull(meetingStart(r.meetingId)) ?? isoOrNull(electedAt.get(`${r.personId}|${r.postId}`)) ?? published ?? firstMeetingDate;
      const title = r.postId ? postById.get(r.postId)?.title : undefined;
      facts.push({ type: 'HOLDS', fromId: person, toId: post, props: { ...ev, observed, ...(title ? { title } : {}) } });
    } else if (personFact) {
      const person = need(personIds, r.personId, 'person', r);
      const meeting = need(meetingIds, r.meetingId, 'meeting', r);
      if (person && meeting) facts.push({ type: personFact, fromId: person, toId: meeting, props: ev });
    } else if (r.type === 'REPORTED') {
      const person = need(personIds, r.personId, 'person', r);
      const item = need(itemIds, r.itemId, 'item', r);
      if (!person || !item) continue;
      facts.push({ type: 'REPORTED', fromId: person, toId: item.id, itemLabel: item.label, props: ev });
      const meeting = r.meetingId ? meetingIds.get(r.meetingId) : undefined;
      if (meeting) facts.push({ type: 'PRESENTED_AT', fromId: item.id, toId: meeting, itemLabel: item.label, props: ev });
    } else if (r.type === 'ELECTED') {
      const person = need(personIds, r.personId, 'person', r);
      const meeting = need(meetingIds, r.meetingId, 'meeting', r);
      if (!person || !meeting) continue;
      const post = r.postId ? postById.get(r.postId) : undefined;
      facts.push({
        type: 'ELECTED',
        fromId: meeting,
        toId: person,
        props: { ...ev, postId: (r.postId && postIds.get(r.postId)) || null, title: post?.title ?? '', mode: r.mode ?? 'elected' },
      });
    } else if (r.type === 'LEFT') {
      const person = need(personIds, r.personId, 'person', r);
      const post = need(postIds, r.postId, 'post', r);
      if (!person || !post) continue;
      const meeting = r.meetingId ? meetingIds.get(r.meetingId) ?? null : null;
      const observed = isoOrNull(meetingStart(r.meetingId)) ?? published ?? firstMeetingDate;
      const title = r.postId ? postById.get(r.postId)?.title ?? '' : '';
      facts.push({ type: 'LEFT', fromId: person, toId: post, props: { ...ev, observed, title, how: r.leave ?? 'ended', meetingId: meeting } });
    } else if (r.type === 'APPROVED') {
      const meeting = need(meetingIds, r.meetingId, 'meeting', r);
      const item = need(itemIds, r.itemId, 'item', r);
      if (meeting && item) facts.push({ type: 'APPROVED', fromId: meeting, toId: item.id, itemLabel: item.label, props: ev });
    } else {
      skipped.push(`${String(r.type)} at ${r.evidence.start}-${r.evidence.end}: unknown relation type`);
    }
  }

  return {
    article: {
      id: articleId,
      source: input.source ?? result.article.source ?? null,
      title: result.article.title ?? null,
      published,
      chars: input.text.length,
    },
    places: uniqueById(places),
    ancestorPlaces: uniqueById(ancestorPlaces).filter((a) => !places.some((p) => p.id === a.id)),
    placeParents: uniqueBy(placeParents, (e) => `${e.childId}>${e.parentId}`).filter((e) => e.childId !== e.parentId),
    organizations: uniqueById(organizations),
    // Two local posts that resolve to one graph post keep the first spelling.
    posts: uniqueById(posts),
    people,
    meetings: uniqueById(meetings),
    items,
    // One fact per (type, ends, span): an extractor that reports a fact twice gives one edge.
    facts: uniqueBy(facts, (f) => `${f.type}|${f.fromId}|${f.toId}|${f.props.start}|${f.props.end}`),
    skipped,
  };
}

function uniqueById<T extends { id: string }>(rows: T[]): T[] {
  return uniqueBy(rows, (r) => r.id);
}

function uniqueBy<T>(rows: T[], key: (row: T) => string): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const k = key(r);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
