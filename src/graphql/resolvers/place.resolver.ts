// Fields of the structural types: posts, organizations, places, holdings and evidence.
import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { PlacesArgs } from '../args/places.args';
import { badInput } from '../errors';
import { RequestContext } from '../context';
import { LIMITS } from '../guards/limits';
import { Article } from '../types/article.type';
import { Evidence } from '../types/evidence.type';
import { PostHolding } from '../types/holding.type';
import { Meeting } from '../types/meeting.type';
import { Organization } from '../types/organization.type';
import { Person } from '../types/person.type';
import { Place } from '../types/place.type';
import { Post } from '../types/post.type';
import { linked } from '../read/links';

async function organizationOfPost(ctx: RequestContext, postId: string): Promise<Organization | null> {
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

@Resolver(() => PostHolding)
export class PostHoldingResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organization of the post.' })
  organization(@Root() holding: PostHolding, @Ctx() ctx: RequestContext): Promise<Organization | null> {
    return organizationOfPost(ctx, holding.post.id);
  }
}

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

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => Place, { nullable: true, description: 'A place by id (place:310117109), or by its division code (310117109).' })
  async place(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Place | null> {
    const row = await ctx.loaders.one('api/place-by-id', /^\d{2,12}$/.test(id) ? `place:${id}` : id);
    return row ? Place.from(row.node) : null;
  }

  @Query(() => [Place], { description: 'Places by the start of their name and/or division code.' })
  async places(@Args(() => PlacesArgs) args: PlacesArgs, @Ctx() ctx: RequestContext): Promise<Place[]> {
    const name = args.filter.name?.trim() || null;
    const code = args.filter.code ?? null;
    if (!name && !code) throw badInput('places(filter) needs a name or a code');
    const rows = await ctx.loaders.read('api/places-by-name', { name, code, limit: args.first });
    return rows.map((r) => Place.from(r.node));
  }

  @FieldResolver(() => [Place], { description: 'The enclosing places, nearest first, up to the province (泖港镇 → 松江区, 上海市).' })
  async ancestors(@Root() place: Place, @Ctx() ctx: RequestContext): Promise<Place[]> {
    return (await linked(ctx, 'place-ancestors', place.id)).map((r) => Place.from(r.node));
  }

  @FieldResolver(() => [Place], { description: 'The places directly inside it that the graph holds.' })
  async children(@Root() place: Place, @Ctx() ctx: RequestContext): Promise<Place[]> {
    return (await linked(ctx, 'place-children', place.id)).map((r) => Place.from(r.node));
  }

  @FieldResolver(() => [Person], { description: 'The people holding a post of one of its organizations.' })
  async people(
    @Root() place: Place,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: LIMITS.defaultFirst }) first: number,
  ): Promise<Person[]> {
    const n = Math.max(0, Math.min(first, LIMITS.maxFirst));
    return (await linked(ctx, 'place-people', place.id)).slice(0, n).map((r) => Person.from(r.node));
  }

  @FieldResolver(() => Place, { nullable: true, description: 'The enclosing place.' })
  async parent(@Root() place: Place, @Ctx() ctx: RequestContext): Promise<Place | null> {
    const [row] = await linked(ctx, 'place-parent', place.id);
    return row ? Place.from(row.node) : null;
  }

  @FieldResolver(() => [Meeting], { description: 'Meetings held there, newest first.' })
  async meetings(
    @Root() place: Place,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: LIMITS.defaultFirst }) first: number,
  ): Promise<Meeting[]> {
    const n = Math.max(0, Math.min(first, LIMITS.maxFirst));
    return (await linked(ctx, 'place-meetings', place.id)).slice(0, n).map((r) => Meeting.from(r.node));
  }

  @FieldResolver(() => [Organization])
  async organizations(@Root() place: Place, @Ctx() ctx: RequestContext): Promise<Organization[]> {
    return (await linked(ctx, 'place-organizations', place.id)).map((r) => Organization.from(r.node));
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Article, { nullable: true, description: 'The article the fact was read from.' })
  async article(@Root() evidence: Evidence, @Ctx() ctx: RequestContext): Promise<Article | null> {
    const row = await ctx.loaders.one('api/article-by-id', evidence.articleId);
    return row ? Article.from(row.node) : null;
  }
}
