// The career strip under the drawing: a person's posts as bars over years (one row per
// post, acting hatched, an open end fading out into a dashed line), each end a button that
// asks for its evidence; and the button that draws the person's colleagues.
import type { TenureEndInfo, TenureInfo } from './api';
import { CareerLayout, CareerRow } from './career-layout';
import { el, replaceChildren } from './dom';

const SVG = 'http://www.w3.org/2000/svg';
const ROW_HEIGHT = 36;
const AXIS_HEIGHT = 22;
const MARGIN = 14;
/** A tenure seen once is still a bar, with its two ends apart enough to click each. */
const MIN_BAR = 14;

export interface CareerHandlers {
  onEnd(tenure: TenureInfo, which: 'start' | 'end', end: TenureEndInfo): void;
  onColleagues(): void;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  node.append(...children);
  return node;
}

/** What an end says in words: how and when, and whether read or only seen. */
export function describeEnd(which: 'start' | 'end', end: TenureEndInfo): string {
  const when = end.date ? `${end.date}${end.precision && end.precision !== 'day' ? ` (to the ${end.precision})` : ''}` : 'undated';
  const kind = end.explicit ? end.how.replace('_', '-') : which === 'start' ? 'first seen' : 'last seen';
  return `${which}: ${kind}, ${when}`;
}

function endMarker(row: CareerRow, index: number, which: 'start' | 'end', x: number, y: number, handlers: CareerHandlers): SVGElement {
  const end = which === 'start' ? row.tenure.start : row.tenure.end;
  const explicit = !!end?.explicit;
  const marker = svg(
    'circle',
    { cx: x, cy: y, r: 6, class: `tenure-end ${which} ${explicit ? 'explicit' : 'observed'}`, 'data-row': index, 'data-end': which },
    svg('title', {}, end ? describeEnd(which, end) : `${which}: unknown`),
  );
  if (end) {
    marker.setAttribute('role', 'button');
    marker.setAttribute('tabindex', '0');
    marker.setAttribute('aria-label', `${row.label}, ${describeEnd(which, end)}`);
    const choose = () => handlers.onEnd(row.tenure, which, end);
    marker.addEventListener('click', choose);
    marker.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        choose();
      }
    });
  }
  return marker;
}

function drawing(layout: CareerLayout, width: number, handlers: CareerHandlers): SVGSVGElement {
  const inner = width - 2 * MARGIN;
  const x = (fraction: number) => MARGIN + fraction * inner;
  const years = layout.endYear - layout.firstYear;
  const height = AXIS_HEIGHT + layout.rows.length * ROW_HEIGHT + 4;
  const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, class: 'career-svg', role: 'img', 'aria-label': `posts from ${layout.firstYear} to ${layout.endYear - 1}` });
  root.append(
    svg(
      'defs',
      {},
      svg('pattern', { id: 'acting-hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, svg('rect', { width: 6, height: 6, class: 'acting-ground' }), svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'acting-line' })),
    ),
  );
  // A tick per year; with many years, a label every few.
  const every = Math.max(1, Math.ceil(years / Math.max(1, Math.floor(inner / 48))));
  for (let i = 0; i <= years; i++) {
    const tx = x(i / years);
    root.append(svg('line', { x1: tx, y1: AXIS_HEIGHT - 4, x2: tx, y2: height, class: 'year-line' }));
    if (i < years && i % every === 0) root.append(svg('text', { x: tx + 3, y: AXIS_HEIGHT - 8, class: 'year' }, String(layout.firstYear + i)));
  }
  layout.rows.forEach((row, i) => {
    const top = AXIS_HEIGHT + i * ROW_HEIGHT;
    const barY = top + 20;
    const x1 = x(row.from);
    const x2 = Math.max(x(row.to), x1 + MIN_BAR);
    const group = svg('g', { class: `tenure${row.acting ? ' acting' : ''}${row.open ? ' open' : ''}`, 'data-post': row.tenure.postId });
    group.append(svg('text', { x: Math.min(x1, width - MARGIN - 120), y: top + 11, class: 'tenure-label' }, row.label));
    group.append(svg('rect', { x: x1, y: barY - 5, width: x2 - x1, height: 10, rx: 3, class: 'tenure-bar' }, svg('title', {}, row.label)));
    if (row.open) group.append(svg('line', { x1: x2, y1: barY, x2: x(1), y2: barY, class: 'open-end' }), svg('path', { d: `M ${x(1) - 6} ${barY - 4} L ${x(1)} ${barY} L ${x(1) - 6} ${barY + 4}`, class: 'open-end' }));
    group.append(endMarker(row, i, 'start', x1, barY, handlers), endMarker(row, i, 'end', x2, barY, handlers));
    root.append(group);
  });
  return root;
}

export function renderCareer(container: HTMLElement, name: string, layout: CareerLayout, handlers: CareerHandlers): void {
  const colleagues = el('button', { type: 'button', id: 'colleagues-button', title: 'Draw the people who share an organization or a meeting with this person' }, 'Colleagues');
  colleagues.addEventListener('click', () => handlers.onColleagues());
  const header = el('div', { class: 'career-head' }, el('h2', {}, `career of ${name}`), el('span', { class: 'hint' }, 'filled end: told by an article · hollow: first or last seen · dashed: no end known · hatched: acting'), colleagues);
  // measured once shown: a hidden strip has no width
  container.hidden = false;
  const width = Math.max(320, container.clientWidth - 24);
  const body = layout.rows.length ? drawing(layout, width, handlers) : el('p', { class: 'hint' }, 'No dated posts.');
  const undated = layout.undated.length ? el('p', { class: 'hint' }, `undated: ${layout.undated.map((t) => t.title ?? t.postId).join('、')}`) : null;
  replaceChildren(container, header, body, undated);
}

export function hideCareer(container: HTMLElement): void {
  replaceChildren(container);
  container.hidden = true;
}
