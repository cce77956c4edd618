// The colour, shape and hierarchy rank of each kind of node in the explorer. Kept apart
// from the page code (src/explore/web) so that Node-side code can use it too.
export interface NodeKindStyle {
  type: string;
  /** Shown in the legend. */
  caption: string;
  color: string;
  /** Cytoscape.js node shape. */
  shape: string;
  /** Row in the layered layout: meeting → report → person → post → organization → place. */
  rank: number;
}

export const NODE_KINDS: NodeKindStyle[] = [
  { type: 'Meeting', caption: 'meeting', color: '#2457c5', shape: 'round-rectangle', rank: 0 },
  { type: 'Report', caption: 'report', color: '#0f9d8a', shape: 'round-tag', rank: 1 },
  { type: 'Budget', caption: 'budget', color: '#2fb36f', shape: 'round-tag', rank: 1 },
  { type: 'Project', caption: 'project', color: '#7cb518', shape: 'round-tag', rank: 1 },
  { type: 'Resolution', caption: 'resolution', color: '#13a3c4', shape: 'round-tag', rank: 1 },
  { type: 'Item', caption: 'other item', color: '#5c9ead', shape: 'round-tag', rank: 1 },
  { type: 'Person', caption: 'person', color: '#e8553e', shape: 'ellipse', rank: 2 },
  { type: 'Post', caption: 'post', color: '#f2a413', shape: 'diamond', rank: 3 },
  { type: 'Organization', caption: 'organization', color: '#8e5bd3', shape: 'hexagon', rank: 4 },
  { type: 'Place', caption: 'place', color: '#7a8793', shape: 'triangle', rank: 5 },
  { type: 'Article', caption: 'article', color: '#b0b8c1', shape: 'rectangle', rank: 6 },
];

export const OTHER_KIND: NodeKindStyle = { type: 'Node', caption: 'other', color: '#9aa5b1', shape: 'ellipse', rank: 7 };

const BY_TYPE = new Map(NODE_KINDS.map((t) => [t.type, t]));

export function kindStyle(type: string): NodeKindStyle {
  return BY_TYPE.get(type) ?? OTHER_KIND;
}
