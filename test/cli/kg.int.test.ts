// `kg` as a user runs it: the bin launcher starting the compiled CLI in a process of its
// own, against the test Neo4j: ingest, list, re-ingest with --force, delete, and the exit
// statuses of each.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cli-'));
const tag = path.basename(dir);
// two invented articles; the folder's name makes their texts (and so their ids) this run's own
const HEADLINED = `鹭门镇第四届人民代表大会第五次会议召开\n\n3月9日,鹭门镇第四届人民代表大会第五次会议召开。会议由镇党委书记项明远主持。镇长柯晓川作政府工作报告。(${tag})\n`;
const UNHEADLINED = `5月6日,鹭门镇召开第四届人民代表大会第六次会议,会议由镇党委书记项明远主持。\n会议选举柯晓川为鹭门镇镇长。(${tag})\n`;
const one = path.join(dir, 'one.txt');
const two = path.join(dir, 'two.txt');

function kg(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'kg.js'), ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'test' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function ours(): { source: string; title: string; facts: number; mentions: number; published: string | null }[] {
  const r = kg('articles', '--json');
  expect(r.status).toBe(0);
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .filter((a) => a.source?.startsWith(dir));
}

beforeAll(() => {
  fs.writeFileSync(one, HEADLINED);
  fs.writeFileSync(two, UNHEADLINED);
});

afterAll(() => {
  kg('delete', one, two);
  fs.rmSync(dir, { recursive: true, force: true });
});

it('ingests, lists with titles, says unchanged on --force, and deletes by source', () => {
  const ingested = kg('ingest', dir);
  expect(ingested.stderr).not.toMatch(/failed/);
  expect(ingested.status).toBe(0);
  expect(ingested.stdout).toMatch(/inserted: {2}2/);

  const listed = ours();
  expect(listed.map((a) => [a.source, a.title])).toEqual([
    [one, '鹭门镇第四届人民代表大会第五次会议召开'],
    // no headline: its first sentence is its title, and the path stays its source
    [two, '5月6日,鹭门镇召开第四届人民代表大会第六次会议,会议由镇党委书记项明远主持'],
  ]);
  for (const a of listed) {
    expect(a.facts).toBeGreaterThan(0);
    expect(a.mentions).toBeGreaterThan(0);
  }
  const table = kg('articles');
  expect(table.stdout).toContain(`鹭门镇第四届人民代表大会第五次会议召开  ${one}`);

  const forced = kg('ingest', '--force', one, two);
  expect(forced.status).toBe(0);
  expect(forced.stdout).toMatch(/unchanged: 2 \(same text/);
  expect(forced.stdout).toMatch(/replaced: {2}0/);
  expect(ours()).toEqual(listed); // rewritten, not duplicated

  const deleted = kg('delete', one, path.join(dir, 'never-ingested.txt'));
  expect(deleted.status).toBe(1); // one name matched nothing: reported, the other still deleted
  expect(deleted.stderr).toContain('never-ingested.txt');
  expect(deleted.stdout).toContain('deleted 1 article');
  expect(ours().map((a) => a.source)).toEqual([two]);
});

it('answers help with 0 on stdout and a wrong command line with 2 on stderr', () => {
  const help = kg('stats', '--help');
  expect(help.status).toBe(0);
  expect(help.stdout).toMatch(/^usage: kg stats/);
  expect(help.stdout).toContain('KG_NEO4J_BOLT_PORT');

  for (const args of [[], ['stats', '--bogus'], ['frobnicate'], ['articles', '--limit', 'ten'], ['delete'], ['ingest']]) {
    const r = kg(...args);
    expect({ args, status: r.status }).toEqual({ args, status: 2 });
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/usage: kg/);
  }
});
