// Colleagues and interlocks: people who held posts in one organization at the same time,
// or sat in the same meetings, each answer with its evidence.
import { Field, ID, ObjectType } from 'type-graphql';
import { Tenure } from './career.type';
import { Evidence } from './evidence.type';
import { Meeting } from './meeting.type';

@ObjectType({ description: 'Two tenures in one organization that ran at the same time.' })
export class TenurePair {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => String, { nullable: true })
  organizationName!: string | null;

  @Field(() => String, { description: 'First day both were in post (ISO; within the asked dates).' })
  from!: string;

  @Field(() => String, { description: 'Last day both were in post (ISO; within the asked dates).' })
  to!: string;

  @Field(() => Tenure, { description: "The asked person's tenure (colleagues: person; interlocks: a)." })
  mine!: Tenure;

  @Field(() => Tenure, { description: "The other person's tenure (the colleague; interlocks: b)." })
  theirs!: Tenure;
}

@ObjectType({ description: 'A meeting two people sat in, with what each did there and the words that say so.' })
export class SharedMeeting {
  @Field(() => Meeting)
  meeting!: Meeting;

  @Field(() => [String], { description: 'What the asked person did there: presided, spoke, attended, elected, reported.' })
  myRoles!: string[];

  @Field(() => [String], { description: 'What the other person did there.' })
  theirRoles!: string[];

  @Field(() => [Evidence], { description: "The asked person's facts at the meeting." })
  myEvidence!: Evidence[];

  @Field(() => [Evidence], { description: "The other person's facts at the meeting." })
  theirEvidence!: Evidence[];
}

@ObjectType({ description: 'Someone who held a post in one organization at the same time as the asked person, or sat in the same meetings.' })
export class Colleague {
  @Field(() => ID, { description: 'The identity of the colleague (one person across articles, see identity(person)).' })
  identity!: string;

  @Field(() => ID, { description: 'One Person node of that identity.' })
  person!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [TenurePair], { description: 'The overlapping tenures, by organization, then date.' })
  tenures!: TenurePair[];

  @Field(() => [SharedMeeting], { description: 'The meetings sat in together, oldest first.' })
  meetings!: SharedMeeting[];
}

@ObjectType({ description: 'What ties two people: organizations where both held posts at the same time, and the meetings they sat in together.' })
export class Interlock {
  @Field(() => ID, { description: 'The identity of a.' })
  a!: string;

  @Field(() => ID, { description: 'The identity of b.' })
  b!: string;

  @Field(() => [TenurePair], { description: "Overlapping tenures (mine: a's, theirs: b's), by organization, then date." })
  tenures!: TenurePair[];

  @Field(() => [SharedMeeting], { description: 'The meetings both sat in, oldest first.' })
  meetings!: SharedMeeting[];
}
