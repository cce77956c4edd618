// `kg articles [--json] [--limit N]`: the ingested articles, one a line: date, facts and
// names it accounts for, title and source.
import { parseArgs } from 'node:util';
import { ArticleSummary, listArticles } from '../../graph/article-list';
import { closeGraph, getGraph } from '../../graph/driver';
import { commandUsage, EXIT } from '../manual';

export async function run(args: string[]): Promise<number> {
  let values: { json?: boolean; limit?: string };
  try {
    ({ values } = parseArgs({ args, options: { json: { type: 'boolean' }, limit: { type: 'string' } }, allowPositionals: false }));
  } catch (err) {
    process.stderr.write(`kg articles: ${(err as Error).message}\n${commandUsage('articles')}`);
    return EXIT.usage;
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    process.stderr.write(`kg articles: --limit must be a positive whole number (got '${values.limit}')\n${commandUsage('articles')}`);
    return EXIT.usage;
  }
  try {
    const articles = await listArticles(await getGraph(), limit);
    process.stdout.write(values.json ? articles.map((a) => `${JSON.stringify(a)}\n`).join('') : table(articles));
    return EXIT.ok;
  } catch (err) {
    process.stderr.write(`kg articles: ${(err as Error).message}\n`);
    return EXIT.failed;
  } finally {
    await closeGraph();
  }
}

/** A line per article: date, facts, names, title, then the source (or id) to act on. */
export function table(articles: ArticleSummary[]): string {
  if (!articles.length) return 'no articles (kg ingest PATH... adds some)\n';
  const lines = articles.map((a) =>
    [a.published ?? '----------', String(a.facts).padStart(5), String(a.mentions).padStart(5), `${a.title ?? '(no title)'}  ${a.source ?? a.id}`].join('  '),
  );
  return `${['date      ', 'facts', 'names', 'title  source'].join('  ')}\n${lines.join('\n')}\n${articles.length} article${articles.length === 1 ? '' : 's'}\n`;
}
