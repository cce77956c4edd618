// Fields of an organization: its place and posts.
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../context';
import { Organization } from '../types/organization.type';
import { Place } from '../types/place.type';
import { Post } from '../types/post.type';
import { linked } from '../read/links';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'An organization by id.' })
  async organization(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Organization | null> {
    const row = await ctx.loaders.one('api/organization-by-id', id);
    return row ? Organization.from(row.node) : null;
  }

  @FieldResolver(() => Place, { nullable: true, description: 'Its jurisdiction.' })
  async place(@Root() org: Organization, @Ctx() ctx: RequestContext): Promise<Place | null> {
    const [row] = await linked(ctx, 'organization-place', org.id);
    return row ? Place.from(row.node) : null;
  }

  @FieldResolver(() => [Post])
  async posts(@Root() org: Organization, @Ctx() ctx: RequestContext): Promise<Post[]> {
    return (await linked(ctx, 'organization-posts', org.id)).map((r) => Post.from(r.node));
  }
}
