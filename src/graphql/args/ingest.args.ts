import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { LIMITS } from '../guards/limits';
import { IsCalendarDate } from './calendar-date';
import { HasVisibleText } from './visible-text';

@ArgsType()
export class IngestArticleArgs {
  @Field(() => String, { description: `The article: plain text or HTML, at most ${LIMITS.maxArticleChars.toLocaleString('en')} characters.` })
  @MinLength(1)
  @MaxLength(LIMITS.maxArticleChars)
  @HasVisibleText()
  text!: string;

  @Field(() => String, { description: 'Where it came from (file name or URL); an article with the same source is replaced.' })
  @MinLength(1)
  @MaxLength(2000)
  source!: string;

  @Field(() => String, { nullable: true, description: 'Publication date, ISO (YYYY-MM-DD), when known.' })
  @IsOptional()
  @IsCalendarDate()
  published?: string | null;
}
