import { Field, ID, ObjectType } from 'type-graphql';
import { Native } from '../../graph/values';
import { asProps, str } from './node-props';

@ObjectType({ description: 'A province, city, county, town or village.' })
export class Place {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'province, city, county, town or village.' })
  level!: string | null;

  static from(node: Native | undefined): Place {
    const p = asProps(node);
    return Object.assign(new Place(), { id: str(p, 'id') ?? '', name: str(p, 'name') ?? '', level: str(p, 'level') });
  }
}
