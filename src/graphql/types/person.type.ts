import { Field, ID, ObjectType } from 'type-graphql';
import { Native } from '../../graph/values';
import { Evidence } from './evidence.type';
import { asProps, str } from './node-props';

@ObjectType({ simpleResolvers: true, description: 'A person named in the articles (one per name and jurisdiction).' })
export class Person {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [Evidence], {
    description:
      'When this person was reached through a relationship (presidedBy, speakers, reporters, …): the evidence of that relationship. Empty at the top level.',
  })
  evidence!: Evidence[];

  static from(node: Native | undefined, rels?: Native): Person {
    const p = asProps(node);
    return Object.assign(new Person(), { id: str(p, 'id') ?? '', name: str(p, 'name') ?? '', evidence: Evidence.fromRelationships(rels) });
  }
}
