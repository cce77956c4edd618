import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity } from './entity.union';
import type { AnyEntity } from './entity.union';
import { EntityType } from './enums';
import { Evidence } from './evidence.type';

@ObjectType({ simpleResolvers: true, description: 'A node on a path.' })
export class PathNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  label!: string;

  @Field(() => EntityType)
  type!: EntityType;

  @Field(() => Entity)
  entity!: AnyEntity;
}

@ObjectType({ simpleResolvers: true, description: 'One step of a path: a relationship (source → target, as stored) and the evidence for it.' })
export class PathStep {
  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => String, { description: 'The relationship type: PRESIDED, HOLDS, ELECTED, …' })
  type!: string;

  @Field(() => [Evidence], { description: 'Every article sentence that states this step (empty for structural links such as post → organization).' })
  evidence!: Evidence[];
}

@ObjectType({ simpleResolvers: true, description: 'A shortest connection between two nodes.' })
export class GraphPath {
  @Field(() => Int, { description: 'Number of steps.' })
  length!: number;

  @Field(() => [PathNode], { description: 'The nodes in order, from `from` to `to`.' })
  nodes!: PathNode[];

  @Field(() => [PathStep], { description: 'The steps in order; step i links nodes i and i+1.' })
  steps!: PathStep[];
}
