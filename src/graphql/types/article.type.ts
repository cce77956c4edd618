import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Native } from '../../graph/values';
import { asProps, date, num, str } from './node-props';

@ObjectType({ simpleResolvers: true, description: 'One ingested news text.' })
export class Article {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'File name or URL the text came from.' })
  source!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Publication date (ISO), when known.' })
  published!: string | null;

  @Field(() => Int, { nullable: true, description: 'Length of the original text (UTF-16 code units).' })
  chars!: number | null;

  @Field(() => String, { nullable: true, description: 'When it was ingested (ISO date-time).' })
  ingestedAt!: string | null;

  static from(node: Native | undefined): Article {
    const p = asProps(node);
    return Object.assign(new Article(), {
      id: str(p, 'id') ?? '',
      source: str(p, 'source'),
      title: str(p, 'title'),
      published: date(p, 'published'),
      chars: num(p, 'chars'),
      ingestedAt: str(p, 'ingestedAt'),
    });
  }
}
