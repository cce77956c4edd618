// `kg extract` as operators run it: several files, some bad; stdout carries only data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { run } from '../../src/cli/commands/extract';

const ARTICLE = '6月2日,青岭镇第九届人民代表大会第二次会议召开。镇长邝文斌作政府工作报告。';

async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  try {
    const code = await run(args);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('kg extract', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-extract-'));
  const good = path.join(dir, 'good.txt');
  const gbk = path.join(dir, 'gbk.txt');
  const junk = path.join(dir, 'junk.bin');
  const huge = path.join(dir, 'huge.txt');
  beforeAll(() => {
    fs.writeFileSync(good, ARTICLE);
    fs.writeFileSync(gbk, iconv.encode(ARTICLE, 'gbk'));
    fs.writeFileSync(junk, Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 31 + 7) % 256)));
    // 20 MB without writing 20 MB: the size is checked before anything is read
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, 20 * 1024 * 1024);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints one kg-eval fact a line with the source as given', async () => {
    const { code, out, err } = await runCli([good]);
    expect(code).toBe(0);
    expect(err).toBe('');
    const facts = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(facts).toContainEqual(expect.objectContaining({ source: good, type: 'REPORTED', person: '邝文斌', report: '政府工作报告', meeting: '青岭镇第九届人民代表大会第二次会议' }));
    expect(facts).toContainEqual(expect.objectContaining({ type: 'HOLDS', person: '邝文斌', title: '镇长' }));
    for (const f of facts) expect(ARTICLE.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
  });

  it('decodes GBK files', async () => {
    const { code, out } = await runCli([gbk]);
    expect(code).toBe(0);
    expect(out).toContain('邝文斌');
  });

  it('reports bad files on stderr by name, still prints the good ones, and exits 1', async () => {
    const { code, out, err } = await runCli([junk, good, huge, path.join(dir, 'missing.txt')]);
    expect(code).toBe(1);
    expect(out).toContain('"person":"邝文斌"');
    expect(out).not.toMatch(/junk|huge|missing/);
    expect(err).toContain(`${junk}: input is neither UTF-8 nor GB18030/GBK`);
    expect(err).toMatch(new RegExp(`huge\\.txt: file is 20971520 bytes, over the 5242880-byte article limit`));
    expect(err).toContain('missing.txt: no such file');
  });

  it('keeps memory bounded on a 20 MB file', async () => {
    const before = process.memoryUsage().rss;
    await runCli([huge]);
    expect(process.memoryUsage().rss - before).toBeLessThan(15 * 1024 * 1024);
  });

  it('prints the whole result with --format json', async () => {
    const { code, out } = await runCli(['--format', 'json', good]);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.meetings[0].name).toBe('青岭镇第九届人民代表大会第二次会议');
    expect(result.article.source).toBe(good);
  });

  it('refuses unknown formats and no files with usage', async () => {
    expect((await runCli(['--format', 'xml', good])).code).toBe(2);
    expect((await runCli([])).err).toMatch(/usage: kg extract/);
  });
});
