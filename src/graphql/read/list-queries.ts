// Which named statement serves a page of meetings or people, and its parameters. Each
// statement of cypher/api/*-page*.cypher starts from one index (the filter that can seek
// best) and applies the other filters to what it reads, so every filter combination works
// in each; this file only picks the start and turns the cursor's sort key into bounds.
// Pure: unit-tested without a database.
import { MeetingsArgs } from '../args/meetings.args';
import { PeopleArgs } from '../args/people.args';
import { SortKey } from '../cursor';
import { merged } from '../../graph/merged';

export interface PageQuery {
  /** The page statement (null when the cursor is past all it can read: only the undated part is left). */
  statement: string | null;
  params: Record<string, unknown>;
  /**
   * The statement that counts every match for totalCount, with the same parameters; absent
   * where the page statement counts while it reads (the by-place statements, $withTotal).
   */
  count?: string;
  /** Meetings: the undated part, read after the dated page when that leaves room. */
  undated?: { statement: string; params: Record<string, unknown> };
}

const FIRST_DAY = '0001-01-01';
const LAST_DAY = '9999-12-31';
/** Sorts after every name (names are text of the Basic Multilingual Plane). */
const AFTER_ALL_TEXT = '\uffff';

/**
 * Meetings: newest first, undated last. A place starts from the place (which orders and
 * counts what it finds); else the start-date index, then the undated meetings by id when
 * no date bound excludes them.
 */
export function meetingsPageQuery(args: MeetingsArgs, after: SortKey | null, withTotal: boolean): PageQuery {
  const f = args.filter;
  const common = {
    text: f?.text || null,
    place: f?.place || null,
    from: f?.from ?? null,
    to: f?.to ?? null,
    includeSittings: f?.includeSittings ?? false,
    afterStart: after?.[0] ?? null,
    afterId: after?.[1] ?? null,
    limit: args.first + 1,
    withTotal,
  };
  if (common.place) return { statement: 'api/meetings-page-by-place', params: common };
  const inUndatedPart = after !== null && after[0] === null;
  // Undated meetings fall outside any date bound.
  const undated =
    common.from === null && common.to === null
      ? { statement: 'api/meetings-page-undated', params: { text: common.text, includeSittings: common.includeSittings, afterUndatedId: inUndatedPart ? after[1] : '', limit: common.limit } }
      : undefined;
  // The dated part: [from, min(to, the cursor's date)], none once the cursor has reached
  // the undated meetings.
  const upper = [common.to ?? LAST_DAY, after?.[0] ?? LAST_DAY].sort()[0];
  return {
    statement: inUndatedPart ? null : 'api/meetings-page',
    params: merged(common, { lower: common.from ?? FIRST_DAY, upper }),
    count: 'api/meetings-count',
    undated,
  };
}

/** Two or more Chinese characters: what the cjk full-text index (bigrams) can find. */
const FULL_TEXT_SEARCHABLE = /^\p{Script=Han}{2,}$/u;

/**
 * People: by name, then id. The exact name seeks the name index; a part of the name the
 * full-text index; a place starts from the place; else the name index in order (from the
 * prefix, when given).
 */
export function peoplePageQuery(args: PeopleArgs, after: SortKey | null, withTotal: boolean): PageQuery {
  const f = args.filter;
  const common = {
    name: f?.name ?? null,
    nameContains: f?.nameContains ?? null,
    prefix: f?.namePrefix ?? null,
    place: f?.place || null,
    title: f?.title || null,
    afterName: after?.[0] ?? null,
    afterId: after?.[1] ?? null,
    limit: args.first + 1,
    withTotal,
  };
  if (common.name !== null) return { statement: 'api/people-page-by-name', params: common, count: 'api/people-count-by-name' };
  if (common.nameContains !== null && FULL_TEXT_SEARCHABLE.test(common.nameContains)) {
    return { statement: 'api/people-page-by-text', params: merged(common, { query: `name:"${common.nameContains}"` }), count: 'api/people-count-by-text' };
  }
  if (common.place) return { statement: 'api/people-page-by-place', params: common };
  const prefix = common.prefix ?? '';
  const afterName = common.afterName ?? '';
  return {
    statement: 'api/people-page',
    params: merged(common, { lower: afterName > prefix ? afterName : prefix, upper: prefix ? prefix + AFTER_ALL_TEXT : AFTER_ALL_TEXT }),
    count: 'api/people-count',
  };
}
