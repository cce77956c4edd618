// bin/kg.js loads rxjs, which neo4j-driver requires at load, only when something uses it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const LAUNCHER = path.resolve(__dirname, '../../bin/kg.js');

/** Runs `script` in a fresh Node (a module cache of its own) and returns what it printed. */
function inFreshNode(script: string): Record<string, unknown> {
  const run = spawnSync(process.execPath, ['-e', script], { cwd: path.dirname(LAUNCHER), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

const rxjsInternalsLoaded = `Object.keys(require.cache).filter((f) => f.includes('rxjs') && f.includes('internal')).length`;

describe('deferring rxjs in the kg launcher', () => {
  it('loads neo4j-driver without parsing rxjs', () => {
    const out = inFreshNode(`
      require(${JSON.stringify(LAUNCHER)}).deferRxjs();
      const neo4j = require('neo4j-driver');
      console.log(JSON.stringify({ internals: ${rxjsInternalsLoaded}, driver: typeof neo4j.driver }));`);
    expect(out).toEqual({ internals: 0, driver: 'function' });
  });

  it('gives the real rxjs the first time the driver (or anyone) uses it', () => {
    const out = inFreshNode(`
      require(${JSON.stringify(LAUNCHER)}).deferRxjs();
      require('neo4j-driver');
      const driverDir = require('node:path').dirname(require.resolve('neo4j-driver'));
      const rxjs = require(require.resolve('rxjs', { paths: [driverDir] }));
      const seen = [];
      const subject = new rxjs.Subject();
      subject.subscribe((v) => seen.push(v));
      subject.next(7);
      const { map } = require(require.resolve('rxjs/operators', { paths: [driverDir] }));
      rxjs.of(1, 2).pipe(map((x) => x * 10)).subscribe((v) => seen.push(v));
      console.log(JSON.stringify({ seen, internals: ${rxjsInternalsLoaded} > 0, keys: Object.keys(rxjs).includes('Observable') }));`);
    expect(out).toEqual({ seen: [7, 10, 20], internals: true, keys: true });
  });

  it('without it, neo4j-driver parses rxjs at load', () => {
    const out = inFreshNode(`require('neo4j-driver'); console.log(JSON.stringify({ internals: ${rxjsInternalsLoaded} > 0 }));`);
    expect(out).toEqual({ internals: true });
  });
});
