// `kg delete SOURCE...`: deletes articles, named by source (as `kg articles` shows it, or a
// file path as `kg ingest` was given it) or by id, with everything only they said.
import path from 'node:path';
import { articleIdsNamed } from '../../graph/article-list';
import { closeGraph, getGraph } from '../../graph/driver';
import { deleteArticle } from '../../ingest';
import { sourceOf } from '../../ingest/files';
import { commandUsage, EXIT } from '../manual';

export async function run(args: string[]): Promise<number> {
  const names = args.filter((a) => a !== '--');
  const option = args.find((a, i) => a.startsWith('-') && a !== '-' && i < (args.indexOf('--') === -1 ? Infinity : args.indexOf('--')));
  if (option || names.length === 0) {
    process.stderr.write(`kg delete: ${option ? `unknown option '${option}'` : 'name at least one article (its source or id)'}\n${commandUsage('delete')}`);
    return EXIT.usage;
  }
  try {
    const graph = await getGraph();
    // a path given another way than at ingestion (./a.txt, /abs/a.txt) is the same source
    const asSource = new Map(names.map((n) => [n, sourceOf(path.resolve(n))]));
    const found = await articleIdsNamed(graph, [...new Set([...names, ...asSource.values()])]);
    let missing = 0;
    let deleted = 0;
    for (const name of names) {
      const ids = [...new Set([...(found.get(name) ?? []), ...(found.get(asSource.get(name)!) ?? [])])];
      if (!ids.length) {
        missing++;
        process.stderr.write(`kg delete: no article has the source or id '${name}' (kg articles lists them)\n`);
        continue;
      }
      for (const id of ids) if (await deleteArticle(graph, id)) deleted++;
    }
    process.stdout.write(`deleted ${deleted} article${deleted === 1 ? '' : 's'}${missing ? `; ${missing} name${missing === 1 ? '' : 's'} matched none` : ''}\n`);
    return missing ? EXIT.failed : EXIT.ok;
  } catch (err) {
    process.stderr.write(`kg delete: ${(err as Error).message}\n`);
    return EXIT.failed;
  } finally {
    await closeGraph();
  }
}
