// No test is skipped in silence: every conditional skip goes through skip-with-reason.ts,
// which names what is missing.
import fs from 'node:fs';
import path from 'node:path';
import { missingFiles } from './skip-with-reason';

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? testFiles(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : []));
}

it('has no bare describe.skip, it.skip, xit or xdescribe outside the helper', () => {
  const helper = path.join(__dirname, 'skip-with-reason.ts');
  const bare = testFiles(__dirname)
    .filter((f) => f !== helper && f !== __filename)
    .flatMap((f) => fs.readFileSync(f, 'utf8').split('\n').map((line, i) => ({ f, line, i })))
    .filter(({ line }) => /\b(describe|it|test)\.skip\b|\bx(it|describe|test)\(/.test(line))
    .map(({ f, i, line }) => `${path.relative(__dirname, f)}:${i + 1}: ${line.trim()}`);
  expect(bare).toEqual([]);
});

it('says which files are missing and how to get them', () => {
  const here = __filename;
  const nowhere = path.join(__dirname, 'no-such-file-anywhere');
  expect(missingFiles({ this: here }, 'never shown')).toBeUndefined();
  expect(missingFiles({ this: here, kit: nowhere }, 'install the kit')).toBe(`no kit (${nowhere}); install the kit`);
});
