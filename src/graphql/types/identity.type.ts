// Who a person is across articles (src/identity): the Person nodes resolution made one,
// and every decision on a pair that includes this one, with its reasons.
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum IdentityVerdict {
  SAME = 'same',
  DIFFERENT = 'different',
  UNSURE = 'unsure',
}
registerEnumType(IdentityVerdict, { name: 'IdentityVerdict', description: 'A decision on two same-name people: one person, two people, or not enough to tell (kept apart).' });

export enum JudgementVerdict {
  SAME = 'same',
  DIFFERENT = 'different',
  UNDO = 'undo',
}
registerEnumType(JudgementVerdict, { name: 'JudgementVerdict', description: "A user's judgement: one person, two people, or withdraw the earlier judgement." });

@ObjectType({ description: 'A decision on a pair of same-name Person nodes.' })
export class IdentityDecision {
  @Field(() => ID)
  a!: string;

  @Field(() => ID)
  b!: string;

  @Field(() => IdentityVerdict)
  verdict!: IdentityVerdict;

  @Field(() => [String], { description: 'Why, in words: places, dates, shared bodies and colleagues, or a user judgement.' })
  reasons!: string[];

  @Field(() => String, { description: '"rules" or "user".' })
  by!: string;
}

@ObjectType({ description: "A user's judgement on a pair (applied by every later resolution)." })
export class IdentityJudgement {
  @Field(() => ID)
  a!: string;

  @Field(() => ID)
  b!: string;

  @Field(() => JudgementVerdict)
  verdict!: JudgementVerdict;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType({ description: 'A person of a name one character apart in one of the same articles and bodies: possibly one person written two ways (a typo). Flagged, never joined.' })
export class SimilarName {
  @Field(() => ID)
  person!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { description: 'The article that names both.' })
  articleId!: string;
}

@ObjectType({ description: 'Why a person is who they are: the Person nodes of their identity, and the candidates kept apart.' })
export class Identity {
  @Field(() => ID, { description: 'The person asked about.' })
  person!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { description: 'The identity: the smallest Person id of it (the id of the person in the Popolo export).' })
  identity!: string;

  @Field(() => [ID], { description: 'The Person nodes that are this one person.' })
  members!: string[];

  @Field(() => [IdentityDecision], { description: 'Every decision on a pair with this Person node: those that joined, and the candidates kept apart.' })
  decisions!: IdentityDecision[];

  @Field(() => [IdentityJudgement])
  judgements!: IdentityJudgement[];

  @Field(() => [SimilarName], { description: 'Possibly the same person under a name one character apart (same article, same body or meeting).' })
  similarNames!: SimilarName[];
}
