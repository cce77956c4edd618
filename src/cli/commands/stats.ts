// `kg stats`: how many nodes of each label and relationships of each type the graph holds
// (count-store lookups: instant at any size).
import { closeGraph, getGraph } from '../../graph/driver';
import { graphCounts } from '../../graph/stats';

export async function run(args: string[]): Promise<number> {
  if (args.length > 0 && args[0] !== '--json') {
    process.stderr.write('usage: kg stats [--json]\n');
    return 2;
  }
  try {
    const counts = await graphCounts(await getGraph());
    if (args[0] === '--json') {
      process.stdout.write(`${JSON.stringify(counts, null, 2)}\n`);
      return 0;
    }
    const width = Math.max(...[...Object.keys(counts.nodes), ...Object.keys(counts.relationships)].map((k) => k.length));
    const lines = ['nodes'];
    for (const [label, n] of Object.entries(counts.nodes)) lines.push(`  ${label.padEnd(width)} ${n}`);
    lines.push('relationships');
    for (const [type, n] of Object.entries(counts.relationships)) lines.push(`  ${type.padEnd(width)} ${n}`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`kg stats: ${(err as Error).message}\n`);
    return 1;
  } finally {
    await closeGraph();
  }
}
