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

  it('gives a lead written before the meeting is named the article\'s one meeting', () => {
    const text = ['镇党委书记柳青山在会上讲话。', '6月2日,青岭镇第九届人民代表大会第二次会议召开。', '会议听取了政府工作报告。'].join('\n');
    expect(meetingsOf(text)).toEqual(['青岭镇第九届人民代表大会第二次会议', '青岭镇第九届人民代表大会第二次会议', '青岭镇第九届人民代表大会第二次会议']);
  });

  it('leaves a lead without a meeting when the article names two', () => {
    const text = ['镇党委书记柳青山在会上讲话。', '6月2日,青岭镇第九届人民代表大会第二次会议召开。', '6月3日,中共青岭镇第五届委员会第九次全体会议召开。'].join('\n');
    expect(meetingsOf(text)).toEqual([undefined, '青岭镇第九届人民代表大会第二次会议', '中共青岭镇第五届委员会第九次全体会议']);
  });

  it('leaves a lead sentence that opens with a meeting of its own without the article\'s meeting', () => {
    const text = ['●提名委员会会议听取了候选人情况的汇报。', '6月2日,青岭镇第九届人民代表大会第二次会议召开。'].join('\n');
    expect(meetingsOf(text)).toEqual([undefined, '青岭镇第九届人民代表大会第二次会议']);
  });

  it('does not end a news item at a photographer\'s credit', () => {
    const text = ['昨日,县政协九届四次会议闭幕。', '图为闭幕式现场。', '(记者 韦岚 摄)', '县政协主席柳青山主持闭幕式。', '委员们列席了县第十七届人民代表大会第四次会议。'].join('\n');
    expect(meetingsOf(text)).toEqual(Array(5).fill('县政协第九届委员会第四次会议'));
  });

  it('gives a sentence about a meeting its people attended (列席了…会议,听取了…) that meeting', () => {
    const text = ['昨日,县政协九届四次会议闭幕。', '期间,委员们列席了县第十七届人民代表大会第四次会议,听取了政府工作报告。', '会议号召委员们履职尽责。'].join('\n');
    const meetings = meetingsOf(text);
    expect(meetings).toEqual(['县政协第九届委员会第四次会议', '县第十七届人民代表大会第四次会议', '县政协第九届委员会第四次会议']);
  });

  it('binds only its own sentence to a meeting held within the item (在随后召开的…会议上)', () => {
    const text = [
      '5月8日,中共青岭镇第十五次代表大会召开。',
      '在随后召开的中共青岭镇第十五届委员会第一次全体会议上,柳青山当选为镇党委书记。',
      '县委常委甘露在闭幕会上讲话。',
    ].join('\n');
    const meetings = meetingsOf(text);
    expect(meetings).toEqual(['中共青岭镇第十五次代表大会', '中共青岭镇第十五届委员会第一次全体会议', '中共青岭镇第十五次代表大会']);
  });

  it('binds a speech given at a meeting the sentence names (作…党员大会讲话) to that meeting, and only that sentence', () => {
    const text = '3月8日,青岭镇第九届人民代表大会第四次会议召开。预备会议前,镇党委书记柳青山作大会临时党支部党员大会讲话。会议听取了政府工作报告。';
    expect(meetingsOf(text)).toEqual(['青岭镇第九届人民代表大会第四次会议', '党员大会', '青岭镇第九届人民代表大会第四次会议']);
  });

  it('does not take a speech cited for its spirit (党员大会讲话精神) for a meeting held', () => {
    expect(findMeetings('会议传达学习了党员大会讲话精神。').map((m) => m.name)).toEqual([]);
    expect(findMeetings('柳青山在村党支部党员大会上讲话。').map((m) => m.kind)).toEqual(['party_members']);
  });

  it('gives a session told with the meetings held before it each its own sentences: the lead stays the session\'s', () => {
    const text = [
      '●预备会议由柳青山主持,通过了大会议程和大会主席团名单',
      '●代表资格审查委员会会议听取了代表资格初步审查情况的汇报,通过了《关于代表资格的审查报告》',
      '3月2日下午,中国共产党青岭县第九次代表大会举行预备会议和代表资格审查委员会会议。预备会议由县委书记柳青山主持。会议通过了大会选举办法。',
    ].join('\n');
    expect(meetingsOf(text)).toEqual([
      '中共青岭县第九次代表大会',
      '中共青岭县第九次代表大会代表资格审查委员会会议',
      '中共青岭县第九次代表大会预备会议',
      '中共青岭县第九次代表大会预备会议',
      '中共青岭县第九次代表大会预备会议',
    ]);
  });

  it('names the credentials committee meeting after the session, not after a sitting named first', () => {
    const text = '●大会主席团第一次会议通过了大会议程\n●代表资格审查委员会会议通过了代表资格审查报告\n3月2日,青岭县第九届人民代表大会第三次会议举行预备会议。';
    expect(findMeetings(text).map((m) => m.name)).toContain('青岭县第九届人民代表大会第三次会议代表资格审查委员会会议');
  });

  it('reads no credentials committee meeting where no session is told, nor the committee\'s list for a meeting', () => {
    expect(findMeetings('县人大常委会代表资格审查委员会会议审查了补选代表的资格。').map((m) => m.name)).toEqual([]);
    expect(findMeetings('3月2日,青岭县第九届人民代表大会第三次会议举行预备会议,通过了代表资格审查委员会名单。').map((m) => m.name)).toEqual(['青岭县第九届人民代表大会第三次会议预备会议']);
  });
});
