// Regression over the shared seed articles: evidence offsets and the kg-eval scoreboard.
// ../shared sits beside the repository in CI; without it the test is skipped, saying so.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { extract } from '../../src/extract/pipeline';
import { factLines } from '../../src/cli/commands/extract';
import { describeIf, missingFiles } from '../skip-with-reason';

const SHARED = path.resolve(__dirname, '../../../shared');
const SEEDS = path.join(SHARED, 'seeds');
const EVAL = path.join(SHARED, 'bin/kg-eval');
const missing = missingFiles({ 'seed articles': SEEDS, 'kg-eval': EVAL }, 'the shared material sits beside the repository (../shared)');
const available = missing === undefined;

describeIf(missing, 'extraction on the seed articles', () => {
  const files = available ? fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => path.join(SEEDS, f)) : [];

  it('gives evidence that slices the input and contains the person or the item', () => {
    for (const file of files) {
      const input = fs.readFileSync(file, 'utf8');
      const r = extract(input, { source: file });
      const name = new Map(r.people.map((p) => [p.id, p.name]));
      const item = new Map(r.items.map((i) => [i.id, i.title]));
      for (const rel of r.relations) {
        expect(input.slice(rel.evidence.start, rel.evidence.end)).toBe(rel.evidence.text);
        // the seeds are plain simplified text: names and titles appear verbatim in the evidence
        const who = rel.personId ? name.get(rel.personId) : undefined;
        const what = rel.itemId ? item.get(rel.itemId) : undefined;
        if (who && ['HOLDS', 'PRESIDED', 'REPORTED', 'ELECTED'].includes(rel.type)) expect(rel.evidence.text).toContain(who);
        if (what && rel.type === 'REPORTED') expect(rel.evidence.text).toContain(what.slice(-4));
        if (what && rel.type === 'APPROVED') expect(rel.evidence.sentence).toContain(what.slice(-4));
      }
    }
  });

  it('scores micro F1 >= 0.98 with kg-eval', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seeds-')), 'facts.jsonl');
    fs.writeFileSync(out, files.map((f) => factLines(f, extract(fs.readFileSync(f, 'utf8'), { source: f }))).join(''));
    const report = JSON.parse(execFileSync(process.execPath, [EVAL, '--corpus', SEEDS, '--predictions', out, '--json'], { encoding: 'utf8' }));
    expect(report.micro.f1).toBeGreaterThanOrEqual(0.98);
  });
});
