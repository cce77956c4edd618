#!/usr/bin/env node
// `kg`: the command-line entry. Each sub-command lives in src/cli/commands/<name>.ts and
// exports `run(args): Promise<number>` (the exit status); they are loaded lazily so that
// `kg extract` does not pay for the Neo4j driver or GraphQL at start-up.
import 'reflect-metadata';

interface Command {
  summary: string;
  load: () => Promise<{ run: (args: string[]) => Promise<number> }>;
}

const COMMANDS: Record<string, Command> = {
  extract: { summary: 'extract facts from articles: extract [--format jsonl|json] FILE... (- for stdin)', load: () => import('./commands/extract') },
  ingest: { summary: 'ingest articles into Neo4j: ingest PATH... (files or folders, .txt/.html)', load: () => import('./commands/ingest') },
  stats: { summary: 'count nodes by label and relationships by type', load: () => import('./commands/stats') },
  identity: { summary: 'who is who across articles: identity show ID | same A B | different A B | undo A B | resolve', load: () => import('./commands/identity') },
  export: { summary: 'export the graph: export --format graphml|gexf|cytoscape|popolo [--place P] [--out FILE]', load: () => import('./commands/export') },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return `usage: kg <command> [options]\n\ncommands:\n${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`kg: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  const module = await command.load();
  return module.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`kg: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
