// Rows a meeting statement read for more than one field, handed to the loaders of the
// statements they stand for, so the field resolvers find them without another round trip.
import { Row } from '../../graph/driver';
import { asProps } from '../types/node-props';
import { entriesOf } from './links';
import { ReadContext, RowShape } from './loaders';

/** Hands the presiders a meetings-page row read for its meetings to the loaders of meeting-presiders and person-presided. */
export function primePagePresiders(ctx: ReadContext, meetingIds: string[], row: Row, parts: { presidersEvidence: boolean; presidersPresided: boolean; presidedEvidence: boolean; presidedBrief: boolean }): void {
  // Rows read without their relationships (or with brief meetings) only answer the fields that ask no more.
  const presidedShape = parts.presidedEvidence ? RowShape.FULL : parts.presidedBrief ? RowShape.BRIEF : RowShape.NO_EVIDENCE;
  const byMeeting = new Map<string, Row[]>(meetingIds.map((id) => [id, []]));
  for (const e of entriesOf(row.presiders)) {
    const meetingId = String(e.meeting);
    byMeeting.get(meetingId)?.push({ key: meetingId, node: e.node, rels: e.rels });
    const personId = asProps(e.node).id;
    if (parts.presidersPresided && typeof personId === 'string') {
      ctx.loaders.prime('api/person-presided', personId, entriesOf(e.presided).map((m) => ({ key: personId, node: m.node, rels: m.rels })), presidedShape);
    }
  }
  for (const [id, rows] of byMeeting) ctx.loaders.prime('api/meeting-presiders', id, rows, parts.presidersEvidence ? RowShape.FULL : RowShape.NO_EVIDENCE);
}

/** Hands the parts of a meeting-detail row to the loaders of the statements they stand for. */
export function primeMeetingDetail(ctx: ReadContext, id: string, row: Row): void {
  ctx.loaders.prime('api/meeting-place', id, entriesOf(row.places).map((node) => ({ key: id, node, rels: [] })));
  ctx.loaders.prime('api/meeting-presiders', id, entriesOf(row.presiders).map((e) => ({ key: id, node: e.node, rels: e.rels })));
  ctx.loaders.prime('api/meeting-elections', id, entriesOf(row.elections).map((e) => ({ key: id, node: e.node, post: e.post, rels: e.rels })));
  ctx.loaders.prime('api/meeting-approved', id, entriesOf(row.approved).map((e) => ({ key: id, node: e.node, rels: e.rels })));
  const presented = entriesOf(row.presented);
  ctx.loaders.prime('api/meeting-presented', id, presented.map((e) => ({ key: id, node: e.node, rels: e.rels })));
  for (const e of presented) {
    const itemId = asProps(e.node).id;
    if (typeof itemId === 'string') ctx.loaders.prime('api/item-reporters', itemId, entriesOf(e.reporters).map((r) => ({ key: itemId, node: r.node, rels: r.rels })));
  }
}
