// Every installed package runs on the oldest Node the project promises (package.json
// engines): otherwise `npm install` warns EBADENGINE on a machine that meets the README.
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { PROJECT_ROOT } from '../../src/config';

const read = (file: string) => JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8'));

it('every package in the lock file accepts the oldest Node that package.json promises', () => {
  const promised = read('package.json').engines.node as string;
  const oldest = semver.minVersion(promised);
  expect(oldest).not.toBeNull();
  const packages = read('package-lock.json').packages as Record<string, { engines?: { node?: string } | string[] }>;
  const refusing = Object.entries(packages)
    .filter(([, p]) => p.engines && !Array.isArray(p.engines) && p.engines.node)
    .filter(([, p]) => !semver.satisfies(oldest!, (p.engines as { node: string }).node))
    .map(([name, p]) => `${name || 'the project'} wants Node ${(p.engines as { node: string }).node}`);
  expect(refusing).toEqual([]);
  expect(Object.keys(packages).length).toBeGreaterThan(100); // the lock was read, not an empty file
});

it('the README states the same Node as package.json', () => {
  const promised = semver.minVersion(read('package.json').engines.node)!;
  const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  expect(readme).toContain(`Node ${promised.major}.${promised.minor}`);
});
