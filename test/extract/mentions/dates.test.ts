import { findPublished, inferYear, meetingDate, partOfYearReported, sessionDates, yearsDiscussed, yearsReviewed } from '../../../src/extract/mentions/dates';

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

  it('reads relative days against the publication date', () => {
    expect(meetingDate('昨天下午,柳溪镇第九次党代会开幕。', '2019-03-01')).toEqual({ start: '2019-02-28', end: null, text: '昨天下午' });
    expect(meetingDate('前天,会议召开。', '2020-01-02')?.start).toBe('2019-12-31');
  });

  it('takes a page date written 年月日 when a time or a source follows it', () => {
    expect(findPublished('柳溪镇党代会开幕\n2019年03月01日 08:30来源:县融媒体中心\n昨天下午,会议开幕。')).toBe('2019-03-01');
    expect(findPublished('柳溪镇党代会开幕\n2019年3月1日,会议开幕。')).toBeNull();
  });

  it('skips a dateline for the meeting’s own date', () => {
    expect(meetingDate('县融媒网5月11日讯 柳溪镇第九届人民代表大会第二次会议于5月10日上午开幕。', null, new Map([[2021, 1]]))?.start).toBe('2021-05-10');
  });

  it('hears a year’s closing accounts in the year after it', () => {
    const years = yearsDiscussed('会议审议了关于2015年度财政决算的报告和关于调整2016年计划的报告。');
    expect(inferYear(years, 7)).toBe(2016);
    // (a budget and its accounts, 预决算, are the year's own)
    expect(inferYear(yearsDiscussed('审查并批准了《2018年财政预决算草案报告》,部署了2018年的重点工作。'), 7)).toBe(2018);
  });

  it('takes the year most discussed in the middle of a year, the later of two early in it', () => {
    expect(inferYear(yearsDiscussed('2017年以来…2018年上半年…2018年下半年'), 9)).toBe(2018);
    expect(inferYear(yearsDiscussed('2005年…2010年工作回顾…2010年…2011年任务'), 1)).toBe(2011);
  });

  it('widens a session to the days its other sentences report held, within a week', () => {
    const texts = ['3月5日上午,柳溪镇第九届人民代表大会第二次会议开幕。', '3月4日下午,大会举行预备会议。', '3月6日下午,大会胜利闭幕。', '会议决定自3月20日起施行。'];
    expect(sessionDates(texts, '2021-03-07')).toEqual({ start: '2021-03-04', end: '2021-03-06', text: '3月5日' });
    expect(sessionDates(['3月5日,会议召开。', '5月1日,镇里召开了另一次会议。'], '2021-05-07')).toEqual({ start: '2021-03-05', end: null, text: '3月5日' });
  });

  it('counts back a session’s length from its close, forward from its opening', () => {
    expect(meetingDate('16日上午,为期三天的柳溪镇第九届人民代表大会第二次会议胜利闭幕。', '2021-03-17')).toMatchObject({ start: '2021-03-14', end: '2021-03-16' });
    expect(meetingDate('4月2日,为期两天的青禾县第七次党代会开幕。', '2020-04-02')).toMatchObject({ start: '2020-04-02', end: '2020-04-03' });
    // (days written out are not stretched)
    expect(meetingDate('4月2日至4日,为期三天的会议召开。', '2020-04-05')).toMatchObject({ start: '2020-04-02', end: '2020-04-04' });
  });

  it('reads a day whose month sign the page lost, shortly before the page’s date only', () => {
    expect(meetingDate('1128日下午,青禾乡第三届人民代表大会第五次会议召开。', '2023-11-30')).toMatchObject({ start: '2023-11-28', end: null });
    expect(meetingDate('1230日、31日,柳溪镇人代会召开。', '2022-12-31')).toMatchObject({ start: '2022-12-30', end: '2022-12-31' });
    expect(meetingDate('806日,会议召开。', '2023-01-05')).toBeUndefined();
    expect(meetingDate('728日,会议召开。', null)).toBeUndefined();
  });

  it('keeps a session’s written-out days against its preparatory meeting', () => {
    const texts = ['区十二届人大四次会议于2月20日至23日举行。', '2月19日下午,大会举行了预备会议。'];
    expect(sessionDates(texts, '2021-02-25')).toMatchObject({ start: '2021-02-20', end: '2021-02-23' });
  });

  it('hears years written without 年 before a part of the year, and in a page’s upload stamps', () => {
    expect(inferYear(yearsDiscussed('审议了《青禾乡2023上半年政府工作报告》。'), 9)).toBe(2023);
    expect(inferYear(yearsDiscussed('会议现场\n微信图片_20230302091435.jpg\n'), 3)).toBe(2023);
    // (a long number of other digits is no stamp)
    expect(yearsDiscussed('电话020230302091435999').size).toBe(0);
  });

  it('dates a meeting by the part of a year it hears when the page was put up a year later', () => {
    const hints = { partOfYear: partOfYearReported('听取了柳溪区2018年1-4月经济社会发展情况的报告') };
    expect(hints.partOfYear).toEqual({ year: 2018, throughMonth: 4 });
    expect(meetingDate('6月7日上午,会议召开。', '2019-11-20', new Map(), hints)?.start).toBe('2018-06-07');
    // a January meeting that hears the first eleven months of last year is in the page's year
    const january = { partOfYear: partOfYearReported('通报了2018年1至11月财政收支情况') };
    expect(meetingDate('1月9日,会议召开。', '2019-01-12', new Map(), january)?.start).toBe('2019-01-09');
    expect(partOfYearReported('2018年上半年')).toEqual({ year: 2018, throughMonth: 6 });
  });

  it('puts a year-end meeting that speaks of one year, neither looking back on it nor as under way, in the year before', () => {
    const planning = '12月28日,柳溪镇召开2026年工作务虚会,谋划2026年重点工作。';
    expect(meetingDate(planning, null, yearsDiscussed(planning), { reviewed: yearsReviewed(planning) })?.start).toBe('2025-12-28');
    const review = '12月28日,柳溪镇召开会议,总结2025年工作,2025年全镇完成投资3亿元。';
    expect(yearsReviewed(review)).toEqual(new Set([2025]));
    expect(yearsReviewed('审议了《青禾乡2025年财政预算调整方案》')).toEqual(new Set([2025]));
    expect(meetingDate(review, null, yearsDiscussed(review), { reviewed: yearsReviewed(review) })?.start).toBe('2025-12-28');
    // (two years discussed: the earlier, as before; mid-year: the year discussed)
    expect(inferYear(yearsDiscussed('2025年…2026年'), 12)).toBe(2025);
    expect(inferYear(yearsDiscussed('2026年工作'), 7)).toBe(2026);
  });
});
