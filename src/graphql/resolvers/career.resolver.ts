// career(person): the tenures of a person and of every Person node of their identity, in
// order of their start, each end with its evidence.
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { GraphQLError } from 'graphql';
import { tenureFromRow } from '../../careers/tenure-row';
import { RequestContext } from '../context';
import { toApiError } from '../errors';
import { LIMITS } from '../guards/limits';
import { SuccessionStep, Tenure } from '../types/career.type';
import { HeldTenure, holdersOn, succession } from '../../careers/succession';
import type { Row } from '../../graph/driver';

function checkId(what: string, id: string): void {
  if (id.length > LIMITS.maxTextLength) throw new GraphQLError(`${what}: at most ${LIMITS.maxTextLength} characters`, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** The tenures of one post, with the rows they came from. */
async function postTenures(ctx: RequestContext, post: string): Promise<{ row: Row; held: HeldTenure }[]> {
  checkId('post', post);
  let rows;
  try {
    rows = await ctx.graph.readAutoCommit('api/post-tenures', { post });
  } catch (err) {
    throw toApiError(err);
  }
  return rows.map((row) => ({ row, held: { person: String(row.personId), name: String(row.name), identity: String(row.identity), tenure: tenureFromRow(row) } }));
}

@Resolver()
export class CareerResolver {
  @Query(() => [Tenure], { description: 'Who held the post on a day (ISO date): tenures that started on or before it and ended (explicitly, else last seen) on or after it, one per identity.' })
  async holders(@Arg('post', () => ID) post: string, @Arg('on', () => String) on: string, @Ctx() ctx: RequestContext): Promise<Tenure[]> {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(on)) throw new GraphQLError('on: an ISO date (YYYY-MM-DD)', { extensions: { code: 'BAD_USER_INPUT' } });
    const all = await postTenures(ctx, post);
    const held = new Set(holdersOn(all.map((x) => x.held), on));
    return all.filter((x) => held.has(x.held)).map((x) => Tenure.from(x.row, x.held.tenure));
  }

  @Query(() => [SuccessionStep], { description: 'The chain of holders of a post, oldest first: each with its tenure (acting marked), the gap before it and whether it overlaps the one before.' })
  async successions(@Arg('post', () => ID) post: string, @Ctx() ctx: RequestContext): Promise<SuccessionStep[]> {
    const all = await postTenures(ctx, post);
    const rowOf = new Map(all.map((x) => [x.held.identity, x.row]));
    return succession(all.map((x) => x.held)).map((step) =>
      Object.assign(new SuccessionStep(), { tenure: Tenure.from(rowOf.get(step.identity)!, step.tenure), gapDays: step.gapDays, overlaps: step.overlaps }),
    );
  }

  @Query(() => [Tenure], { description: "A person's tenures across places and bodies (over every Person node of their identity), oldest first; empty when there is no such person." })
  async career(@Arg('person', () => ID) person: string, @Ctx() ctx: RequestContext): Promise<Tenure[]> {
    if (person.length > LIMITS.maxTextLength) throw new GraphQLError(`person: at most ${LIMITS.maxTextLength} characters`, { extensions: { code: 'BAD_USER_INPUT' } });
    let rows;
    try {
      rows = await ctx.graph.readAutoCommit('api/career', { id: person });
    } catch (err) {
      throw toApiError(err);
    }
    const tenures = rows.map((r) => Tenure.from(r, tenureFromRow(r)));
    const key = (t: Tenure) => t.start?.date ?? t.firstSeen ?? '9999';
    return tenures.sort((a, b) => key(a).localeCompare(key(b)) || a.postId.localeCompare(b.postId));
  }
}
