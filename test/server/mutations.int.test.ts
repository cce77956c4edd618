// Mutations run one at a time (src/server/mutation-queue.ts): the same new article sent by
// several clients at once is inserted once and reported `unchanged` to the others, instead
// of racing on the Article's uniqueness constraint.
import { Graph } from '../../src/graph/driver';
import { RunningServer, startServer } from '../../src/server/app';
import { townArticle } from '../graph/fixtures/town-article';
import { cjkTag } from '../graph/helpers';

let graph: Graph;
let server: RunningServer;

beforeAll(async () => {
  graph = await Graph.connect();
  server = await startServer({ graph, host: '127.0.0.1', port: 0, apiToken: 'queue-test-token' });
});

afterAll(async () => {
  await server?.stop();
  await graph?.close();
});

async function mutate(query: string, variables: Record<string, unknown>): Promise<{ data?: Record<string, { status: string; reason: string | null; article: { id: string } | null } & boolean>; errors?: unknown[] }> {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer queue-test-token' }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as never;
}

it('inserts the same new article sent 6 times at once exactly once; the others are told unchanged', async () => {
  const a = townArticle({ town: `${cjkTag(3)}镇`, county: '并发县', secretary: '苏建国', mayor: '叶文平', term: 2, session: 3, date: '2025-01-10', source: `queue-test/${cjkTag(4)}.txt` });
  const INGEST = 'mutation ($t: String!, $s: String!) { ingestArticle(text: $t, source: $s) { status reason article { id } } }';
  const answers = await Promise.all(Array.from({ length: 6 }, () => mutate(INGEST, { t: a.text, s: a.source })));
  try {
    expect(answers.map((x) => x.errors)).toEqual(Array(6).fill(undefined));
    const statuses = answers.map((x) => x.data!.ingestArticle.status).sort();
    expect(statuses).toEqual(['inserted', 'unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(new Set(answers.map((x) => x.data!.ingestArticle.article?.id)).size).toBe(1);
  } finally {
    const id = answers.find((x) => x.data?.ingestArticle.article)?.data!.ingestArticle.article!.id;
    if (id) expect((await mutate('mutation ($id: ID!) { deleteArticle(id: $id) }', { id })).data?.deleteArticle).toBe(true);
  }
});
