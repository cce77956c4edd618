// The GraphQL schema, built from the type-graphql classes. The same function serves the
// server and `npm run schema:emit` (which writes schema/schema.graphql).
import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchemaSync, NonEmptyArray } from 'type-graphql';
import { validateArgs } from './args/validate';
import { ArticleResolver } from './resolvers/article.resolver';
import { MeetingItemResolver } from './resolvers/item.resolver';
import { MeetingResolver } from './resolvers/meeting.resolver';
import { CareerResolver } from './resolvers/career.resolver';
import { ColleaguesResolver } from './resolvers/colleagues.resolver';
import { IdentityResolver } from './resolvers/identity.resolver';
import { MutationResolver } from './resolvers/mutation.resolver';
import { NeighborhoodResolver } from './resolvers/neighborhood.resolver';
import { PathResolver } from './resolvers/path.resolver';
import { PersonResolver } from './resolvers/person.resolver';
import { SearchResolver } from './resolvers/search.resolver';
// the structural resolvers load in this order so that the emitted Query lists their fields
// in it (post, organization, place)
import { PostResolver } from './resolvers/post.resolver';
import { PostHoldingResolver } from './resolvers/post-holding.resolver';
import { OrganizationResolver } from './resolvers/organization.resolver';
import { PlaceResolver } from './resolvers/place.resolver';
import { EvidenceResolver } from './resolvers/evidence.resolver';
import { Budget, Item, Project, Report, Resolution } from './types/item.type';

export const RESOLVERS: NonEmptyArray<Function> = [
  PersonResolver,
  MeetingResolver,
  MeetingItemResolver,
  PostResolver,
  PostHoldingResolver,
  OrganizationResolver,
  PlaceResolver,
  ArticleResolver,
  EvidenceResolver,
  SearchResolver,
  PathResolver,
  NeighborhoodResolver,
  IdentityResolver,
  CareerResolver,
  ColleaguesResolver,
  MutationResolver,
];

let built: GraphQLSchema | undefined;

/** The schema (built once per process; type-graphql keeps its metadata globally anyway). */
export function buildGraphQLSchema(): GraphQLSchema {
  built ??= buildSchemaSync({
    resolvers: RESOLVERS,
    // The item types are only reachable through the MeetingItem interface; list them so
    // that they are in the schema.
    orphanedTypes: [Report, Budget, Project, Resolution, Item],
    validateFn: (argValue) => validateArgs(argValue),
  });
  return built;
}
