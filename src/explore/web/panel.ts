// The side panel: an edge's evidence (sentence with the span marked, article, date), a
// node's properties (and a person's timeline), or the steps of a path.
import type { ArticleInfo, EvidenceInfo, GraphPath } from './api';
import { el, replaceChildren } from './dom';
import { highlightSpan } from './highlight';
import { kindStyle } from '../palette';
import { EDGE_CAPTIONS } from './node-types';

export function typeTag(type: string): HTMLElement {
  const tag = el('span', { class: 'type-tag' }, kindStyle(type).caption);
  tag.style.background = kindStyle(type).color;
  return tag;
}

function articleLine(article: ArticleInfo | null, articleId: string): HTMLElement {
  if (!article) return el('div', { class: 'article' }, `article ${articleId}`);
  const title = article.title || article.source || article.id;
  const link = article.source && /^https?:\/\//.test(article.source) ? el('a', { href: article.source, target: '_blank', rel: 'noopener' }, title) : el('span', {}, title);
  return el(
    'div',
    { class: 'article' },
    link,
    article.published ? ` · ${article.published}` : '',
    article.source && article.source !== title ? el('div', {}, article.source) : null,
  );
}

export function evidenceBlock(e: EvidenceInfo): HTMLElement {
  const parts = highlightSpan(e.sentence, e.text);
  const sentence = parts
    ? el('p', { class: 'sentence' }, parts.before, el('mark', {}, parts.match), parts.after)
    : el('p', { class: 'sentence' }, e.sentence, e.text ? el('div', {}, 'span: ', el('mark', {}, e.text)) : null);
  return el('div', { class: 'evidence' }, sentence, articleLine(e.article, e.articleId));
}

/** One end of a tenure: what it is (how, when, to what precision) and the sentence that tells it. */
export function showTenureEnd(panel: Element, heading: { person: string; post: string; which: 'start' | 'end' }, properties: Property[], evidence: EvidenceInfo | null): void {
  const rows = properties.filter(([, v]) => v !== null && v !== undefined && v !== '');
  replaceChildren(
    panel,
    el('h2', {}, heading.which === 'start' ? 'tenure start' : 'tenure end'),
    el('h3', {}, `${heading.person} · ${heading.post}`),
    el('dl', { class: 'props' }, ...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, String(v))])),
    el('h2', {}, 'evidence'),
    evidence ? evidenceBlock(evidence) : el('p', { class: 'hint' }, 'No article tells this end.'),
    evidence && evidence.start === null && evidence.sentence === evidence.text ? el('p', { class: 'hint' }, 'The graph keeps the words of this fact, not its whole sentence.') : null,
  );
}

export function showMessage(panel: Element, message: string): void {
  replaceChildren(panel, el('p', { class: 'hint' }, message));
}

export function showEdge(panel: Element, edge: { type: string; sourceLabel: string; targetLabel: string }, evidence: EvidenceInfo[] | null): void {
  const caption = EDGE_CAPTIONS[edge.type] ?? edge.type;
  const header = [el('h2', {}, 'relationship'), el('h3', {}, `${edge.sourceLabel} → ${caption} → ${edge.targetLabel}`), el('p', { class: 'sub' }, edge.type)];
  if (evidence === null) {
    replaceChildren(panel, ...header, el('p', { class: 'hint' }, 'A structural link (derived from the names), not a fact read from a sentence.'));
    return;
  }
  replaceChildren(
    panel,
    ...header,
    el('h2', {}, evidence.length === 1 ? 'evidence' : `evidence (${evidence.length} sentences)`),
    ...(evidence.length ? evidence.map(evidenceBlock) : [el('p', { class: 'hint' }, 'No evidence was recorded for this relationship.')]),
  );
}

export type Property = [string, string | number | null | undefined];

export function showNode(panel: Element, node: { label: string; type: string; id: string }, properties: Property[], extra: HTMLElement[] = []): void {
  const rows = properties.filter(([, v]) => v !== null && v !== undefined && v !== '');
  replaceChildren(
    panel,
    el('h2', {}, 'node'),
    el('h3', {}, node.label),
    el('p', { class: 'sub' }, typeTag(node.type), ' ', node.id),
    rows.length ? el('dl', { class: 'props' }, ...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, String(v))])) : null,
    ...extra,
  );
}

export interface TimelineItem {
  date: string | null;
  kind: string;
  summary: string;
  evidence: EvidenceInfo[];
}

export function timelineSection(items: TimelineItem[]): HTMLElement {
  if (!items.length) return el('p', { class: 'hint' }, 'No dated facts.');
  return el(
    'section',
    {},
    el('h2', {}, `timeline (${items.length})`),
    el(
      'ol',
      { class: 'timeline' },
      ...items.map((t) => el('li', {}, el('div', { class: 'date' }, t.date ?? 'undated'), el('div', {}, t.summary), t.evidence[0] ? evidenceBlock(t.evidence[0]) : null)),
    ),
  );
}

export function listSection(title: string, lines: string[]): HTMLElement | null {
  if (!lines.length) return null;
  return el('section', {}, el('h2', {}, title), el('ul', {}, ...lines.map((l) => el('li', {}, l))));
}

export function showPath(panel: Element, from: string, to: string, paths: GraphPath[]): void {
  if (!paths.length) {
    replaceChildren(panel, el('h2', {}, 'path'), el('p', { class: 'hint' }, `No connection between ${from} and ${to} within 6 steps.`));
    return;
  }
  const path = paths[0];
  const label = new Map(path.nodes.map((n) => [n.id, n.label]));
  replaceChildren(
    panel,
    el('h2', {}, 'shortest connection'),
    el('h3', {}, `${from} ↔ ${to}`),
    el('p', { class: 'sub' }, `${path.length} step${path.length === 1 ? '' : 's'}${paths.length > 1 ? `; ${paths.length} paths of this length, the first drawn` : ''}`),
    el(
      'ol',
      { class: 'path-steps' },
      ...path.steps.map((s) =>
        el('li', {}, el('div', {}, `${label.get(s.source) ?? s.source} → ${EDGE_CAPTIONS[s.type] ?? s.type} → ${label.get(s.target) ?? s.target}`), s.evidence[0] ? evidenceBlock(s.evidence[0]) : null),
      ),
    ),
  );
}
