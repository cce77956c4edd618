import { Field, ObjectType } from 'type-graphql';
import { Evidence } from './evidence.type';
import { Meeting } from './meeting.type';
import { Person } from './person.type';
import { Post } from './post.type';

@ObjectType({ simpleResolvers: true, description: 'A meeting electing (or appointing) a person to a post.' })
export class Election {
  @Field(() => Person)
  person!: Person;

  @Field(() => Meeting)
  meeting!: Meeting;

  @Field(() => Post, { nullable: true, description: 'The post, when the graph knows it.' })
  post!: Post | null;

  @Field(() => String, { nullable: true, description: 'The title as written in the article.' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'elected, by_election (补选) or appointed (任命).' })
  mode!: string | null;

  @Field(() => [Evidence])
  evidence!: Evidence[];
}
