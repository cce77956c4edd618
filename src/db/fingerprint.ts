// What a database holds, in a few numbers and one digest: counts of nodes by label and of
// relationships by type, the markers left in it, and a SHA-256 over every node's and
// relationship's element id and `id`. Two fingerprints are equal only when nothing was
// added, removed or replaced in between (used by .ci/run around `npm test`).
import crypto from 'node:crypto';
import type { Graph } from '../graph/driver';

export interface Fingerprint {
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  types: Record<string, number>;
  markers: string[];
  digest: string;
}

export async function markDatabase(graph: Graph, marker: string): Promise<void> {
  await graph.write('db/user-data-mark', { marker });
}

export async function fingerprint(graph: Graph): Promise<Fingerprint> {
  const nodes = await graph.readAutoCommit('db/fingerprint-nodes');
  const relationships = await graph.readAutoCommit('db/fingerprint-relationships');
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  const markers: string[] = [];
  const lines: string[] = [];
  for (const n of nodes) {
    const names = (n.labels as string[]).slice().sort();
    for (const label of names) labels[label] = (labels[label] ?? 0) + 1;
    if (typeof n.marker === 'string') markers.push(n.marker);
    lines.push(`n ${String(n.element)} ${names.join(':')} ${String(n.id ?? '')}`);
  }
  for (const r of relationships) {
    types[String(r.type)] = (types[String(r.type)] ?? 0) + 1;
    lines.push(`r ${String(r.element)} ${String(r.type)} ${String(r.start)} ${String(r.end)}`);
  }
  lines.sort();
  const digest = crypto.createHash('sha256').update(lines.join('\n')).digest('hex');
  return { nodes: nodes.length, relationships: relationships.length, labels: sorted(labels), types: sorted(types), markers: markers.sort(), digest };
}

function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
