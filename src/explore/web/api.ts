// The explorer's GraphQL client: one POST /graphql per question, errors turned into
// messages a user can act on.
import type { HitEntity } from './hit-context';
import { normaliseType } from './node-types';
import { CAREER, EDGE_EVIDENCE_QUERIES, FactEdgeType, NEIGHBORHOOD, PATH, POST_PLACE, SEARCH, TENURE_END_EVIDENCE } from './queries';

export interface ArticleInfo {
  id: string;
  title: string | null;
  source: string | null;
  published: string | null;
}

export interface EvidenceInfo {
  articleId: string;
  sentence: string;
  text: string;
  start: number | null;
  end: number | null;
  article: ArticleInfo | null;
}

export interface SearchHit {
  id: string;
  type: string;
  label: string;
  score: number;
  /** What tells it apart from hits with the same label (hit-context.ts). */
  entity?: HitEntity | null;
}

export interface GraphNode {
  id: string;
  label: string;
  type: string;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  weight?: number;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface PathStep {
  source: string;
  target: string;
  type: string;
  evidence: EvidenceInfo[];
}

export interface GraphPath {
  length: number;
  nodes: GraphNode[];
  steps: PathStep[];
}

/** One end of a tenure: explicit (an election, a removal…) or observed (first or last seen). */
export interface TenureEndInfo {
  date: string | null;
  precision: string | null;
  explicit: boolean;
  how: string;
  /** The words of the article that tell it. */
  evidence: string | null;
  articleId: string | null;
}

/** A person's time in one post, as career(person) answers it. */
export interface TenureInfo {
  personNode: string;
  postId: string;
  title: string | null;
  organizationName: string | null;
  acting: boolean;
  firstSeen: string | null;
  lastSeen: string | null;
  start: TenureEndInfo | null;
  end: TenureEndInfo | null;
}

export class ApiError extends Error {}

export async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (err) {
    throw new ApiError(`cannot reach the API at /graphql (${(err as Error).message}); is the server running?`);
  }
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`the API answered ${response.status} ${response.statusText} without JSON`);
  }
  if (body.errors?.length) {
    const e = body.errors[0];
    throw new ApiError(`${e.message}${e.extensions?.code ? ` (${e.extensions.code})` : ''}`);
  }
  if (!body.data) throw new ApiError(`the API answered ${response.status} without data`);
  return body.data;
}

export async function search(text: string, first = 20): Promise<SearchHit[]> {
  const hits = (await graphql<{ search: SearchHit[] }>(SEARCH, { text, first })).search;
  return hits.map((h) => ({ ...h, type: normaliseType(h.type) }));
}

export async function neighborhood(id: string, depth = 1, limit = 80): Promise<Subgraph> {
  const sub = (await graphql<{ neighborhood: Subgraph }>(NEIGHBORHOOD, { id, depth, limit })).neighborhood;
  return { ...sub, nodes: sub.nodes.map((n) => ({ ...n, type: normaliseType(n.type) })) };
}

export async function shortestPaths(from: string, to: string, maxHops = 6): Promise<GraphPath[]> {
  const paths = (await graphql<{ path: GraphPath[] }>(PATH, { from, to, maxHops })).path;
  return paths.map((p) => ({ ...p, nodes: p.nodes.map((n) => ({ ...n, type: normaliseType(n.type) })) }));
}

/** Edge id as the API writes it (source|type|target); path steps use the same. */
export function edgeId(source: string, type: string, target: string): string {
  return `${source}|${type}|${target}`;
}

type WithEvidence = { id: string; evidence: EvidenceInfo[] };

/** Which end of an edge to ask, and how to find the other end in the answer. */
const EDGE_LOOKUP: Record<FactEdgeType, { ask: 'source' | 'target'; pick: (data: any, other: string) => EvidenceInfo[] }> = {
  PRESIDED: { ask: 'target', pick: (d, other) => evidenceOf(d.meeting?.people, other) },
  SPOKE_AT: { ask: 'target', pick: (d, other) => evidenceOf(d.meeting?.people, other) },
  ATTENDED: { ask: 'target', pick: (d, other) => evidenceOf(d.meeting?.people, other) },
  HOLDS: { ask: 'target', pick: (d, other) => evidenceOf(d.post?.people, other) },
  REPORTED: { ask: 'source', pick: (d, other) => evidenceOf(d.person?.items, other) },
  ELECTED: {
    ask: 'source',
    pick: (d, other) => ((d.meeting?.elections ?? []) as { person: { id: string }; evidence: EvidenceInfo[] }[]).filter((e) => e.person.id === other).flatMap((e) => e.evidence),
  },
  APPROVED: { ask: 'source', pick: (d, other) => evidenceOf(d.meeting?.items, other) },
  PRESENTED_AT: { ask: 'target', pick: (d, other) => evidenceOf(d.meeting?.items, other) },
};

function evidenceOf(list: WithEvidence[] | undefined, id: string): EvidenceInfo[] {
  return (list ?? []).filter((x) => x.id === id).flatMap((x) => x.evidence);
}

export function isFactEdge(type: string): type is FactEdgeType {
  return type in EDGE_EVIDENCE_QUERIES;
}

/** Every sentence that states the edge's fact (one per article that tells it). */
export async function edgeEvidence(edge: GraphEdge): Promise<EvidenceInfo[]> {
  if (!isFactEdge(edge.type)) return [];
  const lookup = EDGE_LOOKUP[edge.type];
  const asked = lookup.ask === 'source' ? edge.source : edge.target;
  const other = lookup.ask === 'source' ? edge.target : edge.source;
  const data = await graphql<unknown>(EDGE_EVIDENCE_QUERIES[edge.type], { id: asked });
  return dedupe(lookup.pick(data, other));
}

function dedupe(list: EvidenceInfo[]): EvidenceInfo[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = `${e.articleId}|${e.start}|${e.end}|${e.sentence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export async function career(person: string): Promise<TenureInfo[]> {
  return (await graphql<{ career: TenureInfo[] }>(CAREER, { id: person })).career;
}

/** The place of each post's organization (post id → place name), for the timeline's labels. */
export async function placesOfPosts(postIds: string[]): Promise<Map<string, string>> {
  const answers = await Promise.all(
    [...new Set(postIds)].map((id) => graphql<{ post: { id: string; organization: { place: { name: string } | null } | null } | null }>(POST_PLACE, { id })),
  );
  const places = new Map<string, string>();
  for (const { post } of answers) if (post?.organization?.place) places.set(post.id, post.organization.place.name);
  return places;
}

/**
 * The sentence that tells a tenure's end: among the evidence of the person and of the post,
 * the one from the end's article whose span is the end's words (or holds them). When no
 * sentence is recorded (a removal, a successor's election), the words themselves, with
 * their article.
 */
export async function tenureEndEvidence(tenure: TenureInfo, end: TenureEndInfo): Promise<EvidenceInfo | null> {
  if (!end.articleId) return null;
  const data = await graphql<{
    person: { timeline: WithEvidenceOnly[]; posts: WithEvidenceOnly[] } | null;
    post: { holders: WithEvidenceOnly[] } | null;
    article: ArticleInfo | null;
  }>(TENURE_END_EVIDENCE, { person: tenure.personNode, post: tenure.postId, article: end.articleId });
  const pool = [...(data.person?.timeline ?? []), ...(data.person?.posts ?? []), ...(data.post?.holders ?? [])].flatMap((x) => x.evidence).filter((e) => e.articleId === end.articleId);
  const words = end.evidence ?? '';
  const found = pool.find((e) => e.text === words) ?? (words ? pool.find((e) => e.sentence.includes(words) || (e.text && words.includes(e.text))) : pool[0]);
  if (found) return { ...found, article: found.article ?? data.article };
  if (!words) return null;
  return { articleId: end.articleId, sentence: words, text: words, start: null, end: null, article: data.article };
}

type WithEvidenceOnly = { evidence: EvidenceInfo[] };
