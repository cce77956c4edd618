import { IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class IngestArticleArgs {
  @Field(() => String, { description: 'The article: plain text or HTML.' })
  @MinLength(1)
  @MaxLength(2_000_000)
  text!: string;

  @Field(() => String, { description: 'Where it came from (file name or URL); an article with the same source is replaced.' })
  @MinLength(1)
  @MaxLength(2000)
  source!: string;

  @Field(() => String, { nullable: true, description: 'Publication date, ISO (YYYY-MM-DD), when known.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'published must be an ISO date (YYYY-MM-DD)' })
  published?: string | null;
}
