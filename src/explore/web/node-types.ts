// The kinds of node the explorer knows, their colours and their rank in the hierarchical
// layout (meeting → report → person → post → organization → place).
export interface NodeTypeStyle {
  type: string;
  /** Shown in the legend. */
  caption: string;
  color: string;
  shape: string;
  rank: number;
}

export const NODE_TYPES: NodeTypeStyle[] = [
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

const BY_TYPE = new Map(NODE_TYPES.map((t) => [t.type, t]));
const BY_UPPER = new Map(NODE_TYPES.map((t) => [t.type.toUpperCase(), t.type]));

/**
 * The node kind as a graph label. The API writes it as a label (Person) in subgraphs and
 * as a GraphQL enum name (PERSON) in search hits and paths; the page uses the label.
 */
export function normaliseType(type: string): string {
  return BY_UPPER.get(type.toUpperCase()) ?? type;
}
const OTHER: NodeTypeStyle = { type: 'Node', caption: 'other', color: '#9aa5b1', shape: 'ellipse', rank: 7 };

export function styleOf(type: string): NodeTypeStyle {
  return BY_TYPE.get(type) ?? OTHER;
}

/** Relationship types as a reader would say them, for the edge labels and the panel. */
export const EDGE_CAPTIONS: Record<string, string> = {
  HOLDS: 'holds',
  PRESIDED: 'presided',
  REPORTED: 'reported',
  PRESENTED_AT: 'presented at',
  ELECTED: 'elected',
  APPROVED: 'approved',
  SPOKE_AT: 'spoke at',
  ATTENDED: 'attended',
  OF: 'of',
  IN: 'in',
  PART_OF: 'part of',
  MENTIONS: 'mentions',
};
