import { toArticleRecords } from '../../src/ingest/map';
import { articleId } from '../../src/ingest/keys';
import { townArticle } from '../graph/fixtures/town-article';
import { extract } from '../../src/extract/pipeline';

const spec = { town: '青禾镇', county: '云川县', secretary: '周明远', mayor: '林秀华', term: 7, session: 3, date: '2025-01-08', source: 'a.txt' };

describe('toArticleRecords', () => {
  it('turns local ids into graph ids that agree across articles', () => {
    const a = townArticle(spec);
    const b = townArticle({ ...spec, source: 'b.txt', tail: '另一篇报道。' });
    const ra = toArticleRecords(a, a.result);
    const rb = toArticleRecords(b, b.result);
    expect(ra.article.id).not.toBe(rb.article.id);
    expect(ra.people.map((p) => p.id)).toEqual(rb.people.map((p) => p.id));
    expect(ra.people.map((p) => p.id)).toEqual(['person:青禾镇/周明远', 'person:青禾镇/林秀华']);
    expect(ra.meetings.map((m) => m.id)).toEqual(['meeting:青禾镇/congress/7/3']);
    expect(ra.placeParents).toEqual([{ childId: 'place:青禾镇', parentId: 'place:云川县' }]);
  });

  it('maps every relation to a fact with evidence; REPORTED also gives PRESENTED_AT', () => {
    const a = townArticle(spec);
    const r = toArticleRecords(a, a.result);
    expect(r.facts.map((f) => f.type).sort()).toEqual(['APPROVED', 'ELECTED', 'HOLDS', 'HOLDS', 'PRESENTED_AT', 'PRESIDED', 'REPORTED', 'SPOKE_AT']);
    for (const f of r.facts) {
      expect(f.props.articleId).toBe(articleId(a.text));
      expect(a.text.slice(f.props.start, f.props.end)).toBe(f.props.text);
    }
    const reported = r.facts.find((f) => f.type === 'REPORTED')!;
    expect(reported).toMatchObject({ fromId: 'person:青禾镇/林秀华', toId: 'item:青禾镇/congress/7/3/政府工作报告', itemLabel: 'Report' });
    const approved = r.facts.find((f) => f.type === 'APPROVED')!;
    expect(approved.itemLabel).toBe('Budget');
    expect(r.facts.find((f) => f.type === 'ELECTED')!.props).toMatchObject({ postId: 'post:青禾镇/government/镇长', mode: 'elected' });
  });

  it('dates HOLDS by the electing meeting for a post the person was elected to, else the publication date, else the meeting date, else null', () => {
    const a = townArticle(spec);
    const observed = (published?: string, date: string | null = '2025-01-08') => {
      const x = townArticle({ ...spec, date });
      return toArticleRecords({ ...x, published }, x.result).facts.filter((f) => f.type === 'HOLDS').map((f) => f.props.observed);
    };
    // the secretary is seen on the publication day; the mayor holds the post since the session that elected them
    expect(observed('2025-01-10')).toEqual(['2025-01-10', '2025-01-08']);
    expect(observed(undefined)).toEqual(['2025-01-08', '2025-01-08']);
    expect(observed(undefined, null)).toEqual([null, null]);
    expect(observed('1月10日')).toEqual(['2025-01-08', '2025-01-08']); // not ISO: not trusted
    expect(toArticleRecords(a, a.result).article.published).toBeNull();
  });

  it('files an official whose post is in the county under the county', () => {
    const a = townArticle({ ...spec, countyOfficial: '杨思远' });
    const r = toArticleRecords(a, a.result);
    expect(r.people.map((p) => p.id)).toContain('person:云川县/杨思远');
    expect(r.organizations.map((o) => o.id)).toContain('org:云川县/party_committee');
  });

  it('scopes people to the article when it names no place, so bare names never merge across articles', () => {
    const a = townArticle(spec);
    a.result.places = [];
    a.result.article.placeIds = [];
    for (const o of a.result.organizations) delete o.placeId;
    for (const p of a.result.people) delete p.placeId;
    const r = toArticleRecords(a, a.result);
    const scope = `article-${articleId(a.text).slice('article:'.length)}`;
    expect(r.people[0].id).toBe(`person:${scope}/周明远`);
  });

  it('skips, and reports, a relation that points at nothing', () => {
    const a = townArticle(spec);
    a.result.relations.push({ type: 'PRESIDED', personId: 'person:nobody', meetingId: a.result.meetings[0].id, evidence: a.result.relations[0].evidence });
    const r = toArticleRecords(a, a.result);
    expect(r.skipped).toEqual([expect.stringMatching(/^PRESIDED at \d+-\d+: no person 'person:nobody'/)]);
    expect(r.facts.filter((f) => f.type === 'PRESIDED')).toHaveLength(1);
  });

  it('hangs a post without a named organization on a placeholder of the article place', () => {
    const a = townArticle(spec);
    delete a.result.posts[0].organizationId;
    const r = toArticleRecords(a, a.result);
    expect(r.posts[0].organizationId).toBe('org:青禾镇/other/未知机构');
    expect(r.organizations.map((o) => o.id)).toContain('org:青禾镇/other/未知机构');
  });
  it("never files a district body without a place of its own (区委) as the town's", () => {
    const withDistrict = (county?: string) => {
      const a = townArticle({ ...spec, county });
      a.result.organizations.push({ id: 'org:d', name: '区委', type: 'party_committee' });
      a.result.posts.push({ id: 'post:d', title: '区委副书记', canonical: '区委副书记', organizationId: 'org:d' });
      a.result.people.push({ id: 'person:d', name: '骆青山', mentions: [], flags: [] });
      a.result.relations.push({ type: 'HOLDS', personId: 'person:d', postId: 'post:d', evidence: a.result.relations[0].evidence });
      return toArticleRecords(a, a.result);
    };
    const named = withDistrict('云川区');
    expect(named.organizations.map((o) => o.id)).toEqual(expect.arrayContaining(['org:青禾镇/party_committee', 'org:云川区/party_committee']));
    expect(named.people.map((p) => p.id)).toContain('person:云川区/骆青山');
    const unnamed = withDistrict(undefined);
    expect(unnamed.organizations.map((o) => o.id)).toEqual(expect.arrayContaining(['org:青禾镇/party_committee', 'org:青禾镇/区/party_committee']));
    expect(unnamed.organizations.find((o) => o.id === 'org:青禾镇/区/party_committee')!.placeId).toBeNull();
    expect(unnamed.people.map((p) => p.id)).toContain('person:青禾镇/区/骆青山');
  });

  it('keeps two presidium meetings of one session apart, each under the session', () => {
    const text = '1月6日,青禾镇第七届人民代表大会第三次会议举行主席团第一次会议。会议通过了大会议程。1月7日,大会举行主席团第二次会议,通过了选举办法。';
    const r = toArticleRecords({ text, source: 'presidium.txt' }, extract(text));
    const sittings = r.meetings.filter((m) => m.parentId).map((m) => m.id);
    expect(new Set(sittings).size).toBe(2);
    for (const m of r.meetings.filter((x) => x.parentId)) expect(m.parentId).toBe(r.meetings.find((x) => !x.parentId)!.id);
  });

  it('makes nodes only of the meetings a fact names, and of the sessions their sittings belong to', () => {
    const text = [
      '1月9日,青禾镇第七届人民代表大会第三次会议举行第二次全体会议,镇人大主席周明远主持会议。',
      '会议听取了青禾镇第七届人民代表大会第二次会议代表建议办理情况的报告。',
    ].join('');
    const result = extract(text);
    const named = result.meetings.filter((m) => m.name.endsWith('第二次会议'));
    // (the extraction keeps the meeting it read; the graph does not make a node of it)
    expect(named.length).toBe(1);
    expect(result.relations.some((rel) => rel.meetingId === named[0].id)).toBe(false);
    const r = toArticleRecords({ text, source: 'cited.txt' }, result);
    expect(r.meetings.some((m) => m.name.endsWith('第二次会议'))).toBe(false);
    const sitting = r.meetings.find((m) => m.sitting);
    expect(sitting).toBeDefined();
    expect(r.meetings.find((m) => m.id === sitting!.parentId)?.name).toBe('青禾镇第七届人民代表大会第三次会议');
  });
});

