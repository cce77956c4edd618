// The project-managed local Neo4j: the embedded engine from neo4j-launcher/ (see
// launcher-build.ts) run as a detached Java process that answers on Bolt.
//
// Everything of one instance lives in its home folder:
//   neo4j.pid    pid of the running launcher
//   neo4j.log    the launcher's stdout/stderr (start, "ready", errors, shutdown)
//   start.lock   held while a start is under way
//   data/ logs/  Neo4j's store and its own logs (logs/debug.log has the details)
// The Maven build is shared by all instances and kept in <cacheRoot>/launcher/.
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { LOCAL_NEO4J, neo4jSettings, Neo4jSettings } from '../config';
import { logger } from '../logger';
import { describeProbeError as describe, errorCode, isAuthFailure, probeServer, ServerInfo } from './bolt-probe';
import { Neo4jSetupError } from './errors';
import { ensureLauncherBuilt, LauncherBuild, MAIN_CLASS, READY_MARK } from './launcher-build';
import { indent, tailOfFile } from './log-tail';
import { findLauncher, isAlive, isLauncherProcess, isPortOpen, launcherArgs, sleep, waitForExit } from './processes';
import { withLockFile } from './lock-file';
import { requireJava } from './tools';

export interface LocalNeo4jOptions {
  /** Folder for this instance's store, logs and pid file; created when missing. */
  home: string;
  boltPort: number;
  /** Interface to listen on; 127.0.0.1 by default (never exposed beyond this machine). */
  boltHost?: string;
  /** Password set for the user neo4j at every start; LOCAL_NEO4J.password by default. */
  password?: string;
  /** Neo4j page cache (off-heap) in MiB; 512 by default. The heap is set in neo4j-launcher/jvm.options. */
  pageCacheMb?: number;
  /** Where the Maven-built launcher is cached (in `launcher/`); LOCAL_NEO4J.launcherRoot by default. */
  cacheRoot?: string;
  /** How long a start may take until Bolt answers, not counting the Maven build; 180 s by default. */
  startTimeoutMs?: number;
  /** How long `stop` waits after SIGTERM before it sends SIGKILL; 30 s by default. */
  stopTimeoutMs?: number;
  /** Receives one line per step (building, starting, ready); the pino logger by default. */
  onProgress?: (message: string) => void;
}

export interface StartResult {
  uri: string;
  pid: number;
  /** True when it was running before this call (nothing was started). */
  alreadyRunning: boolean;
  server: ServerInfo;
}

export interface StopResult {
  wasRunning: boolean;
  /** True when it did not stop within the timeout after SIGTERM and was killed. */
  forced: boolean;
}

export interface LocalStatus {
  running: boolean;
  uri: string;
  pid?: number;
  /** What the server reports, when it answers. */
  server?: ServerInfo;
  /** Why it is not (fully) usable, when it isn't. */
  problem?: string;
}

/** How long a second starter waits for the first (which may be running a cold Maven build). */
const LOCK_TIMEOUT_MS = 25 * 60 * 1000;
const LOG_ROTATE_BYTES = 5 * 1024 * 1024;

/**
 * One local Neo4j instance, identified by its home folder and Bolt port.
 *
 * `npm run db:*` and `ensureNeo4j()` use the default one (`LocalNeo4j.fromConfig()`:
 * .neo4j/, port 7687). A test can run a throwaway second instance next to it, e.g. to see
 * what the code does when Neo4j dies mid-ingest:
 *
 * ```ts
 * const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-neo4j-'));
 * const spare = new LocalNeo4j({ home, boltPort: 7697 });
 * const { uri } = await spare.start();          // ~10-20 s; reuses the built launcher
 * // ... connect with { uri, user: 'neo4j', password: LOCAL_NEO4J.password } and start writing ...
 * await spare.kill();                           // SIGKILL: a crash, no clean shutdown
 * // ... assert on the error the code reports; a later spare.start() runs recovery ...
 * await spare.stop();                           // SIGTERM, then SIGKILL after stopTimeoutMs
 * fs.rmSync(home, { recursive: true, force: true });
 * ```
 */
export class LocalNeo4j {
  readonly home: string;
  readonly boltPort: number;
  readonly boltHost: string;
  readonly password: string;
  private readonly pageCacheMb: number;
  private readonly cacheRoot: string;
  private readonly startTimeoutMs: number;
  private readonly stopTimeoutMs: number;
  private readonly progress: (message: string) => void;

  constructor(options: LocalNeo4jOptions) {
    this.home = path.resolve(options.home);
    this.boltPort = options.boltPort;
    this.boltHost = options.boltHost ?? '127.0.0.1';
    this.password = options.password ?? LOCAL_NEO4J.password;
    this.pageCacheMb = options.pageCacheMb ?? 512;
    this.cacheRoot = path.resolve(options.cacheRoot ?? LOCAL_NEO4J.launcherRoot);
    this.startTimeoutMs = options.startTimeoutMs ?? 180_000;
    this.stopTimeoutMs = options.stopTimeoutMs ?? 30_000;
    this.progress = options.onProgress ?? ((message) => logger.info({ neo4jHome: this.home }, message));
    if (!Number.isInteger(this.boltPort) || this.boltPort < 1 || this.boltPort > 65535) {
      throw new Neo4jSetupError(`invalid Bolt port ${options.boltPort} for the local Neo4j; set KG_NEO4J_BOLT_PORT to a number from 1 to 65535`);
    }
  }

  /** The default instance: home KG_NEO4J_HOME (.neo4j/), port KG_NEO4J_BOLT_PORT (7687), password from the settings. */
  static fromConfig(settings: Neo4jSettings = neo4jSettings(), options: Partial<LocalNeo4jOptions> = {}): LocalNeo4j {
    return new LocalNeo4j({ home: LOCAL_NEO4J.home, boltPort: LOCAL_NEO4J.boltPort, password: settings.password, ...options });
  }

  get uri(): string {
    return `bolt://${this.boltHost}:${this.boltPort}`;
  }

  get logFile(): string {
    return path.join(this.home, 'neo4j.log');
  }

  get pidFile(): string {
    return path.join(this.home, 'neo4j.pid');
  }

  /** The pid of this instance's running launcher, if there is one. */
  runningPid(): number | undefined {
    const pid = this.readPidFile();
    if (pid !== undefined && isLauncherProcess(pid, this.home, MAIN_CLASS)) return pid;
    // The pid file can be lost (deleted by hand, a crash between spawn and write): find the
    // launcher by its command line and write the file again.
    const found = findLauncher(this.home, MAIN_CLASS);
    if (found !== undefined) fs.writeFileSync(this.pidFile, String(found));
    return found;
  }

  /**
   * Builds the launcher if needed, starts the server detached (it outlives this process)
   * and resolves once Bolt answers with the configured password. Already running → resolves
   * with alreadyRunning: true and starts nothing.
   */
  async start(): Promise<StartResult> {
    fs.mkdirSync(this.home, { recursive: true });
    return withLockFile(path.join(this.home, 'start.lock'), `starting the Neo4j of ${this.home}`, LOCK_TIMEOUT_MS, async () => {
      const running = this.runningPid();
      if (running !== undefined) {
        const port = launcherArgs(running, MAIN_CLASS)?.boltPort;
        if (port !== undefined && port !== this.boltPort) {
          throw new Neo4jSetupError(
            `the Neo4j of ${this.home} already runs (pid ${running}) on port ${port}, not on ${this.boltPort}. ` +
              `Use that port (KG_NEO4J_BOLT_PORT=${port}), or stop it first (\`npm run db:stop\`).`,
          );
        }
        const server = await this.waitForRunningServer(running);
        return { uri: this.uri, pid: running, alreadyRunning: true, server };
      }
      fs.rmSync(this.pidFile, { force: true }); // stale: its process is gone
      if (await isPortOpen(this.boltHost, this.boltPort)) {
        throw new Neo4jSetupError(
          `port ${this.boltPort} on ${this.boltHost} is already taken by another program (not the Neo4j of ${this.home}). ` +
            `Stop that program, or give this one another port (KG_NEO4J_BOLT_PORT), or, if it is a Neo4j you want to use, set NEO4J_URI=bolt://${this.boltHost}:${this.boltPort}.`,
        );
      }
      const { java } = requireJava();
      const build = await ensureLauncherBuilt(this.cacheRoot, this.progress, java);
      return this.spawnAndWait(java, build);
    });
  }

  /** SIGTERM (clean shutdown: the store is checkpointed), then SIGKILL if it is still there after stopTimeoutMs. */
  async stop(): Promise<StopResult> {
    const pid = this.runningPid();
    if (pid === undefined) {
      fs.rmSync(this.pidFile, { force: true });
      return { wasRunning: false, forced: false };
    }
    this.progress(`stopping Neo4j (pid ${pid})`);
    signal(pid, 'SIGTERM');
    let forced = false;
    if (!(await waitForExit(pid, this.stopTimeoutMs))) {
      this.progress(`Neo4j (pid ${pid}) did not stop within ${this.stopTimeoutMs / 1000} s; killing it`);
      signal(pid, 'SIGKILL');
      forced = true;
      await waitForExit(pid, 10_000);
    }
    fs.rmSync(this.pidFile, { force: true });
    return { wasRunning: true, forced };
  }

  /**
   * SIGKILL without a clean shutdown, as a crash or power loss would: for tests of what
   * clients do when the database vanishes. The store stays in `home`; the next start
   * recovers it from the transaction log.
   */
  async kill(): Promise<void> {
    const pid = this.runningPid();
    if (pid !== undefined) {
      signal(pid, 'SIGKILL');
      await waitForExit(pid, 10_000);
    }
    fs.rmSync(this.pidFile, { force: true });
  }

  /** Running or not, and when it answers, what it reports. Starts nothing. */
  async status(): Promise<LocalStatus> {
    const pid = this.runningPid();
    if (pid === undefined) {
      const taken = await isPortOpen(this.boltHost, this.boltPort);
      return {
        running: false,
        uri: this.uri,
        problem: taken ? `not running, but another program listens on port ${this.boltPort}` : undefined,
      };
    }
    // Started with another port than the one configured now: report that server, never
    // whatever else answers on the configured port.
    const port = launcherArgs(pid, MAIN_CLASS)?.boltPort ?? this.boltPort;
    const uri = `bolt://${this.boltHost}:${port}`;
    const mismatch =
      port === this.boltPort
        ? undefined
        : `it runs on port ${port}, not on the configured ${this.boltPort}: use KG_NEO4J_BOLT_PORT=${port}, or restart it on ${this.boltPort} (\`npm run db:stop\`, then \`npm run db:start\`)`;
    try {
      const server = await probeServer({ ...this.target(), uri });
      return { running: true, uri, pid, server, problem: mismatch };
    } catch (err) {
      return { running: true, uri, pid, problem: mismatch ?? `the process runs but Bolt does not answer yet or refuses: ${describe(err)}` };
    }
  }

  private async spawnAndWait(java: string, build: LauncherBuild): Promise<StartResult> {
    rotateIfLarge(this.logFile);
    const logOffset = fileSize(this.logFile);
    const out = fs.openSync(this.logFile, 'a');
    const args = [
      ...(build.classDataArchive ? [`-XX:SharedArchiveFile=${build.classDataArchive}`] : []),
      `@${build.jvmOptionsFile}`,
      '-cp',
      build.classpath,
      MAIN_CLASS,
      '--home',
      this.home,
      '--bolt-host',
      this.boltHost,
      '--bolt-port',
      String(this.boltPort),
      '--page-cache-mb',
      String(this.pageCacheMb),
    ];
    this.progress(`starting Neo4j on ${this.uri} (home ${this.home}, log ${this.logFile})`);
    let child: ChildProcess;
    try {
      // detached: its own process group, so Ctrl-C on the npm command that started it, or
      // the end of that command, leaves the database running.
      child = spawn(java, args, {
        cwd: this.home,
        detached: true,
        stdio: ['ignore', out, out],
        env: { ...process.env, KG_NEO4J_LAUNCHER_PASSWORD: this.password },
      });
    } finally {
      fs.closeSync(out);
    }
    let exited: string | undefined;
    child.on('exit', (code, sig) => (exited = sig ? `killed by ${sig}` : `exit code ${code}`));
    child.on('error', (err) => (exited = `could not be started: ${err.message}`));
    child.unref();
    if (child.pid === undefined) {
      await sleep(100); // the 'error' event says why
      throw this.startFailure(`Neo4j ${exited ?? 'could not be started'}`, logOffset);
    }
    fs.writeFileSync(this.pidFile, String(child.pid));

    const deadline = Date.now() + this.startTimeoutMs;
    let lastProblem = 'no "ready" line in the log yet';
    while (Date.now() < deadline) {
      if (exited) {
        fs.rmSync(this.pidFile, { force: true });
        throw this.startFailure(`Neo4j stopped during start-up (${exited})`, logOffset);
      }
      // Wait for the launcher's own "ready" (Bolt up AND password set) before logging in:
      // logging in earlier with the new password would fail, and repeated failures make
      // Neo4j lock the account for a while.
      if (tailOfFile(this.logFile, 200, logOffset).includes(READY_MARK)) {
        try {
          const server = await probeServer(this.target());
          this.progress(`Neo4j ${server.version} ${server.edition} is ready on ${this.uri}`);
          return { uri: this.uri, pid: child.pid, alreadyRunning: false, server };
        } catch (err) {
          lastProblem = describe(err);
        }
      }
      await sleep(250);
    }
    signal(child.pid, 'SIGKILL');
    fs.rmSync(this.pidFile, { force: true });
    throw this.startFailure(`Neo4j did not answer on ${this.uri} within ${this.startTimeoutMs / 1000} s (last problem: ${lastProblem}); it was killed`, logOffset);
  }

  /** For a server that was already running: it may still be starting (another process is waiting for it). */
  private async waitForRunningServer(pid: number): Promise<ServerInfo> {
    const deadline = Date.now() + this.startTimeoutMs;
    for (;;) {
      try {
        return await probeServer(this.target());
      } catch (err) {
        if (isAuthFailure(err)) {
          throw new Neo4jSetupError(
            `the local Neo4j on ${this.uri} (pid ${pid}) runs but refuses user neo4j with the configured password (${errorCode(err)}). ` +
              `It sets its password at start-up: restart it with \`npm run db:stop && npm run db:start\`, or set NEO4J_PASSWORD to the one it was started with.`,
          );
        }
        if (Date.now() >= deadline || !isAlive(pid)) {
          throw this.startFailure(`the local Neo4j (pid ${pid}) runs but does not answer on ${this.uri}: ${describe(err)}`, 0);
        }
      }
      await sleep(500);
    }
  }

  private target() {
    return { uri: this.uri, user: 'neo4j', password: this.password };
  }

  private startFailure(message: string, logOffset: number): Neo4jSetupError {
    const tail = tailOfFile(this.logFile, 30, logOffset);
    return new Neo4jSetupError(
      `${message}. Launcher log: ${this.logFile}; Neo4j's own log: ${path.join(this.home, 'logs', 'debug.log')}. ` +
        `If the store is damaged and the data is disposable, \`npm run db:stop\` and delete ${path.join(this.home, 'data')}.`,
      tail ? indent(tail) : undefined,
    );
  }

  private readPidFile(): number | undefined {
    try {
      const pid = Number(fs.readFileSync(this.pidFile, 'utf8').trim());
      return Number.isInteger(pid) && pid > 0 ? pid : undefined;
    } catch {
      return undefined;
    }
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err; // ESRCH: already gone
  }
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** Keeps neo4j.log from growing forever: one previous generation is kept as neo4j.log.1. */
function rotateIfLarge(file: string): void {
  if (fileSize(file) > LOG_ROTATE_BYTES) fs.renameSync(file, `${file}.1`);
}
