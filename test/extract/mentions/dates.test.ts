import { findPublished, inferYear, meetingDate, yearsDiscussed } from '../../../src/extract/mentions/dates';

describe('dates', () => {
  it('finds the publication date in a dateline', () => {
    expect(findPublished('标题\n发布日期:2019-04-02 字体:[大]\n正文')).toBe('2019-04-02');
    expect(findPublished('标题\n2016/5/16\n本报讯')).toBe('2016-05-16');
    expect(findPublished('正文没有日期')).toBeNull();
  });

  it('infers the meeting year from the publication date', () => {
    expect(meetingDate('12月26日至27日,镇人代会召开。', '2025-01-03')).toEqual({ start: '2024-12-26', end: '2024-12-27', text: '12月26日至27日' });
    expect(meetingDate('3月5日上午,会议开幕。', '2023-03-09')?.start).toBe('2023-03-05');
  });

  it('keeps the text when the year cannot be told', () => {
    expect(meetingDate('5月8日,会议召开。', null)).toEqual({ start: null, end: null, text: '5月8日' });
  });

  it('uses an explicit year', () => {
    expect(meetingDate('2021年9月23至24日,会议召开。', null)).toMatchObject({ start: '2021-09-23', end: '2021-09-24' });
  });

  it('infers an undated meeting year from the years the text discusses', () => {
    const years = yearsDiscussed('回顾2022年工作,部署2023年任务。2022年全镇…2023年要…');
    expect(inferYear(years, 3)).toBe(2023);
    expect(inferYear(years, 12)).toBe(2022);
    expect(meetingDate('3月8日,会议召开。', null, years)?.start).toBe('2023-03-08');
  });
});
