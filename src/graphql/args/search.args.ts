import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { EntityType } from '../types/enums';
import { LIMITS } from '../guards/limits';

@ArgsType()
export class SearchArgs {
  @Field(() => String, { description: 'Words to look for in names and titles; Chinese works without spaces (劲松 finds 杜劲松). Taken literally: Lucene operators are escaped.' })
  @MinLength(1)
  @MaxLength(LIMITS.maxTextLength)
  text!: string;

  @Field(() => [EntityType], { nullable: true, description: 'Only these kinds of node; all kinds when omitted.' })
  @IsOptional()
  @ArrayMaxSize(20)
  types?: EntityType[] | null;

  @Field(() => Int, { nullable: true, defaultValue: LIMITS.defaultFirst, description: `How many hits (1–${LIMITS.maxFirst}).` })
  @Min(1)
  @Max(LIMITS.maxFirst)
  first: number = LIMITS.defaultFirst;
}
