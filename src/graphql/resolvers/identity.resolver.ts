// identity(person) and judgeIdentity: reading and correcting who is who across articles.
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLError } from 'graphql';
import { judge, JudgementError } from '../../identity/judge';
import { JudgeIdentityArgs } from '../args/identity.args';
import { requireApiToken } from '../guards/auth';
import { RequestContext } from '../context';
import { toApiError } from '../errors';
import { LIMITS } from '../guards/limits';
import { Identity, IdentityDecision, IdentityJudgement, IdentityVerdict, JudgementVerdict, SimilarName } from '../types/identity.type';
import { oneCharacterApart } from '../../identity/similar-names';
import type { Row } from '../../graph/driver';

const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);

function identityFrom(row: Row): Identity {
  return Object.assign(new Identity(), {
    person: String(row.id),
    name: String(row.name),
    identity: String(row.identity),
    members: Array.isArray(row.members) ? row.members.map(String) : [],
    decisions: list(row.decisions).map((d) =>
      Object.assign(new IdentityDecision(), { a: String(d.a), b: String(d.b), verdict: d.verdict as IdentityVerdict, reasons: Array.isArray(d.reasons) ? d.reasons.map(String) : [], by: String(d.by ?? 'rules') }),
    ),
    judgements: list(row.judgements).map((j) => Object.assign(new IdentityJudgement(), { a: String(j.a), b: String(j.b), verdict: j.verdict as JudgementVerdict, note: typeof j.note === 'string' ? j.note : null })),
    similarNames: list(row.similar)
      .filter((s) => oneCharacterApart(String(row.name), String(s.name)))
      .map((s) => Object.assign(new SimilarName(), { person: String(s.id), name: String(s.name), articleId: String(s.articleId) })),
  });
}

@Resolver()
export class IdentityResolver {
  @Query(() => Identity, { nullable: true, description: 'Why these mentions are one person, and the candidates of the same name that were kept apart (null when there is no such person).' })
  async identity(@Arg('person', () => ID) person: string, @Ctx() ctx: RequestContext): Promise<Identity | null> {
    if (person.length > LIMITS.maxTextLength) throw new GraphQLError(`person: at most ${LIMITS.maxTextLength} characters`, { extensions: { code: 'BAD_USER_INPUT' } });
    try {
      const [row] = await ctx.graph.read('identity/identity-of', { id: person });
      return row ? identityFrom(row) : null;
    } catch (err) {
      throw toApiError(err);
    }
  }

  @Mutation(() => Identity, { description: 'A judgement on two people of one name: the same person, different people, or undo (needs the API token). Applied at once and by every later ingest.' })
  async judgeIdentity(@Args(() => JudgeIdentityArgs) args: JudgeIdentityArgs, @Ctx() ctx: RequestContext): Promise<Identity> {
    requireApiToken(ctx);
    try {
      await judge(ctx.graph, args.a, args.b, args.verdict, args.note ?? undefined);
      const [row] = await ctx.graph.read('identity/identity-of', { id: args.a });
      return identityFrom(row);
    } catch (err) {
      if (err instanceof JudgementError) throw new GraphQLError(err.message, { extensions: { code: 'BAD_USER_INPUT' } });
      throw toApiError(err);
    }
  }
}
