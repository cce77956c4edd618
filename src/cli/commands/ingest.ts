// `kg ingest PATH…`: extracts and ingests .txt/.html files and folders of them (recursively)
// into Neo4j. A progress bar on a terminal (plain progress lines otherwise), a summary at
// the end; exit status 1 when any article failed, 2 on a usage error.
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { closeGraph, getGraph } from '../../graph/driver';
import { ingestPaths, IngestReport } from '../../ingest';
import { InputError } from '../../ingest/files';
import { applySchema } from '../../graph/schema';
import { commandUsage, EXIT } from '../manual';


export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { 'batch-size': { type: 'string' }, force: { type: 'boolean' } }, allowPositionals: true });
  } catch (err) {
    process.stderr.write(`kg ingest: ${(err as Error).message}\n${commandUsage('ingest')}`);
    return EXIT.usage;
  }
  const batchSize = parsed.values['batch-size'] === undefined ? undefined : Number(parsed.values['batch-size']);
  if (parsed.positionals.length === 0 || (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0))) {
    process.stderr.write(`kg ingest: ${parsed.positionals.length === 0 ? 'give at least one file or folder' : '--batch-size must be a positive integer'}\n${commandUsage('ingest')}`);
    return EXIT.usage;
  }

  const force = parsed.values.force === true;
  const progress = new Progress(Boolean(process.stderr.isTTY));
  try {
    const graph = await getGraph();
    await applySchema(graph);
    const report = await ingestPaths(graph, parsed.positionals, {
      batchSize,
      force,
      listArticles: false,
      onFilesFound: (n) => progress.start(n),
      onProgress: (done, last) => progress.update(done, last.source, last.status),
    });
    progress.stop();
    process.stdout.write(summary(report, { force }));
    return report.failed.length > 0 ? EXIT.failed : EXIT.ok;
  } catch (err) {
    progress.stop();
    process.stderr.write(`kg ingest: ${(err as Error).message}\n`);
    return err instanceof InputError ? EXIT.usage : EXIT.failed;
  } finally {
    await closeGraph();
  }
}

export function summary(r: IngestReport, options: { force?: boolean } = {}): string {
  const lines = [
    `articles read: ${r.read}`,
    `  inserted:  ${r.inserted}`,
    `  unchanged: ${r.unchanged} (${options.force ? 'same text as ingested; re-extracted and rewritten, --force' : 'already ingested, skipped'})`,
    `  replaced:  ${r.replaced} (same source, new text)`,
    `  failed:    ${r.failed.length}`,
    `nodes created: ${r.nodesCreated}, relationships created: ${r.relationshipsCreated}` +
      (r.nodesDeleted || r.relationshipsDeleted ? ` (deleted with the old versions: ${r.nodesDeleted} nodes, ${r.relationshipsDeleted} relationships)` : ''),
  ];
  if (r.identity) lines.push(r.identity.error ? `identity: not resolved (${r.identity.error}); the articles are in: run \`kg identity resolve\`` : `identity: ${r.identity.names} names resolved in ${(r.identity.ms / 1000).toFixed(1)} s`);
  if (r.skippedFacts) lines.push(`facts skipped (dangling references in extraction results): ${r.skippedFacts}`);
  if (r.stoppedBecause) lines.push(`stopped early: ${r.stoppedBecause}`);
  if (r.failed.length) {
    lines.push('failed articles (nothing of them was written; fix and rerun, ingested ones are skipped):');
    for (const f of r.failed) lines.push(`  ${f.source}: ${f.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A bar on a terminal; on a pipe or log file, a line every 5% and one per failure. */
class Progress {
  private bar?: cliProgress.SingleBar;
  private total = 0;
  private lastLine = 0;
  constructor(private readonly tty: boolean) {}

  start(total: number): void {
    this.total = total;
    if (this.tty) {
      this.bar = new cliProgress.SingleBar(
        { format: 'ingest [{bar}] {value}/{total} articles | {eta_formatted} left | {source}', stream: process.stderr, hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      );
      this.bar.start(total, 0, { source: '' });
    } else process.stderr.write(`ingest: ${total} article files\n`);
  }

  update(done: number, source: string, status: string): void {
    if (this.bar) {
      this.bar.update(done, { source: source.length > 40 ? `…${source.slice(-39)}` : source });
      return;
    }
    if (status === 'failed') process.stderr.write(`ingest: failed ${source}\n`);
    const step = Math.max(1, Math.ceil(this.total / 20));
    if (done === this.total || done - this.lastLine >= step) {
      this.lastLine = done;
      process.stderr.write(`ingest: ${done}/${this.total}\n`);
    }
  }

  stop(): void {
    this.bar?.stop();
    this.bar = undefined;
  }
}
