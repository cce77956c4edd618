// The places query and the fields of a place.
import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { PlacesArgs } from '../args/places.args';
import { badInput } from '../errors';
import { RequestContext } from '../context';
import { LIMITS } from '../guards/limits';
import { Meeting } from '../types/meeting.type';
import { Organization } from '../types/organization.type';
import { Person } from '../types/person.type';
import { Place } from '../types/place.type';
import { linked } from '../read/links';

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
