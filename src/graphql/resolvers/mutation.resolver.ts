// The two mutations. Both need the API token (see ../auth.ts); both go through the graph
// engineer's ingestion code, so an article sent here is treated exactly like one loaded
// from a file by `kg ingest`.
import { Arg, Args, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { deleteArticle, ingestTexts } from '../../ingest';
import { IngestArticleArgs } from '../args/ingest.args';
import { requireApiToken } from '../guards/auth';
import { RequestContext } from '../context';
import { toApiError } from '../errors';
import { Article } from '../types/article.type';

@ObjectType({ description: 'What ingestArticle did.' })
export class IngestResult {
  @Field(() => String, { description: 'inserted, unchanged (same text already there), replaced (same source, new text) or failed.' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'Why it failed, when it did.' })
  reason!: string | null;

  @Field(() => Article, { nullable: true, description: 'The article as stored (null when it failed).' })
  article!: Article | null;

  @Field(() => Int)
  nodesCreated!: number;

  @Field(() => Int)
  relationshipsCreated!: number;
}

@Resolver()
export class MutationResolver {
  @Mutation(() => IngestResult, { description: 'Extracts the facts of one article and stores them (needs Authorization: Bearer <KG_API_TOKEN>).' })
  async ingestArticle(@Args(() => IngestArticleArgs) args: IngestArticleArgs, @Ctx() ctx: RequestContext): Promise<IngestResult> {
    requireApiToken(ctx);
    let report;
    try {
      report = await ingestTexts(ctx.graph, [{ source: args.source, text: args.text, published: args.published ?? undefined }]);
    } catch (err) {
      throw toApiError(err);
    }
    const entry = report.articles?.[0];
    const failure = report.failed[0];
    const articleRow = entry?.id ? await ctx.loaders.one('api/article-by-id', entry.id) : undefined;
    return Object.assign(new IngestResult(), {
      status: entry?.status ?? (failure ? 'failed' : 'unchanged'),
      reason: failure?.reason ?? null,
      article: articleRow ? Article.from(articleRow.node) : null,
      nodesCreated: report.nodesCreated,
      relationshipsCreated: report.relationshipsCreated,
    });
  }

  @Mutation(() => Boolean, { description: 'Removes an article, its facts, and the entities no other article mentions; false when there was no such article (needs the API token).' })
  async deleteArticle(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    requireApiToken(ctx);
    try {
      return await deleteArticle(ctx.graph, id);
    } catch (err) {
      throw toApiError(err);
    }
  }
}
