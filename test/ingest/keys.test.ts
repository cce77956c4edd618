import { articleId, itemId, itemLabel, meetingId, normaliseTitle, organizationId, personId, placeId, postId, scopeKey, sittingId } from '../../src/ingest/keys';

describe('natural keys', () => {
  it('gives the same text the same article id, and any change another', () => {
    expect(articleId('会议召开。')).toMatch(/^article:[0-9a-f]{16}$/);
    expect(articleId('会议召开。')).toBe(articleId('会议召开。'));
    expect(articleId('会议召开。')).not.toBe(articleId('会议召开了。'));
  });

  it('keys a division by its code, other places by name (under a known parent; villages always under theirs)', () => {
    // a division is its code, whatever the article calls it
    expect(placeId({ name: '泖港镇', code: '310117109' })).toBe('place:310117109');
    expect(placeId({ name: '泖港', code: '310117109' }, '310117')).toBe(placeId({ name: '泖港镇', code: '310117109' }));
    // two namesakes under different parents stay apart; a name alone is keyed by name
    expect(placeId({ name: '新村' }, '青禾镇')).toBe('place:青禾镇/新村');
    expect(placeId({ name: '新村' }, '白石镇')).not.toBe(placeId({ name: '新村' }, '青禾镇'));
    expect(placeId({ name: '青禾镇' })).toBe('place:青禾镇');
  });

  it('keys a person by jurisdiction and name: namesakes in two towns differ', () => {
    expect(personId('青禾镇', '周明远')).toBe('person:青禾镇/周明远');
    expect(personId('白石镇', '周明远')).not.toBe(personId('青禾镇', '周明远'));
    expect(personId('青禾镇', ' 周 明远 ')).toBe(personId('青禾镇', '周明远'));
  });

  it('scopes entities of an article that names no place to that article', () => {
    expect(scopeKey('place:青禾镇', 'article:0123456789abcdef')).toBe('青禾镇');
    expect(scopeKey(undefined, 'article:0123456789abcdef')).toBe('article-0123456789abcdef');
  });

  it('keys organizations by place and type, posts by organization and canonical title', () => {
    const party = organizationId('青禾镇', 'party_committee', '青禾镇党委');
    expect(party).toBe(organizationId('青禾镇', 'party_committee', '中共青禾镇委员会'));
    expect(organizationId('青禾镇', 'other', '甲')).not.toBe(organizationId('青禾镇', 'other', '乙'));
    expect(postId(party, '党委书记')).toBe('post:青禾镇/party_committee/党委书记');
  });

  it('keys a session by place, kind, term and session; a sitting under its session', () => {
    const parts = { kind: 'congress' as const, term: 7, session: 3, name: '不同的写法', start: null };
    const session = meetingId('青禾镇', parts);
    expect(session).toBe('meeting:青禾镇/congress/7/3');
    expect(meetingId('青禾镇', { ...parts, name: '另一种写法', start: '2025-01-08' })).toBe(session);
    expect(sittingId(session, '第一次全体会议')).toBe('meeting:青禾镇/congress/7/3/第一次全体会议');
  });

  it('keys an unnumbered meeting by its date, else its name', () => {
    expect(meetingId('青禾镇', { kind: 'work_meeting', name: '年度工作会', start: '2024-12-04' })).toBe('meeting:青禾镇/work_meeting/2024-12-04');
    expect(meetingId('青禾镇', { kind: 'work_meeting', name: '《年度 工作会》', start: null })).toBe('meeting:青禾镇/work_meeting/年度工作会');
  });

  it('keys items under their meeting, ignoring spaces and book-title marks; one label per kind', () => {
    expect(normaliseTitle('《政府 工作报告》')).toBe('政府工作报告');
    expect(itemId('meeting:青禾镇/congress/7/3', '《政府工作报告》')).toBe('item:青禾镇/congress/7/3/政府工作报告');
    expect(itemLabel('budget')).toBe('Budget');
    expect(itemLabel('other')).toBe('Item');
  });

  it('never lets a name add a key level', () => {
    expect(personId('青禾镇', 'a/b')).toBe('person:青禾镇/a／b');
  });
});
