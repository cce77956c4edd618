import { findMeetings } from '../../../src/extract/mentions/meetings';

const names = (text: string) => findMeetings(text).map((m) => `${m.name}${m.reference ? ' (ref)' : ''}`);

describe('findMeetings', () => {
  it('builds the full name of a congress session from full and short forms', () => {
    expect(names('3月1日,青岭镇第九届人民代表大会第二次会议开幕。')).toEqual(['青岭镇第九届人民代表大会第二次会议']);
    expect(names('青岭镇九届人大二次会议闭幕')).toEqual(['青岭镇第九届人民代表大会第二次会议']);
  });

  it('names a mass organisation’s congress after the organisation written in full, not as a party congress', () => {
    const [congress] = findMeetings('9月12日,平水县科学技术协会第五次代表大会在县委党校召开。');
    expect([congress.kind, congress.name]).toEqual(['mass_organization', '平水县科学技术协会第五次代表大会']);
    expect(names('建安市残疾人联合会第四次代表大会开幕。')).toEqual(['建安市残疾人联合会第四次代表大会']);
    expect(names('9月5日,平水县总工会第十次会员代表大会开幕。')).toEqual(['平水县第十次工会会员代表大会']);
    expect(names('平水县第十次工会会员代表大会隆重开幕')).toEqual(['平水县第十次工会会员代表大会']);
  });

  it('finds a union committee elected by the congress meeting right after it, apart from the congress', () => {
    const text = '平水县总工会第十次会员代表大会闭幕。县总工会第十届经费审查委员会第一次会议选举何苗为经费审查委员会主任。';
    expect(findMeetings(text).map((m) => [m.kind, m.name])).toEqual([
      ['mass_organization', '平水县第十次工会会员代表大会'],
      ['mass_organization', '县总工会第十届经费审查委员会第一次会议'],
    ]);
  });

  it('tells a session of the CPPCC standing committee from the plenary session', () => {
    const [standing] = findMeetings('政协青阳县第九届委员会常务委员会第十二次会议在县城召开');
    expect(standing.name).toBe('青阳县政协第九届委员会常务委员会第十二次会议');
    expect([standing.kind, standing.term, standing.session]).toEqual(['cppcc', 9, 12]);
    const [plenary] = findMeetings('政协青阳县第九届委员会第十二次会议开幕');
    expect(plenary.name).toBe('青阳县政协第九届委员会第十二次会议');
    expect(standing.key).not.toBe(plenary.key);
  });

  it('reads a standing-committee session written apart', () => {
    const [m] = findMeetings('县十四届人大常委会召开第二十三次会议');
    expect(m.name).toBe('县第十四届人大常委会第二十三次会议');
    expect([m.kind, m.term, m.session]).toEqual(['standing_committee', 14, 23]);
  });

  it('reads CPPCC sessions and party congresses', () => {
    expect(names('县政协十二届三次会议开幕')).toEqual(['县政协第十二届委员会第三次会议']);
    expect(names('中国人民政治协商会议青阳县第十届委员会第三次会议开幕')).toEqual(['青阳县政协第十届委员会第三次会议']);
    expect(names('中共青岭镇第四次代表大会第二次会议召开')).toEqual(['中共青岭镇第四次代表大会第二次会议']);
    expect(names('青岭镇召开了第一次党代会')).toEqual(['中共青岭镇第一次代表大会']);
  });

  it('reads 人代会 abbreviations and the directors council of a standing committee', () => {
    expect(names('青岭镇十七届人代会三次会议开幕')).toEqual(['青岭镇第十七届人民代表大会第三次会议']);
    expect(names('县人大常委会召开第45次主任会议')).toEqual(['县人大常委会第四十五次主任会议']);
    expect(names('县18届人大3次会议')).toEqual(['县第十八届人民代表大会第三次会议']);
  });

  it('reads a directors council numbered within its term, not as a session of the standing committee', () => {
    expect(names('青岭县第九届人民代表大会常务委员会第十四次主任会议召开')).toEqual(['青岭县第九届人大常委会第十四次主任会议']);
    const [headline] = findMeetings('县九届人大常委会召开第14次主任会议');
    expect([headline.name, headline.term, headline.session]).toEqual(['县第九届人大常委会第十四次主任会议', 9, 14]);
    expect(headline.key).not.toBe(findMeetings('县九届人大常委会召开第14次会议')[0].key);
  });

  it('marks a meeting a decision schedules for later as a reference', () => {
    expect(names('会议研究决定,县九届人大常委会第十五次会议于6月中旬召开。')).toEqual(['县第九届人大常委会第十五次会议 (ref)']);
    expect(names('县九届人大常委会第十五次会议于6月12日召开。')).toEqual(['县第九届人大常委会第十五次会议']);
  });

  it('does not take a meeting named as the means of something for one the article reports', () => {
    const found = names('1月8日,青岭镇党委召开2024年度民主生活会。会前,镇党委通过召开座谈会、个别谈话等方式征求意见。');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/2024年度民主生活会$/);
    expect(names('青岭镇召开座谈会,征求意见。')).toEqual(['青岭镇座谈会']);
  });

  it('reads a presidium meeting as part of its session', () => {
    const [m] = findMeetings('县十三届人大五次会议主席团举行第三次会议');
    expect(m.kind).toBe('presidium');
    expect(m.parent?.name).toBe('县第十三届人民代表大会第五次会议');
  });

  it('reads a town congress presidium meeting between sessions', () => {
    expect(names('青岭镇人大主席团召开2024年第二次会议')).toEqual(['青岭镇人大主席团2024年第二次会议']);
  });

  it('reads work meetings named after 召开', () => {
    expect(names('青岭镇召开2023年度农村工作会议。')).toEqual(['青岭镇2023年度农村工作会议']);
    expect(names('镇领导班子召开新年“务虚会”')).toEqual(['新年务虚会']);
  });

  it('marks meetings only referred to', () => {
    expect(names('关于镇九届人大一次会议以来代表建议办理情况的报告')).toEqual(['镇第九届人民代表大会第一次会议 (ref)']);
    expect(names('传达了区委八届二次全委扩大会议精神')).toEqual(['中共区第八届委员会第二次全体(扩大)会议 (ref)']);
  });
});
