// Dates: the publication date (发布日期:2018-03-09, a dateline 2016/5/16) and meeting
// dates (7月18日, 12月4日至12月6日, 10月15、16日, 正月初七(2月22日)). A meeting date rarely
// carries its year; it is taken from the publication date, else from the years the text
// discusses.
import { matchesIn } from '../scan';

const ISO_LIKE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
const PUBLISHED_LINE = /(?:发布日期|发布时间|发表时间|日期|时间|发布于)\s*[:：]?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
const MONTH_DAY = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日?(?:(?:至|到|-|—|－|~)(?:(\d{1,2})月)?(\d{1,2})日|[、,](\d{1,2})日)?/g;
const DAY_ONLY = /(?:^|[^\d月])(\d{1,2})日(?:上午|下午|晚上|晚|早上)?[,，]/;
const TODAY = /今天|今日/;
// relative days against the publication date: 昨天下午, 前天
const RELATIVE_DAY = /(昨天|昨日|前天)(?:上午|下午|晚上|晚)?/;
const DAYS_BACK: Record<string, number> = { 昨天: 1, 昨日: 1, 前天: 2 };
// a dateline (某某网8月11日讯, 新华社3月5日电): the day of the report, not of the meeting
const DATELINE_AFTER = /^(?:讯|电)/;
// the closing accounts of a year are heard in the next (2013年度财政决算 → a 2014 meeting)
const CLOSING_ACCOUNTS = /(20\d{2})年度?[^,。;]{0,12}?(?<!预)决算/g;
const FOUR_DIGIT_YEAR = /(?:^|[^\d])(20\d{2}|19\d{2})(?:年|(?=上半年|下半年|前三季度))/g;
// a report on part of a year (2020年上半年, 2020年1-4月, 前三季度) is heard within that year
const PART_OF_YEAR = /(?:^|[^\d])(20\d{2})年?(?:(上半年)|(前三季度)|(?:元|1|一)月?(?:至|到|-|—|－|~)([2-9]|1[01]|[二三四五六七八九]|十一?)月)/;
// a year looked back on or under way: 2024年工作总结, 2024年以来, 2024年完成, 2024年预算执行情况,
// 2024年预算调整方案, 回顾2024年, 总结2024年
const REVIEWED_YEAR = /(?:^|[^\d])(20\d{2})年度?[^,。;，；]{0,16}?(?:总结|回顾|以来|完成|取得|成绩|述职|执行|调整)|(?:回顾|总结)(?:了)?(20\d{2})年/g;
// a page's upload stamp (an image named 图片_20220302091435): the year the page was made
const TIMESTAMP = /(?:^|[^\d])(20\d{2})(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d(?!\d)/g;
// a day written without its month sign (728日, 1230日: the 月 lost in a page's markup)
const MONTH_LOST = /(?:^|[^\d.\-/年月])(\d{3,4})日(?:上午|下午|晚上|晚|早上)?(?:[、,，至到-](\d{1,2})日)?/;
const MONTH_LOST_WINDOW_DAYS = 62;
// a session's length (为期3天, 为期两天半): with its close it tells its first day
const LASTING = /为期([1-9]|[一二两三四五六七八九十])天/;
const CHINESE_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The publication date the text shows (near its top or bottom), ISO, else null. */
export function findPublished(text: string): string | null {
  const head = text.slice(0, 600);
  const labelled = PUBLISHED_LINE.exec(head) ?? PUBLISHED_LINE.exec(text.slice(-400));
  const m = labelled ?? firstDateLine(head) ?? firstDateLine(text.slice(-300));
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

// a line made of a date (and maybe a time or a source): "2017-07-28", "2016/5/16", "华漕大玩家 2024-07-19 20:59:12"
// (a date written 年月日 is a page's date only with a time or a source after it: "2016年04月20日 09:51来源")
function firstDateLine(text: string): RegExpExecArray | null {
  for (const line of text.split('\n')) {
    const m = ISO_LIKE.exec(line);
    if (m && (line.length < 60 || m.index === 0) && (!/月\d{1,2}日/.test(line) || /^日?\s*\d{1,2}:\d{2}|^日?\s*(?:来源|作者|编辑)/.test(line.slice(m.index + m[0].length)))) return m;
  }
  return null;
}

/** How often each four-digit year is written in the text. */
export function yearsDiscussed(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  const add = (year: number, weight: number) => counts.set(year, (counts.get(year) ?? 0) + weight);
  for (const m of matchesIn(FOUR_DIGIT_YEAR, text, 0, text.length)) add(Number(m[1]), 1);
  // a year's closing accounts speak for the year after it, strongly
  for (const m of matchesIn(CLOSING_ACCOUNTS, text, 0, text.length)) add(Number(m[1]) + 1, 3);
  for (const m of matchesIn(TIMESTAMP, text, 0, text.length)) add(Number(m[1]), 1);
  return counts;
}

export interface PartOfYear {
  year: number;
  throughMonth: number;
}

/** The years the text looks back on or speaks of as under way (2024年工作总结, 回顾2024年, 2024年预算调整…). */
export function yearsReviewed(text: string): Set<number> {
  return new Set(matchesIn(REVIEWED_YEAR, text, 0, text.length).map((m) => Number(m[1] ?? m[2])));
}

/** A report on part of a year (2020年上半年, 2020年1-4月): heard within that year, after that part. */
export function partOfYearReported(text: string): PartOfYear | undefined {
  const m = PART_OF_YEAR.exec(text);
  if (!m) return undefined;
  const through = m[2] ? 6 : m[3] ? 9 : m[4] === '十' ? 10 : m[4] === '十一' ? 11 : CHINESE_DIGIT[m[4]] ?? Number(m[4]);
  return { year: Number(m[1]), throughMonth: through };
}

/**
 * The year of an undated meeting held in `month`, from the years the text discusses. A
 * meeting reviews one year and plans the next: in the first half of a year that is last
 * year and this year (take the later), at the end of a year this year and next (the earlier).
 */
export function inferYear(counts: ReadonlyMap<number, number>, month: number, reviewed: ReadonlySet<number> = new Set()): number | undefined {
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (!ranked.length) return undefined;
  const top = ranked[0][0];
  // at the end of a year, one year discussed and not as one looked back on or under way (2025年工作务虚会
  // in December): the year planned, so the meeting is in the year before it
  if (month >= 11 && counts.size === 1 && !reviewed.has(top)) return top - 1;
  // early in a year the year reviewed and the year planned: the later; at the end of a year
  // the year reviewed and the next: the earlier; in between the year most discussed
  if (month <= 6 && counts.has(top + 1)) return top + 1;
  if (month >= 11 && counts.has(top - 1)) return top - 1;
  return top;
}

export interface MeetingDate {
  start: string | null;
  end: string | null;
  text: string;
}

/** What the text says of its year besides the years it names: a report on part of a year. */
export interface YearHints {
  partOfYear?: PartOfYear;
  /** The years the text looks back on (yearsReviewed). */
  reviewed?: ReadonlySet<number>;
}

/** The first date in `text` (a sentence around a meeting), with the year inferred. */
export function meetingDate(text: string, published: string | null, years: ReadonlyMap<number, number> = new Map(), hints: YearHints = {}): MeetingDate | undefined {
  MONTH_DAY.lastIndex = 0;
  let m = MONTH_DAY.exec(text);
  while (m && DATELINE_AFTER.test(text.slice(m.index + m[0].length))) m = MONTH_DAY.exec(text);
  if (!m) return lasting(text, undatedDay(text, published));
  const month = Number(m[2]);
  const day = Number(m[3]);
  const endMonth = m[4] ? Number(m[4]) : month;
  const endDay = m[5] ? Number(m[5]) : m[6] ? Number(m[6]) : undefined;
  let year: number | undefined = m[1] ? Number(m[1]) : undefined;
  if (year === undefined && published) {
    const [py, pm] = published.split('-').map(Number);
    year = month > pm ? py - 1 : py;
    // a page put up later than the meeting: the part of a year it reports on tells the year
    const part = hints.partOfYear;
    if (part && part.year < year && month > part.throughMonth) year = part.year;
  }
  year ??= inferYear(years, month, hints.reviewed);
  if (year === undefined) return { start: null, end: null, text: m[0] };
  return lasting(text, { start: iso(year, month, day), end: endDay !== undefined ? iso(year, endMonth, endDay) : null, text: m[0] });
}

/** A day written without its month (昨天, 今天, 28日, 728日), read against the publication date. */
function undatedDay(text: string, published: string | null): MeetingDate | undefined {
  if (!published) return undefined;
  const [py, pm] = published.split('-').map(Number);
  // 昨天下午 in a dated news item: the day before the publication
  const relative = RELATIVE_DAY.exec(text);
  if (relative) return { start: daysAfter(published, -DAYS_BACK[relative[1]]), end: null, text: relative[0] };
  // 今天/今日 in a dated news item: the publication day
  const today = TODAY.exec(text);
  if (today) return { start: published, end: null, text: today[0] };
  const lost = MONTH_LOST.exec(text);
  if (lost) {
    const month = Number(lost[1].slice(0, -2));
    const year = month > pm ? py - 1 : py;
    const start = iso(year, month, Number(lost[1].slice(-2)));
    // only a day shortly before the page's date: a longer number is something else
    if (start && start <= published && Date.parse(published) - Date.parse(start) <= MONTH_LOST_WINDOW_DAYS * DAY_MS) {
      const end = lost[2] ? iso(year, month, Number(lost[2])) : null;
      return { start, end: end && end > start ? end : null, text: lost[0].replace(/^[^\d]/, '') };
    }
  }
  const d = DAY_ONLY.exec(text);
  if (d) {
    const date = iso(py, pm, Number(d[1]));
    return { start: date, end: date, text: d[0] };
  }
  return undefined;
}

/** A session's length (为期3天) with its close gives its first day, with its opening its last. */
function lasting(text: string, date: MeetingDate | undefined): MeetingDate | undefined {
  const length = LASTING.exec(text);
  if (!date?.start || !length || (date.end && date.end !== date.start)) return date;
  const days = CHINESE_DIGIT[length[1]] ?? Number(length[1]);
  if (days < 2) return date;
  return CLOSED.test(text) ? { ...date, start: daysAfter(date.start, 1 - days), end: date.start } : { ...date, end: daysAfter(date.start, days - 1) };
}

function daysAfter(isoDate: string, days: number): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

// a sentence that reports a day of the session held (its opening, a preparatory meeting, its close)
const HELD_DAY = /召开|举行|开幕|预备会议?|闭幕|举办/;
const CLOSED = /闭幕|胜利结束|圆满结束/;
const SESSION_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * The first and last day of a session told over several sentences (预备会议 the day before
 * the opening, 闭幕 two days later): the first dated sentence, widened by the other dated
 * sentences that report a day of it held, within a week of it, unless it writes out the days.
 */
export function sessionDates(texts: readonly string[], published: string | null, years: ReadonlyMap<number, number> = new Map(), hints: YearHints = {}): MeetingDate | undefined {
  const first = texts.length ? meetingDate(texts[0], published, years, hints) : undefined;
  // a session's days written out (于1月26日至29日举行) stand: its preparatory meeting is not one of them
  if (!first?.start || (first.end && first.end > first.start)) return first;
  let { start, end } = first;
  const base = Date.parse(first.start);
  for (const text of texts.slice(1)) {
    if (!HELD_DAY.test(text)) continue;
    const d = meetingDate(text, published, years, hints);
    if (!d?.start || Math.abs(Date.parse(d.start) - base) > SESSION_DAYS * DAY_MS) continue;
    if (d.start < start!) start = d.start;
    const last = d.end ?? (CLOSED.test(text) ? d.start : null);
    if (last && (!end || last > end)) end = last;
  }
  return { start, end: end && end >= start! ? end : null, text: first.text };
}
