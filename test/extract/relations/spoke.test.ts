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

  it('does not read what a report says as a speech by its author', () => {
    expect(factStrings(meeting + '镇长邝文斌所作的政府工作报告回顾了五年的工作,提出了今后的目标。', 'SPOKE')).toEqual([]);
    expect(factStrings(meeting + '镇长邝文斌向大会作政府工作报告时指出,要稳中求进。', 'SPOKE')).toEqual([]);
    expect(factStrings(meeting + '大会听取了镇人大主席韦岚作的人大工作报告。韦岚的报告分为三个部分。韦岚指出,要依法履职。', 'SPOKE')).toEqual([]);
    expect(factStrings(meeting + '镇长邝文斌就五年的工作作了回顾报告。五年来,全镇面貌一新。他表示,今后要更加努力。', 'SPOKE')).toEqual([]);
    expect(factStrings(meeting + '镇长邝文斌在报告中回顾了一年的工作。他指出,全镇经济稳中有进。', 'SPOKE')).toEqual([]);
    expect(factStrings(meeting + '镇长邝文斌在报告中指出,全镇经济稳中有进。', 'SPOKE')).toEqual([]);
    expect(factStrings(meeting + '闭幕会上,镇长邝文斌就过去五年的工作进行了回顾。五年来,全镇面貌一新。他表示,今后要更加努力。', 'SPOKE')).toEqual([]);
  });

  it('reads a speech of its own occasion by someone who reported earlier', () => {
    expect(factStrings(meeting + '大会听取了镇人大主席韦岚作的人大工作报告。韦岚的报告分为三个部分。韦岚在闭幕式上表示,要依法履职。', 'SPOKE')).toEqual(['SPOKE 韦岚']);
    expect(factStrings(meeting + '镇长邝文斌作政府工作报告。大会选举韦岚为镇人大主席。邝文斌表示祝贺。', 'SPOKE')).toEqual(['SPOKE 邝文斌']);
    const plenum = '12月1日,中共青岭镇第五届委员会第九次全体会议召开。镇党委书记柳青山作工作报告。\n(镇党政办)\n';
    expect(factStrings(plenum + meeting + '镇党委书记柳青山对大会提了三点意见。', 'SPOKE')).toEqual(['SPOKE 柳青山']);
  });

  it('does not read a gesture or a remark in a group discussion as a speech', () => {
    expect(factStrings(meeting + '镇党委书记柳青山、县人大常委会副主任蓝海与新当选的镇长握手,表示祝贺。', 'SPOKE')).toEqual([]);
    expect(factStrings(meeting + '“要把实事办好。”列席会议的村党支部书记蓝海在分组讨论时如是说。', 'SPOKE')).toEqual([]);
  });

  it('gives each person of a list the congratulation or the remarks they made together', () => {
    expect(factStrings(meeting + '县领导甘露、蓝海向新一届领导班子表示祝贺。', 'SPOKE')).toEqual(['SPOKE 甘露', 'SPOKE 蓝海']);
    expect(factStrings(meeting + '县长柳青山主持会议,副县长甘露,县委常委、副县长蓝海参加会议,提出工作要求。', 'SPOKE')).toEqual(['SPOKE 甘露', 'SPOKE 蓝海']);
  });

  it('reads a list whose titles start with 经济 or 和平 (words, not the stops 经 and 和)', () => {
    const text = meeting + '和平乡党委书记甘露、县委常委韦岚和县经济开发区管委会主任蓝海先后作表态发言。';
    expect(factStrings(text, 'SPOKE')).toEqual(['SPOKE 甘露', 'SPOKE 韦岚', 'SPOKE 蓝海']);
    expect(factStrings(text, 'HOLDS')).toEqual(['HOLDS 甘露 和平乡党委书记', 'HOLDS 韦岚 县委常委', 'HOLDS 蓝海 县经济开发区管委会主任']);
  });

  it('reads 致贺词 and a speaker whose clause mentions 党的领导', () => {
    expect(factStrings(meeting + '县领导甘露出席会议,并致贺词。', 'SPOKE')).toEqual(['SPOKE 甘露']);
    expect(factStrings(meeting + '镇党委书记柳青山在会上,从坚持党的领导和加强代表联络两个方面提出要求。', 'SPOKE')).toEqual(['SPOKE 柳青山']);
  });

  it('gives each titled member of a list the speech they made in turn (等…逐一发言)', () => {
    const text = meeting + '镇党委副书记、镇长甘露,镇党委副书记韦岚,镇党委委员、纪委书记蓝海等班子成员逐一作个人检视发言。';
    expect(factStrings(text, 'SPOKE')).toEqual(['SPOKE 甘露', 'SPOKE 韦岚', 'SPOKE 蓝海']);
    // (a list with no 等…逐一: only the one before the verb)
    expect(factStrings(meeting + '镇党委副书记、镇长甘露参加会议,镇党委委员蓝海作表态发言。', 'SPOKE')).toEqual(['SPOKE 蓝海']);
  });
});
