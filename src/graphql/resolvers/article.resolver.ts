import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../context';
import { Article } from '../types/article.type';
import { AnyEntity, Entity, toEntity } from '../types/entity.union';
import { linked } from '../read/links';

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: 'An article by id.' })
  async article(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Article | null> {
    const row = await ctx.loaders.one('api/article-by-id', id);
    return row ? Article.from(row.node) : null;
  }

  @FieldResolver(() => [Entity], { description: 'Everything the article mentions: meetings, people, places, posts, items.' })
  async mentions(@Root() article: Article, @Ctx() ctx: RequestContext): Promise<AnyEntity[]> {
    return (await linked(ctx, 'article-mentions', article.id)).map((r) => toEntity(r.node)).filter((e): e is AnyEntity => e !== null);
  }
}
