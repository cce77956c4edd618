// The CLI's help: every command listed and dispatched, every variable it names really read
// by the code, one exit-status convention.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { main } from '../../src/cli/main';
import { COMMAND_NAMES, EXIT, MANUAL, overviewHelp } from '../../src/cli/manual';

async function capture(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  try {
    return { code: await main(argv), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sourceFiles(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : []));
}

it('kg --help lists every command and every variable any command reads, and exits 0', async () => {
  const { code, out } = await capture(['--help']);
  expect(code).toBe(EXIT.ok);
  for (const name of COMMAND_NAMES) expect(out).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
  for (const m of Object.values(MANUAL)) for (const v of m.environment) expect(out).toContain(v.name);
  expect(out).toContain('KG_LOG_FORMAT');
  expect(out).toMatch(/exit status:\n {2}0 .*\n {2}1 .*\n {2}2 /);
});

it('names only variables the code reads', () => {
  const code = sourceFiles(path.join(PROJECT_ROOT, 'src')).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  const named = new Set(Object.values(MANUAL).flatMap((m) => m.environment.map((v) => v.name)));
  for (const name of [...named, 'LOG_LEVEL', 'KG_LOG_FORMAT']) expect({ name, read: code.includes(`env.${name}`) }).toEqual({ name, read: true });
});

it('gives each command a help of its own, exit 0, with its options and variables', async () => {
  for (const name of COMMAND_NAMES) {
    for (const asked of [[name, '--help'], [name, '-h'], ['help', name]]) {
      const { code, out, err } = await capture(asked);
      expect({ asked, code, err }).toEqual({ asked, code: EXIT.ok, err: '' });
      expect(out.startsWith(`usage: kg ${MANUAL[name].usage}`)).toBe(true);
      for (const [option] of MANUAL[name].options) expect(out).toContain(option);
      expect(out).toContain('environment:');
    }
  }
});

it('answers a missing or unknown command with the overview on stderr and 2', async () => {
  for (const argv of [[], ['frobnicate'], ['help', 'frobnicate']]) {
    const { code, out, err } = await capture(argv);
    expect({ argv, code, out }).toEqual({ argv, code: EXIT.usage, out: '' });
    expect(err).toContain(overviewHelp().split('\n')[0]);
  }
});

it('refuses unknown options of commands that need no database with 2', async () => {
  const { code, err } = await capture(['extract', '--colour', 'x.txt']);
  expect(code).toBe(EXIT.usage);
  expect(err).toMatch(/unknown option '--colour'[\s\S]*usage: kg extract/);
});
