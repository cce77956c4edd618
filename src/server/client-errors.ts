// Errors the client caused get a 4xx status, whatever stage of the request raised them:
// Apollo answers a failure in a plugin hook (the complexity check) with 500 and an error in
// a resolver (an argument over its bound) with 200, though the fault is the request's in
// both. Each such answer is logged at info with its code; what the server caused keeps its
// status and is logged where it happens (graphql/errors.ts).
import type { ApolloServerPlugin } from '@apollo/server';
import { logger } from '../logger';

/** extensions.code of an error the client can fix → the HTTP status it answers. */
export const CLIENT_ERROR_STATUS: Readonly<Record<string, number>> = {
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  PERSISTED_QUERY_NOT_SUPPORTED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  TOO_MANY_REQUESTS: 429,
};

/**
 * The status of an answer whose errors carry `codes`: when every code is the client's, the
 * lowest client status among them (400 before 404); otherwise undefined (not the client's
 * fault alone: the status Apollo chose stands).
 */
export function clientErrorStatus(codes: readonly (string | undefined)[]): number | undefined {
  if (codes.length === 0) return undefined;
  let status: number | undefined;
  for (const code of codes) {
    const s = code === undefined ? undefined : CLIENT_ERROR_STATUS[code];
    if (s === undefined) return undefined;
    status = status === undefined ? s : Math.min(status, s);
  }
  return status;
}

export function clientErrorsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, request, operationName }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors?.length) return;
          const codes = errors.map((e) => e.extensions?.code as string | undefined);
          const status = clientErrorStatus(codes);
          if (status === undefined) return;
          // A 4xx already chosen (Apollo's 405 for a GET of a mutation, the rate limit's 429) is more precise.
          const chosen = response.http.status;
          if (chosen === undefined || chosen < 400 || chosen >= 500) response.http.status = status;
          logger.info({ status: response.http.status, codes, operation: operationName ?? request.operationName ?? undefined, message: errors[0].message }, 'client error');
        },
      };
    },
  };
}
