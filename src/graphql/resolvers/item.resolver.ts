// Fields of every MeetingItem (Report, Budget, Project, Resolution, Item): declared once on
// the interface, inherited by each object type.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../context';
import { MeetingItem } from '../types/item.type';
import { Meeting } from '../types/meeting.type';
import { Person } from '../types/person.type';
import { linked } from '../read/links';

@Resolver(() => MeetingItem)
export class MeetingItemResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who delivered it (the first reporter, when there are several).' })
  async reporter(@Root() item: MeetingItem, @Ctx() ctx: RequestContext): Promise<Person | null> {
    return (await this.reporters(item, ctx))[0] ?? null;
  }

  @FieldResolver(() => [Person], { description: 'Everyone who delivered it (each with the REPORTED `evidence`).' })
  async reporters(@Root() item: MeetingItem, @Ctx() ctx: RequestContext): Promise<Person[]> {
    return (await linked(ctx, 'item-reporters', item.id)).map((r) => Person.from(r.node, r.rels));
  }

  @FieldResolver(() => Meeting, { nullable: true, description: 'The meeting it was presented at, else the one that approved it.' })
  async meeting(@Root() item: MeetingItem, @Ctx() ctx: RequestContext): Promise<Meeting | null> {
    const [presented] = await linked(ctx, 'item-presented-at', item.id);
    if (presented) return Meeting.from(presented.node, presented.rels);
    const [approved] = await linked(ctx, 'item-approved-at', item.id);
    return approved ? Meeting.from(approved.node, approved.rels) : null;
  }

  @FieldResolver(() => [Meeting], { description: 'The meetings that approved it (each with the APPROVED `evidence`).' })
  async approvedBy(@Root() item: MeetingItem, @Ctx() ctx: RequestContext): Promise<Meeting[]> {
    return (await linked(ctx, 'item-approved-at', item.id)).map((r) => Meeting.from(r.node, r.rels));
  }
}
