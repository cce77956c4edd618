// Fetches Neo4j from Maven Central and builds the launcher (neo4j-launcher/, a Maven
// project on org.neo4j:neo4j), once: the result goes into the git-ignored cache
// <cache>/launcher/dist-<fingerprint>/, named by a fingerprint of the Maven project, so it
// is rebuilt only when the pom or the Java sources change (e.g. after bumping neo4j.version).
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { classDataArchiveOf, needsClassDataArchive, recordClassDataArchive } from './class-data-archive';
import { Neo4jSetupError } from './errors';
import { withLockFile } from './lock-file';
import { indent, tailOfFile } from './log-tail';
import { isPathInUse } from './processes';
import { javaExecutable, requireMaven } from './tools';

/** The Maven project of the launcher (committed). */
export const LAUNCHER_PROJECT = path.join(PROJECT_ROOT, 'neo4j-launcher');

/** What the JVM needs to run the launcher. */
export interface LauncherBuild {
  /** Classpath: the launcher jar and every dependency jar. */
  classpath: string;
  /** The committed JVM options file, passed to java as `@file`. */
  jvmOptionsFile: string;
  /** The class-data archive recorded for this build (class-data-archive.ts), if any. */
  classDataArchive?: string;
  /** True when this call ran Maven; false when the cached build was used. */
  built: boolean;
}

/** The launcher's main class; also how its processes are recognised in the process table. */
export const MAIN_CLASS = 'kg.neo4j.Launcher';
/** The launcher prints this once Bolt listens and the password is set. */
export const READY_MARK = 'neo4j-launcher: ready:';
/** A cold build downloads ~120 MB of jars; on a slow mirror that takes a while. */
const BUILD_TIMEOUT_MS = 20 * 60 * 1000;

/**
 * Returns the launcher build in `<cacheRoot>/launcher/`, running Maven first (and then a
 * training start that records the class-data archive, with `java`) when there is none or
 * the Maven project changed since it was built.
 */
export async function ensureLauncherBuilt(cacheRoot: string, onProgress: (message: string) => void, java = javaExecutable()): Promise<LauncherBuild> {
  const dir = path.join(cacheRoot, 'launcher');
  // One folder per version of the Maven project: a rebuild (e.g. after a Neo4j bump) never
  // touches the jars a running server was started from.
  const dist = path.join(dir, `dist-${fingerprintOf(LAUNCHER_PROJECT).slice(0, 16)}`);
  const jar = path.join(dist, 'neo4j-launcher.jar');
  const classpath = [jar, path.join(dist, 'lib', '*')].join(path.delimiter);
  const jvmOptionsFile = path.join(LAUNCHER_PROJECT, 'jvm.options');
  const result = (built: boolean): LauncherBuild => ({ classpath, jvmOptionsFile, classDataArchive: classDataArchiveOf(dist), built });
  const trainer = { java, jvmOptionsFile, classpath, mainClass: MAIN_CLASS, readyMark: READY_MARK };
  if (fs.existsSync(jar) && !needsClassDataArchive(dist)) return result(false);

  fs.mkdirSync(dir, { recursive: true });
  // Instances with different homes share this build: one builds, the others wait and reuse it.
  return withLockFile(path.join(dir, 'build.lock'), 'building the Neo4j launcher', BUILD_TIMEOUT_MS + 60_000, async () => {
    if (fs.existsSync(jar)) {
      // A build from before archives existed, or whose archive was deleted: record it once.
      if (needsClassDataArchive(dist)) await recordClassDataArchive(trainer, dist, onProgress);
      return result(false);
    }
    const mvn = requireMaven();
    onProgress(`building the Neo4j launcher with Maven into ${dist} (the first time this downloads Neo4j, ~120 MB, into ~/.m2)`);
    // Build beside and rename when complete, so that a failed build leaves no half-filled
    // folder that would pass for a finished one.
    const fresh = `${dist}.partial`;
    fs.rmSync(fresh, { recursive: true, force: true });
    const log = path.join(dir, 'build.log');
    await runMaven(mvn, ['-B', '-ntp', 'package', `-Dlauncher.buildDirectory=${path.join(dir, 'maven')}`, `-Dlauncher.outputDirectory=${fresh}`], log);
    fs.renameSync(fresh, dist);
    removeUnusedBuilds(dir, dist);
    onProgress('launcher built');
    // After the rename: the archive records the class path, which must be the final one.
    await recordClassDataArchive(trainer, dist, onProgress);
    return result(true);
  });
}

/** Deletes the builds of earlier versions, except those a running process still uses. */
function removeUnusedBuilds(dir: string, current: string): void {
  for (const name of fs.readdirSync(dir)) {
    const full = path.join(dir, name);
    if (name.startsWith('dist-') && full !== current && !isPathInUse(full + path.sep)) fs.rmSync(full, { recursive: true, force: true });
  }
}

/** sha256 over the pom and every file under src/ of the Maven project, in a stable order. */
export function fingerprintOf(projectDir: string): string {
  const hash = crypto.createHash('sha256');
  const files = ['pom.xml', ...listFiles(path.join(projectDir, 'src')).map((f) => path.relative(projectDir, f))].sort();
  for (const file of files) {
    hash.update(file.split(path.sep).join('/')).update('\0');
    hash.update(fs.readFileSync(path.join(projectDir, file))).update('\0');
  }
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

function runMaven(mvn: string, args: string[], logFile: string): Promise<void> {
  const out = fs.openSync(logFile, 'w');
  return new Promise<void>((resolve, reject) => {
    const child = spawn(mvn, args, { cwd: LAUNCHER_PROJECT, stdio: ['ignore', out, out] });
    const timer = setTimeout(() => child.kill('SIGTERM'), BUILD_TIMEOUT_MS);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new Neo4jSetupError(`could not run Maven (${mvn}): ${err.message}`, undefined, { cause: err }));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      fs.closeSync(out);
      if (code === 0) return resolve();
      reject(
        new Neo4jSetupError(
          `Maven failed to build the Neo4j launcher (${signal ? `killed by ${signal}` : `exit ${code}`}) in ${LAUNCHER_PROJECT}. ` +
            `Full log: ${logFile}. If it could not download, check that Maven Central is reachable (proxy settings in ~/.m2/settings.xml).`,
          indent(tailOfFile(logFile, 25)),
        ),
      );
    });
  });
}
