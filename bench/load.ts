// HTTP load for the GraphQL benches (autocannon): `amount` POSTs over `connections` kept-
// alive connections, each body made by `body(i)`. Latencies are the per-response times
// autocannon measures with process.hrtime (fractions of a millisecond kept: its own
// histogram rounds to whole milliseconds), and requests/s is the number of answers over
// the time from the first request to the last answer (autocannon's `duration` is rounded
// to 10 ms and includes its own wind-down).
import { performance } from 'node:perf_hooks';

interface AutocannonResult {
  non2xx: number;
  errors: number;
  timeouts: number;
}
type AutocannonRequest = { method?: string; body?: string; headers?: Record<string, string> };
interface AutocannonInstance extends PromiseLike<AutocannonResult> {
  on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
}
// autocannon ships no type declarations; this is the part of its API the benches use.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon: (opts: object) => AutocannonInstance = require('autocannon');

export interface LoadResult {
  requests: number;
  /** Milliseconds, from the per-response times. */
  p50: number;
  p99: number;
  /** Answers per second, first request to last answer. */
  rps: number;
  errors: number;
}

export async function runLoad(opts: { url: string; connections: number; amount: number; body: (i: number) => string }): Promise<LoadResult> {
  let i = 0;
  const latencies: number[] = [];
  let last = 0;
  const t0 = performance.now();
  const instance = autocannon({
    url: opts.url,
    connections: opts.connections,
    amount: opts.amount,
    timeout: 10,
    requests: [{ method: 'POST', setupRequest: (req: AutocannonRequest) => ({ ...req, headers: { 'content-type': 'application/json' }, body: opts.body(i++) }) }],
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    latencies.push(responseTime);
    last = performance.now();
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const seconds = Math.max(1e-6, (last - t0) / 1000);
  return {
    requests: latencies.length,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    rps: latencies.length / seconds,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

/** The value at fraction q of sorted values (nearest rank). */
export function percentile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** A latency for a table: below 10 ms with two decimals, else one. */
export function ms(v: number): string {
  return v < 10 ? v.toFixed(2) : v.toFixed(1);
}
