import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { SearchArgs } from '../args/search.args';
import { RequestContext } from '../context';
import { badInput } from '../errors';
import { escapeLucene } from '../guards/lucene';
import { entityLabel, toEntity } from '../types/entity.union';
import { entityTypeOfLabels } from '../types/enums';
import { asProps, labels, str } from '../types/node-props';
import { SearchHit } from '../types/search.type';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], { description: 'Full-text search over names and titles (Chinese-aware), best first.' })
  async search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: RequestContext): Promise<SearchHit[]> {
    const query = escapeLucene(args.text);
    if (!query) throw badInput('search text is empty: give at least one character to look for');
    const types = args.types && args.types.length > 0 ? [...new Set(args.types)] : null;
    const rows = await ctx.loaders.read('api/search', { query, types, limit: args.first, fetch: types ? args.first * 10 : args.first });
    return rows.flatMap((row) => {
      const entity = toEntity(row.node);
      const type = entityTypeOfLabels(labels(asProps(row.node)));
      if (!entity || !type) return [];
      return [Object.assign(new SearchHit(), { id: str(asProps(row.node), 'id') ?? '', type, label: entityLabel(row.node), score: Number(row.score) || 0, entity })];
    });
  }
}
