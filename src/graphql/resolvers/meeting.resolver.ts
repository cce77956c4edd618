import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { MeetingsArgs } from '../args/meetings.args';
import { RequestContext } from '../context';
import { decodeCursor } from '../cursor';
import { mapNow, RowShape } from '../read/loaders';
import { selectedFields } from '../selection';
import { meetingsPageQuery } from '../read/list-queries';
import { Article } from '../types/article.type';
import { MeetingConnection } from '../types/connection.type';
import { Election } from '../types/election.type';
import { MeetingItem, Report } from '../types/item.type';
import { isBriefMeetingSelection, Meeting } from '../types/meeting.type';
import { Person } from '../types/person.type';
import { Place } from '../types/place.type';
import { Row } from '../../graph/driver';
import { asProps } from '../types/node-props';
import { electionOf, entriesOf, linked } from '../read/links';
import { pageOf, readPage } from '../read/page';

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, { nullable: true, description: 'A meeting by id (null when there is none).' })
  async meeting(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Meeting | null> {
    // One round trip for the meeting and its usual relationships (see meeting-detail.cypher).
    const row = await ctx.loaders.one('api/meeting-detail', id);
    if (!row) return null;
    primeMeetingDetail(ctx, id, row);
    return Meeting.from(row.node);
  }

  @Query(() => MeetingConnection, { description: 'Meetings, newest first; filter by text, place and dates.' })
  async meetings(@Args(() => MeetingsArgs) args: MeetingsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<MeetingConnection> {
    const after = decodeCursor('meetings', args.after);
    const withTotal = selectedFields(info).has('totalCount');
    const q = meetingsPageQuery(args, after, withTotal);
    // The presiders of the page (and what they presided) come with the page when selected.
    // Meetings come as brief rows (id, name, start) when the query asks no more of them.
    const nodeFields = selectedFields(info, ['edges', 'node']);
    const presiderFields = selectedFields(info, ['edges', 'node', 'presidedBy']);
    const presidedFields = selectedFields(info, ['edges', 'node', 'presidedBy', 'presided']);
    const parts = {
      pageBrief: isBriefMeetingSelection(nodeFields),
      presiders: nodeFields.has('presidedBy'),
      presidersEvidence: presiderFields.has('evidence'),
      presidersPresided: presiderFields.has('presided'),
      presidedEvidence: presidedFields.has('evidence'),
      presidedBrief: isBriefMeetingSelection(presidedFields),
    };
    const row = await readPage(ctx, q, { parts }, withTotal);
    const page = pageOf(row, 'meetings', after !== null, args.first, (node) => Meeting.from(node));
    if (parts.presiders) primePagePresiders(ctx, page.edges.slice(0, Number(row.pageRead)).map((e) => e.node.id), row, parts);
    return page;
  }

  @FieldResolver(() => Place, { nullable: true, description: "Where the meeting's body sits." })
  async place(@Root() meeting: Meeting, @Ctx() ctx: RequestContext): Promise<Place | null> {
    const [row] = await linked(ctx, 'meeting-place', meeting.id);
    return row ? Place.from(row.node) : null;
  }

  @FieldResolver(() => [Person], { description: 'Who presided over the meeting or one of its sittings (each with the `evidence`).' })
  presidedBy(@Root() meeting: Meeting, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Person[] | Promise<Person[]> {
    const rows = ctx.loaders.loadNow('api/meeting-presiders', meeting.id, selectedFields(info).has('evidence') ? RowShape.FULL : RowShape.NO_EVIDENCE);
    return mapNow(rows, (list) => list.map((r) => Person.from(r.node, r.rels)));
  }

  @FieldResolver(() => [Report], { description: 'The reports presented (see `presented` for budgets and other items too); each has its `reporter`.' })
  async reports(@Root() meeting: Meeting, @Ctx() ctx: RequestContext): Promise<MeetingItem[]> {
    return (await this.presented(meeting, ctx)).filter((item) => item.typeName === 'Report');
  }

  @FieldResolver(() => [MeetingItem], { description: 'Everything presented at the meeting: reports, budgets, … (each with the PRESENTED_AT `evidence`).' })
  async presented(@Root() meeting: Meeting, @Ctx() ctx: RequestContext): Promise<MeetingItem[]> {
    return (await linked(ctx, 'meeting-presented', meeting.id)).map((r) => MeetingItem.from(r.node, r.rels));
  }

  @FieldResolver(() => [Election], { description: 'Who was elected (or appointed) to which post.' })
  async elections(@Root() meeting: Meeting, @Ctx() ctx: RequestContext): Promise<Election[]> {
    return (await linked(ctx, 'meeting-elections', meeting.id)).map((r) => electionOf(Person.from(r.node), meeting, r));
  }

  @FieldResolver(() => [MeetingItem], { description: 'Everything the meeting approved (each with the APPROVED `evidence`).' })
  async approved(@Root() meeting: Meeting, @Ctx() ctx: RequestContext): Promise<MeetingItem[]> {
    return (await linked(ctx, 'meeting-approved', meeting.id)).map((r) => MeetingItem.from(r.node, r.rels));
  }

  @FieldResolver(() => [Person], { description: 'Who spoke at the meeting or one of its sittings (each with the `evidence`).' })
  async speakers(@Root() meeting: Meeting, @Ctx() ctx: RequestContext): Promise<Person[]> {
    return (await linked(ctx, 'meeting-speakers', meeting.id)).map((r) => Person.from(r.node, r.rels));
  }

  @FieldResolver(() => [Person], { description: 'Who attended the meeting or one of its sittings (each with the `evidence`).' })
  async attendees(@Root() meeting: Meeting, @Ctx() ctx: RequestContext): Promise<Person[]> {
    return (await linked(ctx, 'meeting-attendees', meeting.id)).map((r) => Person.from(r.node, r.rels));
  }

  @FieldResolver(() => [Meeting], { description: 'The sittings of this session (预备会议, 全体会议, 闭幕会 …).' })
  async sittings(@Root() meeting: Meeting, @Ctx() ctx: RequestContext): Promise<Meeting[]> {
    return (await linked(ctx, 'meeting-sittings', meeting.id)).map((r) => Meeting.from(r.node));
  }

  @FieldResolver(() => Meeting, { nullable: true, description: 'For a sitting: the session it is part of.' })
  async partOf(@Root() meeting: Meeting, @Ctx() ctx: RequestContext): Promise<Meeting | null> {
    const [row] = await linked(ctx, 'meeting-session', meeting.id);
    return row ? Meeting.from(row.node) : null;
  }

  @FieldResolver(() => [Article], { description: 'The articles that mention the meeting, newest first.' })
  async articles(@Root() meeting: Meeting, @Ctx() ctx: RequestContext): Promise<Article[]> {
    return (await linked(ctx, 'meeting-articles', meeting.id)).map((r) => Article.from(r.node));
  }
}

/** Hands the presiders a meetings-page row read for its meetings to the loaders of meeting-presiders and person-presided. */
function primePagePresiders(ctx: RequestContext, meetingIds: string[], row: Row, parts: { presidersEvidence: boolean; presidersPresided: boolean; presidedEvidence: boolean; presidedBrief: boolean }): void {
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
function primeMeetingDetail(ctx: RequestContext, id: string, row: Row): void {
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
