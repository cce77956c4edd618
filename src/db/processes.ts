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

/**
 * True when `pid` is a running launcher for the Neo4j home `home`. On Linux the command
 * line in /proc tells; elsewhere a live pid is taken at its word.
 */
export function isLauncherProcess(pid: number, home: string, mainClass: string): boolean {
  if (!isAlive(pid)) return false;
  let cmdline: string;
  try {
    cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return process.platform !== 'linux';
  }
  const args = cmdline.split('\0');
  const homeAt = args.indexOf('--home');
  return args.includes(mainClass) && homeAt >= 0 && args[homeAt + 1] === home;
}

/**
 * True when a running process has `somePath` in its command line (e.g. a launcher started
 * from that build). Linux only; elsewhere it answers true, so nothing is deleted.
 */
export function isPathInUse(somePath: string): boolean {
  let pids: string[];
  try {
    pids = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return true;
  }
  return pids.some((pid) => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(somePath);
    } catch {
      return false; // gone meanwhile, or not ours to read
    }
  });
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
