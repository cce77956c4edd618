import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { PathArgs } from '../args/path.args';
import { RequestContext } from '../context';
import { badInput, notFound } from '../errors';
import { LIMITS } from '../guards/limits';
import { entityLabel, toEntity } from '../types/entity.union';
import { entityTypeOfLabels } from '../types/enums';
import { Evidence } from '../types/evidence.type';
import { asProps, labels, str } from '../types/node-props';
import { GraphPath, PathNode, PathStep } from '../types/path.type';

@Resolver(() => GraphPath)
export class PathResolver {
  @Query(() => [GraphPath], {
    description: 'The shortest connections between two nodes (all of the shortest length, at most 10), each step with its evidence. Empty when none is within maxHops.',
  })
  async path(@Args(() => PathArgs) args: PathArgs, @Ctx() ctx: RequestContext): Promise<GraphPath[]> {
    if (args.from === args.to) throw badInput('from and to are the same node; give two different ids');
    const [from, to] = await Promise.all([ctx.loaders.one('api/node-by-id', args.from), ctx.loaders.one('api/node-by-id', args.to)]);
    if (!from) throw notFound('node', args.from);
    if (!to) throw notFound('node', args.to);
    const rows = await ctx.loaders.read('api/path', {
      from: from.elementId,
      to: to.elementId,
      maxHops: args.maxHops,
      limit: LIMITS.maxPaths,
      candidates: LIMITS.maxPaths * 20,
    });
    return rows.map((row) => {
      const nodes = (Array.isArray(row.nodes) ? row.nodes : []).map((node) =>
        Object.assign(new PathNode(), {
          id: str(asProps(node), 'id') ?? '',
          label: entityLabel(node),
          type: entityTypeOfLabels(labels(asProps(node))),
          entity: toEntity(node),
        }),
      );
      const steps = (Array.isArray(row.steps) ? row.steps : []).map((step) => {
        const s = asProps(step);
        return Object.assign(new PathStep(), { source: str(s, 'source') ?? '', target: str(s, 'target') ?? '', type: str(s, 'type') ?? '', evidence: Evidence.fromRelationships(s.rels) });
      });
      return Object.assign(new GraphPath(), { length: steps.length, nodes, steps });
    });
  }
}
