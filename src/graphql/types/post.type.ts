import { Field, ID, ObjectType } from 'type-graphql';
import { Native } from '../../graph/values';
import { asProps, str, strList } from './node-props';

@ObjectType({ simpleResolvers: true, description: 'A post within an organization, e.g. 党委书记 of 泖港镇党委.' })
export class Post {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Canonical title, without jurisdiction (党委副书记, 镇长).' })
  title!: string;

  @Field(() => [String], { description: 'The titles as written in the articles.' })
  names!: string[];

  static from(node: Native | undefined): Post {
    const p = asProps(node);
    return Object.assign(new Post(), { id: str(p, 'id') ?? '', title: str(p, 'title') ?? '', names: strList(p, 'names') });
  }
}
