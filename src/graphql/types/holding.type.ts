import { Field, ObjectType } from 'type-graphql';
import { Evidence } from './evidence.type';
import { Post } from './post.type';

@ObjectType({ simpleResolvers: true, description: 'A post a person holds, as seen in the articles.' })
export class PostHolding {
  @Field(() => Post)
  post!: Post;

  @Field(() => String, { description: 'The canonical title of the post (党委书记, 镇长 …); see `post.names` for the titles as written.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Earliest date the person was seen in this post (ISO).' })
  firstSeen!: string | null;

  @Field(() => String, { nullable: true, description: 'Latest date the person was seen in this post (ISO).' })
  lastSeen!: string | null;

  @Field(() => [Evidence])
  evidence!: Evidence[];
}
