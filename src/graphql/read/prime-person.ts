// Rows a person statement read for more than one field, handed to the loaders of the
// statements they stand for, so the field resolvers find them without another round trip.
import { Row } from '../../graph/driver';
import { merged } from '../../graph/merged';
import { Native } from '../../graph/values';
import { asProps, NodeProps } from '../types/node-props';
import { entriesOf } from './links';
import { ReadContext, RowShape } from './loaders';

/** Which parts of person-detail a selection of Person fields needs. */
export interface PersonDetailParts {
  holdings: boolean;
  presided: boolean;
  spokeAt: boolean;
  reported: boolean;
  elected: boolean;
  timeline: boolean;
}

/**
 * Hands posts read by a people-page statement (`{person, node, rels, organization}` entries) to
 * the loaders of person-holdings and post-organization; `shape`: NO_EVIDENCE when the
 * relationships came without their evidence (only their dates).
 */
export function primeHoldings(ctx: ReadContext, personIds: string[], holdings: Native | undefined, shape: RowShape): void {
  const byPerson = new Map<string, NodeProps[]>(personIds.map((id) => [id, []]));
  for (const h of entriesOf(holdings)) byPerson.get(String(h.person))?.push(h);
  for (const [id, list] of byPerson) primeHoldingsOf(ctx, id, list, shape);
}

function primeHoldingsOf(ctx: ReadContext, id: string, holdings: NodeProps[], shape = RowShape.FULL): void {
  ctx.loaders.prime('api/person-holdings', id, holdings.map((h) => ({ key: id, node: h.node, rels: h.rels })), shape);
  for (const h of holdings) {
    const postId = asProps(h.node).id;
    if (typeof postId === 'string') ctx.loaders.prime('api/post-organization', postId, h.organization ? [{ key: postId, node: h.organization, rels: [] }] : []);
  }
}

/** Hands the parts of a person-detail row to the loaders of the statements they stand for. */
export function primePersonDetail(ctx: ReadContext, id: string, row: Row, parts: PersonDetailParts): void {
  const withKey = (key: string, entries: NodeProps[]) => entries.map((e) => merged(e, { key, rels: e.rels ?? [] }));
  if (parts.holdings) primeHoldingsOf(ctx, id, entriesOf(row.holdings));
  if (parts.presided) ctx.loaders.prime('api/person-presided', id, withKey(id, entriesOf(row.presided)));
  if (parts.spokeAt) ctx.loaders.prime('api/person-spoke', id, withKey(id, entriesOf(row.spokeAt)));
  if (parts.elected) ctx.loaders.prime('api/person-elected', id, withKey(id, entriesOf(row.elected)));
  if (parts.reported) {
    const reported = entriesOf(row.reported);
    ctx.loaders.prime('api/person-reported', id, reported.map((r) => ({ key: id, node: r.node, rels: r.rels })));
    for (const r of reported) {
      const itemId = asProps(r.node).id;
      if (typeof itemId !== 'string') continue;
      ctx.loaders.prime('api/item-presented-at', itemId, withKey(itemId, entriesOf(r.presentedAt)));
      ctx.loaders.prime('api/item-approved-at', itemId, withKey(itemId, entriesOf(r.approvedAt)));
    }
  }
  if (parts.timeline) ctx.loaders.prime('api/person-timeline', id, entriesOf(row.timeline).map((t) => ({ key: id, ...t })));
}
