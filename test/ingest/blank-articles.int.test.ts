// Files and texts with nothing to read are refused at ingest, each with its reason, and
// leave no article behind; a real article next to them is ingested as usual.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Graph } from '../../src/graph/driver';
import { deleteArticle, ingestPaths, ingestTexts } from '../../src/ingest';
import { applySchema } from '../../src/graph/schema';
import { query, runTag } from '../graph/helpers';

const tag = runTag();
let graph: Graph;
let dir: string;

beforeAll(async () => {
  graph = await Graph.connect();
  await applySchema(graph);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-blank-'));
});

afterAll(async () => {
  const rows = await query(graph, 'MATCH (a:Article) WHERE a.source CONTAINS $tag RETURN a.id AS id', { tag });
  for (const r of rows) await deleteArticle(graph, String(r.id));
  await graph.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function articlesOf(sources: string[]): Promise<string[]> {
  const rows = await query(graph, 'UNWIND $sources AS s MATCH (a:Article {source: s}) RETURN a.source AS source ORDER BY source', { sources });
  return rows.map((r) => String(r.source));
}

it('refuses an empty text, one of control characters and a page of markup only, with reasons', async () => {
  const docs = [
    { source: `${tag}/empty.txt`, text: '' },
    { source: `${tag}/control.txt`, text: '\u0001\u0002\u001b\n\t \u200b' },
    { source: `${tag}/markup.html`, text: '<html><body><p> </p><br></body></html>', format: 'html' as const },
    { source: `${tag}/real.txt`, text: `浅溪${tag}镇召开第三届人民代表大会第二次会议。镇党委书记冷山月主持会议。` },
  ];
  const report = await ingestTexts(graph, docs);
  expect(report.inserted).toBe(1);
  expect(report.failed).toEqual([
    { source: `${tag}/empty.txt`, reason: expect.stringMatching(/empty/) },
    { source: `${tag}/control.txt`, reason: expect.stringMatching(/no text, only white space or control characters/) },
    { source: `${tag}/markup.html`, reason: expect.stringMatching(/shows no text/) },
  ]);
  expect(await articlesOf(docs.map((d) => d.source))).toEqual([`${tag}/real.txt`]);
});

it('refuses empty and control-character files found in a folder', async () => {
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  fs.writeFileSync(path.join(dir, 'control.txt'), Buffer.from([0x01, 0x02, 0x0a, 0x09, 0x20]));
  const report = await ingestPaths(graph, [dir]);
  expect(report.inserted).toBe(0);
  expect(report.failed.map((f) => [path.basename(f.source), f.reason])).toEqual([
    ['control.txt', expect.stringMatching(/no text|binary|control/)],
    ['empty.txt', expect.stringMatching(/empty/)],
  ]);
});
