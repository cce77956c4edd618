// `kg stats [--json]`: how many nodes of each label and relationships of each type the graph
// holds (count-store lookups: instant at any size).
import { parseArgs } from 'node:util';
import { closeGraph, getGraph } from '../../graph/driver';
import { graphCounts } from '../../graph/stats';
import { commandUsage, EXIT } from '../manual';

export async function run(args: string[]): Promise<number> {
  let json: boolean;
  try {
    json = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: false }).values.json === true;
  } catch (err) {
    process.stderr.write(`kg stats: ${(err as Error).message}\n${commandUsage('stats')}`);
    return EXIT.usage;
  }
  try {
    const counts = await graphCounts(await getGraph());
    if (json) {
      process.stdout.write(`${JSON.stringify(counts, null, 2)}\n`);
      return EXIT.ok;
    }
    const width = Math.max(...[...Object.keys(counts.nodes), ...Object.keys(counts.relationships)].map((k) => k.length));
    const lines = ['nodes'];
    for (const [label, n] of Object.entries(counts.nodes)) lines.push(`  ${label.padEnd(width)} ${n}`);
    lines.push('relationships');
    for (const [type, n] of Object.entries(counts.relationships)) lines.push(`  ${type.padEnd(width)} ${n}`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.ok;
  } catch (err) {
    process.stderr.write(`kg stats: ${(err as Error).message}\n`);
    return EXIT.failed;
  } finally {
    await closeGraph();
  }
}
