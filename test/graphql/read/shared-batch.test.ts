// How requests asking at the same moment share one statement (src/graphql/read/shared-batch.ts),
// with a recording stand-in for Neo4j: which askers go together, what the statement is
// given, who gets which rows, and what happens when the shared run fails.
import { GraphQLError } from 'graphql';
import type { Graph, Row } from '../../../src/graph/driver';
import { readShared, readSharedPage, RunStatement } from '../../../src/graphql/read/shared-batch';

interface Call {
  statement: string;
  params: Record<string, unknown>;
}

/** A reader that records its calls and answers each page request with a row naming its `upper`. */
function recorder(fail?: (params: Record<string, unknown>) => Error | undefined): { calls: Call[]; run: RunStatement } {
  const calls: Call[] = [];
  const run: RunStatement = async (statement, params) => {
    calls.push({ statement, params });
    const err = fail?.(params);
    if (err) throw err;
    if (Array.isArray(params.ids)) return (params.ids as string[]).map((id) => ({ key: id, node: { id } }));
    return (params.requests as { key: string; upper: string }[]).map((r) => ({ key: r.key, page: [r.upper] }));
  };
  return { calls, run };
}

const later = () => Date.now() + 5_000;
const page = (upper: string, more: Record<string, unknown> = {}) => ({ lower: '0001-01-01', upper, text: null, afterId: null, limit: 21, parts: { presiders: true }, ...more });

describe('pages asked at the same moment', () => {
  it('go out as one statement, each request with its own values and key, each getting its own row', async () => {
    const graph = {} as Graph;
    const { calls, run } = recorder();
    const rows = await Promise.all(['2024-01-01', '2023-01-01', '2022-01-01'].map((d) => readSharedPage(graph, 'api/meetings-page', page(d), later(), run)));
    expect(rows.map((r) => r?.page)).toEqual([['2024-01-01'], ['2023-01-01'], ['2022-01-01']]);
    expect(calls).toHaveLength(1);
    // the batch's own values once, the requests' in $requests
    expect(calls[0].params).toEqual({
      limit: 21,
      parts: { presiders: true },
      requests: [
        { lower: '0001-01-01', upper: '2024-01-01', text: null, afterId: null, key: '0' },
        { lower: '0001-01-01', upper: '2023-01-01', text: null, afterId: null, key: '1' },
        { lower: '0001-01-01', upper: '2022-01-01', text: null, afterId: null, key: '2' },
      ],
    });
  });

  it('share only with requests of the same statement, page size, parts and filters set', async () => {
    const graph = {} as Graph;
    const { calls, run } = recorder();
    await Promise.all([
      readSharedPage(graph, 'api/meetings-page', page('2024-01-01'), later(), run),
      readSharedPage(graph, 'api/meetings-page', page('2024-01-01', { limit: 11 }), later(), run),
      readSharedPage(graph, 'api/meetings-page', page('2024-01-01', { parts: { presiders: false } }), later(), run),
      // a text filter is slower to read: it does not hold up the pages without one
      readSharedPage(graph, 'api/meetings-page', page('2024-01-01', { text: '人民代表大会' }), later(), run),
      readSharedPage(graph, 'api/people-page', page('2024-01-01'), later(), run),
      readSharedPage(graph, 'api/meetings-page', page('2023-01-01'), later(), run),
    ]);
    expect(calls.map((c) => [c.statement, (c.params.requests as unknown[]).length])).toEqual([
      ['api/meetings-page', 2],
      ['api/meetings-page', 1],
      ['api/meetings-page', 1],
      ['api/meetings-page', 1],
      ['api/people-page', 1],
    ]);
  });

  it('that come in later turns of the event loop go out on their own', async () => {
    const graph = {} as Graph;
    const { calls, run } = recorder();
    await readSharedPage(graph, 'api/meetings-page', page('2024-01-01'), later(), run);
    await readSharedPage(graph, 'api/meetings-page', page('2023-01-01'), later(), run);
    expect(calls).toHaveLength(2);
  });

  it('are run again one by one when the shared run fails, so one request cannot fail the others', async () => {
    const graph = {} as Graph;
    const broken = new GraphQLError('internal error (see the server log)', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const { calls, run } = recorder((params) => ((params.requests as { upper: string }[]).some((r) => r.upper === 'not a date') ? broken : undefined));
    const [good, bad, alsoGood] = await Promise.allSettled(['2024-01-01', 'not a date', '2022-01-01'].map((d) => readSharedPage(graph, 'api/meetings-page', page(d), later(), run)));
    expect(good).toEqual({ status: 'fulfilled', value: { key: '0', page: ['2024-01-01'] } });
    expect(alsoGood).toEqual({ status: 'fulfilled', value: { key: '0', page: ['2022-01-01'] } });
    expect(bad).toEqual({ status: 'rejected', reason: broken });
    expect(calls.map((c) => (c.params.requests as unknown[]).length)).toEqual([3, 1, 1, 1]);
  });

  it('fail together, without running again, when Neo4j is down or out of time', async () => {
    const graph = {} as Graph;
    const down = new GraphQLError('the graph database is not reachable', { extensions: { code: 'SERVICE_UNAVAILABLE' } });
    const { calls, run } = recorder(() => down);
    const answers = await Promise.allSettled(['2024-01-01', '2023-01-01'].map((d) => readSharedPage(graph, 'api/meetings-page', page(d), later(), run)));
    expect(answers.map((a) => a.status)).toEqual(['rejected', 'rejected']);
    expect(calls).toHaveLength(1);
  });

  it('fail on their own when their request is already out of time', async () => {
    const graph = {} as Graph;
    const { calls, run } = recorder();
    const [late, onTime] = await Promise.allSettled([readSharedPage(graph, 'api/meetings-page', page('2024-01-01'), Date.now() - 1, run), readSharedPage(graph, 'api/meetings-page', page('2023-01-01'), later(), run)]);
    expect(late).toMatchObject({ status: 'rejected', reason: { extensions: { code: 'TIMEOUT' } } });
    expect(onTime).toMatchObject({ status: 'fulfilled', value: { page: ['2023-01-01'] } });
    expect((calls[0].params.requests as unknown[]).length).toBe(1);
  });
});

describe('by-id lookups asked at the same moment', () => {
  it('go out as one statement for the distinct ids, each asker getting the rows of its own ids', async () => {
    const graph = {} as Graph;
    const { calls, run } = recorder();
    const [a, b] = await Promise.all([readShared(graph, 'api/meeting-detail', ['m1', 'm2'], later(), run), readShared(graph, 'api/meeting-detail', ['m2', 'm3'], later(), run)]);
    expect(a.map((r: Row) => r.key)).toEqual(['m1', 'm2']);
    expect(b.map((r: Row) => r.key)).toEqual(['m2', 'm3']);
    expect(calls).toEqual([{ statement: 'api/meeting-detail', params: { ids: ['m1', 'm2', 'm3'] } }]);
  });
});
