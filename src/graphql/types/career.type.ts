// A person's career: tenures in order, across places and bodies, each end with its evidence.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Tenure as TenureRecord } from '../../careers/tenure';
import type { Native } from '../../graph/values';

@ObjectType({ description: 'One end of a tenure: explicit (an election, a removal, a resignation, a successor) or observed (first or last seen).' })
export class TenureEnd {
  @Field(() => String, { nullable: true, description: 'ISO date.' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'day, month or year.' })
  precision!: string | null;

  @Field(() => Boolean, { description: 'Told by an article (an election, a removal…), not only seen.' })
  explicit!: boolean;

  @Field(() => String, { description: 'Start: elected, by_election, appointed or observed. End: removed, resigned, ended, succeeded or observed.' })
  how!: string;

  @Field(() => String, { nullable: true, description: 'The words of the article that tell it.' })
  evidence!: string | null;

  @Field(() => ID, { nullable: true, description: 'The article that tells it.' })
  articleId!: string | null;
}

@ObjectType({ description: "A person's time in one post (Popolo Membership)." })
export class Tenure {
  @Field(() => ID, { description: 'The Person node the articles gave this post (one of the identity).' })
  personNode!: string;

  @Field(() => String, { nullable: true, description: "The person's name." })
  name!: string | null;

  @Field(() => ID, { nullable: true, description: 'The identity the Person node belongs to (see identity(person)).' })
  identity!: string | null;

  @Field(() => ID)
  postId!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => ID, { nullable: true })
  organizationId!: string | null;

  @Field(() => String, { nullable: true })
  organizationName!: string | null;

  @Field(() => TenureEnd, { nullable: true })
  start!: TenureEnd | null;

  @Field(() => TenureEnd, { nullable: true })
  end!: TenureEnd | null;

  @Field(() => String, { nullable: true })
  firstSeen!: string | null;

  @Field(() => String, { nullable: true })
  lastSeen!: string | null;

  @Field(() => Boolean, { description: 'Held as acting (代理).' })
  acting!: boolean;

  /** The tenure `t` read from a row of the career statements (api/career, api/post-tenures …). */
  static from(r: { [key: string]: Native }, t: TenureRecord): Tenure {
    const text = (v: Native | undefined) => (typeof v === 'string' ? v : null);
    const end = (e: TenureRecord['start'] | TenureRecord['end']) => (e ? Object.assign(new TenureEnd(), e) : null);
    return Object.assign(new Tenure(), {
      personNode: String(r.personId),
      name: text(r.name),
      identity: text(r.identity),
      postId: String(r.postId),
      title: text(r.title),
      organizationId: text(r.organizationId),
      organizationName: text(r.organizationName),
      start: end(t.start),
      end: end(t.end),
      firstSeen: t.firstSeen,
      lastSeen: t.lastSeen,
      acting: t.acting,
    });
  }
}

@ObjectType({ description: 'One holder in the chain of a post.' })
export class SuccessionStep {
  @Field(() => Tenure)
  tenure!: Tenure;

  @Field(() => Int, { nullable: true, description: 'Days between the end of the holder before and this start, when nobody is known in the post in between.' })
  gapDays!: number | null;

  @Field(() => Boolean, { description: 'Starts before the holder before ended (a shared post, or sources that overlap).' })
  overlaps!: boolean;
}
