// A per-client limit on mutations (KG_MUTATION_RATE), as an Apollo plugin: once the
// operation is known to be a mutation and before anything runs, the client's token bucket
// must hold a token, else the answer is TOO_MANY_REQUESTS (HTTP 429, Retry-After). Reads
// are never limited. A client is its remote address; loopback clients are exempt unless
// KG_MUTATION_RATE is set explicitly (see config.ts).
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Rate } from '../config';

/** Token buckets per client: `count` tokens, refilled evenly over `perMs`. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly refillPerMs: number;

  constructor(
    private readonly rate: Rate,
    private readonly now: () => number = Date.now,
  ) {
    this.refillPerMs = rate.count / rate.perMs;
  }

  /** Takes a token for `client`: 0 when it may go on, else the ms until it may try again. */
  take(client: string): number {
    const t = this.now();
    const b = this.buckets.get(client) ?? { tokens: this.rate.count, at: t };
    b.tokens = Math.min(this.rate.count, b.tokens + (t - b.at) * this.refillPerMs);
    b.at = t;
    this.buckets.set(client, b);
    if (this.buckets.size > 10_000) this.forgetFull(t);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - b.tokens) / this.refillPerMs);
  }

  /** Drops clients whose bucket has refilled (so memory stays bounded by active clients). */
  private forgetFull(t: number): void {
    for (const [client, b] of this.buckets) if (b.tokens + (t - b.at) * this.refillPerMs >= this.rate.count) this.buckets.delete(client);
  }
}

/**
 * Where the server puts the client's remote address on the GraphQL context (the context
 * type does not carry it). A symbol key, because Apollo shallow-copies the context object.
 */
export const CLIENT_ADDRESS = Symbol('client address');

export function clientAddressOf(context: unknown): string | undefined {
  return (context as { [CLIENT_ADDRESS]?: string } | undefined)?.[CLIENT_ADDRESS];
}

export function isLoopback(address: string | undefined): boolean {
  return !!address && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));
}

/** The plugin; the client is the address the server put under CLIENT_ADDRESS. */
export function mutationRatePlugin(rate: Rate, limitLoopback: boolean): ApolloServerPlugin {
  const limiter = new RateLimiter(rate);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const client = clientAddressOf(contextValue) ?? 'unknown';
          if (!limitLoopback && isLoopback(client)) return;
          const waitMs = limiter.take(client);
          if (waitMs > 0) {
            const seconds = Math.max(1, Math.ceil(waitMs / 1000));
            throw new GraphQLError(`too many mutations from this client (at most ${rate.count} per ${rate.perMs / 1000} s); try again in ${seconds} s`, {
              extensions: { code: 'TOO_MANY_REQUESTS', http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) } },
            });
          }
        },
      };
    },
  };
}
