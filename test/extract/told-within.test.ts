import { extract } from '../../src/extract/pipeline';
import { dateMeetingsToldWithin } from '../../src/extract/told-within';
import type { MeetingEntity } from '../../src/extract/types';

describe('meetings told within a dated one', () => {
  it('dates a presidium meeting by its session reported on one day', () => {
    const text = [
      '青禾县第九届人民代表大会第三次会议闭幕',
      '发布时间:2022-03-04',
      '3月2日下午,青禾县第九届人民代表大会第三次会议在县会堂闭幕。',
      '闭幕前,大会主席团常务主席罗文涛主持召开了主席团第四次会议,确定当选人名单。',
      '大会选举方立新为县人民政府县长。',
    ].join('\n');
    const { meetings } = extract(text);
    const presidium = meetings.find((m) => m.name.endsWith('主席团第四次会议'));
    expect(presidium).toMatchObject({ start: '2022-03-02', end: '2022-03-02' });
    expect(meetings.find((m) => m.id === presidium!.parentId)?.start).toBe('2022-03-02');
  });

  it('dates a committee’s first plenum held right after the congress closed', () => {
    const text = [
      '柳溪区第五次党代会闭幕',
      '2019-06-21 08:10',
      '20日下午,为期两天的中共柳溪区第五次代表大会胜利闭幕。',
      '大会闭幕后,随后召开了中共柳溪区第五届委员会第一次全体会议,选举韦明达为区委书记。',
    ].join('\n');
    const { meetings } = extract(text);
    expect(meetings.find((m) => /代表大会$/.test(m.name) || m.kind === 'party_congress')).toMatchObject({ start: '2019-06-19', end: '2019-06-20' });
    expect(meetings.find((m) => m.name.includes('第一次全体会议'))).toMatchObject({ start: '2019-06-20', end: '2019-06-20' });
  });

  it('leaves a sitting undated when its session spans days, and a meeting told without a tie', () => {
    const evidence = (start: number, sentence: string) => ({ text: '', start, end: start + 4, sentence, sentenceIndex: 0 });
    const session: MeetingEntity = { id: 's', name: '柳溪镇第九届人民代表大会第二次会议', kind: 'congress', body: '', start: '2021-03-04', end: '2021-03-06', mentions: [evidence(0, '')] };
    const sitting: MeetingEntity = { id: 'p', name: '柳溪镇第九届人民代表大会第二次会议主席团第二次会议', kind: 'presidium', body: '', parentId: 's', start: null, end: null, mentions: [evidence(40, '大会随后召开主席团第二次会议。')] };
    const other: MeetingEntity = { id: 'o', name: '县委第十五届委员会第三次全体会议', kind: 'party_plenum', body: '', start: null, end: null, mentions: [evidence(80, '会议传达了县委全会精神。')] };
    dateMeetingsToldWithin([session, sitting, other]);
    expect(sitting.start).toBeNull();
    expect(other.start).toBeNull();
    // the same sitting of a session held on one day takes that day
    const oneDay: MeetingEntity = { ...session, end: '2021-03-04' };
    const sittingOfOneDay: MeetingEntity = { ...sitting, start: null, end: null };
    dateMeetingsToldWithin([oneDay, sittingOfOneDay]);
    expect([sittingOfOneDay.start, sittingOfOneDay.end]).toEqual(['2021-03-04', '2021-03-04']);
  });
});
