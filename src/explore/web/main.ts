// The explorer page: search → results → neighbourhood; double-click to expand; click an
// edge for its evidence, a node for its details; path mode; legend with type toggles;
// PNG export; a selected person's career as a timeline under the drawing, each end with its
// evidence, and their colleagues on one click. Everything it knows comes from the public GraphQL API.
import { career, edgeEvidence, GraphEdge, isFactEdge, neighborhood, placesOfPosts, search, SearchHit, shortestPaths, edgeId, Subgraph, TenureEndInfo, TenureInfo, tenureEndEvidence } from './api';
import { layoutCareer, rowLabel } from './career-layout';
import { describeEnd, hideCareer, renderCareer } from './career-timeline';
import { colleaguesOf, organizationsIn } from './colleagues';
import { el, replaceChildren } from './dom';
import { GraphView, LayoutKind, LEGEND_TYPES } from './graph-view';
import { collapsible, NARROW_SCREEN } from './collapse';
import { contextsOfLookalikes } from './hit-context';
import { showNodeDetails } from './node-details';
import { showEdge, showMessage, showPath, showTenureEnd, typeTag } from './panel';

const NEIGHBOURS_PER_EXPANSION = 80;
/** Colleagues: the person's two rings (meetings' people, posts' organizations), then each organization's. */
const COLLEAGUE_NODE_LIMIT = 200;
const ORGANIZATIONS_ASKED = 6;

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`explorer: the page has no #${id}`);
  return node as T;
}

const view = new GraphView(byId('graph'));
const details = byId('details');
const results = byId('results');
const legend = byId('legend');
const statusBar = byId('status');
const careerStrip = byId('career');
const pathButton = byId<HTMLButtonElement>('path-button');
const narrowScreen = window.matchMedia(NARROW_SCREEN);
const leftPanel = collapsible(byId('left-panel'), 'search results and legend', () => view.cy.resize());
const detailsPanel = collapsible(byId('details-panel'), 'details', () => view.cy.resize());
if (narrowScreen.matches) detailsPanel.set(true);

/** On a small screen, unfolds the details panel (over the drawing) when it has news. */
function revealDetails(): void {
  if (narrowScreen.matches && detailsPanel.isCollapsed()) detailsPanel.set(false);
}

let pending = 0;
let pathFrom: { id: string; label: string } | null = null;
let pathMode = false;
/** The person whose career the strip shows, and the tenures it was drawn from. */
let careerOf: { id: string; label: string; tenures: TenureInfo[]; places: Map<string, string> } | null = null;

/** Runs one user action: counts it as pending (tests wait on that) and reports failures. */
async function act(work: () => Promise<void>): Promise<void> {
  pending++;
  document.body.dataset.busy = 'true';
  try {
    await work();
  } catch (err) {
    status(`${(err as Error).message}`, true);
  } finally {
    pending--;
    if (pending === 0) delete document.body.dataset.busy;
  }
}

function status(message: string, error = false): void {
  statusBar.textContent = message;
  statusBar.classList.toggle('error', error);
}

function renderLegend(): void {
  const counts = view.counts();
  const rows = LEGEND_TYPES.map((t) => {
    const box = el('input', { type: 'checkbox', 'data-type': t.type, 'aria-label': `show ${t.caption}` });
    box.checked = !view.isHidden(t.type);
    box.addEventListener('change', () => view.setTypeHidden(t.type, !box.checked));
    const swatch = el('span', { class: 'swatch' });
    swatch.style.background = t.color;
    return el('label', {}, box, swatch, t.caption, el('span', { class: 'count' }, String(counts.get(t.type) ?? 0)));
  });
  replaceChildren(legend, el('h2', {}, 'legend · show'), ...rows);
}

function renderResults(text: string, hits: SearchHit[]): void {
  if (!hits.length) {
    replaceChildren(results, el('p', { class: 'hint' }, `Nothing found for “${text}”.`));
    return;
  }
  const contexts = contextsOfLookalikes(hits);
  const items = hits.map((hit) => {
    const context = contexts.get(hit.id);
    const label = el('span', { class: 'label' }, hit.label, context ? el('span', { class: 'context' }, context) : null);
    const button = el('button', { type: 'button', 'data-id': hit.id }, typeTag(hit.type), label);
    button.addEventListener('click', () => act(() => open(hit.id, hit.label)));
    return el('li', {}, button);
  });
  replaceChildren(results, el('h2', {}, `results for “${text}”`), el('ul', {}, ...items));
}

/** Draws (merges in) a node's neighbourhood, then shows the node. */
async function open(id: string, label: string): Promise<void> {
  const wasEmpty = view.cy.nodes().empty();
  const sub = await neighborhood(id, 1, NEIGHBOURS_PER_EXPANSION);
  const added = view.merge(sub.nodes, sub.edges, id);
  view.markFocus(id);
  await view.layout(wasEmpty);
  renderLegend();
  const node = view.cy.$id(id);
  view.cy.elements(':selected').unselect();
  node.select();
  revealDetails();
  status(`${label}: ${added} new node${added === 1 ? '' : 's'}${sub.truncated ? ' (neighbourhood cut at the node limit)' : ''}; double-click a node to expand it.`);
  await showNodeDetails(details, { id, label, type: String(node.data('type')) });
  if (node.data('type') === 'Person') await showCareer(id, label);
}

/** Draws the person's career under the graph (the strip stays until another person is chosen). */
async function showCareer(id: string, label: string): Promise<void> {
  const tenures = await career(id);
  const places = await placesOfPosts(tenures.map((t) => t.postId));
  careerOf = { id, label, tenures, places };
  drawCareer();
}

function drawCareer(): void {
  if (!careerOf) return hideCareer(careerStrip);
  const who = careerOf;
  renderCareer(careerStrip, who.label, layoutCareer(who.tenures, who.places), {
    onEnd: (tenure, which, end) => void act(() => showEnd(who.label, tenure, which, end)),
    onColleagues: () => void act(() => drawColleagues(who.id, who.label)),
  });
  view.cy.resize();
}

async function showEnd(person: string, tenure: TenureInfo, which: 'start' | 'end', end: TenureEndInfo): Promise<void> {
  revealDetails();
  showMessage(details, 'Loading the evidence…');
  const evidence = await tenureEndEvidence(tenure, end);
  const post = rowLabel(tenure, careerOf?.places.get(tenure.postId));
  const kind = end.explicit ? 'told by an article' : which === 'start' ? 'observed: first seen in this post' : 'observed: last seen in this post';
  showTenureEnd(details, { person, post, which }, [['when', describeEnd(which, end)], ['date', end.date], ['precision', end.precision], ['how', end.how], ['kind', kind], ['acting', tenure.acting ? 'yes (代理)' : null]], evidence);
  status(`${person}: ${describeEnd(which, end)}`);
}

/** Draws the people who share a meeting or an organization with the person, ringed. */
async function drawColleagues(id: string, label: string): Promise<void> {
  if (view.cy.$id(id).empty()) {
    const own = await neighborhood(id, 1, NEIGHBOURS_PER_EXPANSION);
    view.merge(own.nodes, own.edges);
  }
  const rings = await neighborhood(id, 2, COLLEAGUE_NODE_LIMIT);
  const organizations = organizationsIn(rings).slice(0, ORGANIZATIONS_ASKED);
  const theirs: Subgraph[] = await Promise.all(organizations.map((org) => neighborhood(org, 2, COLLEAGUE_NODE_LIMIT)));
  const found = colleaguesOf(id, [rings, ...theirs]);
  const added = view.merge(found.nodes, found.edges, id);
  view.markColleagues(found.people);
  await view.layout();
  renderLegend();
  const cut = [rings, ...theirs].some((s) => s.truncated);
  status(`${label}: ${found.people.length} colleague${found.people.length === 1 ? '' : 's'} (sharing a meeting or an organization), ${added} new node${added === 1 ? '' : 's'}${cut ? '; some neighbourhoods were cut at the node limit' : ''}`);
}

async function expand(id: string): Promise<void> {
  const node = view.cy.$id(id);
  const sub = await neighborhood(id, 1, NEIGHBOURS_PER_EXPANSION);
  const added = view.merge(sub.nodes, sub.edges, id);
  await view.layout();
  renderLegend();
  status(`expanded ${node.data('label')}: ${added} new node${added === 1 ? '' : 's'}${sub.truncated ? ' (cut at the node limit)' : ''}`);
}

async function showEdgeEvidence(edge: GraphEdge): Promise<void> {
  const sourceLabel = String(view.cy.$id(edge.source).data('label') ?? edge.source);
  const targetLabel = String(view.cy.$id(edge.target).data('label') ?? edge.target);
  if (!isFactEdge(edge.type)) return showEdge(details, { type: edge.type, sourceLabel, targetLabel }, null);
  showMessage(details, 'Loading the evidence…');
  const evidence = await edgeEvidence(edge);
  showEdge(details, { type: edge.type, sourceLabel, targetLabel }, evidence);
}

async function pickForPath(id: string, label: string): Promise<void> {
  if (!pathFrom || pathFrom.id === id) {
    pathFrom = { id, label };
    view.clearPathMarks();
    view.cy.$id(id).addClass('path-end');
    status(`path from ${label}: now click the node to connect it to`);
    return;
  }
  const from = pathFrom;
  pathFrom = null;
  view.cy.$id(id).addClass('path-end');
  const paths = await shortestPaths(from.id, id);
  if (paths.length) {
    const path = paths[0];
    const edges = path.steps.map((s) => ({ id: edgeId(s.source, s.type, s.target), source: s.source, target: s.target, type: s.type }));
    const added = view.merge(path.nodes, edges, from.id);
    view.markPath(path.nodes.map((n) => n.id), edges.map((e) => e.id));
    if (added) await view.layout();
    renderLegend();
  }
  status(paths.length ? `shortest connection: ${paths[0].length} step(s)` : `no connection within 6 steps`);
  showPath(details, from.label, label, paths);
}

function setPathMode(on: boolean): void {
  pathMode = on;
  pathFrom = null;
  pathButton.classList.toggle('active', on);
  pathButton.setAttribute('aria-pressed', String(on));
  if (!on) view.clearPathMarks();
  status(on ? 'path mode: click the first node' : '');
}

// --- wiring ------------------------------------------------------------------------------

byId<HTMLFormElement>('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = byId<HTMLInputElement>('search-input').value.trim();
  if (!text) return;
  void act(async () => {
    status(`searching “${text}”…`);
    const hits = await search(text);
    renderResults(text, hits);
    status(`${hits.length} result${hits.length === 1 ? '' : 's'} for “${text}”`);
  });
});

view.cy.on('tap', 'node', (event) => {
  const node = event.target;
  const info = { id: node.id() as string, label: String(node.data('label')), type: String(node.data('type')) };
  if (!pathMode) revealDetails();
  void act(async () => {
    if (pathMode) return pickForPath(info.id, info.label);
    await showNodeDetails(details, info);
    if (info.type === 'Person' && careerOf?.id !== info.id) await showCareer(info.id, info.label);
  });
});
view.cy.on('dbltap', 'node', (event) => void act(() => expand(event.target.id())));
view.cy.on('tap', 'edge', (event) => {
  const e = event.target;
  revealDetails();
  void act(() => showEdgeEvidence({ id: e.id(), source: e.data('source'), target: e.data('target'), type: e.data('type') }));
});

byId<HTMLSelectElement>('layout-select').addEventListener('change', (event) => {
  view.layoutKind = (event.target as HTMLSelectElement).value as LayoutKind;
  void act(() => view.layout(true));
});
pathButton.addEventListener('click', () => setPathMode(!pathMode));
byId('fit-button').addEventListener('click', () => view.cy.fit(undefined, 40));
byId('clear-button').addEventListener('click', () => {
  view.clear();
  careerOf = null;
  drawCareer();
  setPathMode(false);
  renderLegend();
  showMessage(details, 'Click a node for its details, or an edge for the sentence it was read from.');
});
byId('png-button').addEventListener('click', () => {
  const url = URL.createObjectURL(view.png());
  const link = el('a', { href: url, download: `meeting-kg-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.png` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
});
// The bars are drawn to the strip's width: draw them again when it changes.
let resizing: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('resize', () => {
  clearTimeout(resizing);
  resizing = setTimeout(drawCareer, 150);
});

renderLegend();

// /explore/?q=杜劲松 opens with that search done.
const initial = new URLSearchParams(window.location.search).get('q');
if (initial) {
  byId<HTMLInputElement>('search-input').value = initial;
  byId<HTMLFormElement>('search-form').requestSubmit();
}

// For the end-to-end test and for curious users in the console: the Cytoscape instance and
// whether an action is still running.
Object.assign(window, { cy: view.cy, explorer: { view, idle: () => pending === 0, panels: { left: leftPanel, details: detailsPanel } } });
