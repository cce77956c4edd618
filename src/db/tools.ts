// Finds the two programs the local Neo4j needs: Java 17+ (to run it) and Maven (to fetch
// and build it once). A missing or too old tool is reported with the alternatives, rather
// than as a spawn ENOENT deep inside the start.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ALTERNATIVES, Neo4jSetupError } from './errors';

/** Neo4j 5 runs on Java 17 or 21. */
export const MINIMUM_JAVA_MAJOR = 17;

/** The java executable: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` from PATH. */
export function javaExecutable(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Checks that Java 17+ runs; returns the executable and its major version. */
export function requireJava(env: NodeJS.ProcessEnv = process.env): { java: string; major: number } {
  const java = javaExecutable(env);
  const result = spawnSync(java, ['-version'], { encoding: 'utf8', env });
  if (result.error || result.status !== 0) {
    throw new Neo4jSetupError(
      `Java is needed to run the local Neo4j, but \`${java} -version\` failed (${result.error?.message ?? `exit ${result.status}`}). ` +
        `Install a JDK ${MINIMUM_JAVA_MAJOR}+ (Debian: apt-get install -y openjdk-17-jdk-headless) or set JAVA_HOME. ${ALTERNATIVES}`,
    );
  }
  const major = parseJavaMajor(`${result.stderr}${result.stdout}`);
  if (major === undefined || major < MINIMUM_JAVA_MAJOR) {
    throw new Neo4jSetupError(
      `Neo4j 5 needs Java ${MINIMUM_JAVA_MAJOR} or newer, but \`${java} -version\` reports ${major ?? 'an unknown version'}. ` +
        `Install a JDK ${MINIMUM_JAVA_MAJOR}+ or point JAVA_HOME at one. ${ALTERNATIVES}`,
    );
  }
  return { java, major };
}

/** Checks that Maven runs; returns the executable. */
export function requireMaven(env: NodeJS.ProcessEnv = process.env): string {
  const mvn = 'mvn';
  const result = spawnSync(mvn, ['-v'], { encoding: 'utf8', env });
  if (result.error || result.status !== 0) {
    throw new Neo4jSetupError(
      `Maven is needed once, to fetch Neo4j from Maven Central and build the launcher, but \`mvn -v\` failed ` +
        `(${result.error?.message ?? `exit ${result.status}`}). Install Maven 3.6+ (Debian: apt-get install -y maven). ${ALTERNATIVES}`,
    );
  }
  return mvn;
}

/**
 * The major version from `java -version` output: `openjdk version "17.0.15"` → 17,
 * and the old scheme `java version "1.8.0_392"` → 8.
 */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}
