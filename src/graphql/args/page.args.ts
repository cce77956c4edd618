import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { LIMITS } from '../guards/limits';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: LIMITS.defaultFirst, description: `Page size (1–${LIMITS.maxFirst}).` })
  @Min(1)
  @Max(LIMITS.maxFirst)
  first: number = LIMITS.defaultFirst;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @MaxLength(2000) // a cursor holds the last sort key (a name or date and an id)
  after?: string | null;
}
