// Elections at the first meeting of a body a congress has just elected: the secretary,
// deputies and chairs are elected there, not by the congress.
import { factsOf } from '../helpers';

const elections = (text: string) =>
  factsOf(text)
    .filter((f) => f.type === 'ELECTED')
    .map((f) => `${f.person} ${f.object} @ ${f.meeting}`);

describe('elections at the first meeting of a newly elected body', () => {
  const congressThenPlenums = [
    '枫溪县第十次党代会闭幕 邵启明当选县委书记',
    '5月9日上午,中国共产党枫溪县第十次代表大会胜利闭幕。',
    '大会选举产生了中共枫溪县第十届委员会和中共枫溪县纪律检查委员会。',
    '大会闭幕后,随后召开了中共枫溪县第十届委员会第一次全体会议,选举邵启明为县委书记,柯晓东、易南为县委副书记。',
    '同日召开的县纪委第十届第一次全体会议选举岑立为县纪委书记。',
  ].join('\n');

  it('binds the committee plenum and the discipline commission plenum apart, even with the same numbers', () => {
    const found = elections(congressThenPlenums);
    expect(found).toContain('邵启明 县委书记 @ 中共枫溪县第十届委员会第一次全体会议');
    expect(found).toContain('柯晓东 县委副书记 @ 中共枫溪县第十届委员会第一次全体会议');
    expect(found).toContain('岑立 县纪委书记 @ 中共枫溪县第十届纪律检查委员会第一次全体会议');
    expect(found.filter((f) => f.startsWith('岑立'))).toHaveLength(1);
  });

  it('drops a headline election the body gives to the meeting that held it', () => {
    const found = elections(congressThenPlenums);
    expect(found.filter((f) => f.startsWith('邵启明'))).toEqual(['邵启明 县委书记 @ 中共枫溪县第十届委员会第一次全体会议']);
  });

  it('keeps the congress election when no later meeting of the article tells it', () => {
    const text = '5月9日上午,中国共产党枫溪县第十次代表大会胜利闭幕,邵启明同志当选为县委书记。';
    expect(elections(text)).toEqual(['邵启明 县委书记 @ 中共枫溪县第十次代表大会']);
  });

  it('reads a committee meeting for the first time right after its election, for that sentence only', () => {
    const text = [
      '6月4日上午,枫溪县商务局召开机关党总支升格机关党委选举大会。',
      '大会选举产生了第一届机关党委委员。随后,机关党委召开第一次会议,选举祁远航同志为机关党委书记,芮秋同志为专职副书记。',
      '县直机关工委书记龚建平出席会议并讲话。',
    ].join('\n');
    const facts = factsOf(text);
    expect(facts.filter((f) => f.type === 'ELECTED').map((f) => `${f.person} ${f.object} @ ${f.meeting}`)).toEqual([
      '祁远航 机关党委书记 @ 机关党委第一次会议',
      '芮秋 专职副书记 @ 机关党委第一次会议',
    ]);
    expect(facts.find((f) => f.type === 'SPOKE' && f.person === '龚建平')?.meeting).toMatch(/选举大会$/);
  });

  it('keeps the congress for what the article tells after the first meeting (the chair of its closing sitting)', () => {
    const text = [
      '5月9日上午,中国共产党枫溪县第十次代表大会胜利闭幕。大会选举产生了中共枫溪县第十届委员会。',
      '会后,召开了中共枫溪县第十届委员会第一次全体会议,选举邵启明为县委书记。',
      '闭幕大会由邵启明主持。',
    ].join('\n');
    const facts = factsOf(text).map((f) => `${f.type} ${f.person} @ ${f.meeting}`);
    expect(facts).toContain('ELECTED 邵启明 @ 中共枫溪县第十届委员会第一次全体会议');
    expect(facts).toContain('PRESIDED 邵启明 @ 中共枫溪县第十次代表大会');
  });

  it('lets the next sentences speak of the first meeting when its own sentence stops at it', () => {
    const text = [
      '5月9日上午,中国共产党枫溪县第十次代表大会胜利闭幕。大会选举产生了中共枫溪县第十届委员会。',
      '会后,召开了中共枫溪县第十届委员会第一次全体会议。全会选举邵启明为县委书记,柯晓东为县委副书记。',
    ].join('\n');
    expect(elections(text)).toEqual(['邵启明 县委书记 @ 中共枫溪县第十届委员会第一次全体会议', '柯晓东 县委副书记 @ 中共枫溪县第十届委员会第一次全体会议']);
  });

  it("gives a sentence about the congress's closing sitting back to the congress after its first plenum's item", () => {
    const text = [
      '5月9日上午,中国共产党枫溪县第十次代表大会胜利闭幕。大会选举产生了中共枫溪县第十届委员会。',
      '会后,召开了中共枫溪县第十届委员会第一次全体会议。全会选举邵启明为县委书记。',
      '大会主席团常务主席柯晓东主持闭幕大会。',
    ].join('\n');
    const facts = factsOf(text).map((f) => `${f.type} ${f.person} @ ${f.meeting}`);
    expect(facts).toContain('ELECTED 邵启明 @ 中共枫溪县第十届委员会第一次全体会议');
    expect(facts).toContain('PRESIDED 柯晓东 @ 中共枫溪县第十次代表大会');
  });

  it("reads a women's federation executive committee written 执委会, without 会议", () => {
    const text = '3月7日,桐川县第十三次妇女代表大会闭幕。大会选举产生了县妇联第十三届执行委员会。在县妇联十三届一次执委会上,甘秋云当选为县妇联主席,罗青(兼职)、杜小禾当选为县妇联副主席。';
    expect(elections(text)).toEqual([
      '甘秋云 县妇联主席 @ 桐川县妇联第十三届一次执委会议',
      '罗青 县妇联副主席 @ 桐川县妇联第十三届一次执委会议',
      '杜小禾 县妇联副主席 @ 桐川县妇联第十三届一次执委会议',
    ]);
  });

  it("reads a village branch committee's meeting (支委会) held after the members' meeting", () => {
    const text = [
      '5月10日,枫溪县石门镇柳岸村召开党员大会,进行村党支部换届选举。',
      '大会选举产生了新一届村党支部委员会。随后召开支委会,选举邢建国为党支部书记,伍平为党支部副书记。',
    ].join('\n');
    expect(elections(text)).toEqual(['邢建国 党支部书记 @ 柳岸村支委会', '伍平 党支部副书记 @ 柳岸村支委会']);
  });

  it('reads deputies written with 兼 or 兼职 after their names', () => {
    const text = [
      '3月7日下午,桐川市第十三次妇女代表大会闭幕。',
      '大会选举产生了市妇联第十三届执行委员会。在随后召开的市妇联十三届一次执委会议上,甘秋云当选为主席,罗青、杜小禾(兼)、明月琴(兼职)当选为副主席。',
    ].join('\n');
    expect(elections(text)).toEqual([
      '甘秋云 主席 @ 桐川市妇联第十三届一次执委会议',
      '罗青 副主席 @ 桐川市妇联第十三届一次执委会议',
      '杜小禾 副主席 @ 桐川市妇联第十三届一次执委会议',
      '明月琴 副主席 @ 桐川市妇联第十三届一次执委会议',
    ]);
  });

  it('reads members a CPPCC standing committee adds, also in the passive (被增补为)', () => {
    const text = '8月12日,政协桐川县第十一届委员会常务委员会第九次会议召开。会议决定增补尤东明(女)、柏青山为政协桐川县第十一届委员会委员。姜雨桐同志被增补为县政协第十一届委员会常务委员。';
    expect(elections(text).map((f) => f.replace(/ @.*/, ''))).toEqual([
      '尤东明 政协桐川县第十一届委员会委员',
      '柏青山 政协桐川县第十一届委员会委员',
      '姜雨桐 县政协第十一届委员会常务委员',
    ]);
  });

  it('binds an election to the plenum that is the subject of its sentence, and a short form to the full one', () => {
    const text = [
      '6月3日,中国共产党枫溪县第十次代表大会胜利闭幕。',
      '随后,中共枫溪县第十届委员会第一次全体会议和中共枫溪县纪律检查委员会第一次全体会议分别召开。县委第一次全体会议选举邵启明为县委书记。县纪委第一次全体会议选举岑立为县纪委书记。',
    ].join('\n');
    expect(elections(text)).toEqual(['邵启明 县委书记 @ 中共枫溪县第十届委员会第一次全体会议', '岑立 县纪委书记 @ 中共枫溪县纪律检查委员会第一次全体会议']);
  });

  it("gives the discipline commission's posts to its own plenum held beside the committee's", () => {
    const text = '6月3日,中国共产党枫溪县第十次代表大会胜利闭幕。大会闭幕后,中共枫溪县第十届委员会第一次全体会议和中共枫溪县第十届纪律检查委员会第一次全体会议相继召开。邵启明当选为县委书记,岑立当选为县纪委书记。';
    expect(elections(text)).toEqual(['邵启明 县委书记 @ 中共枫溪县第十届委员会第一次全体会议', '岑立 县纪委书记 @ 中共枫溪县第十届纪律检查委员会第一次全体会议']);
  });

  it("names a youth league committee's first plenum as the league's, not the party's", () => {
    const text = '4月20日,共青团枫溪县第十八次代表大会闭幕。大会选举产生了共青团枫溪县第十八届委员会。\n会后,团县委召开十八届一次全会,选举马骁为团县委书记。';
    expect(elections(text)).toEqual(['马骁 团县委书记 @ 共青团枫溪县第十八届委员会第一次全体会议']);
  });

  it('reads 新一届 as the new term, not the first, and an executive committee named without its organisation', () => {
    const party = '3月2日,枫溪县石门镇召开党员代表大会,选举产生了新一届镇党委委员。随后,新一届镇党委召开第一次全体会议,选举邢建国为镇党委书记。';
    expect(elections(party)).toEqual(['邢建国 镇党委书记 @ 中共石门镇委员会第一次全体会议']);
    const women = '3月7日,枫溪县石门镇第十三次妇女代表大会闭幕。大会选举产生了镇妇联第十三届执行委员会。随后召开的十三届一次执委会议选举甘秋云为镇妇联主席。';
    expect(elections(women)).toEqual(['甘秋云 镇妇联主席 @ 石门镇第十三届一次执委会议']);
  });
});
