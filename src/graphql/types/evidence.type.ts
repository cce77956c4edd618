import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Native } from '../../graph/values';

@ObjectType({ simpleResolvers: true, description: 'Where a fact was read: the article, the sentence, and the span of the original text.' })
export class Evidence {
  @Field(() => ID, { description: 'The article the fact was read from (see `article`).' })
  articleId!: string;

  @Field(() => String, { description: 'The whole sentence around the span (simplified, markup removed).' })
  sentence!: string;

  @Field(() => String, { description: 'The supporting span, as published.' })
  text!: string;

  @Field(() => Int, { nullable: true, description: 'Start of the span in the article text (UTF-16 index).' })
  start!: number | null;

  @Field(() => Int, { nullable: true, description: 'End of the span (exclusive).' })
  end!: number | null;

  /** Evidence from the relationships (as read by src/graph/values.ts) that state one fact. */
  static fromRelationships(rels: Native | undefined): Evidence[] {
    if (!Array.isArray(rels)) return [];
    return rels.flatMap((rel) => {
      if (!rel || typeof rel !== 'object' || Array.isArray(rel) || typeof rel.articleId !== 'string') return [];
      return [
        Object.assign(new Evidence(), {
          articleId: rel.articleId,
          sentence: typeof rel.sentence === 'string' ? rel.sentence : '',
          text: typeof rel.text === 'string' ? rel.text : '',
          start: typeof rel.start === 'number' ? rel.start : null,
          end: typeof rel.end === 'number' ? rel.end : null,
        }),
      ];
    });
  }
}
