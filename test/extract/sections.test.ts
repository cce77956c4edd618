import { splitSentences } from '../../src/extract/sentences';
import { findMeetings } from '../../src/extract/mentions/meetings';
import { meetingPerSentence } from '../../src/extract/sections';

function meetingsOf(text: string): Array<string | undefined> {
  const sentences = splitSentences(text);
  return meetingPerSentence(sentences, findMeetings(text)).map((m) => m?.name);
}

describe('meetingPerSentence', () => {
  it('gives a body printed apart from its headline the headline-only meeting', () => {
    const text = ['青岭镇第四次代表大会第二次会议召开', '青岭镇召开年度工作务虚会', '12月3日,青岭镇召开年度工作务虚会。', '(镇党政办)', '会议听取了镇党委工作报告。'].join('\n');
    expect(meetingsOf(text)).toEqual([
      '中共青岭镇第四次代表大会第二次会议',
      '青岭镇年度工作务虚会',
      '青岭镇年度工作务虚会',
      '青岭镇年度工作务虚会',
      '中共青岭镇第四次代表大会第二次会议',
    ]);
  });

  it('starts no news item at a meeting convened for later (决定…于…召开)', () => {
    const text = '5月3日,青岭县第八届人大常委会第九次会议召开。会议审议了召开县八届人大三次会议的有关事项,决定县第八届人民代表大会第三次会议于6月1日在县会堂召开。会议还通过了提交县八届人大三次会议审议的县人大常委会工作报告。';
    expect(new Set(meetingsOf(text))).toEqual(new Set(['青岭县第八届人大常委会第九次会议']));
  });

  it('ignores meetings only referred to', () => {
    const text = '6月2日,青岭镇第九届人民代表大会第二次会议召开。副镇长作关于镇九届人大一次会议以来代表建议办理情况的报告。';
    expect(new Set(meetingsOf(text))).toEqual(new Set(['青岭镇第九届人民代表大会第二次会议']));
  });
});
