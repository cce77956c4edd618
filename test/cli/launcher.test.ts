// bin/kg.js compiles only when a source is newer than its last build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const launcher = require('../../bin/kg.js') as { needsBuild: (root: string) => boolean; layout: (root: string) => { entry: string; stamp: string } };

describe('the kg launcher', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-launcher-'));
  const source = path.join(root, 'src', 'cli', 'kg.ts');
  const browserSource = path.join(root, 'src', 'explore', 'web', 'main.ts');
  const files = launcher.layout(root);
  const at = (file: string, seconds: number) => fs.utimesSync(file, seconds, seconds);
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('builds when there is no build, and not again until a source changes', () => {
    fs.mkdirSync(path.dirname(source), { recursive: true });
    fs.mkdirSync(path.dirname(browserSource), { recursive: true });
    fs.writeFileSync(source, '');
    fs.writeFileSync(browserSource, '');
    fs.writeFileSync(path.join(root, 'tsconfig.json'), '{}');
    expect(launcher.needsBuild(root)).toBe(true);

    fs.mkdirSync(path.dirname(files.entry), { recursive: true });
    fs.writeFileSync(files.entry, '');
    fs.writeFileSync(files.stamp, '');
    for (const f of [source, browserSource, path.dirname(source), path.dirname(browserSource), path.join(root, 'src', 'explore'), path.join(root, 'src'), path.join(root, 'tsconfig.json')]) at(f, 1_000);
    at(files.stamp, 2_000);
    expect(launcher.needsBuild(root)).toBe(false);

    at(browserSource, 3_000); // bundled by esbuild, not tsc: no rebuild
    expect(launcher.needsBuild(root)).toBe(false);

    at(source, 3_000);
    expect(launcher.needsBuild(root)).toBe(true);
  });

  it('builds when a source file is added, or the compiled entry is gone', () => {
    at(source, 1_000);
    expect(launcher.needsBuild(root)).toBe(false);
    fs.writeFileSync(path.join(root, 'src', 'cli', 'new-command.ts'), '');
    expect(launcher.needsBuild(root)).toBe(true);
    fs.rmSync(path.join(root, 'src', 'cli', 'new-command.ts'));
    at(path.join(root, 'src', 'cli'), 1_000);
    expect(launcher.needsBuild(root)).toBe(false);
    fs.rmSync(files.entry);
    expect(launcher.needsBuild(root)).toBe(true);
  });
});
