// What clients see when something fails. Errors we raise on purpose are GraphQLErrors
// with an extensions.code already; database failures (GraphError, from src/graph) are
// mapped by kind; anything else is an internal error whose details stay in the log.
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { GraphError, GraphErrorKind } from '../graph/errors';
import { logger } from '../logger';
import { LIMITS } from './guards/limits';

const CODE_OF_KIND: Record<GraphErrorKind, string> = {
  unavailable: 'SERVICE_UNAVAILABLE',
  timeout: 'TIMEOUT',
  auth: 'SERVICE_UNAVAILABLE',
  constraint: 'INTERNAL_SERVER_ERROR',
  query: 'INTERNAL_SERVER_ERROR',
  unknown: 'INTERNAL_SERVER_ERROR',
};

const MESSAGE_OF_KIND: Record<GraphErrorKind, string> = {
  unavailable: 'the graph database is not reachable; try again shortly (operators: see the server log)',
  timeout: 'the query took too long and was stopped; ask for less (smaller first, depth, limit or maxHops)',
  auth: 'the server cannot log in to the graph database (operators: see the server log)',
  constraint: 'internal error (see the server log)',
  query: 'internal error (see the server log)',
  unknown: 'internal error (see the server log)',
};

/** A GraphQLError with a code for any error thrown in a resolver. */
export function toApiError(err: unknown): GraphQLError {
  if (err instanceof GraphQLError) return err;
  if (err instanceof GraphError) {
    logger.warn({ kind: err.kind, query: err.query, code: err.code, err: err.message }, 'graph error in a GraphQL request');
    return new GraphQLError(MESSAGE_OF_KIND[err.kind], { extensions: { code: CODE_OF_KIND[err.kind] }, originalError: err });
  }
  logger.error({ err }, 'unexpected error in a GraphQL request');
  return new GraphQLError('internal error (see the server log)', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/** Apollo's formatError: codes for every error, and nothing internal (stack, cause) to clients. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError && original.extensions?.code) {
    const { stacktrace: _hidden, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code: formatted.extensions?.code ?? original.extensions.code } };
  }
  if (formatted.extensions?.code && formatted.extensions.code !== 'INTERNAL_SERVER_ERROR') {
    const { stacktrace: _hidden, ...extensions } = formatted.extensions;
    return { ...formatted, extensions };
  }
  const mapped = toApiError(original);
  return { message: mapped.message, locations: formatted.locations, path: formatted.path, extensions: { code: mapped.extensions.code } };
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`no ${what} with id '${id}'`, { extensions: { code: 'NOT_FOUND' } });
}

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** The request's time budget is spent before `statement` could start. */
export function outOfTime(statement: string): GraphQLError {
  return new GraphQLError(`the request ran out of time (${LIMITS.requestTimeoutMs} ms) before ${statement}; ask for less`, { extensions: { code: 'TIMEOUT' } });
}
