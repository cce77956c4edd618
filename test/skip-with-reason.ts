// Tests that need something this machine may lack (../shared, chromium, docker, the local
// Neo4j) are skipped with the reason in their name and one line on stderr, so a green run
// never hides what it did not check.

/** Why a test cannot run here, or undefined when it can. */
export type Missing = string | undefined;

function announce(name: string, missing: string): string {
  process.stderr.write(`skipped: ${name}: ${missing}\n`);
  return `${name} [skipped: ${missing}]`;
}

/** describe, or describe.skip with the reason when `missing` says what is missing. */
export function describeIf(missing: Missing, name: string, body: () => void): void {
  if (missing === undefined) describe(name, body);
  else describe.skip(announce(name, missing), body);
}

/** it, or it.skip with the reason when `missing` says what is missing. */
export function itIf(missing: Missing, name: string, body: () => unknown, timeout?: number): void {
  if (missing === undefined) it(name, body as jest.ProvidesCallback, timeout);
  else it.skip(announce(name, missing), body as jest.ProvidesCallback);
}

/** What is missing among files the test needs: undefined when all exist. */
export function missingFiles(files: Record<string, string>, hint: string): Missing {
  const absent = Object.entries(files).filter(([, file]) => !require('node:fs').existsSync(file));
  return absent.length ? `no ${absent.map(([what, file]) => `${what} (${file})`).join(', ')}; ${hint}` : undefined;
}
