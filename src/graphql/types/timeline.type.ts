import { Field, ObjectType } from 'type-graphql';
import { FactKind } from './enums';
import { Evidence } from './evidence.type';
import { MeetingItem } from './item.type';
import { Meeting } from './meeting.type';
import { Post } from './post.type';

@ObjectType({ simpleResolvers: true, description: 'One fact about a person, with its date.' })
export class TimelineEntry {
  @Field(() => String, { nullable: true, description: "The meeting's start date, else the date the post was observed, else the article's publication date (ISO); null when unknown." })
  date!: string | null;

  @Field(() => FactKind)
  kind!: FactKind;

  @Field(() => Meeting, { nullable: true, description: 'The meeting, for PRESIDED, SPOKE_AT, ATTENDED, ELECTED and REPORTED.' })
  meeting!: Meeting | null;

  @Field(() => Post, { nullable: true, description: 'The post, for HOLDS and ELECTED.' })
  post!: Post | null;

  @Field(() => MeetingItem, { nullable: true, description: 'What was reported, for REPORTED.' })
  item!: MeetingItem | null;

  @Field(() => String, { description: 'The fact in a few words, e.g. "PRESIDED 泖港镇第六届人民代表大会第八次会议".' })
  summary!: string;

  @Field(() => [Evidence])
  evidence!: Evidence[];
}
