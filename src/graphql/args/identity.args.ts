import { IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { LIMITS } from '../guards/limits';
import { JudgementVerdict } from '../types/identity.type';

@ArgsType()
export class JudgeIdentityArgs {
  @Field(() => ID, { description: 'A Person id.' })
  @MaxLength(LIMITS.maxTextLength)
  a!: string;

  @Field(() => ID, { description: 'Another Person id of the same name.' })
  @MaxLength(LIMITS.maxTextLength)
  b!: string;

  @Field(() => JudgementVerdict)
  verdict!: JudgementVerdict;

  @Field(() => String, { nullable: true, description: 'Why (kept with the judgement).' })
  @IsOptional()
  @MaxLength(LIMITS.maxTextLength)
  note?: string | null;
}
