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
import { electionOf, linked } from '../read/links';
import { pageOf, readPage } from '../read/page';
import { primeMeetingDetail, primePagePresiders } from '../read/prime-meeting';

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
