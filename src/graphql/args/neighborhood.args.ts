import { Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { LIMITS } from '../guards/limits';

@ArgsType()
export class NeighborhoodArgs {
  @Field(() => ID, { description: 'Id of the centre node (any kind).' })
  @MaxLength(LIMITS.maxTextLength)
  id!: string;

  @Field(() => Int, { nullable: true, defaultValue: LIMITS.defaultDepth, description: `How many relationships away (1–${LIMITS.maxDepth}).` })
  @Min(1)
  @Max(LIMITS.maxDepth)
  depth: number = LIMITS.defaultDepth;

  @Field(() => Int, { nullable: true, defaultValue: LIMITS.defaultNodeLimit, description: `Most nodes to return (1–${LIMITS.maxNodeLimit}); \`truncated\` tells when it cut.` })
  @Min(1)
  @Max(LIMITS.maxNodeLimit)
  limit: number = LIMITS.defaultNodeLimit;
}
