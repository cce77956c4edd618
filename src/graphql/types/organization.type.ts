import { Field, ID, ObjectType } from 'type-graphql';
import { Native } from '../../graph/values';
import { asProps, str } from './node-props';

@ObjectType({ simpleResolvers: true, description: 'A party committee, congress, government, standing committee … of a place.' })
export class Organization {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'party_committee, congress, government, standing_committee, … (see src/extract/types.ts).' })
  type!: string;

  static from(node: Native | undefined): Organization {
    const p = asProps(node);
    return Object.assign(new Organization(), { id: str(p, 'id') ?? '', name: str(p, 'name') ?? '', type: str(p, 'type') ?? 'other' });
  }
}
