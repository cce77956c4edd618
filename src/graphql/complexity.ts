// Complexity limit, as an Apollo plugin: before anything runs, the operation's cost is
// estimated (graphql-query-complexity) and refused above LIMITS.maxComplexity. Each field
// costs 1; a field with `first` multiplies its children by `first`; other list fields are
// assumed to hold 5; path and neighborhood add the work of their search. Aliases count
// one by one, so an "alias bomb" adds up like the real work it asks for.
import type { ApolloServerPlugin } from '@apollo/server';
import { getNullableType, GraphQLError, GraphQLSchema, isListType } from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { LIMITS } from './limits';

export const ASSUMED_LIST_SIZE = 5;

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

export function complexityPlugin(schema: GraphQLSchema, max: number = LIMITS.maxComplexity): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = operationComplexity(schema, document, request.variables ?? {}, request.operationName ?? undefined);
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
