// The launcher build is cached by a fingerprint of the Maven project: it must change when
// the pom or a Java source changes (a Neo4j bump rebuilds) and only then.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ARCHIVE_NAME } from '../../src/db/class-data-archive';
import { ensureLauncherBuilt, fingerprintOf, LAUNCHER_PROJECT } from '../../src/db/launcher-build';

describe('fingerprintOf', () => {
  let copy: string;
  beforeEach(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-launcher-copy-'));
    fs.cpSync(path.join(LAUNCHER_PROJECT, 'pom.xml'), path.join(copy, 'pom.xml'));
    fs.cpSync(path.join(LAUNCHER_PROJECT, 'src'), path.join(copy, 'src'), { recursive: true });
  });
  afterEach(() => fs.rmSync(copy, { recursive: true, force: true }));

  it('is the same for an identical copy of the project', () => {
    expect(fingerprintOf(copy)).toBe(fingerprintOf(LAUNCHER_PROJECT));
  });

  it('changes when the Neo4j version in the pom changes', () => {
    const before = fingerprintOf(copy);
    const pom = path.join(copy, 'pom.xml');
    const text = fs.readFileSync(pom, 'utf8');
    expect(text).toMatch(/<neo4j\.version>5\.26\.\d+<\/neo4j\.version>/);
    fs.writeFileSync(pom, text.replace(/<neo4j\.version>[^<]+</, '<neo4j.version>5.26.99<'));
    expect(fingerprintOf(copy)).not.toBe(before);
  });

  it('changes when a Java source changes, and ignores Maven output folders', () => {
    const before = fingerprintOf(copy);
    fs.mkdirSync(path.join(copy, 'target'));
    fs.writeFileSync(path.join(copy, 'target', 'x.class'), 'x');
    expect(fingerprintOf(copy)).toBe(before);
    fs.appendFileSync(path.join(copy, 'src', 'main', 'java', 'kg', 'neo4j', 'Launcher.java'), '\n// edited\n');
    expect(fingerprintOf(copy)).not.toBe(before);
  });

  it('pins a 5.26 release of org.neo4j:neo4j', () => {
    const pom = fs.readFileSync(path.join(LAUNCHER_PROJECT, 'pom.xml'), 'utf8');
    expect(pom).toMatch(/<neo4j\.version>5\.26\.\d+<\/neo4j\.version>/);
    expect(pom).toMatch(/<groupId>org\.neo4j<\/groupId>\s*<artifactId>neo4j<\/artifactId>\s*<version>\$\{neo4j\.version\}<\/version>/);
  });
});

describe('ensureLauncherBuilt', () => {
  let cacheRoot: string;
  beforeEach(() => {
    cacheRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-launcher-cache-'));
  });
  afterEach(() => fs.rmSync(cacheRoot, { recursive: true, force: true }));

  it('reuses the build of the current Maven project without running Maven', async () => {
    const dist = path.join(cacheRoot, 'launcher', `dist-${fingerprintOf(LAUNCHER_PROJECT).slice(0, 16)}`);
    fs.mkdirSync(path.join(dist, 'lib'), { recursive: true });
    fs.writeFileSync(path.join(dist, 'neo4j-launcher.jar'), '');
    fs.writeFileSync(path.join(dist, ARCHIVE_NAME), '');
    const progress: string[] = [];
    const originalPath = process.env.PATH;
    process.env.PATH = cacheRoot; // no mvn: a build attempt would throw
    try {
      const build = await ensureLauncherBuilt(cacheRoot, (m) => progress.push(m));
      expect(build.built).toBe(false);
      expect(build.classpath.split(path.delimiter)).toEqual([path.join(dist, 'neo4j-launcher.jar'), path.join(dist, 'lib', '*')]);
      expect(build.jvmOptionsFile).toBe(path.join(LAUNCHER_PROJECT, 'jvm.options'));
      expect(build.classDataArchive).toBe(path.join(dist, ARCHIVE_NAME));
      expect(progress).toEqual([]);
    } finally {
      process.env.PATH = originalPath;
    }
  });

  it('without a build and without Maven, says that Maven is needed', async () => {
    const originalPath = process.env.PATH;
    process.env.PATH = cacheRoot;
    try {
      await expect(ensureLauncherBuilt(cacheRoot, () => undefined)).rejects.toThrow(/Maven is needed/);
    } finally {
      process.env.PATH = originalPath;
    }
  });
});
