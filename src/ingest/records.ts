// The rows one article contributes to the graph: what the mapping (map.ts) produces and the
// repository (repository.ts) writes. Plain data; dates are still ISO strings here and become
// Neo4j DATE values only at the repository boundary.
import type { ItemLabel } from './keys';

export interface ArticleRow {
  id: string;
  source: string | null;
  title: string | null;
  /** ISO date or null. */
  published: string | null;
  chars: number;
}

export interface PlaceRow {
  id: string;
  /** The gazetteer's name when the place is resolved, else the name as written. */
  name: string;
  level: string;
  /** Statistical division code, or null for a place the gazetteer does not tell. */
  code: string | null;
  /** True when the place has no division code (not listed, or ambiguous). */
  unlisted: boolean;
}

export interface PlaceParentRow {
  childId: string;
  parentId: string;
}

export interface OrganizationRow {
  id: string;
  name: string;
  type: string;
  placeId: string | null;
}

export interface PostRow {
  id: string;
  /** Canonical title (党委副书记). */
  title: string;
  /** The title as this article writes it (镇党委副书记). */
  name: string;
  organizationId: string;
}

export interface PersonRow {
  id: string;
  name: string;
}

export interface MeetingRow {
  id: string;
  name: string;
  kind: string;
  body: string;
  term: number | null;
  session: number | null;
  sitting: string | null;
  start: string | null;
  end: string | null;
  dateText: string | null;
  placeId: string | null;
  /** For a sitting: the session it is part of. */
  parentId: string | null;
}

export interface ItemRow {
  id: string;
  label: ItemLabel;
  title: string;
  kind: string;
}

/** The evidence every fact relationship carries. */
export interface EvidenceProps {
  articleId: string;
  sentence: string;
  sentenceIndex: number;
  start: number;
  end: number;
  text: string;
}

export type FactType = 'HOLDS' | 'PRESIDED' | 'SPOKE_AT' | 'ATTENDED' | 'REPORTED' | 'PRESENTED_AT' | 'ELECTED' | 'APPROVED' | 'LEFT';

export interface FactRow {
  type: FactType;
  fromId: string;
  toId: string;
  /** Label of the item end (REPORTED's target, PRESENTED_AT's source, APPROVED's target). */
  itemLabel?: ItemLabel;
  props: EvidenceProps & {
    /** HOLDS: ISO date the post was observed (meeting or publication date), or null. */
    observed?: string | null;
    /** HOLDS and ELECTED: the post title as written. */
    title?: string;
    /** ELECTED: the post elected to, and how. */
    postId?: string | null;
    mode?: string;
    /** LEFT: removed, resigned or ended; the meeting that decided it (or null); observed as for HOLDS. */
    how?: string;
    meetingId?: string | null;
  };
}

/** Everything one article writes. */
export interface ArticleRecords {
  article: ArticleRow;
  places: PlaceRow[];
  /** The gazetteer's enclosing divisions of the resolved places (not mentioned by the article). */
  ancestorPlaces: PlaceRow[];
  placeParents: PlaceParentRow[];
  organizations: OrganizationRow[];
  posts: PostRow[];
  people: PersonRow[];
  meetings: MeetingRow[];
  items: ItemRow[];
  facts: FactRow[];
  /** Facts that could not be mapped (a dangling reference in the extraction result). */
  skipped: string[];
}
