// Fields of evidence: the article a fact was read in.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../context';
import { Article } from '../types/article.type';
import { Evidence } from '../types/evidence.type';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Article, { nullable: true, description: 'The article the fact was read from.' })
  async article(@Root() evidence: Evidence, @Ctx() ctx: RequestContext): Promise<Article | null> {
    const row = await ctx.loaders.one('api/article-by-id', evidence.articleId);
    return row ? Article.from(row.node) : null;
  }
}
