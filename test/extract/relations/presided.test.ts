import { factStrings } from '../helpers';

const meeting = '6月2日,青岭镇第九届人民代表大会第二次会议召开。';

describe('PRESIDED', () => {
  it('reads 主持 after a titled name, after 由, and 主持人', () => {
    expect(factStrings(meeting + '镇党委书记柳青山主持会议。', 'PRESIDED')).toEqual(['PRESIDED 柳青山']);
    expect(factStrings(meeting + '大会由县委常委、镇党委书记柳青山主持。', 'PRESIDED')).toEqual(['PRESIDED 柳青山']);
    expect(factStrings(meeting + '大会主持人韦岚宣布开幕。', 'PRESIDED')).toEqual(['PRESIDED 韦岚']);
    expect(factStrings(meeting + '甘露主持会议。', 'PRESIDED')).toEqual(['PRESIDED 甘露']);
    expect(factStrings(meeting + '\n主持人:韦岚\n', 'PRESIDED')).toEqual(['PRESIDED 韦岚']);
  });

  it('gives each chair of a list the meeting with 分别', () => {
    expect(factStrings(meeting + '镇人大主席韦岚、副主席甘露分别主持预备会议和第一次全体会议。', 'PRESIDED')).toEqual(['PRESIDED 韦岚', 'PRESIDED 甘露']);
  });

  it('files a sitting under its session', () => {
    const facts = factStrings(meeting + '镇人大主席韦岚主持预备会议、第二次全体会议。');
    expect(facts).toContain('PRESIDED 韦岚');
  });

  it('does not read 主持 by someone else after a list', () => {
    expect(factStrings(meeting + '镇长邝文斌作报告,会议由主席团主持。', 'PRESIDED')).toEqual([]);
  });

  it('reads 在某处主持召开 (the place where the chair convened the meeting)', () => {
    const held = '青岭镇人民政府第三届第十二次常务会议。';
    expect(factStrings('5月6日,镇长邝文斌同志在镇政府三楼会议室主持召开' + held, 'PRESIDED')).toEqual(['PRESIDED 邝文斌']);
  });

  it('reads a bare name between 由 and 主持', () => {
    expect(factStrings(meeting + '预备会议由甘新露主持。', 'PRESIDED')).toEqual(['PRESIDED 甘新露']);
    expect(factStrings(meeting + '预备会议由大会主持。', 'PRESIDED')).toEqual([]);
  });
});
