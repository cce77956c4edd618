// Fields of a post holding: the post held.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../context';
import { PostHolding } from '../types/holding.type';
import { Organization } from '../types/organization.type';
import { organizationOfPost } from './post.resolver';

@Resolver(() => PostHolding)
export class PostHoldingResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organization of the post.' })
  organization(@Root() holding: PostHolding, @Ctx() ctx: RequestContext): Promise<Organization | null> {
    return organizationOfPost(ctx, holding.post.id);
  }
}
