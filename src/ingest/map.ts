// ExtractionResult → graph rows, for one article. Pure: no database, no I/O, so that entity
// resolution and the shape of every fact can be unit-tested. The extraction result uses
// local ids ("person:杜劲松") that mean something only inside that result; here they are
// translated to graph ids (keys.ts) that mean the same thing across articles.
import type { Evidence, ExtractionResult, MeetingEntity, PlaceEntity, PlaceLevel, Relation } from '../extract/types';
import { gazetteer } from '../gazetteer/gazetteer';
import * as keys from './keys';
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
const RELATIVE_LEVELS: Record<string, PlaceLevel> = { 区: 'county', 县: 'county', 旗: 'county', 市: 'city', 省: 'province', 镇: 'town', 乡: 'town' };

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

/** Local id (of the extraction result) → graph id, per entity: what each mapper adds and the later ones read. */
interface IdTable {
  articleId: string;
  places: Map<string, string>;
  organizations: Map<string, string>;
  posts: Map<string, string>;
  people: Map<string, string>;
  meetings: Map<string, string>;
  items: Map<string, ItemRow>;
}

/** Where a body or a person belongs: the scopes every key below the place is made in. */
interface PlaceScopes {
  primaryPlace: string | undefined;
  placeOf(local: string | undefined): string | undefined;
  scopeOf(local: string | undefined): string;
  bodyPlace(local: string | undefined, name: string): { scope: string; placeId: string | null };
}

export function toArticleRecords(input: ArticleInput, result: ExtractionResult): ArticleRecords {
  const articleId = keys.articleId(input.text);
  const published = isoOrNull(input.published) ?? isoOrNull(result.article.published);
  const skipped: string[] = [];
  // Places first: everything else resolves within a place.
  const placeIds = graphPlaceIds(result);
  const { places, ancestorPlaces, placeParents } = mapPlaces(result, placeIds);
  const scopes = placeScopes(result, placeIds, articleId);
  const { organizations, posts, orgIds, postIds, postScope } = mapOrganizationsAndPosts(result, scopes);
  const { personIds, people } = mapPeople(result, postScope, scopes);
  const { meetingIds, meetings } = mapMeetings(result, scopes);
  const { itemIds, items } = mapItems(result, meetingIds, articleId);
  const ids: IdTable = { articleId, places: placeIds, organizations: orgIds, posts: postIds, people: personIds, meetings: meetingIds, items: itemIds };
  const facts = mapFacts(result, ids, published, skipped);

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
    // (an election to two posts in one clause, 任命甲为副县长、代理县长, is two facts: the post is in the key)
    facts: uniqueBy(facts, (f) => `${f.type}|${f.fromId}|${f.toId}|${f.props.start}|${f.props.end}|${f.props.postId ?? ''}`),
    skipped,
  };
}

/**
 * The graph id of every place of the result. A place with a division code is that division;
 * one without is keyed under its resolved parent (keys.placeId).
 */
function graphPlaceIds(result: ExtractionResult): Map<string, string> {
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
  return placeIds;
}

/** Place rows (name and level of a division from the gazetteer) and IN edges up to the province. */
function mapPlaces(result: ExtractionResult, placeIds: Map<string, string>) {
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
  return { places, ancestorPlaces, placeParents };
}

/** The place of a level (区, 县, 市, 省) enclosing a resolved place, from the gazetteer. */
function enclosingOfLevel(p: PlaceEntity, levelWord: string): string | undefined {
  if (!p.code) return undefined;
  const a = gazetteer()
    .ancestors(p.code)
    .find((d) => (levelWord === '省' ? d.level === 'province' : d.name.endsWith(levelWord) && d.level !== 'province'));
  return a ? keys.placeId(a) : undefined;
}

function placeScopes(result: ExtractionResult, placeIds: Map<string, string>, articleId: string): PlaceScopes {
  const localPlaces = new Map(result.places.map((p) => [p.id, p]));
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
  return { primaryPlace, placeOf, scopeOf, bodyPlace };
}

function mapOrganizationsAndPosts(result: ExtractionResult, scopes: PlaceScopes) {
  const orgIds = new Map<string, string>();
  const organizations: OrganizationRow[] = [];
  const orgScopes = new Map<string, string>();
  for (const o of result.organizations) {
    const where = scopes.bodyPlace(o.placeId, o.name);
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
      organizationId = keys.organizationId(scopes.scopeOf(undefined), 'other', UNKNOWN_ORGANIZATION);
      organizations.push({ id: organizationId, name: UNKNOWN_ORGANIZATION, type: 'other', placeId: scopes.primaryPlace ?? null });
    }
    const id = keys.postId(organizationId, p.canonical || p.title);
    postIds.set(p.id, id);
    postScope.set(p.id, orgLocal ? orgScopes.get(orgLocal)! : scopes.scopeOf(undefined));
    posts.push({ id, title: p.canonical || p.title, name: p.title, organizationId });
  }
  return { organizations, posts, orgIds, postIds, postScope };
}

/** People: jurisdiction = the place of the first post the article gives them. */
function mapPeople(result: ExtractionResult, postScope: Map<string, string>, scopes: PlaceScopes) {
  const personIds = new Map<string, string>();
  for (const person of result.people) {
    const firstPost = result.relations.find((r) => r.personId === person.id && r.postId && (r.type === 'HOLDS' || r.type === 'ELECTED'));
    const jurisdiction = (firstPost?.postId ? postScope.get(firstPost.postId) : undefined) ?? scopes.scopeOf(person.placeId);
    personIds.set(person.id, keys.personId(jurisdiction, person.name));
  }
  const people = uniqueById(result.people.map((p) => ({ id: personIds.get(p.id)!, name: p.name })));
  return { personIds, people };
}

/** Meetings: sessions first, then sittings under them. */
function mapMeetings(result: ExtractionResult, scopes: PlaceScopes) {
  const meetingIds = new Map<string, string>();
  const meetingById = new Map(result.meetings.map((m) => [m.id, m]));
  const resolveMeeting = (m: MeetingEntity, depth = 0): string => {
    const known = meetingIds.get(m.id);
    if (known) return known;
    const parent = m.parentId ? meetingById.get(m.parentId) : undefined;
    const id =
      parent && m.sitting && depth < 3
        ? keys.sittingId(resolveMeeting(parent, depth + 1), m.sitting)
        : keys.meetingId(scopes.bodyPlace(m.placeId, m.body).scope, { kind: m.kind, term: m.term, session: m.session, variant: m.variant, name: m.name, start: isoOrNull(m.start) });
    meetingIds.set(m.id, id);
    return id;
  };
  // a meeting the article only names (one cited in an item's name, a congress it sends
  // delegates to, one whose spirit is conveyed) tells nothing the graph can answer: only the
  // meetings a fact names, and the sessions of their sittings, become nodes
  const named = new Set(result.relations.map((r) => r.meetingId).filter((id): id is string => !!id));
  for (const id of [...named]) for (let m = meetingById.get(id), hops = 0; m?.parentId && hops < 3; m = meetingById.get(m.parentId), hops++) named.add(m.parentId);
  const meetings: MeetingRow[] = result.meetings.filter((m) => named.has(m.id)).map((m) => ({
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
    placeId: scopes.bodyPlace(m.placeId, m.body).placeId,
    parentId: m.parentId && meetingById.has(m.parentId) ? resolveMeeting(meetingById.get(m.parentId)!) : null,
  }));
  return { meetingIds, meetings };
}

/** Items belong to the first meeting that heard or approved them. */
function mapItems(result: ExtractionResult, meetingIds: Map<string, string>, articleId: string) {
  const itemIds = new Map<string, ItemRow>();
  for (const item of result.items) {
    const heardAt = result.relations.find((r) => r.itemId === item.id && r.meetingId && meetingIds.has(r.meetingId));
    const owner = heardAt ? meetingIds.get(heardAt.meetingId!)! : articleId;
    itemIds.set(item.id, { id: keys.itemId(owner, item.title), label: keys.itemLabel(item.kind), title: item.title, kind: item.kind });
  }
  return { itemIds, items: uniqueById([...itemIds.values()]) };
}

/** Facts, each with its evidence; a relation whose ends are missing is named in `skipped`. */
function mapFacts(result: ExtractionResult, ids: IdTable, published: string | null, skipped: string[]): FactRow[] {
  const facts: FactRow[] = [];
  const postById = new Map(result.posts.map((p) => [p.id, p]));
  const meetingById = new Map(result.meetings.map((m) => [m.id, m]));
  const meetingStart = (local: string | undefined) => (local ? meetingById.get(local)?.start : undefined);
  const firstMeetingDate = result.meetings.map((m) => isoOrNull(m.start)).find(Boolean) ?? null;
  const need = <T>(map: Map<string, T>, local: string | undefined, what: string, r: Relation): T | undefined => {
    const found = local ? map.get(local) : undefined;
    if (!found) skipped.push(`${r.type} at ${r.evidence.start}-${r.evidence.end}: no ${what} '${local ?? ''}' in the extraction result`);
    return found;
  };
  const electedAt = new Map<string, string | null | undefined>();
  for (const r of result.relations) if (r.type === 'ELECTED' && r.meetingId) electedAt.set(`${r.personId}|${r.postId}`, meetingStart(r.meetingId));
  for (const r of result.relations) {
    const ev = evidenceProps(ids.articleId, r.evidence);
    const personFact = PERSON_FACTS[r.type];
    if (r.type === 'HOLDS') {
      const person = need(ids.people, r.personId, 'person', r);
      const post = need(ids.posts, r.postId, 'post', r);
      if (!person || !post) continue;
      // a post someone was elected to is held from the electing meeting, not from the publication
      const observed = isoOrNull(meetingStart(r.meetingId)) ?? isoOrNull(electedAt.get(`${r.personId}|${r.postId}`)) ?? published ?? firstMeetingDate;
      const title = r.postId ? postById.get(r.postId)?.title : undefined;
      facts.push({ type: 'HOLDS', fromId: person, toId: post, props: { ...ev, observed, ...(title ? { title } : {}) } });
    } else if (personFact) {
      const person = need(ids.people, r.personId, 'person', r);
      const meeting = need(ids.meetings, r.meetingId, 'meeting', r);
      if (person && meeting) facts.push({ type: personFact, fromId: person, toId: meeting, props: ev });
    } else if (r.type === 'REPORTED') {
      const person = need(ids.people, r.personId, 'person', r);
      const item = need(ids.items, r.itemId, 'item', r);
      if (!person || !item) continue;
      facts.push({ type: 'REPORTED', fromId: person, toId: item.id, itemLabel: item.label, props: ev });
      const meeting = r.meetingId ? ids.meetings.get(r.meetingId) : undefined;
      if (meeting) facts.push({ type: 'PRESENTED_AT', fromId: item.id, toId: meeting, itemLabel: item.label, props: ev });
    } else if (r.type === 'ELECTED') {
      const person = need(ids.people, r.personId, 'person', r);
      const meeting = need(ids.meetings, r.meetingId, 'meeting', r);
      if (!person || !meeting) continue;
      const post = r.postId ? postById.get(r.postId) : undefined;
      facts.push({
        type: 'ELECTED',
        fromId: meeting,
        toId: person,
        props: { ...ev, postId: (r.postId && ids.posts.get(r.postId)) || null, title: post?.title ?? '', mode: r.mode ?? 'elected' },
      });
    } else if (r.type === 'LEFT') {
      const person = need(ids.people, r.personId, 'person', r);
      const post = need(ids.posts, r.postId, 'post', r);
      if (!person || !post) continue;
      const meeting = r.meetingId ? ids.meetings.get(r.meetingId) ?? null : null;
      const observed = isoOrNull(meetingStart(r.meetingId)) ?? published ?? firstMeetingDate;
      const title = r.postId ? postById.get(r.postId)?.title ?? '' : '';
      facts.push({ type: 'LEFT', fromId: person, toId: post, props: { ...ev, observed, title, how: r.leave ?? 'ended', meetingId: meeting } });
    } else if (r.type === 'APPROVED') {
      const meeting = need(ids.meetings, r.meetingId, 'meeting', r);
      const item = need(ids.items, r.itemId, 'item', r);
      if (meeting && item) facts.push({ type: 'APPROVED', fromId: meeting, toId: item.id, itemLabel: item.label, props: ev });
    } else {
      skipped.push(`${String(r.type)} at ${r.evidence.start}-${r.evidence.end}: unknown relation type`);
    }
  }
  return facts;
}

function evidenceProps(articleId: string, e: Evidence): EvidenceProps {
  return { articleId, sentence: e.sentence, sentenceIndex: e.sentenceIndex, start: e.start, end: e.end, text: e.text };
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
