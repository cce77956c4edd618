// Ingestion: articles in, one coherent graph out. The entry points other parts call
// (docs/interfaces.md):
//   ingestTexts(graph, docs, options)  texts (GraphQL ingestArticle, benches)
//   ingestPaths(graph, paths, options) files and folders (kg ingest, npm start)
//   deleteArticle(graph, articleId)    remove one article and what only it said
//   ingestResults(graph, extracted)    already-extracted results
import { setImmediate as yieldToIo } from 'node:timers/promises';
import { extract } from '../extract';
import type { Graph } from '../graph/driver';
import { findArticleFiles, readArticle, sourceOf } from './files';
import { toArticleRecords } from './map';
import { IngestReport, PipelineOptions, Prepared, runPipeline } from './pipeline';

export { deleteArticle, deleteArticlesBySourcePrefix } from './delete';
export { ingestResults } from './ingest-results';
export type { ExtractedArticle } from './ingest-results';
export type { ArticleStatus, IngestReport, PipelineOptions as IngestOptions } from './pipeline';

export interface TextDoc {
  /** Where the text came from (file name, URL); a new text under a known source replaces the old. */
  source: string;
  text: string;
  /** Publication date (ISO), when known from outside the text. */
  published?: string;
  format?: 'text' | 'html';
}

/** Extracts and ingests texts; streams (memory stays flat for any number of documents). */
export async function ingestTexts(graph: Graph, docs: Iterable<TextDoc> | AsyncIterable<TextDoc>, options: PipelineOptions = {}): Promise<IngestReport> {
  return runPipeline(
    graph,
    async function* (state) {
      for await (const doc of docs) {
        if (state.stopped) {
          yield { source: doc.source, error: `not attempted: ${state.stopped}` };
          continue;
        }
        yield prepare(doc);
        // Let the write in flight make progress between extractions (it needs the event loop).
        await yieldToIo();
      }
    },
    options,
  );
}

/** Ingests .txt/.html files and folders of them (recursively). */
export async function ingestPaths(
  graph: Graph,
  paths: string[],
  options: PipelineOptions & { onFilesFound?: (count: number) => void } = {},
): Promise<IngestReport> {
  const files = await findArticleFiles(paths);
  options.onFilesFound?.(files.length);
  return runPipeline(
    graph,
    async function* (state) {
      for (const file of files) {
        if (state.stopped) {
          yield { source: sourceOf(file), error: `not attempted: ${state.stopped}` };
          continue;
        }
        let doc: TextDoc;
        try {
          doc = await readArticle(file);
        } catch (err) {
          yield { source: sourceOf(file), error: (err as Error).message };
          continue;
        }
        yield prepare(doc);
        await yieldToIo();
      }
    },
    options,
  );
}

function prepare(doc: TextDoc): Prepared {
  try {
    const result = extract(doc.text, { source: doc.source, published: doc.published, format: doc.format });
    return { source: doc.source, records: toArticleRecords(doc, result) };
  } catch (err) {
    return { source: doc.source, error: `extraction failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}
