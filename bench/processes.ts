// What the benches share about the processes they measure: a bench server started in a child
// process (it prints its URL on stdout when it listens), and a process's CPU time.
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface ChildServerOptions {
  /** Extra environment (NEO4J_URI, KG_API_TOKEN, PORT…), on top of this process's. */
  env?: Record<string, string>;
  /** Open an IPC channel (the soak bench asks the server for its memory this way). */
  ipc?: boolean;
}

/** Starts bench/<script> (compiled, beside this file) and waits for the URL it prints. */
export function startBenchServer(script: string, options: ChildServerOptions = {}): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.join(__dirname, script)], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...options.env },
    stdio: options.ipc ? ['ignore', 'pipe', 'inherit', 'ipc'] : ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('http'));
      if (line) resolve({ child, url: line.trim() });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before it listened`)));
  });
}

/** User + system CPU seconds a process has used so far (Linux /proc), or undefined. */
export function cpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in ticks of 1/100 s
  } catch {
    return undefined;
  }
}
