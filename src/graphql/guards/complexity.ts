// Complexity limit, as an Apollo plugin: before anything runs, the operation's cost is
// estimated (graphql-query-complexity) and refused above LIMITS.maxComplexity. Each field
// costs 1; a field with `first` multiplies its children by `first`; other list fields are
// assumed to hold 5; path and neighborhood add the work of their search. Aliases count
// one by one, so an "alias bomb" adds up like the real work it asks for.
//
// The estimate walks the whole document, which costs about as much as resolving a small
// query; clients send the same few documents again and again (Apollo keeps the parsed
// document of a query string, so it is the same object each time), so the cost is
// remembered per document, operation and variables.
import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, getNullableType, GraphQLError, GraphQLSchema, isListType } from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { LIMITS } from './limits';

export const ASSUMED_LIST_SIZE = 5;

/** How many (operation, variables) costs are remembered per document before starting over. */
const REMEMBERED_COSTS_PER_DOCUMENT = 1000;

export const estimateFieldCost: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : null;
  const list = isListType(getNullableType(field.type));
  let cost = 1 + childComplexity * (first ?? (list ? ASSUMED_LIST_SIZE : 1));
  if (field.name === 'neighborhood') cost += ((args.depth ?? 1) as number) * ((args.limit ?? LIMITS.defaultNodeLimit) as number);
  if (field.name === 'path') cost += 50 * ((args.maxHops ?? LIMITS.defaultMaxHops) as number) + childComplexity * LIMITS.maxPaths;
  return cost;
};

export function operationComplexity(schema: GraphQLSchema, query: Parameters<typeof getComplexity>[0]['query'], variables: Record<string, unknown>, operationName?: string): number {
  return getComplexity({ schema, query, variables, operationName, estimators: [estimateFieldCost] });
}

/**
 * operationComplexity, remembered: per parsed document (a WeakMap, so documents Apollo
 * drops from its cache are dropped here too), keyed by operation name and variables, since
 * `first`, `depth`, `limit` and `maxHops` may come from variables.
 */
export function cachedComplexity(schema: GraphQLSchema): (document: DocumentNode, variables: Record<string, unknown>, operationName?: string) => number {
  const byDocument = new WeakMap<DocumentNode, Map<string, number>>();
  return (document, variables, operationName) => {
    let costs = byDocument.get(document);
    if (!costs) byDocument.set(document, (costs = new Map()));
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
    let cost = costs.get(key);
    if (cost === undefined) {
      cost = operationComplexity(schema, document, variables, operationName);
      if (costs.size >= REMEMBERED_COSTS_PER_DOCUMENT) costs.clear();
      costs.set(key, cost);
    }
    return cost;
  };
}

export function complexityPlugin(schema: GraphQLSchema, max: number = LIMITS.maxComplexity): ApolloServerPlugin {
  const complexityOf = cachedComplexity(schema);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = complexityOf(document, request.variables ?? {}, request.operationName ?? undefined);
          if (cost > max) {
            throw new GraphQLError(`the query is too expensive: complexity ${cost}, the limit is ${max}; ask for smaller pages (first), fewer aliases or less nesting`, {
              extensions: { code: 'BAD_USER_INPUT', complexity: cost, maxComplexity: max },
            });
          }
        },
      };
    },
  };
}
