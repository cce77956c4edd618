// What `kg --help` and `kg <command> --help` print: every command's usage, options and the
// environment variables it reads, and the exit statuses all commands share. Plain data, no
// imports: help must not load the Neo4j driver or the extractor.

/** The exit statuses of every `kg` command. */
export const EXIT = {
  /** Done (or help was asked for). */
  ok: 0,
  /** The command ran but something failed: an input, the database, a write. */
  failed: 1,
  /** The command line is wrong: unknown command or option, missing argument. Nothing was done. */
  usage: 2,
} as const;

export interface Variable {
  name: string;
  meaning: string;
}

const NEO4J: Variable[] = [
  { name: 'NEO4J_URI', meaning: 'Bolt URI of an external Neo4j (unset: the local one of this checkout)' },
  { name: 'KG_NEO4J_BOLT_PORT', meaning: 'Bolt port of the local Neo4j (default 7687)' },
  { name: 'NEO4J_USER', meaning: 'user name (default neo4j)' },
  { name: 'NEO4J_PASSWORD', meaning: 'password (default: the local Neo4j\'s)' },
  { name: 'NEO4J_DATABASE', meaning: 'database name (default neo4j)' },
];
const ARTICLE_SIZE: Variable = { name: 'KG_MAX_ARTICLE_BYTES', meaning: 'largest article file read, in bytes (default 5 MB)' };
const LOGS: Variable[] = [
  { name: 'LOG_LEVEL', meaning: 'pino level of the log on stderr (default info)' },
  { name: 'KG_LOG_FORMAT', meaning: 'pretty or json (default: pretty on a terminal, json otherwise)' },
];

export interface CommandManual {
  /** One line for the list of commands. */
  summary: string;
  /** The synopsis after `kg `. */
  usage: string;
  /** [option, meaning] rows. */
  options: [string, string][];
  environment: Variable[];
  /** What more to say, a line each. */
  notes?: string[];
}

const HELP_OPTION: [string, string] = ['-h, --help', 'print this help and exit 0'];

export const MANUAL: Record<string, CommandManual> = {
  extract: {
    summary: 'extract facts from article files, without a database',
    usage: 'extract [--format jsonl|json] [--explain] FILE...   (- reads stdin)',
    options: [
      ['--format jsonl', 'one fact a line, the shape kg-eval reads (default)'],
      ['--format json', 'the whole extraction result of each file, one document a line'],
      ['--explain', 'jsonl: also one UNREAD line per sentence with a trigger word and no fact'],
      HELP_OPTION,
    ],
    environment: [ARTICLE_SIZE],
    notes: ['A file that cannot be read is reported on stderr by name; the others still print (exit 1).'],
  },
  ingest: {
    summary: 'extract articles and write them into Neo4j',
    usage: 'ingest [--batch-size N] [--force] PATH...   (files or folders; .txt, .html)',
    options: [
      ['--batch-size N', 'articles per write transaction (default 50)'],
      ['--force', 're-extract and rewrite articles already ingested (after an extractor upgrade)'],
      HELP_OPTION,
    ],
    environment: [...NEO4J, ARTICLE_SIZE],
    notes: ['An article keeps its path as its source: ingest again from the same folder to replace a changed file.'],
  },
  articles: {
    summary: 'list the ingested articles: title, source, date, facts and names',
    usage: 'articles [--json] [--limit N]',
    options: [
      ['--json', 'one JSON object a line instead of the table'],
      ['--limit N', 'at most N articles (default all), ordered by source'],
      HELP_OPTION,
    ],
    environment: NEO4J,
  },
  delete: {
    summary: 'delete articles and what only they said',
    usage: 'delete SOURCE...   (sources as `kg articles` lists them, file paths, or article ids)',
    options: [HELP_OPTION],
    environment: NEO4J,
    notes: ['Facts other articles support stay. A source that names no article is reported and the rest are still deleted (exit 1).'],
  },
  stats: {
    summary: 'count nodes by label and relationships by type',
    usage: 'stats [--json]',
    options: [['--json', 'the counts as one JSON document'], HELP_OPTION],
    environment: NEO4J,
  },
  identity: {
    summary: 'who is who across articles: show a person\'s identity and why, or judge two people of one name',
    usage: 'identity show PERSON_ID | same A B [--note TEXT] | different A B [--note TEXT] | undo A B | resolve',
    options: [['--note TEXT', 'why, kept with a judgement'], HELP_OPTION],
    environment: NEO4J,
    notes: ['same/different are judgements that outrank the rules and survive re-ingest; undo withdraws one; resolve decides every name again.'],
  },
  export: {
    summary: 'export the graph, or one place\'s part of it, in a standard format',
    usage: 'export --format graphml|gexf|cytoscape|popolo [--place P] [--out FILE]',
    options: [
      ['-f, --format F', 'graphml, gexf, cytoscape (JSON) or popolo (JSON)'],
      ['--place P', 'only the subgraph of this place (its name, division code or id)'],
      ['-o, --out FILE', 'write to FILE (atomically) instead of stdout'],
      HELP_OPTION,
    ],
    environment: NEO4J,
  },
};

export const COMMAND_NAMES = Object.keys(MANUAL);

const EXIT_LINES = [
  'exit status:',
  `  ${EXIT.ok}  done, or help printed`,
  `  ${EXIT.failed}  something failed (an input, the database); what did not fail was done`,
  `  ${EXIT.usage}  wrong command line (unknown command or option, missing argument); nothing was done`,
];

function variableLines(variables: Variable[]): string[] {
  const width = Math.max(...variables.map((v) => v.name.length));
  return variables.map((v) => `  ${v.name.padEnd(width)}  ${v.meaning}`);
}

/** `kg <command> --help`. */
export function commandHelp(name: string): string {
  const m = MANUAL[name];
  const width = Math.max(...m.options.map(([o]) => o.length));
  const lines = [`usage: kg ${m.usage}`, '', m.summary, '', 'options:', ...m.options.map(([o, meaning]) => `  ${o.padEnd(width)}  ${meaning}`)];
  lines.push('', 'environment:', ...variableLines([...m.environment, ...LOGS]));
  if (m.notes) lines.push('', ...m.notes);
  lines.push('', ...EXIT_LINES);
  return `${lines.join('\n')}\n`;
}

/** The one-line usage of a command, for usage errors. */
export function commandUsage(name: string): string {
  return `usage: kg ${MANUAL[name].usage}\n(kg ${name} --help for more)\n`;
}

/** `kg --help`: every command and every variable. */
export function overviewHelp(): string {
  const width = Math.max(...COMMAND_NAMES.map((n) => n.length));
  const variables = new Map<string, Variable>();
  for (const m of Object.values(MANUAL)) for (const v of m.environment) variables.set(v.name, v);
  for (const v of LOGS) variables.set(v.name, v);
  const lines = [
    'usage: kg <command> [options]   (kg <command> --help for its options)',
    '',
    'commands:',
    ...COMMAND_NAMES.map((n) => `  ${n.padEnd(width)}  ${MANUAL[n].summary}`),
    '',
    'environment:',
    ...variableLines([...variables.values()]),
    '',
    ...EXIT_LINES,
  ];
  return `${lines.join('\n')}\n`;
}
