// Ingestion of articles that are already extracted: the part of ingestTexts after
// `extract`, usable on its own (tests feed it hand-built results; tools that extract
// elsewhere can hand their results over).
import type { ExtractionResult } from '../extract/types';
import type { Graph } from '../graph/driver';
import { ArticleInput, toArticleRecords } from './map';
import { IngestReport, PipelineOptions, Prepared, runPipeline } from './pipeline';

export interface ExtractedArticle extends ArticleInput {
  result: ExtractionResult;
}

export async function ingestResults(
  graph: Graph,
  articles: Iterable<ExtractedArticle> | AsyncIterable<ExtractedArticle>,
  options: PipelineOptions = {},
): Promise<IngestReport> {
  return runPipeline(graph, () => prepare(articles), options);
}

async function* prepare(articles: Iterable<ExtractedArticle> | AsyncIterable<ExtractedArticle>): AsyncIterable<Prepared> {
  for await (const a of articles) {
    const source = a.source ?? a.result.article.source ?? '(no source)';
    try {
      yield { source, records: toArticleRecords(a, a.result) };
    } catch (err) {
      yield { source, error: `could not map the extraction result: ${err instanceof Error ? err.message : String(err)}` };
    }
  }
}
