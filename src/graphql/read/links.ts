// Small helpers shared by the resolvers: fetch a parent's related rows through the
// request's DataLoader for a named statement, and read the columns of those rows.
import { Row } from '../../graph/driver';
import { Native } from '../../graph/values';
import { ReadContext } from './loaders';
import { Election } from '../types/election.type';
import { Evidence } from '../types/evidence.type';
import { Meeting } from '../types/meeting.type';
import { asProps, NodeProps } from '../types/node-props';
import { Person } from '../types/person.type';
import { Post } from '../types/post.type';

/** The rows of `api/<statement>` for one parent id (primed, or batched with the other parents of this tick). */
export function linked(ctx: ReadContext, statement: string, id: string): Promise<Row[]> {
  return ctx.loaders.load(`api/${statement}`, id);
}

/** A property of the first relationship in a row's `rels` (title and mode of ELECTED …). */
export function firstRelProp(rels: Native | undefined, key: string): string | null {
  if (!Array.isArray(rels)) return null;
  for (const rel of rels) {
    if (rel && typeof rel === 'object' && !Array.isArray(rel) && typeof rel[key] === 'string') return rel[key] as string;
  }
  return null;
}

/** Min and max of a date property over a row's `rels` (first/last seen in a post). */
export function dateRange(rels: Native | undefined, key: string): { first: string | null; last: string | null } {
  const dates = (Array.isArray(rels) ? rels : [])
    .map((rel) => (rel && typeof rel === 'object' && !Array.isArray(rel) ? rel[key] : null))
    .filter((d): d is string => typeof d === 'string')
    .map((d) => d.slice(0, 10))
    .sort();
  return { first: dates[0] ?? null, last: dates[dates.length - 1] ?? null };
}

/** The maps of a list column of a *-detail row (none when it is not a list). */
export function entriesOf(value: Native | undefined): NodeProps[] {
  return Array.isArray(value) ? value.map((v) => asProps(v)) : [];
}

/** An Election from a row with `post` and ELECTED `rels` (of person-elected or meeting-elections). */
export function electionOf(person: Person, meeting: Meeting, row: Row): Election {
  return Object.assign(new Election(), {
    person,
    meeting,
    post: row.post ? Post.from(row.post) : null,
    title: firstRelProp(row.rels, 'title'),
    mode: firstRelProp(row.rels, 'mode'),
    evidence: Evidence.fromRelationships(row.rels),
  });
}
