import { Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { LIMITS } from '../guards/limits';

@ArgsType()
export class PathArgs {
  @Field(() => ID, { description: 'Id of the first node (any kind).' })
  @MaxLength(LIMITS.maxTextLength)
  from!: string;

  @Field(() => ID, { description: 'Id of the last node (any kind).' })
  @MaxLength(LIMITS.maxTextLength)
  to!: string;

  @Field(() => Int, { nullable: true, defaultValue: LIMITS.defaultMaxHops, description: `Longest path to look for (1–${LIMITS.maxHops}).` })
  @Min(1)
  @Max(LIMITS.maxHops)
  maxHops: number = LIMITS.defaultMaxHops;
}
