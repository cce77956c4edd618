// colleagues(person) and interlocks(a, b): who held posts in one organization at the same
// time as someone (from the tenures the career code builds), and who sat in the same
// meetings, over every Person node of each identity, each answer with its evidence.
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { overlappingTenures, PlacedTenure, TenurePair as TenurePairRecord } from '../../careers/colleagues';
import type { Window } from '../../careers/overlap';
import { tenureFromRow } from '../../careers/tenure-row';
import type { Row } from '../../graph/driver';
import type { Native } from '../../graph/values';
import { ColleaguesArgs, InterlocksArgs } from '../args/colleagues.args';
import { RequestContext } from '../context';
import { badInput } from '../errors';
import { Tenure } from '../types/career.type';
import { Colleague, Interlock, SharedMeeting, TenurePair } from '../types/colleague.type';
import { Evidence } from '../types/evidence.type';
import { Meeting } from '../types/meeting.type';

const ROLE_OF_RELATIONSHIP: Record<string, string> = { PRESIDED: 'presided', SPOKE_AT: 'spoke', ATTENDED: 'attended', ELECTED: 'elected', REPORTED: 'reported' };

function rolesOf(rels: Native | undefined): string[] {
  if (!Array.isArray(rels)) return [];
  const roles = rels.map((r) => (r && typeof r === 'object' && !Array.isArray(r) ? ROLE_OF_RELATIONSHIP[String(r._type)] : undefined));
  return [...new Set(roles.filter((r): r is string => r !== undefined))].sort();
}

/** What ties the asked person to each other identity, before ordering. */
interface Ties {
  asked: string | null;
  byIdentity: Map<string, { person: string; name: string; tenures: TenurePair[]; meetings: SharedMeeting[] }>;
}

function toPair(p: TenurePairRecord<Row>): TenurePair {
  return Object.assign(new TenurePair(), {
    organizationId: p.organizationId,
    organizationName: typeof p.asked.row.organizationName === 'string' ? p.asked.row.organizationName : null,
    from: p.from,
    to: p.to,
    mine: Tenure.from(p.asked.row, p.asked.tenure),
    theirs: Tenure.from(p.other.row, p.other.tenure),
  });
}

/** The tenures and meetings `id`'s identity shares with others (only `other`, when given). */
async function tiesOf(ctx: RequestContext, id: string, other: string | null, window: Window): Promise<Ties> {
  const [tenureRows, meetingRows] = await Promise.all([
    ctx.loaders.read('api/colleague-tenures', { id, other }),
    ctx.loaders.read('api/shared-meetings', { id, other, from: window.from, to: window.to }),
  ]);
  const asked = String(tenureRows[0]?.asked ?? meetingRows[0]?.asked ?? '') || null;
  const ties: Ties = { asked, byIdentity: new Map() };
  if (!asked) return ties;
  const tieWith = (identity: string, person: string, name: string) => {
    let tie = ties.byIdentity.get(identity);
    if (!tie) ties.byIdentity.set(identity, (tie = { person, name, tenures: [], meetings: [] }));
    if (person < tie.person) tie.person = person;
    return tie;
  };

  const placed: PlacedTenure<Row>[] = tenureRows.map((row) => ({
    identity: String(row.identity),
    postId: String(row.postId),
    organizationId: String(row.organizationId),
    tenure: tenureFromRow(row),
    row,
  }));
  for (const pair of overlappingTenures(asked, placed, window)) {
    tieWith(pair.other.identity, String(pair.other.row.personId), String(pair.other.row.name)).tenures.push(toPair(pair));
  }
  for (const row of meetingRows) {
    tieWith(String(row.identity), String(row.personId), String(row.name)).meetings.push(
      Object.assign(new SharedMeeting(), {
        meeting: Meeting.from(row.meeting),
        myRoles: rolesOf(row.mine),
        theirRoles: rolesOf(row.theirs),
        myEvidence: Evidence.fromRelationships(row.mine),
        theirEvidence: Evidence.fromRelationships(row.theirs),
      }),
    );
  }
  return ties;
}

@Resolver()
export class ColleaguesResolver {
  @Query(() => [Colleague], {
    description:
      'People who held posts in one organization at the same time as the person (overlapping tenures), or sat in the same meetings (presided, spoke, attended, were elected, reported), within from–to when given; one per identity, the most tied first, each with its evidence. Empty when there is no such person.',
  })
  async colleagues(@Args(() => ColleaguesArgs) args: ColleaguesArgs, @Ctx() ctx: RequestContext): Promise<Colleague[]> {
    const window = { from: args.from ?? null, to: args.to ?? null };
    if (window.from && window.to && window.from > window.to) throw badInput(`from (${window.from}) is after to (${window.to})`);
    const ties = await tiesOf(ctx, args.person, null, window);
    const colleagues = [...ties.byIdentity].map(([identity, tie]) => Object.assign(new Colleague(), { identity, ...tie }));
    const weight = (c: Colleague) => c.tenures.length + c.meetings.length;
    colleagues.sort((x, y) => weight(y) - weight(x) || x.name.localeCompare(y.name) || x.identity.localeCompare(y.identity));
    return colleagues.slice(0, args.first);
  }

  @Query(() => Interlock, {
    nullable: true,
    description: 'The organizations where both people held posts at the same time (with both tenures) and the meetings they sat in together, each with its evidence; null when either is no person.',
  })
  async interlocks(@Args(() => InterlocksArgs) args: InterlocksArgs, @Ctx() ctx: RequestContext): Promise<Interlock | null> {
    const [a, b] = await Promise.all([ctx.loaders.one('api/person-identities', args.a), ctx.loaders.one('api/person-identities', args.b)]);
    if (!a || !b) return null;
    const [identityA, identityB] = [String(a.identity), String(b.identity)];
    if (identityA === identityB) throw badInput(`a and b are one person (identity ${identityA}); give two different people`);
    const tie = (await tiesOf(ctx, args.a, identityB, { from: null, to: null })).byIdentity.get(identityB);
    return Object.assign(new Interlock(), { a: identityA, b: identityB, tenures: tie?.tenures ?? [], meetings: tie?.meetings ?? [] });
  }
}
