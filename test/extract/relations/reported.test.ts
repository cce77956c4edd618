import { factStrings } from '../helpers';

const meeting = '6月2日,青岭镇第九届人民代表大会第二次会议召开。';

describe('REPORTED', () => {
  it('reads 作…报告 with or without 《》, 代表…向大会', () => {
    expect(factStrings(meeting + '镇长邝文斌作政府工作报告。', 'REPORTED')).toEqual(['REPORTED 邝文斌 政府工作报告']);
    expect(factStrings(meeting + '镇长邝文斌代表镇人民政府向大会作《政府工作报告》。', 'REPORTED')).toEqual(['REPORTED 邝文斌 政府工作报告']);
    expect(factStrings(meeting + '副镇长甘露作关于镇2024年决算和2025年预算执行情况(草案)报告的审查报告。', 'REPORTED')).toEqual([
      'REPORTED 甘露 关于镇2024年决算和2025年预算执行情况(草案)报告的审查报告',
    ]);
  });

  it('reads 所作的《…》 in a heard list, one per speaker', () => {
    expect(factStrings(meeting + '大会听取了镇人民政府邝文斌同志所作的《政府工作报告》、镇人大韦岚同志所作的《人大工作报告》。', 'REPORTED')).toEqual([
      'REPORTED 邝文斌 政府工作报告',
      'REPORTED 韦岚 人大工作报告',
    ]);
  });

  it('splits two reports joined by 及 and reads 就…作说明 and 分别就…作了报告', () => {
    expect(factStrings(meeting + '大会听取了镇人大主席韦岚作的关于代表建议办理情况的说明及关于代表议案的审查报告。', 'REPORTED')).toEqual([
      'REPORTED 韦岚 关于代表建议办理情况的说明',
      'REPORTED 韦岚 关于代表议案的审查报告',
    ]);
    expect(factStrings(meeting + '副镇长甘露就民生实事候选项目作情况说明。', 'REPORTED')).toEqual(['REPORTED 甘露 民生实事候选项目情况说明']);
    expect(factStrings(meeting + '镇法庭庭长甘露、镇司法所所长蓝海分别就本职工作作了报告。', 'REPORTED')).toEqual(['REPORTED 甘露 本职工作报告', 'REPORTED 蓝海 本职工作报告']);
  });

  it('reads 听取了某某关于…的报告', () => {
    expect(factStrings(meeting + '会议听取了副镇长甘露关于全镇安全生产工作情况的报告。', 'REPORTED')).toEqual(['REPORTED 甘露 关于全镇安全生产工作情况的报告']);
  });

  it('reads 宣读…并作说明', () => {
    expect(factStrings(meeting + '县委常委、组织部长蓝海宣读了县委推荐的人选名单,并作有关说明。', 'REPORTED')).toEqual(['REPORTED 蓝海 县委推荐的人选名单']);
  });

  it('does not read 作出部署 or 做了总结安排 as reports', () => {
    expect(factStrings(meeting + '镇党委书记柳青山对全年工作做了总结安排,作出具体部署。', 'REPORTED')).toEqual([]);
  });

  it('names a report by its title and kind, by the body it was given for, or by its topic', () => {
    expect(factStrings(meeting + '大会审议通过了镇党委书记柳青山代表上届镇委员会所作的《实干兴镇,共创未来》的工作报告。', 'REPORTED')).toEqual([
      'REPORTED 柳青山 实干兴镇,共创未来的工作报告',
    ]);
    expect(factStrings(meeting + '大会审议通过了镇党委书记柳青山代表中共青岭镇第八届委员会所作的报告。', 'REPORTED')).toEqual(['REPORTED 柳青山 中共青岭镇第八届委员会的报告']);
    expect(factStrings(meeting + '镇党委副书记甘露就镇委工作报告(征求意见稿)的起草过程作一说明。', 'REPORTED')).toEqual([
      'REPORTED 甘露 镇委工作报告(征求意见稿)的起草过程说明',
    ]);
  });

  it('reads a 通报 and 关于…的情况汇报 as reports', () => {
    expect(factStrings(meeting + '镇长邝文斌作青岭镇2024年上半年工作情况通报。', 'REPORTED')).toEqual(['REPORTED 邝文斌 青岭镇2024年上半年工作情况通报']);
    expect(factStrings(meeting + '会议听取了镇农业办主任甘露同志关于《青岭镇秋粮收购方案(送审稿)》的情况汇报。', 'REPORTED')).toEqual([
      'REPORTED 甘露 关于《青岭镇秋粮收购方案(送审稿)》的情况汇报',
    ]);
  });

  it('reads a report named first and its speaker after it (报告由某某作)', () => {
    expect(factStrings(meeting + '会议听取了镇人大主席团关于民生实事项目办理情况的报告,报告由镇人大副主席韦新岚作。', 'REPORTED')).toEqual([
      'REPORTED 韦新岚 镇人大主席团关于民生实事项目办理情况的报告',
    ]);
    expect(factStrings(meeting + '会议听取和审议了镇人民政府关于2024年镇级决算的报告,由镇财政所所长甘露受镇人民政府委托作报告。', 'REPORTED')).toEqual([
      'REPORTED 甘露 镇人民政府关于2024年镇级决算的报告',
    ]);
  });

  it('does not give a speaker the meeting\'s other reports', () => {
    expect(factStrings(meeting + '代表们听取了镇长邝文斌同志所作的政府工作报告及大会其他报告。', 'REPORTED')).toEqual(['REPORTED 邝文斌 政府工作报告']);
  });
});

describe('REPORTED: several speakers, each for their own body, sharing one 所作的…报告', () => {
  const party = '3月4日,中共青岭乡第八次代表大会开幕。';

  it('gives each speaker the report, named for the body they spoke for when the report is only 报告', () => {
    expect(factStrings(party + '大会听取和审议了由乡党委书记柳青山同志代表中共青岭乡第七届委员会、乡纪委书记韦成钢代表乡纪委所作的报告。', 'REPORTED')).toEqual([
      'REPORTED 柳青山 中共青岭乡第七届委员会的报告',
      'REPORTED 韦成钢 乡纪委的报告',
    ]);
    expect(factStrings(party + '大会听取和审议了由乡党委书记柳青山同志代表中共青岭乡第七届委员会、乡纪委书记韦成钢代表乡纪委所作的工作报告。', 'REPORTED')).toEqual([
      'REPORTED 柳青山 工作报告',
      'REPORTED 韦成钢 工作报告',
    ]);
  });

  it('leaves a speaker whose own 所作的《…》 comes before the next one to that report', () => {
    expect(factStrings(party + '大会审议了乡长柳青山代表乡政府所作的《政府工作报告》、乡人大主席韦成钢代表乡人大主席团所作的《人大工作报告》。', 'REPORTED')).toEqual([
      'REPORTED 柳青山 政府工作报告',
      'REPORTED 韦成钢 人大工作报告',
    ]);
  });

  it('does not pair a name that is not followed by 代表 and a body', () => {
    expect(factStrings(party + '乡党委书记柳青山主持会议,乡纪委书记韦成钢代表乡纪委所作的报告获得通过。', 'REPORTED')).toEqual(['REPORTED 韦成钢 乡纪委的报告']);
  });
});
