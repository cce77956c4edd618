// An exclusive lock file, held around "start the local Neo4j" (so that two commands started
// together, e.g. two test runs, don't both spawn a server on the same store) and around
// the Maven build of the launcher (shared by all instances). The file holds the owner's
// pid; a lock whose owner died is taken over.
import fs from 'node:fs';
import { Neo4jSetupError } from './errors';
import { isAlive, sleep } from './processes';

/**
 * Runs `work` while holding the lock file `file`; waits up to `timeoutMs` for it.
 * `purpose` completes "another process is …" in the time-out message.
 */
export async function withLockFile<T>(file: string, purpose: string, timeoutMs: number, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (tryAcquire(file)) break;
    if (Date.now() >= deadline) {
      throw new Neo4jSetupError(
        `timed out after ${Math.round(timeoutMs / 1000)} s waiting for another process (pid ${readOwner(file) ?? '?'}) ` +
          `that is ${purpose}; lock file ${file}. If no such process runs, delete the file.`,
      );
    }
    await sleep(250);
  }
  try {
    return await work();
  } finally {
    if (readOwner(file) === process.pid) fs.rmSync(file, { force: true });
  }
}

function tryAcquire(file: string): boolean {
  try {
    fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const owner = readOwner(file);
  // A stale lock (its owner crashed) is removed; the next round takes it. An empty file is
  // a lock being written right now, so it is left alone.
  if (owner !== undefined && owner !== process.pid && !isAlive(owner)) fs.rmSync(file, { force: true });
  return false;
}

function readOwner(file: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
