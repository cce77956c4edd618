// Java and Maven detection: a machine without them must get a message that names the
// alternatives (docker-compose.yml, NEO4J_URI), not a spawn error.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Neo4jSetupError } from '../../src/db/errors';
import { parseJavaMajor, requireJava, requireMaven } from '../../src/db/tools';

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['something else', undefined],
  ])('%s → %s', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });
});

describe('missing tools', () => {
  let emptyDir: string;
  beforeAll(() => {
    emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-no-tools-'));
  });
  afterAll(() => fs.rmSync(emptyDir, { recursive: true, force: true }));

  it('no java: explains and points to docker-compose.yml and NEO4J_URI', () => {
    const attempt = () => requireJava({ PATH: emptyDir });
    expect(attempt).toThrow(Neo4jSetupError);
    expect(attempt).toThrow(/Java is needed.*docker-compose\.yml.*NEO4J_URI/s);
  });

  it('JAVA_HOME pointing nowhere: names the java it tried', () => {
    expect(() => requireJava({ PATH: emptyDir, JAVA_HOME: path.join(emptyDir, 'jdk') })).toThrow(path.join(emptyDir, 'jdk', 'bin', 'java'));
  });

  it('too old a java: says which version is needed', () => {
    const fakeJava = path.join(emptyDir, 'java');
    fs.writeFileSync(fakeJava, '#!/bin/sh\necho \'java version "1.8.0_392"\' >&2\n', { mode: 0o755 });
    expect(() => requireJava({ PATH: emptyDir })).toThrow(/needs Java 17 or newer.*reports 8/s);
    fs.rmSync(fakeJava);
  });

  it('no maven: explains and points to the alternatives', () => {
    expect(() => requireMaven({ PATH: emptyDir })).toThrow(/Maven is needed.*docker-compose\.yml.*NEO4J_URI/s);
  });
});
