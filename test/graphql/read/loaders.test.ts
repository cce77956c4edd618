// The request time budget: once a request's deadline has passed, the loaders refuse to
// start another statement and say why (code TIMEOUT), without touching the database.
import { Graph } from '../../../src/graph/driver';
import neo4j from 'neo4j-driver';
import { Loaders, mapNow, RowShape, withIntegers } from '../../../src/graphql/read/loaders';

// A Graph that must never be used: any call would throw, proving nothing was sent.
const untouchable = new Proxy({} as Graph, {
  get(_target, prop) {
    throw new Error(`the graph was used (${String(prop)}) after the deadline`);
  },
});

it('refuses new statements once the request is out of time', async () => {
  const loaders = new Loaders(untouchable, Date.now() - 1);
  await expect(loaders.read('api/ping', {})).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' }, message: expect.stringContaining('before api/ping') });
  await expect(loaders.rows('api/person-detail').load('person:x')).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
});

it('keeps one loader per statement within a request, and primed rows need no statement', async () => {
  const loaders = new Loaders(untouchable, Date.now() + 60_000);
  expect(loaders.rows('api/meeting-place')).toBe(loaders.rows('api/meeting-place'));
  loaders.prime('api/meeting-place', 'meeting:x', [{ key: 'meeting:x', node: { id: 'place:y', name: 'y' }, rels: [] }]);
  await expect(loaders.one('api/meeting-place', 'meeting:x')).resolves.toMatchObject({ node: { id: 'place:y' } });
});

it('answers a field from rows primed in its shape or a wider one, never a narrower one', async () => {
  const sent: string[] = [];
  const recording = { readAutoCommit: async (name: string) => (sent.push(name), []) } as unknown as Graph;
  const loaders = new Loaders(recording, Date.now() + 60_000);
  const brief = [{ key: 'person:a', node: { id: 'meeting:m', name: 'm', start: null }, rels: [] }];
  const full = [{ key: 'person:b', node: { id: 'meeting:n', name: 'n', start: null, kind: 'congress' }, rels: [{ articleId: 'article:x' }] }];
  loaders.prime('api/person-presided', 'person:a', brief, RowShape.BRIEF);
  loaders.prime('api/person-presided', 'person:b', full, RowShape.FULL);
  await expect(loaders.load('api/person-presided', 'person:a', RowShape.BRIEF)).resolves.toBe(brief);
  await expect(loaders.load('api/person-presided', 'person:b', RowShape.BRIEF)).resolves.toBe(full);
  await expect(loaders.load('api/person-presided', 'person:b', RowShape.NO_EVIDENCE)).resolves.toBe(full);
  expect(sent).toEqual([]);
  // Brief rows do not answer a field that needs more: that one runs the statement.
  await expect(loaders.load('api/person-presided', 'person:a', RowShape.NO_EVIDENCE)).resolves.toEqual([]);
  expect(sent).toEqual(['api/person-presided']);
  expect(() => loaders.prime('api/meeting-place', 'meeting:x', [], RowShape.BRIEF)).toThrow(/no lighter row shapes/);
});

it('hands primed rows over at once (no promise) in the shapes they answer, and reads the rest', async () => {
  const sent: string[] = [];
  const recording = { readAutoCommit: async (name: string) => (sent.push(name), []) } as unknown as Graph;
  const loaders = new Loaders(recording, Date.now() + 60_000);
  const brief = [{ key: 'person:a', node: { id: 'meeting:m', name: 'm', start: null }, rels: [] }];
  const place = [{ key: 'meeting:x', node: { id: 'place:y' }, rels: [] }];
  loaders.prime('api/person-presided', 'person:a', brief, RowShape.BRIEF);
  loaders.prime('api/meeting-place', 'meeting:x', place);
  expect(loaders.loadNow('api/person-presided', 'person:a', RowShape.BRIEF)).toBe(brief);
  expect(loaders.loadNow('api/meeting-place', 'meeting:x')).toBe(place);
  // the first rows primed for a key stay, as in DataLoader
  loaders.prime('api/meeting-place', 'meeting:x', []);
  expect(loaders.loadNow('api/meeting-place', 'meeting:x')).toBe(place);
  expect(sent).toEqual([]);
  // a wider shape than was primed, or a key nobody primed: a promise, and the statement runs
  const wider = loaders.loadNow('api/person-presided', 'person:a', RowShape.NO_EVIDENCE);
  const other = loaders.loadNow('api/meeting-place', 'meeting:z');
  expect(wider).toBeInstanceOf(Promise);
  expect(other).toBeInstanceOf(Promise);
  await Promise.all([wider, other]);
  expect(sent.sort()).toEqual(['api/meeting-place', 'api/person-presided']);
});

it('mapNow applies a function at once to a value, and after it to a promise', async () => {
  expect(mapNow([1, 2], (xs) => xs.length)).toBe(2);
  const later = mapNow(Promise.resolve([1, 2, 3]), (xs) => xs.length);
  expect(later).toBeInstanceOf(Promise);
  await expect(later).resolves.toBe(3);
});

it('sends whole numbers as Cypher integers at any depth, other values as they are', () => {
  const out = withIntegers({ limit: 21, ratio: 0.5, requests: [{ key: '0', hops: 2, name: '张伟', after: null }], parts: { presiders: true } });
  expect(neo4j.isInt(out.limit)).toBe(true);
  expect(out.ratio).toBe(0.5);
  const [request] = out.requests as Record<string, unknown>[];
  expect(neo4j.isInt(request.hops)).toBe(true);
  expect(request).toMatchObject({ key: '0', name: '张伟', after: null });
  expect(out.parts).toEqual({ presiders: true });
});
