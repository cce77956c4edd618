import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { PeopleArgs } from '../args/people.args';
import { RequestContext } from '../context';
import { decodeCursor } from '../cursor';
import { mapNow, RowShape } from '../read/loaders';
import { selectedFields } from '../selection';
import { PersonConnection } from '../types/connection.type';
import { Election } from '../types/election.type';
import { FactKind } from '../types/enums';
import { Evidence } from '../types/evidence.type';
import { PostHolding } from '../types/holding.type';
import { MeetingItem } from '../types/item.type';
import { isBriefMeetingSelection, Meeting } from '../types/meeting.type';
import { Person } from '../types/person.type';
import { Place } from '../types/place.type';
import { Post } from '../types/post.type';
import { TimelineEntry } from '../types/timeline.type';
import { asProps, labels } from '../types/node-props';
import { dateRange, electionOf, linked } from '../read/links';
import { peoplePageQuery } from '../read/list-queries';
import { pageOf, readPage } from '../read/page';
import { primeHoldings, primePersonDetail, type PersonDetailParts } from '../read/prime-person';

const FACT_KINDS: ReadonlySet<string> = new Set(Object.values(FactKind));

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'A person by id (null when there is none).' })
  async person(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Person | null> {
    // One round trip for the person and the parts of them the query selects (posts,
    // presided, reported, spokeAt, elected, timeline: see person-detail.cypher).
    const parts = detailParts(selectedFields(info));
    const row = await ctx.loaders.one('api/person-detail', id, { parts });
    if (!row) return null;
    primePersonDetail(ctx, id, row, parts);
    return Person.from(row.node);
  }

  @Query(() => PersonConnection, { description: 'People, by name then id; filter by exact name, part or beginning of the name, place or post title.' })
  async people(@Args(() => PeopleArgs) args: PeopleArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<PersonConnection> {
    const after = decodeCursor('people', args.after);
    const withTotal = selectedFields(info).has('totalCount');
    const q = peoplePageQuery(args, after, withTotal);
    const parts = detailParts(selectedFields(info, ['edges', 'node']));
    // Posts come with the page when selected; the other parts of the page's people in one
    // more statement (person-detail, for all of them), not one per field.
    const holdingsEvidence = selectedFields(info, ['edges', 'node', 'posts']).has('evidence');
    const row = await readPage(ctx, q, { parts: { holdings: parts.holdings, holdingsEvidence } }, withTotal);
    const page = pageOf(row, 'people', after !== null, args.first, (node) => Person.from(node));
    const ids = page.edges.map((e) => e.node.id);
    if (parts.holdings) primeHoldings(ctx, ids, row.holdings, holdingsEvidence ? RowShape.FULL : RowShape.NO_EVIDENCE);
    parts.holdings = false;
    if (ids.length && Object.values(parts).some(Boolean)) {
      const rows = await ctx.loaders.rows('api/person-detail', { parts }).loadMany(ids);
      rows.forEach((r, i) => {
        if (Array.isArray(r) && r[0]) primePersonDetail(ctx, ids[i], r[0], parts);
      });
    }
    return page;
  }

  @FieldResolver(() => [Place], { description: "Where the person is seen: their posts' jurisdictions and their meetings' places." })
  async places(@Root() person: Person, @Ctx() ctx: RequestContext): Promise<Place[]> {
    return (await linked(ctx, 'person-places', person.id)).map((r) => Place.from(r.node));
  }

  @FieldResolver(() => [PostHolding], { description: 'Every post the person holds, with first and last seen.' })
  posts(@Root() person: Person, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): PostHolding[] | Promise<PostHolding[]> {
    const shape = selectedFields(info).has('evidence') ? RowShape.FULL : RowShape.NO_EVIDENCE;
    return mapNow(ctx.loaders.loadNow('api/person-holdings', person.id, shape), (rows) => rows.map((r) => {
      const post = Post.from(r.node);
      const seen = dateRange(r.rels, 'observed');
      return Object.assign(new PostHolding(), { post, title: post.title, firstSeen: seen.first, lastSeen: seen.last, evidence: Evidence.fromRelationships(r.rels) });
    }));
  }

  @FieldResolver(() => [Meeting], { description: 'Meetings the person presided over (each with `evidence`).' })
  presided(@Root() person: Person, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Meeting[] | Promise<Meeting[]> {
    const fields = selectedFields(info);
    const shape = fields.has('evidence') ? RowShape.FULL : isBriefMeetingSelection(fields) ? RowShape.BRIEF : RowShape.NO_EVIDENCE;
    return mapNow(ctx.loaders.loadNow('api/person-presided', person.id, shape), (rows) => rows.map((r) => Meeting.from(r.node, r.rels)));
  }

  @FieldResolver(() => [MeetingItem], { description: 'What the person reported (each with `evidence` and its `meeting`).' })
  async reported(@Root() person: Person, @Ctx() ctx: RequestContext): Promise<MeetingItem[]> {
    return (await linked(ctx, 'person-reported', person.id)).map((r) => MeetingItem.from(r.node, r.rels));
  }

  @FieldResolver(() => [Election], { description: 'Where and to which post the person was elected or appointed.' })
  async elected(@Root() person: Person, @Ctx() ctx: RequestContext): Promise<Election[]> {
    return (await linked(ctx, 'person-elected', person.id)).map((r) => electionOf(person, Meeting.from(r.node), r));
  }

  @FieldResolver(() => [Meeting], { description: 'Meetings the person spoke at (each with `evidence`).' })
  async spokeAt(@Root() person: Person, @Ctx() ctx: RequestContext): Promise<Meeting[]> {
    return (await linked(ctx, 'person-spoke', person.id)).map((r) => Meeting.from(r.node, r.rels));
  }

  @FieldResolver(() => [Meeting], { description: 'Every meeting the person took part in, in any role, oldest first.' })
  async meetings(@Root() person: Person, @Ctx() ctx: RequestContext): Promise<Meeting[]> {
    return (await linked(ctx, 'person-meetings', person.id)).map((r) => Meeting.from(r.node, r.rels));
  }

  @FieldResolver(() => [TimelineEntry], { description: 'Every fact about the person in date order (undated facts last).' })
  async timeline(@Root() person: Person, @Ctx() ctx: RequestContext): Promise<TimelineEntry[]> {
    return (await linked(ctx, 'person-timeline', person.id)).map((r) => {
      const kind = FACT_KINDS.has(String(r.kind)) ? (r.kind as FactKind) : FactKind.ATTENDED;
      const meeting = r.meeting ? Meeting.from(r.meeting) : null;
      const subjectLabels = labels(asProps(r.subject));
      const post = r.subject && subjectLabels.includes('Post') ? Post.from(r.subject) : null;
      const item = r.subject && !post ? MeetingItem.from(r.subject) : null;
      const what = [post?.title, item?.title, meeting?.name].filter(Boolean).join(' · ');
      return Object.assign(new TimelineEntry(), {
        date: typeof r.date === 'string' ? r.date.slice(0, 10) : null,
        kind,
        meeting,
        post,
        item,
        summary: `${kind} ${what}`.trim(),
        evidence: Evidence.fromRelationships([r.rel]),
      });
    });
  }
}


function detailParts(fields: ReadonlySet<string>): PersonDetailParts {
  return {
    holdings: fields.has('posts'),
    presided: fields.has('presided'),
    spokeAt: fields.has('spokeAt'),
    reported: fields.has('reported'),
    elected: fields.has('elected'),
    timeline: fields.has('timeline'),
  };
}
