// `exportGraph`: the whole graph, or one place's subgraph, in one of the standard formats.
import neo4j from 'neo4j-driver';
import type { Graph } from '../graph/driver';
import { writeCytoscape } from './cytoscape';
import { writeGexf } from './gexf';
import { writeGraphML } from './graphml';
import type { ExportFormat, ExportSource, Sink } from './model';
import { Neo4jExportSource, ScopeNode } from './neo4j-source';
import { writePopolo } from './popolo';

export { EXPORT_FORMATS } from './model';
export type { ExportFormat, ExportSource, Sink } from './model';
export { memorySource } from './memory-source';
export { StreamSink, StringSink } from './sinks';
export type { ScopeNode } from './neo4j-source';

const WRITERS: Record<ExportFormat, (source: ExportSource, out: Sink) => Promise<void>> = {
  graphml: writeGraphML,
  gexf: writeGexf,
  cytoscape: writeCytoscape,
  popolo: writePopolo,
};

export function writeExport(format: ExportFormat, source: ExportSource, out: Sink): Promise<void> {
  return WRITERS[format](source, out);
}

export class UnknownPlaceError extends Error {
  constructor(place: string, known: string[]) {
    super(
      `no place '${place}' in the graph (give a place name such as 泖港镇, a division code such as 310117109, or a place id such as place:310117109)` +
        (known.length ? `; some places it has: ${known.join(', ')}` : '; the graph has no places yet: ingest some articles first'),
    );
    this.name = 'UnknownPlaceError';
  }
}

/** The nodes of one place's subgraph (see cypher/export/place-scope.cypher). */
export async function placeScope(graph: Graph, place: string): Promise<ScopeNode[]> {
  const places = await graph.read('export/find-place', { place });
  if (places.length === 0) {
    const known = await graph.read('export/place-names', { limit: neo4j.int(20) });
    throw new UnknownPlaceError(place, known.map((r) => String(r.name)));
  }
  const rows = await graph.read('export/place-scope', { placeIds: places.map((p) => p.id) });
  return rows.map((r) => ({ id: String(r.id), elementId: String(r.elementId), labels: r.labels as string[] }));
}

export interface ExportOptions {
  format: ExportFormat;
  /** A place name or id; only that place's subgraph is exported. */
  place?: string;
  pageSize?: number;
}

export async function exportGraph(graph: Graph, options: ExportOptions, out: Sink): Promise<void> {
  const scope = options.place === undefined ? undefined : await placeScope(graph, options.place);
  await writeExport(options.format, new Neo4jExportSource(graph, { scope, pageSize: options.pageSize }), out);
}
