// The API server's heap policy. After a full collection V8 lets the old generation grow to
// up to ~4× what survived it before collecting again; under sustained load (bench:soak) the
// server's heap then swings between ~70 MB live and 230 MB, and the top of that saw climbs
// for minutes, which reads as growth (RSS +30–35% after the first minute) although nothing
// is kept. A server is better off with a flat footprint for a little more GC work: the next
// full collection comes at (1 + percent/100) × the live heap (KG_HEAP_GROWING_PERCENT,
// default 100, i.e. 2×; 0 leaves V8's own policy). 50 (1.5×) was flatter still but ran
// twice the full collections, whose pauses (4–7 ms) showed in the p99 at one connection.
// Measured with bench:soak (README, "Bad requests, outages and hostile clients").
//
// And V8's allocation-site pretenuring is off. With it, the objects the neo4j-driver
// decodes a result into (its packstream decoder's `{}` and `[]` literals, the sites V8
// tracks) stayed alive through young-generation collections: a loop reading the
// newest-meetings page kept ~2.5 MB through each scavenge (6 ms a pause) with it and
// ~0.9 MB (2 ms) without, and read 60% more pages a second; in the API, at one
// connection, ~0.69 against ~0.12 MB a scavenge, 2.0 against 1.0 ms, and a third of the
// full collections (`node --trace-gc-nvp`). Nothing the server keeps for long is
// allocated often enough for pretenuring to pay.
import v8 from 'node:v8';
import { serverSettings } from '../config';

/** Sets V8's heap growing factor and turns pretenuring off for this process; call once, first thing in the process. */
export function applyHeapPolicy(percent: number = serverSettings().heapGrowingPercent): void {
  // The factor is read at every full collection, so setting it at run time takes effect
  // from the next one; pretenuring is decided per allocation site as sites are made and
  // as their objects are counted, so set first thing it covers what the server runs.
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
}
