// Every bound the API enforces, in one place, so the README and the tests can cite them.
export const LIMITS = {
  /** Page size of people / meetings / search. */
  defaultFirst: 20,
  maxFirst: 100,
  /** path(maxHops). */
  defaultMaxHops: 4,
  maxHops: 6,
  /** How many distinct shortest paths path() returns at most. */
  maxPaths: 10,
  /** neighborhood(depth, limit). */
  defaultDepth: 1,
  maxDepth: 3,
  defaultNodeLimit: 100,
  maxNodeLimit: 500,
  /** Longest text of a filter or search string. */
  maxTextLength: 200,
  /** Selection depth of a whole GraphQL operation. */
  maxQueryDepth: 12,
  /** Complexity budget of one operation (each field 1, `first` multiplies, other lists count 5). */
  maxComplexity: 50_000,
  /** Server-side timeout of each Cypher transaction. */
  queryTimeoutMs: Number(process.env.KG_QUERY_TIMEOUT_MS ?? 10_000),
  /** Time budget of a whole GraphQL request. */
  requestTimeoutMs: Number(process.env.KG_REQUEST_TIMEOUT_MS ?? 30_000),
  /** Largest accepted request body (ingestArticle carries a whole article). */
  maxBodyBytes: 4 * 1024 * 1024,
} as const;
