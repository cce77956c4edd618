import { Field, ID, ObjectType } from 'type-graphql';
import { Native } from '../../graph/values';
import { asProps, str } from './node-props';

@ObjectType({ simpleResolvers: true, description: 'A province, city, county, town or village.' })
export class Place {
  @Field(() => ID, { description: 'place:<division code> (place:310117109), or place:<parent>/<name> for a place without a code.' })
  id!: string;

  @Field(() => String, { description: "The gazetteer's name when the place has a code, else the name as written." })
  name!: string;

  @Field(() => String, { nullable: true, description: 'province, city, county, town or village.' })
  level!: string | null;

  @Field(() => String, { nullable: true, description: 'Statistical division code (泖港镇 → 310117109); null when the gazetteer does not list it or the article does not tell which namesake it is.' })
  code!: string | null;

  static from(node: Native | undefined): Place {
    const p = asProps(node);
    return Object.assign(new Place(), { id: str(p, 'id') ?? '', name: str(p, 'name') ?? '', level: str(p, 'level'), code: str(p, 'code') });
  }
}
