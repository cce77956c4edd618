// Popolo JSON (https://www.popoloproject.com), the shape civic-data tools read for people
// in public office: persons, organizations, posts, memberships, events (meetings) and
// areas (places). A membership is one person in one post; its start_date and end_date are
// the first and last dates an article saw the person in that post (HOLDS.observed), which
// is what the news tells, not the official term of office.
import { writeJsonArray } from './json-array';
import type { ArticleRef, ExportMembership, ExportNode, ExportSource, Sink } from './model';

interface PopoloSource {
  url?: string;
  note?: string;
}

/** Sources oldest first (then by URL), so the same graph always gives the same file. */
function sources(refs: ArticleRef[]): PopoloSource[] {
  const ordered = [...refs].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || (a.source ?? '').localeCompare(b.source ?? ''));
  return ordered.map((r) => {
    const note = [r.title, r.published].filter(Boolean).join(', ') || r.id;
    return r.source ? { url: r.source, note } : { note };
  });
}

function text(node: ExportNode, key: string): string | undefined {
  const v = node.properties[key];
  return typeof v === 'string' && v ? v : undefined;
}

function link(node: ExportNode, type: string): string | undefined {
  return node.links.find((l) => l.type === type)?.target;
}

/** Drops undefined fields, so the JSON carries only what is known. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;
}

// the Person nodes (a name within one jurisdiction) that identity resolution made one person
export const PERSON_NODE_SCHEME = 'meeting-kg-person-node';

/**
 * One Popolo person per identity (src/identity): the Person nodes resolution joined, with
 * the sources of all of them; their node ids as identifiers. Identities are gathered in
 * memory (one small entry per Person node).
 */
async function* identities(nodes: AsyncIterable<ExportNode>, identityOf: Map<string, string>): AsyncIterable<ExportNode[]> {
  const groups = new Map<string, ExportNode[]>();
  for await (const node of nodes) {
    const identity = text(node, 'identity') ?? node.id;
    if (identity !== node.id) identityOf.set(node.id, identity);
    (groups.get(identity) ?? groups.set(identity, []).get(identity)!).push(node);
  }
  yield* [...groups.values()];
}

function person(group: ExportNode[]) {
  const [first] = group;
  const identity = text(first, 'identity') ?? first.id;
  const refs = [...new Map(group.flatMap((n) => n.sources).map((r) => [r.id, r])).values()];
  return compact({
    id: identity,
    name: text(first, 'name') ?? first.id,
    identifiers: group.length > 1 ? group.map((n) => ({ scheme: PERSON_NODE_SCHEME, identifier: n.id })) : undefined,
    sources: refs.length ? sources(refs) : undefined,
  });
}

function organization(node: ExportNode) {
  return compact({ id: node.id, name: text(node, 'name') ?? node.id, classification: text(node, 'type'), area_id: link(node, 'IN') });
}

function post(node: ExportNode) {
  const names = node.properties.names;
  const title = text(node, 'title') ?? node.id;
  const other = Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string' && n !== title) : [];
  return compact({ id: node.id, label: title, role: title, other_label: other.length ? other : undefined, organization_id: link(node, 'OF') });
}

function event(node: ExportNode) {
  return compact({
    id: node.id,
    name: text(node, 'name') ?? node.id,
    classification: text(node, 'kind'),
    start_date: text(node, 'start'),
    end_date: text(node, 'end'),
    description: text(node, 'dateText'),
    parent_id: link(node, 'PART_OF'),
    area_id: link(node, 'IN'),
    sources: node.sources.length ? sources(node.sources) : undefined,
  });
}

// the statistical division code (国家统计局 统计用区划代码) of a place, as a Popolo identifier
export const DIVISION_CODE_SCHEME = 'cn-stats-division-code';

function area(node: ExportNode) {
  const code = text(node, 'code');
  return compact({
    id: node.id,
    name: text(node, 'name') ?? node.id,
    classification: text(node, 'level'),
    identifiers: code ? [{ scheme: DIVISION_CODE_SCHEME, identifier: code }] : undefined,
    parent_id: link(node, 'IN'),
  });
}

// Popolo's start_date and end_date are the days a membership began and ended: written only
// when an article tells it (the electing meeting; a removal, resignation or successor). What
// the news only shows (first and last seen) goes in fields of its own.
function membership(m: ExportMembership, identityOf: Map<string, string>) {
  const { start, end } = m.tenure;
  return compact({
    id: `membership:${m.personId}|${m.postId}`,
    person_id: identityOf.get(m.personId) ?? m.personId,
    post_id: m.postId,
    organization_id: m.organizationId,
    role: m.title,
    start_date: start?.explicit ? start.date : undefined,
    end_date: end?.explicit ? end.date : undefined,
    start_how: start?.explicit ? start.how : undefined,
    end_how: end?.explicit ? end.how : undefined,
    start_evidence: start?.explicit ? start.evidence : undefined,
    end_evidence: end?.explicit ? end.evidence : undefined,
    first_seen: m.firstSeen,
    last_seen: m.lastSeen,
    acting: m.tenure.acting || undefined,
    sources: sources(m.sources),
  });
}

export async function writePopolo(source: ExportSource, out: Sink): Promise<void> {
  await out.write('{\n  "persons": ');
  const identityOf = new Map<string, string>();
  await writeJsonArray(out, identities(source.nodes(['Person']), identityOf), person);
  await out.write(',\n  "organizations": ');
  await writeJsonArray(out, source.nodes(['Organization']), organization);
  await out.write(',\n  "posts": ');
  await writeJsonArray(out, source.nodes(['Post']), post);
  await out.write(',\n  "memberships": ');
  await writeJsonArray(out, source.memberships(), (m) => membership(m, identityOf));
  await out.write(',\n  "events": ');
  await writeJsonArray(out, source.nodes(['Meeting']), event);
  await out.write(',\n  "areas": ');
  await writeJsonArray(out, source.nodes(['Place']), area);
  await out.write('\n}\n');
}
