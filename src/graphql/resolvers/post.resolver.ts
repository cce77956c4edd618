// Fields of a post: its organization and its holders.
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../context';
import { Organization } from '../types/organization.type';
import { Person } from '../types/person.type';
import { Post } from '../types/post.type';
import { linked } from '../read/links';

/** The organization a post belongs to; a holding asks it for its post too. */
export async function organizationOfPost(ctx: RequestContext, postId: string): Promise<Organization | null> {
  const [row] = await linked(ctx, 'post-organization', postId);
  return row ? Organization.from(row.node) : null;
}

@Resolver(() => Post)
export class PostResolver {
  @Query(() => Post, { nullable: true, description: 'A post by id.' })
  async post(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Post | null> {
    const row = await ctx.loaders.one('api/post-by-id', id);
    return row ? Post.from(row.node) : null;
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() post: Post, @Ctx() ctx: RequestContext): Promise<Organization | null> {
    return organizationOfPost(ctx, post.id);
  }

  @FieldResolver(() => [Person], { description: 'Who holds it (each with the HOLDS `evidence`).' })
  async holders(@Root() post: Post, @Ctx() ctx: RequestContext): Promise<Person[]> {
    return (await linked(ctx, 'post-holders', post.id)).map((r) => Person.from(r.node, r.rels));
  }
}
