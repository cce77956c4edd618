// `npm run bench:gazetteer [-- RUNS]`: what loading the gazetteer costs a process. Each run
// is a fresh Node process (the gazetteer loads once per process) that times gazetteer()
// (read src/gazetteer/data/divisions.tsv, index names and short forms) and the first
// village look-up (decompress villages.tsv.gz), and measures the memory they add (RSS and
// heap after a forced GC). Prints the medians over RUNS processes.
import { spawnSync } from 'node:child_process';

interface Sample {
  loadMs: number;
  loadCpuMs: number;
  rssMb: number;
  heapMb: number;
  villagesMs: number;
  villagesRssMb: number;
  divisions: number;
}

function measure(): Sample {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  // required here, not at the top: the module's own loading is part of the cost
  const { gazetteer } = require('../src/gazetteer/gazetteer') as typeof import('../src/gazetteer/gazetteer');
  const g = gazetteer();
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(c0);
  gc?.();
  const rssMb = (process.memoryUsage().rss - rss0) / 1e6;
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 1e6;
  const t1 = process.hrtime.bigint();
  g.villagesOf('310117109');
  const villagesMs = Number(process.hrtime.bigint() - t1) / 1e6;
  gc?.();
  return { loadMs, loadCpuMs: (cpu.user + cpu.system) / 1e3, rssMb, heapMb, villagesMs, villagesRssMb: (process.memoryUsage().rss - rss0) / 1e6, divisions: g.size };
}

if (process.argv[2] === '--child') {
  process.stdout.write(JSON.stringify(measure()));
} else {
  const runs = Number(process.argv[2] ?? 7);
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(process.execPath, ['--expose-gc', __filename, '--child'], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`bench:gazetteer: a measuring process failed: ${child.stderr}`);
    samples.push(JSON.parse(child.stdout) as Sample);
  }
  const median = (pick: (s: Sample) => number) => [...samples.map(pick)].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  const f = (n: number) => n.toFixed(1);
  console.log(`gazetteer: ${samples[0].divisions} divisions, ${runs} fresh processes (medians)`);
  console.log(`  load:  ${f(median((s) => s.loadMs))} ms wall clock, ${f(median((s) => s.loadCpuMs))} ms CPU; +${f(median((s) => s.rssMb))} MB RSS, +${f(median((s) => s.heapMb))} MB heap after GC (target < 300 ms, < 100 MB)`);
  console.log(`  first village look-up: ${f(median((s) => s.villagesMs))} ms; RSS then +${f(median((s) => s.villagesRssMb))} MB in all`);
}
