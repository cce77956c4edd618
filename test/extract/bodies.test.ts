// Bodies and posts at their own level: a county body named in a town's article is the
// county's, a bare post takes the body named before it, and a body's term or long name does
// not make another post. Invented articles and names.
import { bodyBefore, bodyForm, bodyOfListedLine, communityOf, leadingArticlePlace, namedOffice, representedBody } from '../../src/extract/bodies';
import { ORGANIZATION_ENDINGS } from '../../src/extract/lexicon/organizations';
import { analysePost } from '../../src/extract/result';
import { extract } from '../../src/extract/pipeline';
import type { ExtractionResult } from '../../src/extract/types';

const TOWN_ARTICLE =
  '1月9日,青岭镇第九届人民代表大会第四次会议开幕。镇党委书记罗慕远主持会议。' +
  '县委常委、宣传部长苗知秋,县人大常委会副主任钱望舒,副主任孔令尧、钟书亭到会指导。' +
  '青岭镇第九届人大主席汤若谷作人大主席团工作报告。会议选举童南山为青岭镇人民政府镇长。';

/** post title as written → organization id and name, for the posts of one result. */
function postsOf(result: ExtractionResult): Record<string, { org?: string; orgName?: string; canonical: string }> {
  const orgs = new Map(result.organizations.map((o) => [o.id, o]));
  return Object.fromEntries(result.posts.map((p) => [p.title, { org: p.organizationId, orgName: orgs.get(p.organizationId ?? '')?.name, canonical: p.canonical }]));
}

describe('a body at its own level', () => {
  it('files a county body named in a town article under the county, not the town', () => {
    const result = extract(TOWN_ARTICLE);
    const posts = postsOf(result);
    const townCommittee = posts['镇党委书记'].org;
    expect(posts['县委常委'].org).not.toBe(townCommittee);
    expect(posts['县人大常委会副主任'].org).not.toBe(townCommittee);
    // the town's own committee keeps the town's name, not the county body's
    expect(posts['镇党委书记'].orgName).toBe('镇党委');
    // the county body carries no place of the article's (the graph puts it in the county)
    const countyCommittee = result.organizations.find((o) => o.id === posts['县委常委'].org)!;
    expect(countyCommittee).toMatchObject({ name: '县委', type: 'party_committee' });
    expect(countyCommittee.placeId).toBeUndefined();
  });

  it('reads a head of government of another level as that level’s government', () => {
    expect(analysePost('副县长', '青岭镇')).toMatchObject({ orgName: '县人民政府', orgType: 'government', otherLevel: '县' });
    expect(analysePost('副镇长', '青岭镇')).not.toHaveProperty('otherLevel');
    expect(analysePost('县委书记', '白石县')).not.toHaveProperty('otherLevel');
  });
});

describe('a post written without its body', () => {
  it('takes the body named before it in the sentence', () => {
    expect(bodyBefore('县人大常委会主任钱望舒,', '副主任', ORGANIZATION_ENDINGS)).toBe('县人大常委会');
    expect(bodyBefore('区委常委、', '组织部部长', ORGANIZATION_ENDINGS)).toBe('区委');
    // a meeting's own roles belong to no body
    expect(bodyBefore('县委书记钱望舒,', '大会执行主席', ORGANIZATION_ENDINGS)).toBeUndefined();
    expect(bodyBefore('会议由', '主任', ORGANIZATION_ENDINGS)).toBeUndefined();
  });

  it('reads past a bare post after a name or verb to the body the list was elected into', () => {
    const list = '全会选举产生七届县委常委会,林远舟当选书记,贺临川、祝晚晴当选';
    expect(bodyBefore(list, '副书记', ORGANIZATION_ENDINGS)).toBe('七届县委');
    expect(bodyBefore('会议选举苗知秋为白石县人大常委会主任,钟书亭为副主任,孔令尧为', '秘书长', ORGANIZATION_ENDINGS)).toBe('白石县人大常委会');
    // a head of government between them names a body of its own, not the bare post's
    expect(bodyBefore('镇党委委员、副镇长苗知秋,', '委员', ORGANIZATION_ENDINGS)).toBeUndefined();
  });

  it('gives a party committee’s own role the party body named before it, past the other posts of the list', () => {
    expect(bodyBefore('镇党委委员、副镇长苗知秋,', '组织委员', ORGANIZATION_ENDINGS)).toBe('镇党委');
    expect(bodyBefore('青岭镇党委副书记钱望舒,镇人大主席孔令尧,', '宣传委员', ORGANIZATION_ENDINGS)).toBe('青岭镇党委');
    // no party body before it: none is made up
    expect(bodyBefore('镇人大主席孔令尧、副镇长苗知秋,', '组织委员', ORGANIZATION_ENDINGS)).toBeUndefined();
  });

  it('files the deputies elected with a secretary on the committee whose standing committee was elected, in either way of writing it', () => {
    const plenum = '3月2日,中共青山市第九届委员会第一次全体会议召开。';
    for (const election of [
      '会议选举产生九届市委常委会,林远舟当选书记,贺临川、祝晚晴当选副书记。',
      '全会选举产生了中共青山市第九届委员会常务委员会,选举林远舟为书记,贺临川、祝晚晴为副书记。',
      '会议选举产生市委第九届常务委员会,林远舟当选为书记,贺临川、祝晚晴当选为副书记。',
    ]) {
      const result = extract(plenum + election);
      const deputy = result.relations.find((r) => r.type === 'HOLDS' && r.personId === 'person:祝晚晴')!;
      const post = result.posts.find((p) => p.id === deputy.postId)!;
      expect(post.canonical).toBe('市委副书记');
      expect(result.organizations.find((o) => o.id === post.organizationId)).toMatchObject({ type: 'party_committee', placeId: 'place:青山市' });
    }
  });

  it('puts the 副主任 of a standing committee’s list on that committee, not on an unknown body', () => {
    const result = extract(TOWN_ARTICLE);
    const postOf = (name: string) => result.relations.filter((r) => r.type === 'HOLDS' && r.personId === `person:${name}`).map((r) => r.postId!);
    const orgOf = (postId: string) => result.posts.find((p) => p.id === postId)!.organizationId;
    // 副主任孔令尧 holds the post 副主任钱望舒 holds, in the county's standing committee
    expect(postOf('孔令尧')).toEqual(postOf('钱望舒'));
    expect(result.organizations.find((o) => o.id === orgOf(postOf('孔令尧')[0]))!.name).toBe('县人大常委会');
    // 县委常委、宣传部长苗知秋: both posts of the county committee
    expect(new Set(postOf('苗知秋').map(orgOf))).toEqual(new Set([postsOf(result)['县委常委'].org]));
  });
});

describe('one post, one body', () => {
  it('leaves the term out of a post and its body', () => {
    expect(bodyForm('青岭镇第九届人大主席')).toBe('青岭镇人大主席');
    expect(bodyForm('县十六届人大常委会副主任')).toBe('县人大常委会副主任');
    const posts = postsOf(extract(TOWN_ARTICLE));
    expect(posts['青岭镇第九届人大主席']).toMatchObject({ canonical: '人大主席' });
  });

  it('leaves a caption’s picture number and a report’s name run on from the line before out, and reads 该镇/本县 as the article’s own division', () => {
    expect(bodyForm('图2青岭镇镇长')).toBe('青岭镇镇长');
    expect(bodyForm('图为镇党委书记')).toBe('镇党委书记');
    expect(bodyForm('该镇镇长')).toBe('镇长');
    expect(bodyForm('本县县委副书记')).toBe('县委副书记');
    expect(bodyForm('该镇党委委员')).toBe('镇党委委员');
    // (a word that starts with 图 or 本 is no caption and no demonstrative)
    expect(bodyForm('图书馆馆长')).toBe('图书馆馆长');
    expect(bodyForm('同志作街道办事处工作报告青岭街道人大工委主任')).toBe('青岭街道人大工委主任');
    expect(bodyForm('宣讲报告团团长')).toBe('宣讲报告团团长');
    expect(analysePost('该镇镇长', '青岭镇', ['青岭镇'])).toEqual(analysePost('镇长', '青岭镇', ['青岭镇']));
    expect(analysePost('该镇镇长', '青岭镇', ['青岭镇'])).toMatchObject({ orgType: 'government', canonical: '镇长' });
    expect(analysePost('图3青岭镇镇长', '青岭镇', ['青岭镇'])).toMatchObject({ orgType: 'government', canonical: '镇长', place: '青岭镇' });
  });

  it('reads the long names of the CPPCC, the party committee and the standing committee as the short ones', () => {
    expect(bodyForm('中国人民政治协商会议白石县第八届委员会副主席')).toBe('白石县政协副主席');
    expect(bodyForm('政协白石县委员会秘书长')).toBe('白石县政协秘书长');
    expect(bodyForm('白石县人民代表大会常务委员会主任')).toBe('白石县人大常委会主任');
    expect(bodyForm('中共白石县第八届委员会副书记')).toBe('中共白石县委副书记');
    expect(bodyForm('中共白石县委员会委员')).toBe('中共白石县委委员');
    // another committee of the party is no party committee
    expect(bodyForm('中共白石县纪律检查委员会书记')).toBe('中共白石县纪律检查委员会书记');
  });

  it('reads a title’s place against the article’s places first (a township whose name holds 旗)', () => {
    expect(leadingArticlePlace('红旗乡人大主席', ['红旗乡'])).toEqual({ written: '红旗乡', place: '红旗乡' });
    expect(analysePost('红旗乡人大主席', '红旗乡', ['红旗乡'])).toMatchObject({ canonical: '人大主席', place: '红旗乡' });
    // …so that 乡人大主席 and 人大主席 are one post of one body
    expect(analysePost('乡人大主席', '红旗乡', ['红旗乡']).canonical).toBe('人大主席');
  });
});

describe('the words around a post', () => {
  it('keeps the verb before a post out of its title (审查 + a township office)', () => {
    const result = extract('1月9日,青岭镇第九届人民代表大会第四次会议开幕。会议听取和审查青岭镇财政所所长莫听雨作的财政预算报告。');
    const titles = result.posts.map((p) => p.title);
    expect(titles).toContain('青岭镇财政所所长');
    expect(titles.some((t) => t.startsWith('审查'))).toBe(false);
  });

  it('hangs a post on the office its title names, not on an unknown body', () => {
    expect(namedOffice('财政所所长')).toBe('财政所');
    expect(namedOffice('教育局副局长')).toBe('教育局');
    expect(namedOffice('副主任')).toBeUndefined();
    expect(namedOffice('大会执行主席')).toBeUndefined();
    const result = extract('1月9日,青岭镇第九届人民代表大会第四次会议开幕。青岭镇财政所所长莫听雨作财政预算报告。');
    const post = result.posts.find((p) => p.title === '青岭镇财政所所长')!;
    expect(result.organizations.find((o) => o.id === post.organizationId)).toMatchObject({ name: '青岭镇财政所', type: 'other' });
  });
});

describe('a village’s or community’s committee named without it', () => {
  const TWO_COMMUNITIES =
    '6月3日,青岭镇召开社区换届选举工作会议。当天,南湖社区和北塘社区举行居民代表会议,选举新一届居委会。' +
    '经过投票,南湖社区林远舟、贺临川和苗知秋当选新一届居委会成员;北塘社区居民代表选举钟书亭、祝晚晴为居委会成员。';

  it('belongs to the community named before it, in its sentence first', () => {
    const communities = ['南湖社区', '北塘社区'];
    expect(communityOf('新一届居委会成员', '南湖社区和北塘社区换届。南湖社区林远舟当选为新一届居委会成员', 22, communities)).toBe('南湖社区');
    expect(communityOf('村委会主任', '石门村召开选举大会。苗知秋当选为村委会主任', 16, ['石门村'])).toBe('石门村');
    expect(communityOf('社区居委会副主任', '白沙社区。钱望舒当选为社区居委会副主任', 11, ['白沙社区'])).toBe('白沙社区');
    // a committee that names its village, or a post of no village committee, is left alone
    expect(communityOf('石门村村委会主任', '石门村石门村村委会主任', 3, ['石门村'])).toBeUndefined();
    expect(communityOf('镇党委书记', '石门村镇党委书记', 3, ['石门村'])).toBeUndefined();
    expect(communityOf('居委会主任', '青岭镇召开会议。居委会主任', 8, [])).toBeUndefined();
  });

  it('reads a board member as a post of the committee named with it', () => {
    expect(namedOffice('居委会成员')).toBe('居委会');
    expect(namedOffice('村委会班子成员')).toBe('村委会');
    // (a member of no named body stays a bare post)
    expect(namedOffice('成员')).toBeUndefined();
  });

  it('files the members elected in each community on that community’s own committee', () => {
    const result = extract(TWO_COMMUNITIES);
    const orgOfPerson = (name: string) => {
      const holds = result.relations.find((r) => r.type === 'HOLDS' && r.personId === `person:${name}`)!;
      const post = result.posts.find((p) => p.id === holds.postId)!;
      return result.organizations.find((o) => o.id === post.organizationId);
    };
    expect(orgOfPerson('贺临川')).toMatchObject({ name: '南湖社区居委会', placeId: 'place:南湖社区', type: 'other' });
    expect(orgOfPerson('钟书亭')).toMatchObject({ name: '北塘社区居委会', placeId: 'place:北塘社区' });
  });

  it('files a village committee’s head, deputies and members on one committee, however it is written', () => {
    const result = extract(
      '5月8日,青岭镇召开村级换届工作会议。石门村召开村民选举大会。' +
      '经过无记名投票,苗知秋当选为村民委员会主任,钱望舒当选为副主任,孔令尧、汤若谷当选为委员。石门村第九次村委会副主任钟书亭主持大会。',
    );
    const posts = postsOf(result);
    const committee = posts['村民委员会主任'].org;
    expect(posts['村民委员会主任']).toMatchObject({ orgName: '石门村委会', canonical: '村委会主任' });
    expect(posts['副主任']).toMatchObject({ org: committee, canonical: '村委会副主任' });
    expect(posts['委员']).toMatchObject({ org: committee, canonical: '村委会委员' });
    expect(posts['石门村第九次村委会副主任']).toMatchObject({ org: committee, canonical: '村委会副主任' });
    expect(result.organizations.filter((o) => o.id === committee)).toEqual([expect.objectContaining({ placeId: 'place:石门村' })]);
  });
});

describe('a list laid out line by line', () => {
  it('gives a bare post labelling its line the body of the labels above it', () => {
    expect(bodyOfListedLine(['石门村村委会主任:苗知秋', '副主任:钱望舒'], '委员', ORGANIZATION_ENDINGS)).toBe('石门村村委会');
    // a line of prose ends the list
    expect(bodyOfListedLine(['石门村村委会主任:苗知秋', '会后,新班子合影留念。'], '委员', ORGANIZATION_ENDINGS)).toBeUndefined();
    expect(bodyOfListedLine(['主任:苗知秋'], '委员', ORGANIZATION_ENDINGS)).toBeUndefined();
  });

  it('files each village’s deputies and members on that village’s committee', () => {
    const result = extract(
      '4月9日,青岭镇石门村、白沙村分别召开村民委员会换届选举大会,选举产生新一届村委会。\n' +
      '石门村村委会主任:苗知秋\n副主任:钱望舒\n委员:孔令尧、汤若谷\n白沙村村委会主任:钟书亭\n委员:祝晚晴、贺临川',
    );
    const posts = postsOf(result);
    expect(posts['副主任']).toMatchObject({ orgName: '石门村村委会', org: posts['石门村村委会主任'].org });
    expect(result.posts.filter((p) => p.title === '委员').map((p) => p.canonical).sort()).toEqual(['白沙村村委会委员', '石门村村委会委员']);
    const members = extract('4月9日,青岭镇白沙村召开村民委员会换届选举大会。\n白沙村村委会主任:钟书亭\n委员:祝晚晴、贺临川').posts.find((p) => p.title === '委员')!;
    expect(members.canonical).toBe('白沙村村委会委员');
  });
});

describe('a bare post whose holder speaks for bodies', () => {
  it('takes the body its holder speaks for: a secretary the party body, another post the other one', () => {
    expect(representedBody('代表党工委、街道办事处作工作报告', '主任', ORGANIZATION_ENDINGS)).toBe('街道办事处');
    expect(representedBody('岑远山代表镇党委向大会报告工作', '书记', ORGANIZATION_ENDINGS)).toBe('镇党委');
    expect(representedBody('同志代表管委会和党工委讲话', '副主任', ORGANIZATION_ENDINGS)).toBe('管委会');
    // a secretary among bodies none of which is the party's, a list of no bodies, no 代表: no body
    expect(representedBody('代表街道办事处作报告', '书记', ORGANIZATION_ENDINGS)).toBeUndefined();
    expect(representedBody('代表全体同志发言', '主任', ORGANIZATION_ENDINGS)).toBeUndefined();
    expect(representedBody('作工作报告', '主任', ORGANIZATION_ENDINGS)).toBeUndefined();
  });

  it('files the post on that body in an article', () => {
    const posts = postsOf(extract('2月3日,柳溪街道第五届居民代表大会第二次会议召开。常怀瑾主任代表党工委、街道办事处作了工作报告。'));
    expect(posts['主任'].orgName).toContain('办事处');
  });
});

describe('a group sent to do a task', () => {
  it('is the body of its head and deputy heads, written with the group’s name or after it', () => {
    expect(namedOffice('第三巡察组组长')).toBe('第三巡察组');
    expect(namedOffice('督导组副组长')).toBe('督导组');
    expect(namedOffice('巡察组长')).toBe('巡察组');
    expect(namedOffice('乡村振兴工作领导小组组长')).toBe('乡村振兴工作领导小组');
    // a body's party group is no body alone: its posts take the body named before it
    expect(namedOffice('党组书记')).toBeUndefined();
    expect(bodyBefore('县人大常委会党组书记、主任钱望舒,', '副主任', ORGANIZATION_ENDINGS)).toBe('县人大常委会');
    expect(bodyBefore('县委第二督导组组长苗知秋、', '副组长', ORGANIZATION_ENDINGS)).toBe('县委第二督导组');
  });

  it('files a group sent by a body above the town in the level of its sender, apart from the sender', () => {
    const result = extract('3月2日,青岭镇召开作风建设推进会。县委第二督导组组长苗知秋、副组长钟书亭到会指导。区第一巡察组副组长孔令尧出席。');
    const posts = postsOf(result);
    expect(posts['县委第二督导组组长']).toMatchObject({ orgName: '县委第二督导组' });
    expect(posts['副组长']).toMatchObject({ orgName: '县委第二督导组', org: posts['县委第二督导组组长'].org });
    expect(posts['区第一巡察组副组长']).toMatchObject({ orgName: '区第一巡察组' });
    const group = result.organizations.find((o) => o.name === '县委第二督导组')!;
    // not the county committee itself, and not the town's
    expect(group.type).toBe('other');
    expect(group.placeId).toBeUndefined();
    expect(analysePost('县委第二督导组组长', '青岭镇', ['青岭镇'])).toMatchObject({ otherLevel: '县' });
  });
});

describe('bodies the lexicon names', () => {
  it('reads 某县委 as the county committee and the league, women’s federation and unions as bodies of their own', () => {
    expect(analysePost('白石县委书记', '白石县', ['白石县'])).toMatchObject({ orgName: '白石县委', orgType: 'party_committee', canonical: '县委书记', place: '白石县' });
    expect(analysePost('团县委书记', '白石县')).toMatchObject({ orgName: '团县委', orgType: 'other' });
    expect(analysePost('区妇联主席', '青岭镇')).toMatchObject({ orgName: '区妇联', orgType: 'other', otherLevel: '区' });
    expect(analysePost('旗委常委', '青岭镇')).toMatchObject({ orgName: '旗委', orgType: 'party_committee', otherLevel: '旗' });
  });
});

describe('a session’s own roles', () => {
  it('hang on the session’s presidium, one post for 大会执行主席 and 执行主席', () => {
    expect(analysePost('大会执行主席', '青岭镇')).toMatchObject({ orgName: '大会主席团', orgType: 'meeting_body', canonical: '执行主席' });
    expect(analysePost('执行主席', '青岭镇')).toMatchObject({ orgName: '大会主席团', orgType: 'meeting_body', canonical: '执行主席' });
    expect(analysePost('大会秘书长', '青岭镇')).toMatchObject({ orgType: 'meeting_body', canonical: '秘书长' });
    // a standing body's secretary-general stays that body's
    expect(analysePost('县政协秘书长', '白石县')).toMatchObject({ orgType: 'cppcc' });
  });
});
