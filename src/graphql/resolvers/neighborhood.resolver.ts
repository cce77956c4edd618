// neighborhood(id, depth, limit): grows rings around a node, one round trip per ring
// (depth ≤ 3), keeping at most `limit` nodes; parallel relationships of one type between
// two nodes (the same fact from several articles) become one edge with a weight.
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { NeighborhoodArgs } from '../args/neighborhood.args';
import { RequestContext } from '../context';
import { notFound } from '../errors';
import { entityLabel } from '../types/entity.union';
import { entityTypeOfLabels } from '../types/enums';
import { asProps, labels, str } from '../types/node-props';
import { Subgraph, SubgraphEdge, SubgraphNode } from '../types/subgraph.type';

@Resolver(() => Subgraph)
export class NeighborhoodResolver {
  @Query(() => Subgraph, { description: 'The nodes and edges around a node, ready for a graph library (Cytoscape.js, vis, d3 …).' })
  async neighborhood(@Args(() => NeighborhoodArgs) args: NeighborhoodArgs, @Ctx() ctx: RequestContext): Promise<Subgraph> {
    const centre = await ctx.loaders.one('api/node-by-id', args.id);
    if (!centre) throw notFound('node', args.id);
    const nodes = new Map<string, SubgraphNode>();
    const edges = new Map<string, SubgraphEdge>();
    const addNode = (node: unknown): string => {
      const props = asProps(node as never);
      const id = str(props, 'id') ?? '';
      if (!nodes.has(id)) {
        nodes.set(id, Object.assign(new SubgraphNode(), { id, label: entityLabel(props), type: entityTypeOfLabels(labels(props)) ?? labels(props)[0] ?? 'Node' }));
      }
      return id;
    };
    addNode(centre.node);
    let frontier = [String(centre.elementId)];
    let truncated = false;
    for (let ring = 1; ring <= args.depth && frontier.length > 0 && !truncated; ring++) {
      // Ask for a few more relationships than nodes are left: parallel ones collapse.
      const relationshipBudget = (args.limit - nodes.size + 1) * 4 + 20;
      const rows = await ctx.loaders.read('api/neighborhood-step', { frontier, limit: relationshipBudget });
      // A full budget means the ring may hold more than we read.
      if (rows.length >= relationshipBudget) truncated = true;
      const next: string[] = [];
      for (const row of rows) {
        const id = str(asProps(row.node), 'id') ?? '';
        if (!nodes.has(id)) {
          if (nodes.size >= args.limit) {
            truncated = true;
            continue;
          }
          addNode(row.node);
          next.push(String(row.elementId));
        }
        const key = `${row.source}|${row.type}|${row.target}`;
        const edge = edges.get(key);
        if (edge) edge.weight += 1;
        else edges.set(key, Object.assign(new SubgraphEdge(), { id: key, source: String(row.source), target: String(row.target), type: String(row.type), weight: 1 }));
      }
      frontier = next;
    }
    return Object.assign(new Subgraph(), { nodes: [...nodes.values()], edges: [...edges.values()], truncated });
  }
}
