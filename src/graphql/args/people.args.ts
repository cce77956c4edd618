import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { LIMITS } from '../limits';
import { PageArgs } from './page.args';

@InputType({ description: 'Every field is optional; given fields must all match.' })
export class PersonFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, e.g. 劲松.' })
  @IsOptional()
  @MaxLength(LIMITS.maxTextLength)
  name?: string | null;

  @Field(() => String, { nullable: true, description: "A place id, or part of a place name, where the person's posts or meetings are." })
  @IsOptional()
  @MaxLength(LIMITS.maxTextLength)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of a post title the person holds, e.g. 书记.' })
  @IsOptional()
  @MaxLength(LIMITS.maxTextLength)
  title?: string | null;
}

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => PersonFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: PersonFilter | null;
}
