// Relay-style connections (edges { node cursor } pageInfo totalCount), made per node type
// by a class factory as in type-graphql's generic-types example.
import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { Meeting } from './meeting.type';
import { Person } from './person.type';

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  totalCount: number;
}

function Connection<T extends object>(nodeClass: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => nodeClass)
    node!: T;

    @Field(() => String, { description: 'Opaque; pass as `after`.' })
    cursor!: string;
  }

  @ObjectType(`${name}ConnectionBase`, { simpleResolvers: true })
  abstract class ConnectionClass implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many match the filter in all.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

@ObjectType({ simpleResolvers: true })
export class PersonConnection extends Connection(Person, 'Person') {}

@ObjectType({ simpleResolvers: true })
export class MeetingConnection extends Connection(Meeting, 'Meeting') {}
