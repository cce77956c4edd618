// The server settings read from the environment (HTTP hardening, the heap policy), and the per-client token bucket.
import { DEFAULT_MUTATION_RATE, httpSettings, parseRate, serverSettings } from '../../src/config';
import v8 from 'node:v8';
import { applyHeapPolicy } from '../../src/server/heap';
import { isLoopback, RateLimiter } from '../../src/server/mutation-rate';

it('has safe defaults, and loopback is not rate-limited unless KG_MUTATION_RATE is set', () => {
  expect(httpSettings({})).toEqual({ headersTimeoutMs: 10_000, keepAliveTimeoutMs: 5_000, maxConnections: 4_096, mutationRate: DEFAULT_MUTATION_RATE, limitLoopback: false });
  expect(httpSettings({ KG_MUTATION_RATE: '5/s', KG_HEADERS_TIMEOUT_MS: '3000', KG_KEEP_ALIVE_TIMEOUT_MS: '2000', KG_MAX_CONNECTIONS: '100' })).toEqual({
    headersTimeoutMs: 3_000,
    keepAliveTimeoutMs: 2_000,
    maxConnections: 100,
    mutationRate: { count: 5, perMs: 1_000 },
    limitLoopback: true,
  });
  expect(httpSettings({ KG_MUTATION_RATE: 'off' }).mutationRate).toBeNull();
});

it('reads rates as count per unit and refuses anything else clearly', () => {
  expect(parseRate('30/min')).toEqual({ count: 30, perMs: 60_000 });
  expect(parseRate('30')).toEqual({ count: 30, perMs: 60_000 });
  expect(parseRate('100 / h')).toEqual({ count: 100, perMs: 3_600_000 });
  expect(parseRate('0')).toBeNull();
  expect(() => parseRate('fast')).toThrow("KG_MUTATION_RATE='fast' is not a rate: write e.g. 30/min, 5/s, 100/h, 60 (per minute) or off");
  expect(() => httpSettings({ KG_MAX_CONNECTIONS: '-1' })).toThrow("KG_MAX_CONNECTIONS='-1' must be a positive whole number");
});

it('gives each client its own bucket, refilled over time', () => {
  let now = 0;
  const limiter = new RateLimiter({ count: 2, perMs: 1_000 }, () => now);
  expect([limiter.take('a'), limiter.take('a')]).toEqual([0, 0]);
  expect(limiter.take('a')).toBe(500); // one token back after half a second
  expect(limiter.take('b')).toBe(0);
  now = 500;
  expect(limiter.take('a')).toBe(0);
  expect(limiter.take('a')).toBeGreaterThan(0);
});

it('knows loopback addresses', () => {
  for (const a of ['127.0.0.1', '127.3.4.5', '::1', '::ffff:127.0.0.1']) expect(isLoopback(a)).toBe(true);
  for (const a of ['10.0.0.1', '::ffff:192.168.1.2', '2001:db8::1', undefined]) expect(isLoopback(a)).toBe(false);
});

it('bounds heap growth at 2× the live heap unless KG_HEAP_GROWING_PERCENT says otherwise', () => {
  expect(serverSettings({}).heapGrowingPercent).toBe(100);
  expect(serverSettings({ KG_HEAP_GROWING_PERCENT: '0' }).heapGrowingPercent).toBe(0); // V8's own policy
  expect(serverSettings({ KG_HEAP_GROWING_PERCENT: '50' }).heapGrowingPercent).toBe(50);
  expect(() => serverSettings({ KG_HEAP_GROWING_PERCENT: 'lots' })).toThrow("KG_HEAP_GROWING_PERCENT='lots' must be a whole number from 0 to 1000");
});

it("sets V8's heap growing factor from the setting (V8's own at 0), and turns pretenuring off either way", () => {
  const set = jest.spyOn(v8, 'setFlagsFromString').mockImplementation(() => undefined);
  try {
    applyHeapPolicy(100);
    expect(set.mock.calls).toEqual([['--heap-growing-percent=100'], ['--no-allocation-site-pretenuring']]);
    set.mockClear();
    applyHeapPolicy(0);
    expect(set.mock.calls).toEqual([['--no-allocation-site-pretenuring']]);
  } finally {
    set.mockRestore();
  }
});
