import { IsOptional, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { LIMITS } from '../guards/limits';
import { PageArgs } from './page.args';

@InputType({ description: 'Every field is optional; given fields must all match.' })
export class PersonFilter {
  @Field(() => String, { nullable: true, description: 'The exact name, e.g. 杜劲松.' })
  @IsOptional()
  @MaxLength(LIMITS.maxTextLength)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, e.g. 劲松 (served by the full-text index when it is two or more Chinese characters).' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(LIMITS.maxTextLength)
  nameContains?: string | null;

  @Field(() => String, { nullable: true, description: 'The beginning of the name, e.g. 杜.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(LIMITS.maxTextLength)
  namePrefix?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A place id, gazetteer code or exact name where the person's posts or meetings are; places inside it count too (a county finds its towns' people).",
  })
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
