// Meetings of the genre beyond congress sessions: assemblies, elections, party
// members' meetings, unnamed meetings. Texts written for these tests.
import { extract } from '../../../src/extract/pipeline';
import { factsOf, factStrings } from '../helpers';
import { findMeetings } from '../../../src/extract/mentions/meetings';

const names = (text: string) => extract(text).meetings.map((m) => `${m.kind}:${m.name}`);

describe('meetings without a congress number', () => {
  it('names a numbered village committee election after its village', () => {
    const text = '3月2日,云溪镇桃源村召开第八届村民委员会换届选举大会。村党支部书记方志远主持选举大会。';
    expect(names(text)).toEqual(['election:桃源村第八届村民委员会换届选举大会']);
    expect(factStrings(text, 'PRESIDED')).toEqual(['PRESIDED 方志远']);
  });

  it('reads a numbered assembly of a subdistrict (议政代表大会)', () => {
    expect(names('5月8日,清河街道第二届议政代表大会第三次会议召开。')).toEqual(['assembly:清河街道第二届议政代表大会第三次会议']);
  });

  it('reads a party members’ meeting reported held', () => {
    expect(names('9月1日,和平社区召开换届选举党员大会。')).toEqual(['party_members:和平社区党员大会']);
  });

  it('gives an article that names no meeting the one its sentences speak of', () => {
    const text = '会议听取和审议了镇长聂远所作的《政府工作报告》。大会选举聂远为青柳镇人民代表大会主席团常务主席。';
    const result = extract(text);
    expect(result.meetings.map((m) => m.kind)).toEqual(['congress']);
    expect(result.warnings.some((w) => w.includes('no meeting found'))).toBe(false);
    expect(factStrings(text, 'REPORTED')).toEqual(['REPORTED 聂远 政府工作报告']);
  });
});

describe('a preposition before 新当选', () => {
  it('is not read as a name (向新当选的…表示祝贺)', () => {
    const text = '1月6日,青柳镇第九届人民代表大会第三次会议召开。县委书记聂远讲话,向新当选的镇领导班子表示祝贺。';
    expect(factStrings(text, 'SPOKE')).toEqual(['SPOKE 聂远']);
  });
});

describe('the place of a meeting', () => {
  it('takes the last place of a CPPCC chain (政协某市某区第N届…)', () => {
    const result = extract('1月9日,中国人民政治协商会议成都市双流区第九届委员会第三次会议开幕。');
    const meeting = result.meetings[0];
    expect(meeting.name).toBe('成都市双流区政协第九届委员会第三次会议');
    expect(result.places.find((p) => p.id === meeting.placeId)?.code).toBe('510116');
  });

  it('gives a meeting named without a place the article’s place', () => {
    const result = extract('松江区泖港镇召开会议。3月2日,第六届人民代表大会第八次会议开幕。');
    const session = result.meetings.find((m) => m.kind === 'congress');
    expect(session?.name).toBe('泖港镇第六届人民代表大会第八次会议');
  });
});

describe('plenums of a committee', () => {
  it('reads a plenum numbered only within its term (镇纪委第一次全体会议), named after the town', () => {
    const text = '3月1日,中共青柳镇第十五次代表大会召开。同日召开的镇纪委第一次全体会议选举柏云为镇纪委书记。';
    expect(extract(text).meetings.map((m) => m.name)).toContain('中共青柳镇纪律检查委员会第一次全体会议');
  });

  it('keeps the committee named between the numbers (第十五届纪律检查委员会第三次全体会议)', () => {
    const text = '2月2日,中共云台县第十五届纪律检查委员会第三次全体会议召开。';
    expect(extract(text).meetings.map((m) => m.name)).toEqual(['中共云台县第十五届纪律检查委员会第三次全体会议']);
  });
});

describe('CPPCC chair meetings and mass organisations', () => {
  const kinds = (text: string) => extract(text).meetings.map((m) => `${m.kind}:${m.name}`);

  it('reads the CPPCC chair’s council, numbered with or without its term', () => {
    expect(kinds('3月2日,政协云台县第十届委员会第五次主席会议召开。县政协主席柏云主持会议。')).toEqual(['cppcc:云台县政协第十届第五次主席会议']);
    expect(kinds('3月2日,云台县政协召开第十二次主席会议。县政协主席柏云主持会议。')).toEqual(['cppcc:云台县政协第十二次主席会议']);
  });

  it('tells a youth league or women’s congress from a party congress', () => {
    expect(kinds('5月4日,共青团云台县第十七次代表大会开幕。团县委书记柏云主持会议。')).toEqual(['mass_organization:共青团云台县第十七次代表大会']);
    expect(kinds('5月4日,云台县妇女第十三次代表大会开幕。县妇联主席柏云主持会议。')).toEqual(['mass_organization:云台县第十三次妇女代表大会']);
    expect(kinds('5月4日,中共云台县第十七次代表大会开幕。县委书记柏云主持会议。')).toEqual(['party_congress:中共云台县第十七次代表大会']);
  });
});

describe('a listed place inside a longer name', () => {
  it('reads the longer name when the listed one starts inside it (某|东街道)', () => {
    const result = extract('5月7日,沐东街道第一届议政代表大会第二次会议召开。街道人大工委主任柏云主持会议。');
    expect(result.meetings.map((m) => m.name)).toEqual(['沐东街道第一届议政代表大会第二次会议']);
  });
});

describe('mass organisations and branch committees', () => {
  const kinds = (text: string) => extract(text).meetings.map((m) => `${m.kind}:${m.name}`);

  it('reads a women’s congress counted in 次', () => {
    expect(kinds('5月4日,云溪镇第十二次妇女代表大会开幕。镇妇联主席柏云主持会议。')).toEqual(['mass_organization:云溪镇第十二次妇女代表大会']);
  });

  it('reads a branch committee’s first meeting after the members’ meeting', () => {
    const text = '3月1日,桃源村召开换届选举党员大会。在随后召开的党总支委员会第一次会议上,柏云当选为村党总支书记。';
    expect(kinds(text)).toContain('party_plenum:党总支委员会第一次会议');
  });
});

describe('bodies named by their term', () => {
  it('takes no people’s congress named by its term alone for a meeting (a deputy’s title, a committee of it)', () => {
    const text = '柳河县第十六届人民代表大会代表、县第十六届人民代表大会议案审查委员会主任委员周青山列席会议。柳河县第十六届人民代表大会第五次会议审议通过了政府工作报告。';
    expect(findMeetings(text).map((m) => m.name)).toEqual(['柳河县第十六届人民代表大会第五次会议']);
  });
});

describe('work meetings named by their topic', () => {
  it('names the meeting by its whole topic, up to its last meeting word (…工作会议分组研讨第三组讨论会)', () => {
    const text = '12月20日,区长林启航主持召开全区经济工作会议分组研讨第三组讨论会。';
    expect(findMeetings(text).map((m) => m.name)).toEqual(['全区经济工作会议分组研讨第三组讨论会']);
  });
});

describe('the founding meeting of a council', () => {
  it('is a meeting held, with what it adopted and who spoke at it', () => {
    const text = '4月6日上午,青柳街道白鹭社区在社区党群服务中心召开了邻里议事会成立大会。会上,社区党委书记闻笛宣读了议事会成员名单,会议通过了邻里议事会议事规则。街道党工委书记康定远讲话。';
    expect(names(text)).toEqual([expect.stringMatching(/^work_meeting:.*邻里议事会成立大会$/)]);
    expect(factStrings(text, 'APPROVED', 'SPOKE')).toEqual(expect.arrayContaining(['APPROVED 邻里议事会议事规则', 'SPOKE 康定远']));
  });

  it('adopts no count of topics (两个议题) as an item', () => {
    const text = '4月6日上午,白鹭社区召开了邻里议事会成立大会。议事会第一次会议研究通过了两个议题,一是修缮小区凉亭;二是增设非机动车充电桩。';
    expect(factStrings(text, 'APPROVED')).toEqual(['APPROVED 修缮小区凉亭', 'APPROVED 增设非机动车充电桩']);
  });
});

describe('a community election told without a meeting word', () => {
  it('is the election of each community that voted, and each sentence opening with a community speaks of its election', () => {
    const text = '9月12日上午,白鹭社区与金沙社区分别通过居民代表选举,产生了新一届社区居委会。白鹭社区闻笛、康定远当选为新一届居委会委员。金沙社区祝晚晴、钟书亭当选为新一届居委会委员。';
    expect(names(text)).toEqual(['election:白鹭社区居民委员会选举', 'election:金沙社区居民委员会选举']);
    const elected = factsOf(text).filter((f) => f.type === 'ELECTED').map((f) => `${f.person} ${f.meeting}`);
    expect(elected).toEqual(['闻笛 白鹭社区居民委员会选举', '康定远 白鹭社区居民委员会选举', '祝晚晴 金沙社区居民委员会选举', '钟书亭 金沙社区居民委员会选举']);
  });

  it('names a village’s election after the village, not the township before it', () => {
    const text = '9月12日,青柳镇桃源村通过户代表选举产生新一届村委会,闻笛当选为村委会主任,康定远当选为副主任。';
    expect(names(text)).toEqual(['election:桃源村村民委员会选举']);
    expect(factStrings(text, 'ELECTED')).toEqual(['ELECTED 闻笛 村委会主任', 'ELECTED 康定远 副主任']);
  });

  it('is no second meeting when the community’s meeting is named', () => {
    const text = '9月12日,白鹭社区召开居民代表会议。会上,白鹭社区通过居民代表选举产生新一届居委会,闻笛当选为居委会主任。';
    expect(names(text)).toEqual(['assembly:白鹭社区居民代表会议']);
    expect(factsOf(text).filter((f) => f.type === 'ELECTED').map((f) => `${f.person} @ ${f.meeting}`)).toEqual(['闻笛 @ 白鹭社区居民代表会议']);
  });
});

