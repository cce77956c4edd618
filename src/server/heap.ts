// The API server's heap policy. V8's own lets the old generation grow to ~4× what survived
// the last full collection, so under sustained load the heap swings and its top climbs for
// minutes; a server is better off with a flat footprint for a little more GC work: the next
// full collection comes at (1 + percent/100) × the live heap (KG_HEAP_GROWING_PERCENT,
// default 100, i.e. 2×; 0 leaves V8's own policy).
//
// And V8's allocation-site pretenuring is off: with it, the objects the neo4j-driver decodes
// a result into (its packstream decoder's `{}` and `[]` literals) stayed alive through
// young-generation collections, and nothing the server keeps for long is allocated often
// enough for pretenuring to pay. Measurements: docs/performance.md.
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
