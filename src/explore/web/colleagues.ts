// A person's colleagues from neighbourhoods the API drew: the other people who share a
// meeting or an organization (a post of it) with them, with the meetings, posts and
// organizations that link them. Pure, so it is unit-tested; main.ts asks and draws.
import type { GraphEdge, GraphNode, Subgraph } from './api';

/** The node types a colleague is reached through; places, reports and articles are not ties. */
const TIES = new Set(['Meeting', 'Post', 'Organization']);

export interface Colleagues {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The other people, by id. */
  people: string[];
}

/**
 * Keeps, of the subgraphs, the people tied to `person` through a meeting, a post or an
 * organization, and the ties themselves; a person reached only through something else
 * (a report, a place) is left out.
 */
export function colleaguesOf(person: string, subgraphs: Subgraph[]): Colleagues {
  const nodes = new Map<string, GraphNode>();
  for (const sub of subgraphs) for (const n of sub.nodes) nodes.set(n.id, n);
  const kept = (id: string) => {
    const type = nodes.get(id)?.type;
    return type === 'Person' || (type !== undefined && TIES.has(type));
  };
  const edges = new Map<string, GraphEdge>();
  for (const sub of subgraphs) for (const e of sub.edges) if (kept(e.source) && kept(e.target)) edges.set(e.id, e);
  // Walk from the person through ties only (never through another person), so each person
  // found shares a meeting or an organization with them.
  const adjacent = new Map<string, string[]>();
  for (const e of edges.values()) {
    adjacent.set(e.source, [...(adjacent.get(e.source) ?? []), e.target]);
    adjacent.set(e.target, [...(adjacent.get(e.target) ?? []), e.source]);
  }
  const reached = new Set([person]);
  const people = new Set<string>();
  const queue = [person];
  while (queue.length) {
    const id = queue.shift()!;
    for (const next of adjacent.get(id) ?? []) {
      if (reached.has(next)) continue;
      reached.add(next);
      if (nodes.get(next)?.type === 'Person') people.add(next);
      else queue.push(next);
    }
  }
  const keptEdges = [...edges.values()].filter((e) => reached.has(e.source) && reached.has(e.target) && !(people.has(e.source) && people.has(e.target)));
  return { nodes: [...reached].flatMap((id) => (nodes.has(id) ? [nodes.get(id)!] : [])), edges: keptEdges, people: [...people] };
}

/** The organizations among the ties, whose own people are asked for next. */
export function organizationsIn(sub: Subgraph): string[] {
  return sub.nodes.filter((n) => n.type === 'Organization').map((n) => n.id);
}
