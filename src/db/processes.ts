// Small helpers about operating-system processes: is a pid alive, is it really our
// launcher (pids get reused after a crash or reboot), wait for one to exit.
import fs from 'node:fs';
import net from 'node:net';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What a launcher's command line says about it. */
export interface LauncherArgs {
  home: string;
  boltPort: number;
}

/**
 * The --home and --bolt-port a running launcher (`mainClass`) was started with, read from
 * /proc/<pid>/cmdline; undefined when `pid` is no such process or /proc is not there.
 */
export function launcherArgs(pid: number, mainClass: string): LauncherArgs | undefined {
  let args: string[];
  try {
    args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return undefined;
  }
  const value = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const home = value('--home');
  if (!args.includes(mainClass) || home === undefined) return undefined;
  return { home, boltPort: Number(value('--bolt-port') ?? 7687) };
}

/**
 * True when `pid` is a running launcher for the Neo4j home `home` (pids get reused after a
 * crash or a reboot). Where there is no /proc, a live pid is taken at its word.
 */
export function isLauncherProcess(pid: number, home: string, mainClass: string): boolean {
  if (!isAlive(pid)) return false;
  if (!fs.existsSync('/proc/self/cmdline')) return true;
  return launcherArgs(pid, mainClass)?.home === home;
}

/** The pid of a running launcher for `home`, found by its command line (Linux only). */
export function findLauncher(home: string, mainClass: string): number | undefined {
  return processIds().find((pid) => launcherArgs(pid, mainClass)?.home === home);
}

/**
 * True when a running process has `somePath` in its command line (e.g. a launcher started
 * from that build). Linux only; elsewhere it answers true, so nothing is deleted.
 */
export function isPathInUse(somePath: string): boolean {
  if (!fs.existsSync('/proc/self/cmdline')) return true;
  return processIds().some((pid) => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(somePath);
    } catch {
      return false; // gone meanwhile, or not ours to read
    }
  });
}

function processIds(): number[] {
  try {
    return fs
      .readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return [];
  }
}

/** Resolves true when the process is gone within `timeoutMs`, false otherwise. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && !isZombie(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}

/**
 * A child we spawned and that exited but was not reaped yet still answers kill(pid, 0);
 * for waiting purposes it is gone.
 */
function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** True when something accepts TCP connections on host:port. */
export function isPortOpen(host: string, port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
