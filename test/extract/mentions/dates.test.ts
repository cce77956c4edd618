import { findPublished, meetingDate } from '../../../src/extract/mentions/dates';

describe('dates', () => {
  it('finds the publication date in a dateline', () => {
    expect(findPublished('标题\n发布日期:2019-04-02 字体:[大]\n正文')).toBe('2019-04-02');
    expect(findPublished('标题\n2016/5/16\n本报讯')).toBe('2016-05-16');
    expect(findPublished('正文没有日期')).toBeNull();
  });

  it('infers the meeting year from the publication date', () => {
    expect(meetingDate('12月26日至27日,镇人代会召开。', '2025-01-03', undefined)).toEqual({ start: '2024-12-26', end: '2024-12-27', text: '12月26日至27日' });
    expect(meetingDate('3月5日上午,会议开幕。', '2023-03-09', undefined)?.start).toBe('2023-03-05');
  });

  it('keeps the text when the year cannot be told', () => {
    expect(meetingDate('5月8日,会议召开。', null, undefined)).toEqual({ start: null, end: null, text: '5月8日' });
  });

  it('uses an explicit year', () => {
    expect(meetingDate('2021年9月23至24日,会议召开。', null, undefined)).toMatchObject({ start: '2021-09-23', end: '2021-09-24' });
  });
});
