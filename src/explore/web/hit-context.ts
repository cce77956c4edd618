// What tells apart search results with the same label (eight 政府工作报告, twelve 镇长):
// the meeting of a report, the organization of a post, the place of a person, meeting or
// organization, the parent of a place.

/** The part of a hit's entity the search asks for (queries.ts SEARCH). */
export interface HitEntity {
  __typename?: string;
  meeting?: { name: string } | null;
  organization?: { name: string; place?: { name: string } | null } | null;
  place?: { name: string } | null;
  places?: { name: string }[] | null;
  parent?: { name: string } | null;
  start?: string | null;
  published?: string | null;
}

/** An organization with its place in front (人民政府 → 青禾镇人民政府), unless its name has it. */
function organizationName(org: HitEntity['organization']): string | undefined {
  if (!org) return undefined;
  const place = org.place?.name;
  return place && !org.name.startsWith(place) ? `${place} ${org.name}` : org.name;
}

/** A short line of context for one hit's entity; undefined when it has none. */
export function hitContext(entity: HitEntity | null | undefined): string | undefined {
  if (!entity) return undefined;
  const parts = [
    entity.meeting?.name,
    organizationName(entity.organization),
    entity.place?.name,
    entity.places?.length ? entity.places.map((p) => p.name).join('、') : undefined,
    entity.parent?.name,
    entity.start ?? entity.published ?? undefined,
  ].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(' · ') : undefined;
}

/** The context of each hit whose type and label another hit shares (by id); unique hits get none. */
export function contextsOfLookalikes(hits: { id: string; type: string; label: string; entity?: HitEntity | null }[]): Map<string, string> {
  const count = new Map<string, number>();
  const key = (h: { type: string; label: string }) => `${h.type}\u0000${h.label}`;
  for (const h of hits) count.set(key(h), (count.get(key(h)) ?? 0) + 1);
  const contexts = new Map<string, string>();
  for (const h of hits) {
    if ((count.get(key(h)) ?? 0) < 2) continue;
    const context = hitContext(h.entity);
    if (context) contexts.set(h.id, context);
  }
  return contexts;
}
