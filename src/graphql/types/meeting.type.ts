import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Native } from '../../graph/values';
import { Evidence } from './evidence.type';
import { asProps, date, num, str } from './node-props';

@ObjectType({ simpleResolvers: true, description: 'A meeting: a congress session, a party congress, a standing-committee session, a work meeting, or one sitting of a session.' })
export class Meeting {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Full name, e.g. 泖港镇第六届人民代表大会第八次会议.' })
  name!: string;

  @Field(() => String, { description: 'congress, party_congress, party_plenum, standing_committee, cppcc, presidium, work_meeting, assembly (议政代表会, 选民代表会议…), mass_organization (团代会, 妇代会), election (村/居委会选举大会), party_members (党员大会) or other.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'The body that meets, e.g. 泖港镇人民代表大会.' })
  body!: string | null;

  @Field(() => Int, { nullable: true, description: '届 (term), when stated.' })
  term!: number | null;

  @Field(() => Int, { nullable: true, description: '次 (session within the term), when stated.' })
  session!: number | null;

  @Field(() => String, { nullable: true, description: 'For a sitting: its name (预备会议, 第一次全体会议 …).' })
  sitting!: string | null;

  @Field(() => String, { nullable: true, description: 'Start date (ISO), when the year can be told.' })
  start!: string | null;

  @Field(() => String, { nullable: true, description: 'End date (ISO), when the year can be told.' })
  end!: string | null;

  @Field(() => String, { nullable: true, description: 'The date as written.' })
  dateText!: string | null;

  @Field(() => [Evidence], { description: 'When reached through a relationship (presided, spokeAt, meetings, …): its evidence. Empty at the top level.' })
  evidence!: Evidence[];

  static from(node: Native | undefined, rels?: Native): Meeting {
    const p = asProps(node);
    return Object.assign(new Meeting(), {
      id: str(p, 'id') ?? '',
      name: str(p, 'name') ?? '',
      kind: str(p, 'kind') ?? 'other',
      body: str(p, 'body'),
      term: num(p, 'term'),
      session: num(p, 'session'),
      sitting: str(p, 'sitting'),
      start: date(p, 'start'),
      end: date(p, 'end'),
      dateText: str(p, 'dateText'),
      evidence: Evidence.fromRelationships(rels),
    });
  }
}

/**
 * The stored properties a brief meeting row leaves out (RowShape.BRIEF: id, name and start
 * only, which is what lists of meetings mostly show), and evidence. A selection of Meeting
 * fields without any of these is answered by a brief row; the fields that follow a
 * relationship (place, presidedBy …) need only the id.
 */
export const MEETING_DETAIL_FIELDS: ReadonlySet<string> = new Set(['kind', 'body', 'term', 'session', 'sitting', 'end', 'dateText', 'evidence']);

export function isBriefMeetingSelection(fields: ReadonlySet<string>): boolean {
  for (const f of fields) if (MEETING_DETAIL_FIELDS.has(f)) return false;
  return true;
}
