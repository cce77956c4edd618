// The drawing: a Cytoscape.js instance, its style, merging subgraphs in, hiding types, and
// the two layouts (force-directed fCoSE, and a layered one for meeting → report → person).
import cytoscape, { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphEdge, GraphNode } from './api';
import { kindStyle, NODE_KINDS } from '../palette';
import { EDGE_CAPTIONS } from './node-types';

cytoscape.use(fcose);

export type LayoutKind = 'force' | 'hierarchy';

const LABEL_LENGTH = 16;

function shortLabel(label: string): string {
  const chars = [...label];
  return chars.length > LABEL_LENGTH ? `${chars.slice(0, LABEL_LENGTH - 1).join('')}…` : label;
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      shape: 'data(shape)' as never,
      label: 'data(short)',
      width: 24,
      height: 24,
      'font-size': 11,
      color: '#1f2933',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'border-width': 1.5,
      'border-color': '#ffffff',
      // Zoomed out over hundreds of nodes, labels smaller than this are not drawn.
      'min-zoomed-font-size': 7,
    },
  },
  { selector: 'node[type = "Meeting"]', style: { width: 34, height: 26, 'font-weight': 'bold' } },
  { selector: 'node[type = "Person"]', style: { width: 28, height: 28 } },
  { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#1f2933' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#e0a800' } },
  { selector: 'node.colleague', style: { 'border-width': 4, 'border-color': '#2f9e6e' } },
  { selector: 'node.path-end', style: { 'border-width': 5, 'border-color': '#e0a800' } },
  {
    selector: 'edge',
    style: {
      width: 'mapData(weight, 1, 6, 1.5, 5)' as never,
      'line-color': '#b8c2cc',
      'target-arrow-color': '#b8c2cc',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      label: 'data(caption)',
      'font-size': 9,
      color: '#6b7785',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 8,
    },
  },
  { selector: 'edge[?structural]', style: { 'line-style': 'dashed', width: 1, label: '' } },
  { selector: 'edge:selected', style: { 'line-color': '#2457c5', 'target-arrow-color': '#2457c5', width: 4, color: '#2457c5' } },
  { selector: 'edge.on-path', style: { 'line-color': '#e0a800', 'target-arrow-color': '#e0a800', width: 5, color: '#8a6500' } },
  { selector: 'node.on-path', style: { 'border-color': '#e0a800', 'border-width': 4 } },
  { selector: '.hidden', style: { display: 'none' } },
];

const STRUCTURAL = new Set(['IN', 'OF', 'PART_OF', 'MENTIONS']);

export class GraphView {
  readonly cy: Core;
  layoutKind: LayoutKind = 'force';
  private readonly hiddenTypes = new Set<string>();

  constructor(container: HTMLElement) {
    this.cy = cytoscape({ container, style: STYLE, wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4, boxSelectionEnabled: false });
  }

  /**
   * Adds the nodes and edges not drawn yet; new nodes start around `around` (the node
   * that was expanded) so the layout keeps the picture stable. Returns how many were new.
   */
  merge(nodes: GraphNode[], edges: GraphEdge[], around?: string): number {
    const centre = around ? this.cy.$id(around) : undefined;
    const origin = centre?.nonempty() ? centre.position() : { x: 0, y: 0 };
    const added: ElementDefinition[] = [];
    for (const n of nodes) {
      if (this.cy.$id(n.id).nonempty()) continue;
      const style = kindStyle(n.type);
      added.push({
        group: 'nodes',
        data: { id: n.id, label: n.label, short: shortLabel(n.label), type: n.type, color: style.color, shape: style.shape },
        position: { x: origin.x + (Math.random() - 0.5) * 120, y: origin.y + (Math.random() - 0.5) * 120 },
        classes: this.hiddenTypes.has(n.type) ? 'hidden' : '',
      });
    }
    for (const e of edges) {
      if (this.cy.$id(e.id).nonempty()) continue;
      added.push({
        group: 'edges',
        data: { id: e.id, source: e.source, target: e.target, type: e.type, weight: e.weight ?? 1, caption: EDGE_CAPTIONS[e.type] ?? e.type.toLowerCase(), structural: STRUCTURAL.has(e.type) },
      });
    }
    // Edges whose ends are not drawn cannot be added; they come with a later expansion.
    const present = new Set([...this.cy.nodes().map((n) => n.id()), ...added.filter((a) => a.group === 'nodes').map((a) => String(a.data.id))]);
    const valid = added.filter((a) => a.group === 'nodes' || (present.has(String(a.data.source)) && present.has(String(a.data.target))));
    this.cy.add(valid);
    return valid.filter((a) => a.group === 'nodes').length;
  }

  clear(): void {
    this.cy.elements().remove();
  }

  setTypeHidden(type: string, hidden: boolean): void {
    if (hidden) this.hiddenTypes.add(type);
    else this.hiddenTypes.delete(type);
    const nodes = this.cy.nodes().filter((n) => n.data('type') === type);
    if (hidden) nodes.addClass('hidden');
    else nodes.removeClass('hidden');
  }

  isHidden(type: string): boolean {
    return this.hiddenTypes.has(type);
  }

  /** Nodes drawn, by type. */
  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    this.cy.nodes().forEach((n) => {
      const t = String(n.data('type'));
      counts.set(t, (counts.get(t) ?? 0) + 1);
    });
    return counts;
  }

  markFocus(id: string): void {
    this.cy.nodes('.focus').removeClass('focus');
    this.cy.$id(id).addClass('focus');
  }

  /** Rings the people drawn as someone's colleagues (and only them). */
  markColleagues(ids: string[]): void {
    this.cy.nodes('.colleague').removeClass('colleague');
    for (const id of ids) this.cy.$id(id).addClass('colleague');
  }

  markPath(nodeIds: string[], edgeIds: string[]): void {
    this.cy.elements('.on-path').removeClass('on-path');
    for (const id of [...nodeIds, ...edgeIds]) this.cy.$id(id).addClass('on-path');
  }

  clearPathMarks(): void {
    this.cy.elements('.on-path, .path-end').removeClass('on-path path-end');
  }

  /** Lays the drawing out again; returns when it is done. */
  layout(randomize = false): Promise<void> {
    const visible = this.cy.elements().not('.hidden');
    if (visible.empty()) return Promise.resolve();
    const options =
      this.layoutKind === 'hierarchy'
        ? { name: 'preset', positions: layeredPositions(this.cy), fit: true, padding: 40, animate: false }
        : {
            name: 'fcose',
            quality: 'default',
            randomize,
            animate: false,
            fit: true,
            padding: 40,
            nodeDimensionsIncludeLabels: true,
            idealEdgeLength: 90,
            nodeRepulsion: 9000,
            nodeSeparation: 90,
            numIter: 2500,
          };
    const layout = (this.layoutKind === 'hierarchy' ? this.cy.elements() : visible).layout(options as cytoscape.LayoutOptions);
    const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    return done;
  }

  /** The current view as a PNG (what is on screen, on white, at twice the screen resolution). */
  png(): Blob {
    return this.cy.png({ output: 'blob', full: false, scale: 2, bg: '#ffffff' });
  }
}

/**
 * A layered drawing: one row per rank (meetings on top, then what they heard, then people,
 * posts, organizations, places). Within a row, nodes are ordered by the mean position of
 * their neighbours in the rows above, which keeps crossings down.
 */
function layeredPositions(cy: Core): Record<string, { x: number; y: number }> {
  const rows = new Map<number, NodeSingular[]>();
  cy.nodes().forEach((n) => {
    const rank = kindStyle(String(n.data('type'))).rank;
    rows.set(rank, [...(rows.get(rank) ?? []), n]);
  });
  const ranks = [...rows.keys()].sort((a, b) => a - b);
  const x = new Map<string, number>();
  const positions: Record<string, { x: number; y: number }> = {};
  const gapX = 120;
  const gapY = 140;
  ranks.forEach((rank, row) => {
    const nodes = rows.get(rank)!;
    const order = nodes
      .map((n, i) => {
        const placed = n.neighborhood('node').filter((m) => x.has(m.id()));
        const mean = placed.length ? placed.map((m) => x.get(m.id())!).reduce((a, b) => a + b, 0) / placed.length : i * gapX;
        return { n, mean };
      })
      .sort((a, b) => a.mean - b.mean || String(a.n.data('label')).localeCompare(String(b.n.data('label'))));
    // Each node gets room for its label; long rows zig-zag so neighbouring labels can
    // overlap horizontally without touching.
    const zigzag = order.length > 8;
    const room = order.map(({ n }) => Math.max(gapX, n.boundingBox({ includeLabels: true }).w + 24) / (zigzag ? 2 : 1));
    const width = room.reduce((a, b) => a + b, 0);
    let cursor = -width / 2;
    order.forEach(({ n }, i) => {
      const px = cursor + room[i] / 2;
      cursor += room[i];
      x.set(n.id(), px);
      positions[n.id()] = { x: px, y: row * gapY + (zigzag && i % 2 ? gapY * 0.4 : 0) };
    });
  });
  return positions;
}

export const LEGEND_TYPES = NODE_KINDS;
