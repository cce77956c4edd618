// What a meeting heard or approved. One GraphQL type per kind (as the graph has one label
// per kind), all implementing the MeetingItem interface, so a client can ask for
// `approved { __typename title }` or narrow with `... on Budget`.
import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import { Native } from '../../graph/values';
import { Evidence } from './evidence.type';
import { asProps, labels, str } from './node-props';

@InterfaceType({
  description: 'A report, budget, project, resolution or other item that a meeting heard or approved.',
  resolveType: (item: MeetingItem) => item.typeName,
})
export abstract class MeetingItem {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'As written, without 《》.' })
  title!: string;

  @Field(() => String, { description: 'report, budget, project, resolution or other.' })
  kind!: string;

  @Field(() => [Evidence], { description: 'When reached through a relationship (reports, approved, reported): its evidence. Empty at the top level.' })
  evidence!: Evidence[];

  /** The GraphQL object type of this item; not a field. */
  typeName!: ItemTypeName;

  static from(node: Native | undefined, rels?: Native): MeetingItem {
    const p = asProps(node);
    const typeName = itemTypeName(labels(p), str(p, 'kind'));
    const item = new ITEM_CLASSES[typeName]();
    return Object.assign(item, { id: str(p, 'id') ?? '', title: str(p, 'title') ?? '', kind: str(p, 'kind') ?? 'other', evidence: Evidence.fromRelationships(rels), typeName });
  }
}

@ObjectType({ simpleResolvers: true, implements: MeetingItem, description: 'A work report or other report delivered at a meeting.' })
export class Report extends MeetingItem {}

@ObjectType({ simpleResolvers: true, implements: MeetingItem, description: 'A budget, a final account or a budget execution report.' })
export class Budget extends MeetingItem {}

@ObjectType({ simpleResolvers: true, implements: MeetingItem, description: 'A project (实事项目, 重点项目 …).' })
export class Project extends MeetingItem {}

@ObjectType({ simpleResolvers: true, implements: MeetingItem, description: 'A resolution or decision.' })
export class Resolution extends MeetingItem {}

@ObjectType({ simpleResolvers: true, implements: MeetingItem, description: 'Anything else a meeting heard or approved (a list, a method …).' })
export class Item extends MeetingItem {}

export type ItemTypeName = 'Report' | 'Budget' | 'Project' | 'Resolution' | 'Item';

const ITEM_CLASSES: Record<ItemTypeName, new () => MeetingItem> = { Report, Budget, Project, Resolution, Item };
const KIND_TO_TYPE: Record<string, ItemTypeName> = { report: 'Report', budget: 'Budget', project: 'Project', resolution: 'Resolution' };

function itemTypeName(nodeLabels: string[], kind: string | null): ItemTypeName {
  const byLabel = nodeLabels.find((l): l is ItemTypeName => l in ITEM_CLASSES);
  return byLabel ?? KIND_TO_TYPE[kind ?? ''] ?? 'Item';
}
