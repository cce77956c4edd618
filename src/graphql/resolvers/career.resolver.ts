// career(person): the tenures of a person and of every Person node of their identity, in
// order of their start, each end with its evidence.
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { GraphQLError } from 'graphql';
import { tenureFromRow } from '../../careers/tenure-row';
import { RequestContext } from '../context';
import { toApiError } from '../errors';
import { LIMITS } from '../guards/limits';
import { Tenure, TenureEnd } from '../types/career.type';
import type { Tenure as TenureRecord } from '../../careers/tenure';

function endOf(e: TenureRecord['start'] | TenureRecord['end']): TenureEnd | null {
  return e ? Object.assign(new TenureEnd(), e) : null;
}

@Resolver()
export class CareerResolver {
  @Query(() => [Tenure], { description: "A person's tenures across places and bodies (over every Person node of their identity), oldest first; empty when there is no such person." })
  async career(@Arg('person', () => ID) person: string, @Ctx() ctx: RequestContext): Promise<Tenure[]> {
    if (person.length > LIMITS.maxTextLength) throw new GraphQLError(`person: at most ${LIMITS.maxTextLength} characters`, { extensions: { code: 'BAD_USER_INPUT' } });
    let rows;
    try {
      rows = await ctx.graph.readAutoCommit('api/career', { id: person });
    } catch (err) {
      throw toApiError(err);
    }
    const tenures = rows.map((r) => {
      const t = tenureFromRow(r);
      return Object.assign(new Tenure(), {
        personNode: String(r.personId),
        postId: String(r.postId),
        title: typeof r.title === 'string' ? r.title : null,
        organizationId: typeof r.organizationId === 'string' ? r.organizationId : null,
        organizationName: typeof r.organizationName === 'string' ? r.organizationName : null,
        start: endOf(t.start),
        end: endOf(t.end),
        firstSeen: t.firstSeen,
        lastSeen: t.lastSeen,
        acting: t.acting,
      });
    });
    const key = (t: Tenure) => t.start?.date ?? t.firstSeen ?? '9999';
    return tenures.sort((a, b) => key(a).localeCompare(key(b)) || a.postId.localeCompare(b.postId));
  }
}
