import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { LIMITS } from '../guards/limits';
import { IsCalendarDate } from './calendar-date';

@ArgsType()
export class ColleaguesArgs {
  @Field(() => ID, { description: 'A Person id (the whole identity counts).' })
  @MaxLength(LIMITS.maxTextLength)
  person!: string;

  @Field(() => String, { nullable: true, description: 'Only tenures running on or after this day, and meetings from it (ISO, inclusive).' })
  @IsOptional()
  @IsCalendarDate()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Only tenures running on or before this day, and meetings up to it (ISO, inclusive).' })
  @IsOptional()
  @IsCalendarDate()
  to?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: LIMITS.defaultFirst, description: `How many colleagues, the most tied first (1–${LIMITS.maxFirst}).` })
  @Min(1)
  @Max(LIMITS.maxFirst)
  first: number = LIMITS.defaultFirst;
}

@ArgsType()
export class InterlocksArgs {
  @Field(() => ID, { description: 'A Person id.' })
  @MaxLength(LIMITS.maxTextLength)
  a!: string;

  @Field(() => ID, { description: 'A Person id of someone else.' })
  @MaxLength(LIMITS.maxTextLength)
  b!: string;
}
