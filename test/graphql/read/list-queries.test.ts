// Which statement serves a page and the bounds it gets from the filter and the cursor
// (src/graphql/read/list-queries.ts): pure, no database.
import 'reflect-metadata';
import { MeetingsArgs } from '../../../src/graphql/args/meetings.args';
import { PeopleArgs } from '../../../src/graphql/args/people.args';
import { meetingsPageQuery, peoplePageQuery } from '../../../src/graphql/read/list-queries';

const meetings = (filter: object | null, first = 20) => Object.assign(new MeetingsArgs(), { first, filter });
const people = (filter: object | null, first = 20) => Object.assign(new PeopleArgs(), { first, filter });

describe('meetings pages', () => {
  it('start from the place when there is one, else from the start-date index', () => {
    expect(meetingsPageQuery(meetings({ place: '泖港镇' }), null, false).statement).toBe('api/meetings-page-by-place');
    expect(meetingsPageQuery(meetings({ text: '人民代表大会' }), null, false).statement).toBe('api/meetings-page');
  });
  it('narrow the date range to the cursor and read undated meetings only without a date bound', () => {
    const q = meetingsPageQuery(meetings({ from: '2024-01-01', to: '2024-12-31' }), ['2024-06-30', 'meeting:x'], true);
    expect(q.params).toMatchObject({ lower: '2024-01-01', upper: '2024-06-30', afterStart: '2024-06-30', afterId: 'meeting:x', limit: 21 });
    expect(q.undated).toBeUndefined();
    expect(q.count).toBe('api/meetings-count');
    expect(meetingsPageQuery(meetings({ to: '2024-03-01' }), ['2024-06-30', 'meeting:x'], false).params).toMatchObject({ upper: '2024-03-01' });
    const all = meetingsPageQuery(meetings(null), null, false);
    expect(all.params).toMatchObject({ lower: '0001-01-01', upper: '9999-12-31' });
    expect(all.undated).toEqual({ statement: 'api/meetings-page-undated', params: expect.objectContaining({ afterUndatedId: '', limit: 21 }) });
  });
  it('skip the dated part once the cursor is among the undated meetings', () => {
    const q = meetingsPageQuery(meetings(null), [null, 'meeting:y'], false);
    expect(q.statement).toBeNull();
    expect(q.undated?.params).toMatchObject({ afterUndatedId: 'meeting:y' });
  });
  it('count with a statement of their own, except from a place (which counts as it reads)', () => {
    const byPlace = meetingsPageQuery(meetings({ place: 'x' }), null, true);
    expect(byPlace.count).toBeUndefined();
    expect(byPlace.params.withTotal).toBe(true);
    expect(peoplePageQuery(people({ name: '杜劲松' }), null, true).count).toBe('api/people-count-by-name');
    expect(peoplePageQuery(people({ nameContains: '劲松' }), null, true).count).toBe('api/people-count-by-text');
    expect(peoplePageQuery(people({ place: 'x' }), null, true).count).toBeUndefined();
    expect(peoplePageQuery(people(null), null, true).count).toBe('api/people-count');
  });
});

describe('people pages', () => {
  it('seek the exact name first, then the full-text index, then the place, else the name index', () => {
    expect(peoplePageQuery(people({ name: '杜劲松', nameContains: '劲松', place: 'x' }), null, false).statement).toBe('api/people-page-by-name');
    const text = peoplePageQuery(people({ nameContains: '劲松', place: 'x' }), null, false);
    expect(text.statement).toBe('api/people-page-by-text');
    expect(text.params.query).toBe('name:"劲松"');
    // one character, or not Chinese: the cjk bigram index cannot find it
    expect(peoplePageQuery(people({ nameContains: '劲', place: 'x' }), null, false).statement).toBe('api/people-page-by-place');
    expect(peoplePageQuery(people({ nameContains: 'a"b' }), null, false).statement).toBe('api/people-page');
    expect(peoplePageQuery(people({ title: '书记' }), null, false).statement).toBe('api/people-page');
  });
  it('read the name index from the prefix or the cursor, whichever is later, up to the end of the prefix', () => {
    expect(peoplePageQuery(people({ namePrefix: '杜' }), null, false).params).toMatchObject({ lower: '杜', upper: '杜\uffff' });
    expect(peoplePageQuery(people({ namePrefix: '杜' }), ['杜劲松', 'person:a'], false).params).toMatchObject({ lower: '杜劲松', afterName: '杜劲松', afterId: 'person:a' });
    expect(peoplePageQuery(people(null), null, false).params).toMatchObject({ lower: '', upper: '\uffff' });
  });
});
