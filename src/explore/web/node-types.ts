// How the page names node and edge kinds; their colours, shapes and layout ranks are in
// ../palette (kindStyle, NODE_KINDS).
import { NODE_KINDS } from '../palette';

const BY_UPPER = new Map(NODE_KINDS.map((t) => [t.type.toUpperCase(), t.type]));

/**
 * The node kind as a graph label. The API writes it as a label (Person) in subgraphs and
 * as a GraphQL enum name (PERSON) in search hits and paths; the page uses the label.
 */
export function normaliseType(type: string): string {
  return BY_UPPER.get(type.toUpperCase()) ?? type;
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
