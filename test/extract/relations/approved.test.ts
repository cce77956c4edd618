import { factStrings } from '../helpers';
import { splitItems } from '../../../src/extract/relations/approved';

const meeting = '6月2日,青岭镇第九届人民代表大会第二次会议召开。';

describe('APPROVED', () => {
  it('gives one fact per listed item', () => {
    expect(factStrings(meeting + '大会表决通过了政府工作报告、人大工作报告和镇2024年财政决算。', 'APPROVED')).toEqual([
      'APPROVED 政府工作报告',
      'APPROVED 人大工作报告',
      'APPROVED 镇2024年财政决算',
    ]);
  });

  it('reads 审查和批准, 审议并通过 and 票决确定…等N个项目为…', () => {
    expect(factStrings(meeting + '大会审查和批准了青岭镇2024年决算。', 'APPROVED')).toEqual(['APPROVED 青岭镇2024年决算']);
    expect(factStrings(meeting + '会议票决确定了村道拓宽工程等6个项目为2025年度民生实事项目。', 'APPROVED')).toEqual([
      'APPROVED 村道拓宽工程',
      'APPROVED 2025年度民生实事项目',
    ]);
  });

  it('drops a trailing count (…等三项报告)', () => {
    expect(factStrings(meeting + '会议审议通过了《青岭镇人民政府工作报告》等三项报告。', 'APPROVED')).toEqual(['APPROVED 青岭镇人民政府工作报告']);
  });

  it('resolves 以上报告 to the reports the meeting heard', () => {
    expect(factStrings(meeting + '会议听取和审议了《政府工作报告》和《财政预算报告》。代表们一致通过了以上报告和决议草案。', 'APPROVED')).toEqual([
      'APPROVED 政府工作报告',
      'APPROVED 财政预算报告',
    ]);
  });

  it('does not read heard or reviewed items, or 通过 meaning "by means of"', () => {
    expect(factStrings(meeting + '大会听取并审议了政府工作报告,书面审议了财政预算报告。', 'APPROVED')).toEqual([]);
    expect(factStrings(meeting + '《报告》通过三个方面总结了工作。要通过招商引资推动发展。', 'APPROVED')).toEqual([]);
    expect(factStrings(meeting + '大会通过无记名投票方式选举邝文斌为青岭镇镇长。', 'APPROVED')).toEqual([]);
  });
});

describe('splitItems', () => {
  it('distributes a shared head and keeps non-items with the next item', () => {
    expect(splitItems('镇党委、纪委工作报告的决议')).toEqual(['镇党委工作报告的决议', '纪委工作报告的决议']);
    expect(splitItems('总监票人、监票人名单')).toEqual(['总监票人、监票人名单']);
    expect(splitItems('选举办法、总监票人和监票人名单及选举注意事项')).toEqual(['选举办法', '总监票人和监票人名单', '选举注意事项']);
    expect(splitItems('《甲报告》《乙报告》')).toEqual(['甲报告', '乙报告']);
  });
});
