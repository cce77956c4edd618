// Several test runs may share one local Neo4j (engineers in the same work tree, `npm test`
// while `npm start` runs). Each run leaves a marker file named by its pid while it runs, so
// the run that started the server can see whether others still use it before stopping it.
import fs from 'node:fs';
import path from 'node:path';
import { isAlive } from '../../src/db/processes';

function markerDir(home: string): string {
  return path.join(home, 'test-runs');
}

export function registerTestRun(home: string): void {
  fs.mkdirSync(markerDir(home), { recursive: true });
  fs.writeFileSync(path.join(markerDir(home), String(process.pid)), new Date().toISOString());
}

/** Removes this run's marker; returns the pids of other runs that are still alive. */
export function unregisterTestRun(home: string): number[] {
  const dir = markerDir(home);
  fs.rmSync(path.join(dir, String(process.pid)), { force: true });
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const others: number[] = [];
  for (const name of names) {
    const pid = Number(name);
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) others.push(pid);
    else fs.rmSync(path.join(dir, name), { force: true }); // left behind by a run that crashed
  }
  return others;
}
