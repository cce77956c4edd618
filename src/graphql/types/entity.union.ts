// Any node of the graph, as a GraphQL union, for results that can be of any kind (search
// hits, path nodes). `toEntity` turns a node read from Neo4j into the right class.
import { createUnionType } from 'type-graphql';
import { Native } from '../../graph/values';
import { Article } from './article.type';
import { entityTypeOfLabels, EntityType } from './enums';
import { Budget, Item, MeetingItem, Project, Report, Resolution } from './item.type';
import { Meeting } from './meeting.type';
import { asProps, labels } from './node-props';
import { Organization } from './organization.type';
import { Person } from './person.type';
import { Place } from './place.type';
import { Post } from './post.type';

export const Entity = createUnionType({
  name: 'Entity',
  description: 'Any node of the graph.',
  types: () => [Person, Meeting, Post, Organization, Place, Article, Report, Budget, Project, Resolution, Item] as const,
});

export type AnyEntity = Person | Meeting | Post | Organization | Place | Article | MeetingItem;

export function toEntity(node: Native | undefined): AnyEntity | null {
  switch (entityTypeOfLabels(labels(asProps(node)))) {
    case EntityType.PERSON:
      return Person.from(node);
    case EntityType.MEETING:
      return Meeting.from(node);
    case EntityType.POST:
      return Post.from(node);
    case EntityType.ORGANIZATION:
      return Organization.from(node);
    case EntityType.PLACE:
      return Place.from(node);
    case EntityType.ARTICLE:
      return Article.from(node);
    case null:
      return null;
    default:
      return MeetingItem.from(node);
  }
}

/** A short human label for any node: its name, or its title, or its id. */
export function entityLabel(node: Native | undefined): string {
  const p = asProps(node);
  for (const key of ['name', 'title', 'source', 'id']) {
    const v = p[key];
    if (typeof v === 'string' && v) return v;
  }
  return '';
}
