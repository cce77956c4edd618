// Java's class-data sharing (AppCDS) for the launcher: Neo4j loads ~15,000 classes at
// start-up, and reading them from a pre-parsed archive instead of 200 jars makes a warm
// start markedly faster (docs/performance.md).
//
// The archive is recorded once per launcher build, right after Maven, by a training run:
// the launcher is started on a throwaway home (a fresh store, so the password is set
// through Cypher and the Cypher classes are recorded too), stopped cleanly, and the JVM
// writes the classes it loaded (-XX:ArchiveClassesAtExit). Every later start maps it
// (-XX:SharedArchiveFile). An archive the JVM cannot use (another JDK, changed jars) is
// ignored by the JVM with a warning in the log, so it can only make a start faster.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, sleep, waitForExit } from './processes';

/** The file name of the archive inside a launcher build folder. */
export const ARCHIVE_NAME = 'neo4j-classes.jsa';
/** Left instead when recording failed, so that it is not tried at every start. */
const FAILED_MARK = 'neo4j-classes.jsa.failed';

const TRAINING_TIMEOUT_MS = 240_000;

export interface TrainingLauncher {
  java: string;
  jvmOptionsFile: string;
  classpath: string;
  mainClass: string;
  /** The line the launcher prints once it is ready. */
  readyMark: string;
}

/**
 * Records the archive into `buildDir`; resolves with its path, or with undefined (and a
 * reason through onProgress) when the training run did not work out. Never throws: the
 * archive is an optimisation.
 */
export async function recordClassDataArchive(launcher: TrainingLauncher, buildDir: string, onProgress: (message: string) => void): Promise<string | undefined> {
  const archive = path.join(buildDir, ARCHIVE_NAME);
  const partial = `${archive}.partial`;
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-neo4j-cds-'));
  const log = path.join(home, 'training.log');
  onProgress('recording a class-data archive to speed up later starts (one training start of Neo4j)');
  try {
    fs.rmSync(partial, { force: true });
    const out = fs.openSync(log, 'w');
    const child = spawn(
      launcher.java,
      [`-XX:ArchiveClassesAtExit=${partial}`, `@${launcher.jvmOptionsFile}`, '-cp', launcher.classpath, launcher.mainClass, '--home', home, '--bolt-port', String(await freePort()), '--page-cache-mb', '32'],
      { stdio: ['ignore', out, out], env: { ...process.env, KG_NEO4J_LAUNCHER_PASSWORD: crypto.randomBytes(12).toString('hex') } },
    );
    fs.closeSync(out);
    let exited = false;
    child.on('exit', () => (exited = true));
    child.on('error', () => (exited = true));

    const deadline = Date.now() + TRAINING_TIMEOUT_MS;
    while (!exited && Date.now() < deadline && !fs.readFileSync(log, 'utf8').includes(launcher.readyMark)) await sleep(250);
    if (exited || child.pid === undefined || Date.now() >= deadline) {
      if (child.pid !== undefined && !exited) child.kill('SIGKILL');
      return giveUp(`the training start did not get ready (its log: ${log})`);
    }
    child.kill('SIGTERM'); // the archive is written during the clean exit
    if (!(await waitForExit(child.pid, 60_000)) || !fs.existsSync(partial) || fs.statSync(partial).size === 0) {
      child.kill('SIGKILL');
      return giveUp(`the training run wrote none (its log: ${log})`);
    }
    fs.renameSync(partial, archive);
    fs.rmSync(home, { recursive: true, force: true });
    return archive;
  } catch (err) {
    return giveUp(err instanceof Error ? err.message : String(err));
  }

  function giveUp(reason: string): undefined {
    onProgress(`no class-data archive: ${reason}; Neo4j works without, it only starts slower`);
    fs.writeFileSync(path.join(buildDir, FAILED_MARK), `${new Date().toISOString()} ${reason}\n`);
    return undefined;
  }
}

/** True when the build folder has neither an archive nor a record of a failed attempt. */
export function needsClassDataArchive(buildDir: string): boolean {
  return !fs.existsSync(path.join(buildDir, ARCHIVE_NAME)) && !fs.existsSync(path.join(buildDir, FAILED_MARK));
}

/** The archive of a build folder, when one was recorded. */
export function classDataArchiveOf(buildDir: string): string | undefined {
  const archive = path.join(buildDir, ARCHIVE_NAME);
  return fs.existsSync(archive) ? archive : undefined;
}
