// The per-request context every resolver receives: the graph, this request's DataLoaders
// (never shared between requests, so one user's cache never answers another's), and what
// the request presented for authorisation.
import { Graph } from '../graph/driver';
import { LIMITS } from './guards/limits';
import { Loaders } from './read/loaders';

export interface RequestContext {
  graph: Graph;
  loaders: Loaders;
  /** The token mutations require; undefined = mutations disabled. */
  apiToken: string | undefined;
  /** The value of the request's Authorization header, if any. */
  authorization: string | undefined;
}

export function createContext(graph: Graph, apiToken: string | undefined, authorization: string | undefined): RequestContext {
  return { graph, loaders: new Loaders(graph, Date.now() + LIMITS.requestTimeoutMs), apiToken, authorization };
}
