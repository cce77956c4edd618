import { factStrings } from '../helpers';

const meeting = '6月2日,青岭镇第九届人民代表大会第二次会议召开。';

describe('SPOKE', () => {
  it('reads speeches and remarks by a named person', () => {
    expect(factStrings(meeting + '镇党委书记柳青山主持会议并讲话。', 'SPOKE')).toEqual(['SPOKE 柳青山']);
    expect(factStrings(meeting + '县政协副主席韦岚作开幕致辞。', 'SPOKE')).toEqual(['SPOKE 韦岚']);
    expect(factStrings(meeting + '镇党委书记柳青山在会上指出,要实干。', 'SPOKE')).toEqual(['SPOKE 柳青山']);
    expect(factStrings(meeting + '镇党委书记柳青山对大会提了两点意见。', 'SPOKE')).toEqual(['SPOKE 柳青山']);
  });

  it('reads 作了题为《…》的讲话 as a speech, not a report', () => {
    expect(factStrings(meeting + '镇党委书记柳青山作了题为《凝心聚力》的讲话。', 'SPOKE', 'REPORTED')).toEqual(['SPOKE 柳青山']);
  });

  it('gives each person of a list a speech with 分别', () => {
    expect(factStrings(meeting + '县委常委甘露、县人大常委会副主任蓝海分别作了重要讲话。', 'SPOKE')).toEqual(['SPOKE 甘露', 'SPOKE 蓝海']);
  });

  it('resolves 他/她 to the person just named', () => {
    expect(factStrings(meeting + '镇党委书记柳青山充分肯定了一年来的工作。他强调,要稳中求进。', 'SPOKE')).toEqual(['SPOKE 柳青山']);
  });

  it('reads a speech named before its speaker and quoted speech', () => {
    expect(factStrings(meeting + '在闭幕式讲话中,柳青山表示祝贺。镇长邝文斌作报告。', 'SPOKE')).toEqual(['SPOKE 柳青山']);
    expect(factStrings(meeting + '“今年要抓项目。”镇长邝文斌如是说。', 'SPOKE')).toEqual(['SPOKE 邝文斌']);
  });

  it('resolves 新当选镇长 to the person elected', () => {
    expect(factStrings(meeting + '大会补选邝文斌同志为青岭镇人民政府镇长。新当选镇长作表态发言。', 'SPOKE')).toEqual(['SPOKE 邝文斌']);
  });

  it('resolves surname + title to the person introduced earlier', () => {
    expect(factStrings(meeting + '镇党委书记柳青山主持会议。柳书记强调,要抓落实。', 'SPOKE')).toEqual(['SPOKE 柳青山']);
  });

  it('does not read a speech referred to (讲话精神) as one given at the meeting', () => {
    expect(factStrings(meeting + '镇长邝文斌传达了县委书记甘露讲话精神。', 'SPOKE')).toEqual([]);
  });

  it('does not take a report or the meeting for a speaker', () => {
    expect(factStrings(meeting + '镇长邝文斌作政府工作报告。报告指出,全镇经济稳中有进。会议要求,各村抓好落实。', 'SPOKE')).toEqual([]);
  });
});
