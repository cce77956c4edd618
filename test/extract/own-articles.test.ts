// Regression over eval/own: articles this team wrote in its own words, scored with kg-eval
// from ../shared (beside the repository in CI; without it the test is skipped, saying so).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { decodeArticle } from '../../src/extract';
import { extract } from '../../src/extract/pipeline';
import { factLines } from '../../src/cli/commands/extract';
import { describeIf, missingFiles } from '../skip-with-reason';

const OWN = path.resolve(__dirname, '../../eval/own');
const EVAL = path.resolve(__dirname, '../../../shared/bin/kg-eval');
const missing = missingFiles({ 'kg-eval': EVAL }, 'the shared material sits beside the repository (../shared)');

describeIf(missing, 'extraction on our own evaluation articles', () => {
  it('keeps every relation at F1 >= 0.95 and micro F1 >= 0.98', () => {
    const files = fs.readdirSync(OWN).filter((f) => f.endsWith('.txt')).map((f) => path.join(OWN, f));
    expect(files.length).toBeGreaterThanOrEqual(20);
    // read as the CLI does: one of them is GB18030, two are HTML
    const lines = files.map((f) => factLines(f, extract(decodeArticle(fs.readFileSync(f)).text, { source: f })));
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-own-')), 'facts.jsonl');
    fs.writeFileSync(out, lines.join(''));
    const report = JSON.parse(execFileSync(process.execPath, [EVAL, '--corpus', OWN, '--predictions', out, '--json'], { encoding: 'utf8' }));
    expect(report.articles).toBe(files.length);
    expect(report.micro.f1).toBeGreaterThanOrEqual(0.98);
    for (const [rel, s] of Object.entries<{ f1: number }>(report.relations)) expect([rel, s.f1 >= 0.95]).toEqual([rel, true]);
  });
});
