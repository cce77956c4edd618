// `kg export --format graphml|gexf|cytoscape|popolo [--place P] [--out FILE]`: writes the
// graph (or one place's subgraph) in a standard format, to stdout or a file. The file is
// written beside its final name and renamed at the end, so a failed export never leaves a
// half-written file where a good one is expected.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { closeGraph, getGraph } from '../../graph/driver';
import { EXPORT_FORMATS, ExportFormat, exportGraph, StreamSink } from '../../export';
import { commandUsage, EXIT } from '../manual';


export async function run(args: string[]): Promise<number> {
  let values: { format?: string; place?: string; out?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: { format: { type: 'string', short: 'f' }, place: { type: 'string' }, out: { type: 'string', short: 'o' } },
      allowPositionals: false,
    }));
  } catch (err) {
    process.stderr.write(`kg export: ${(err as Error).message}\n${commandUsage('export')}`);
    return EXIT.usage;
  }
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format)) {
    process.stderr.write(`kg export: --format must be one of ${EXPORT_FORMATS.join(', ')}${values.format ? ` (got '${values.format}')` : ''}\n${commandUsage('export')}`);
    return EXIT.usage;
  }

  const target = values.out ? path.resolve(values.out) : undefined;
  const temporary = target ? `${target}.${process.pid}.partial` : undefined;
  const stream = temporary ? fs.createWriteStream(temporary) : process.stdout;
  // `kg export … | head`: the reader went away; that is not an error worth a stack trace.
  if (!temporary) process.stdout.on('error', (err: NodeJS.ErrnoException) => (err.code === 'EPIPE' ? process.exit(0) : undefined));
  try {
    const graph = await getGraph();
    const sink = new StreamSink(stream);
    await exportGraph(graph, { format, place: values.place }, sink);
    await sink.flush();
    if (temporary && target) {
      await new Promise<void>((resolve, reject) => (stream as fs.WriteStream).end((err?: Error | null) => (err ? reject(err) : resolve())));
      fs.renameSync(temporary, target);
      process.stderr.write(`kg export: wrote ${target}\n`);
    }
    return EXIT.ok;
  } catch (err) {
    if (temporary) {
      (stream as fs.WriteStream).destroy();
      fs.rmSync(temporary, { force: true });
    }
    process.stderr.write(`kg export: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failed;
  } finally {
    await closeGraph();
  }
}
