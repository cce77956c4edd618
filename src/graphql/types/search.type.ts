import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Entity } from './entity.union';
import type { AnyEntity } from './entity.union';
import { EntityType } from './enums';

@ObjectType({ simpleResolvers: true, description: 'One full-text search hit.' })
export class SearchHit {
  @Field(() => ID)
  id!: string;

  @Field(() => EntityType)
  type!: EntityType;

  @Field(() => String, { description: 'Name or title.' })
  label!: string;

  @Field(() => Float, { description: 'Relevance (higher is better).' })
  score!: number;

  @Field(() => Entity, { description: 'The node itself, to select its fields.' })
  entity!: AnyEntity;
}
