import { registerEnumType } from 'type-graphql';

/** The kinds of node, as graph labels. */
export enum EntityType {
  PERSON = 'Person',
  MEETING = 'Meeting',
  POST = 'Post',
  ORGANIZATION = 'Organization',
  PLACE = 'Place',
  ARTICLE = 'Article',
  REPORT = 'Report',
  BUDGET = 'Budget',
  PROJECT = 'Project',
  RESOLUTION = 'Resolution',
  ITEM = 'Item',
}
registerEnumType(EntityType, { name: 'EntityType', description: 'The kinds of node in the graph.' });

/** The kinds of fact on a person's timeline, as graph relationship types. */
export enum FactKind {
  PRESIDED = 'PRESIDED',
  SPOKE_AT = 'SPOKE_AT',
  ATTENDED = 'ATTENDED',
  ELECTED = 'ELECTED',
  REPORTED = 'REPORTED',
  HOLDS = 'HOLDS',
}
registerEnumType(FactKind, { name: 'FactKind', description: 'The kinds of dated fact on a timeline.' });

const ENTITY_TYPES: ReadonlySet<string> = new Set(Object.values(EntityType));

export function entityTypeOfLabels(labels: string[]): EntityType | null {
  const label = labels.find((l) => ENTITY_TYPES.has(l));
  return (label as EntityType | undefined) ?? null;
}
