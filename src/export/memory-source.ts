// An ExportSource over a graph held in memory: the serializers' unit tests use it, and it
// is handy for exporting a small graph built in code. It answers exactly as the Neo4j
// source does: nodes in id order, edges between exported nodes, memberships from HOLDS.
import { isSingleHolderTitle, tenureOf } from '../careers/tenure';
import { AttributeCollector } from './attributes';
import { EXPORT_LABELS, labelRank } from './model';
import type { ArticleRef, AttributeSpec, ExportEdge, ExportMembership, ExportNode, ExportSource, Properties } from './model';

export interface MemoryGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

function attributesOf(items: { properties: Properties }[]): AttributeSpec[] {
  const collector = new AttributeCollector();
  for (const item of items) collector.add(item.properties);
  return collector.specs();
}

function articleRef(node: ExportNode | undefined, id: string): ArticleRef {
  const p = node?.properties ?? {};
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return { id, source: str(p.source), title: str(p.title), published: str(p.published) };
}

export function memorySource(graph: MemoryGraph): ExportSource {
  // The Neo4j source's order: label by label (EXPORT_LABELS), by id within a label.
  const rank = (n: ExportNode) => labelRank(n.labels);
  const nodes = graph.nodes.filter((n) => rank(n) < EXPORT_LABELS.length).sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : 1));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = graph.edges.filter((e) => byId.has(e.source) && byId.has(e.target));
  return {
    nodeAttributes: async () => attributesOf(nodes),
    edgeAttributes: async () => attributesOf(edges),
    async *nodes(labels?: string[]) {
      for (const n of nodes) if (!labels || n.labels.some((l) => labels.includes(l))) yield n;
    },
    async *edges() {
      yield* edges;
    },
    async *memberships(): AsyncIterable<ExportMembership> {
      const groups = new Map<string, ExportEdge[]>();
      for (const e of edges) {
        if (e.type !== 'HOLDS') continue;
        const key = `${e.source}\u0000${e.target}`;
        groups.set(key, [...(groups.get(key) ?? []), e]);
      }
      const keys = [...groups.keys()].sort();
      for (const key of keys) {
        const holds = groups.get(key)!;
        const post = byId.get(holds[0].target)!;
        const observed = holds.map((h) => h.properties.observed).filter((d): d is string => typeof d === 'string').sort();
        const articleIds = [...new Set(holds.map((h) => h.properties.articleId).filter((a): a is string => typeof a === 'string'))];
        const title = typeof post.properties.title === 'string' ? post.properties.title : null;
        const sighting = (e: ExportEdge) => ({ date: text(e.properties.observed), text: text(e.properties.text), articleId: text(e.properties.articleId) });
        const tenure = tenureOf({
          holds: holds.map((h) => ({ ...sighting(h), title: text(h.properties.title) })),
          left: edges.filter((e) => e.type === 'LEFT' && e.source === holds[0].source && e.target === post.id).map((e) => ({ ...sighting(e), how: text(e.properties.how) })),
          elected: edges
            .filter((e) => e.type === 'ELECTED' && e.target === holds[0].source && e.properties.postId === post.id)
            .map((e) => ({ date: text(byId.get(e.source)?.properties.start), text: text(e.properties.text), articleId: text(e.properties.articleId), mode: text(e.properties.mode) })),
          successors: [],
          singleHolder: title !== null && isSingleHolderTitle(title),
        });
        yield {
          personId: holds[0].source,
          postId: post.id,
          title,
          organizationId: post.links.find((l) => l.type === 'OF')?.target ?? null,
          firstSeen: observed[0] ?? null,
          lastSeen: observed[observed.length - 1] ?? null,
          tenure,
          sources: articleIds.map((id) => articleRef(byId.get(id), id)),
        };
      }
    },
  };
}

function text(v: unknown): string | null {
  return typeof v === 'string' && v ? v : null;
}
