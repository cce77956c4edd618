// Shared by the GraphQL tests: a real server on a free port over a real Graph, and a tiny
// client that posts a query and returns the JSON answer and the HTTP status.
import { Graph } from '../../src/graph/driver';
import { RunningServer, startServer } from '../../src/server/app';

export interface GraphQLAnswer<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown }; path?: (string | number)[] }[];
}

export async function startTestServer(graph: Graph, apiToken?: string): Promise<RunningServer> {
  return startServer({ graph, host: '127.0.0.1', port: 0, apiToken });
}

export async function gql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLAnswer<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GraphQLAnswer<T>;
  return { ...body, status: res.status };
}

/** The error codes of an answer, in order. */
export function codes(answer: GraphQLAnswer): (string | undefined)[] {
  return (answer.errors ?? []).map((e) => e.extensions?.code);
}

/** The data of a query that must answer without errors. */
export async function dataOf<T = any>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const answer = await gql<T>(url, query, variables);
  expect(answer.errors).toBeUndefined();
  return answer.data as T;
}
