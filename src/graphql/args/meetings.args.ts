import { IsBoolean, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { LIMITS } from '../guards/limits';
import { PageArgs } from './page.args';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'Every field is optional; given fields must all match.' })
export class MeetingFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name or of the body, e.g. 人民代表大会.' })
  @IsOptional()
  @MaxLength(LIMITS.maxTextLength)
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'A place id, gazetteer code or exact name; meetings of the places inside it count too (a county finds its towns’ meetings).' })
  @IsOptional()
  @MaxLength(LIMITS.maxTextLength)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'Earliest start date, ISO (YYYY-MM-DD), inclusive.' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'from must be an ISO date (YYYY-MM-DD)' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Latest start date, ISO (YYYY-MM-DD), inclusive.' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'to must be an ISO date (YYYY-MM-DD)' })
  to?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Also list sittings (预备会议, 全体会议 …) on their own; by default they are under their session’s `sittings`.' })
  @IsOptional()
  @IsBoolean()
  includeSittings?: boolean | null;
}

@ArgsType()
export class MeetingsArgs extends PageArgs {
  @Field(() => MeetingFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: MeetingFilter | null;
}
