// `kg`'s dispatcher (src/cli/kg.ts runs it). Each sub-command lives in src/cli/commands/<name>.ts and
// exports `run(args): Promise<number>` (the exit status, manual.ts's EXIT); they are loaded
// lazily so that `kg extract` does not pay for the Neo4j driver, nor `kg --help` for anything
// (no command reaches type-graphql, so the CLI does not load reflect-metadata either).
import { COMMAND_NAMES, commandHelp, EXIT, overviewHelp } from './manual';

type CommandModule = { run: (args: string[]) => Promise<number> };

const LOADERS: Record<string, () => Promise<CommandModule>> = {
  extract: () => import('./commands/extract'),
  ingest: () => import('./commands/ingest'),
  articles: () => import('./commands/articles'),
  delete: () => import('./commands/delete'),
  stats: () => import('./commands/stats'),
  identity: () => import('./commands/identity'),
  export: () => import('./commands/export'),
};

const asksForHelp = (args: string[]): boolean => {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name) {
    process.stderr.write(overviewHelp());
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const about = args[0];
    if (about && !COMMAND_NAMES.includes(about)) {
      process.stderr.write(`kg: unknown command '${about}'\n\n${overviewHelp()}`);
      return EXIT.usage;
    }
    process.stdout.write(about ? commandHelp(about) : overviewHelp());
    return EXIT.ok;
  }
  const load = LOADERS[name];
  if (!load) {
    process.stderr.write(`kg: unknown command '${name}'\n\n${overviewHelp()}`);
    return EXIT.usage;
  }
  if (asksForHelp(args)) {
    process.stdout.write(commandHelp(name));
    return EXIT.ok;
  }
  return (await load()).run(args);
}

