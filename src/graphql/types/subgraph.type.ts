import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'A node of a subgraph, ready for a graph library.' })
export class SubgraphNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Name or title, for display.' })
  label!: string;

  @Field(() => String, { description: 'The node kind (Person, Meeting, …).' })
  type!: string;
}

@ObjectType({ simpleResolvers: true, description: 'An edge of a subgraph: all relationships of one type between two nodes, merged.' })
export class SubgraphEdge {
  @Field(() => ID, { description: 'source|type|target.' })
  id!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => String)
  type!: string;

  @Field(() => Int, { description: 'How many relationships (one per article) were merged into this edge.' })
  weight!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Nodes and edges around a node.' })
export class Subgraph {
  @Field(() => [SubgraphNode])
  nodes!: SubgraphNode[];

  @Field(() => [SubgraphEdge])
  edges!: SubgraphEdge[];

  @Field(() => Boolean, { description: 'True when the node limit cut the neighbourhood short.' })
  truncated!: boolean;
}
