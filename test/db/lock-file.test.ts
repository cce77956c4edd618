// The lock file serialises holders and survives a crashed owner.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withLockFile } from '../../src/db/lock-file';
import { tailOfFile } from '../../src/db/log-tail';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-lock-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('withLockFile', () => {
  it('runs one holder at a time and removes the lock afterwards', async () => {
    const lock = path.join(dir, 'start.lock');
    const events: string[] = [];
    const holder = (name: string) =>
      withLockFile(lock, 'testing', 5_000, async () => {
        events.push(`${name} in`);
        await new Promise((r) => setTimeout(r, 100));
        events.push(`${name} out`);
      });
    await Promise.all([holder('a'), holder('b')]);
    expect(events).toEqual(['a in', 'a out', 'b in', 'b out']);
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('takes over a lock whose owner died', async () => {
    const lock = path.join(dir, 'start.lock');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    fs.writeFileSync(lock, dead.stdout);
    await expect(withLockFile(lock, 'testing', 2_000, async () => 'done')).resolves.toBe('done');
  });

  it('gives up after the timeout with a message naming the holder and the file', async () => {
    const lock = path.join(dir, 'start.lock');
    fs.writeFileSync(lock, String(process.ppid)); // alive: the jest parent
    await expect(withLockFile(lock, 'testing', 300, async () => 'never')).rejects.toThrow(new RegExp(`pid ${process.ppid}\\) that is testing.*${lock.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });
});

describe('tailOfFile', () => {
  it('returns the last lines, from a byte offset, and nothing for a missing file', () => {
    const file = path.join(dir, 'x.log');
    fs.writeFileSync(file, 'old 1\nold 2\n');
    const offset = fs.statSync(file).size;
    fs.appendFileSync(file, 'new 1\n\nnew 2\nnew 3\n');
    expect(tailOfFile(file, 2)).toBe('new 2\nnew 3');
    expect(tailOfFile(file, 10, offset)).toBe('new 1\nnew 2\nnew 3');
    expect(tailOfFile(path.join(dir, 'missing.log'))).toBe('');
  });
});
