// A CPPCC standing committee written after its numbers, and an election held inside a
// session: the meetings a career's facts hang on. Invented people and places.
import { factsOf } from '../helpers';
import { findMeetings } from '../../../src/extract/mentions/meetings';

describe('CPPCC standing committee written after the numbers', () => {
  it('is a meeting of the standing committee, named in full (the canonical form of the grammar)', () => {
    const found = findMeetings('昨日下午,政协桐溪市七届四次常委会议召开。').filter((m) => !m.reference);
    expect(found).toHaveLength(1);
    expect(found[0].kind).toBe('cppcc');
    expect(found[0].name).toBe('桐溪市政协第七届第四次常委会会议');
    // not the plenary session of the same numbers
    const plenary = findMeetings('政协桐溪市第七届委员会第四次会议开幕。')[0];
    expect(found[0].key).not.toBe(plenary.key);
  });

  it('carries the facts of the article (主持, 审议通过)', () => {
    const text = '政协桐溪市七届十一次常委会会议召开。市政协主席柏文涛主持会议。会议审议通过《政协桐溪市委员会提案工作条例》。';
    const facts = factsOf(text);
    expect(facts.find((f) => f.type === 'PRESIDED')?.meeting).toBe('桐溪市政协第七届第十一次常委会会议');
    expect(facts.some((f) => f.type === 'APPROVED' && f.object?.includes('提案工作条例'))).toBe(true);
  });
});

describe('an election held inside a session', () => {
  it('elects at the session itself, not at a meeting of its own', () => {
    const text = '政协桐溪市第七届委员会第四次会议于1月9日闭幕。闭幕前举行了选举大会,甄立平、霍小川当选为市政协副主席。';
    const elected = factsOf(text).filter((f) => f.type === 'ELECTED');
    expect(elected.map((f) => f.person)).toEqual(['甄立平', '霍小川']);
    expect(elected.every((f) => f.meeting?.includes('第七届委员会第四次会议'))).toBe(true);
  });

  it('keeps a village committee election a meeting of its own', () => {
    const found = findMeetings('桐溪镇第七届人民代表大会第四次会议闭幕。次日,柳岸村召开村民委员会换届选举大会。');
    expect(found.some((m) => m.kind === 'election')).toBe(true);
  });
});

describe('a presidium meeting written with its verb (主席团举行第一次会议)', () => {
  const text =
    '1月5日,桐溪镇第八届人民代表大会第三次会议开幕。5日上午,大会主席团举行第一次会议,会议由镇人大主席甄立平主持。主席团会议表决通过了大会日程。随后举行的第一次全体会议由霍小川主持,会议通过了大会选举办法。';

  it('carries its chair and what it adopted, not the session', () => {
    const facts = factsOf(text);
    expect(facts.find((f) => f.type === 'PRESIDED' && f.person === '甄立平')?.meeting).toBe('桐溪镇第八届人民代表大会第三次会议主席团第一次会议');
    expect(facts.find((f) => f.type === 'APPROVED' && f.object === '大会日程')?.meeting).toBe('桐溪镇第八届人民代表大会第三次会议主席团第一次会议');
  });

  it('leaves the session its own sitting', () => {
    const facts = factsOf(text);
    expect(facts.find((f) => f.type === 'APPROVED' && f.object?.includes('选举办法'))?.meeting).toMatch(/^桐溪镇第八届人民代表大会第三次会议(?!主席团)/);
  });
});

describe('a village committee election told by its vote, without 大会 or 会议', () => {
  const text = '3月2日,桃溪镇柳岸村村民委员会换届选举投票在村文化广场举行。选举由村民选举委员会主任甄立平主持。经过投票,霍小川当选为柳岸村村民委员会主任,柏文涛当选为副主任。';

  it('is the meeting its chair and its elections belong to', () => {
    const facts = factsOf(text);
    const elected = facts.filter((f) => f.type === 'ELECTED');
    expect(elected.map((f) => f.person)).toEqual(['霍小川', '柏文涛']);
    expect(elected.every((f) => /柳岸村.*选举/.test(f.meeting ?? ''))).toBe(true);
    expect(facts.find((f) => f.type === 'PRESIDED')?.person).toBe('甄立平');
  });

  it('is one meeting with the 选举大会 the article names, and no meeting where the election is only a task', () => {
    const both = findMeetings('柳岸村顺利完成村委会换届选举\n3月2日,柳岸村召开第九届村民委员会换届选举大会。').filter((m) => !m.reference);
    expect(both.map((m) => m.name)).toEqual(['柳岸村第九届村民委员会换届选举大会']);
    expect(findMeetings('镇党委部署村民委员会换届选举工作,要求各村按时完成村民委员会换届选举。').filter((m) => m.kind === 'election')).toEqual([]);
  });
});
