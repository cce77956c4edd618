// REPORTED: the person delivered a report, explanation or review to the meeting.
//   乡长某某作政府工作报告 · 某某代表镇政府向大会作…报告 · 听取了某某所作的《…》 ·
//   某某作的关于…的说明及关于…的审查报告 (two reports) · 某某就…作情况说明 ·
//   甲、乙分别就本职工作作了报告 (each) · 某某宣读了…名单,并作有关说明
//   甲所作的A报告、乙所作的B报告 (each only their own) · 某某就《…(讨论稿)》向全会作说明 (the title) ·
//   某某作工作报告,并就《…》作说明 (a second report of the same speaker)
import type { Fact, RuleTriggers, SentenceContext } from './fact';
import { listEndingWith, mentionBefore } from './fact';
import type { PersonMention } from '../mentions/people';
import { clauseEnd, matchesIn } from '../scan';

// (作 as "deliver", not inside 工作)
export const reportedTriggers: RuleTriggers = { type: 'REPORTED', triggers: /(?<![工合创])[作做](?:了)?[^,。;]{0,40}?(?:报告|说明|通报)|所[作做]的|述职/g };

// 作/做 as "deliver" — not inside 工作, 合作, 创作…
// (…同志发言的《政府工作报告》: the report as delivered)
const DELIVER = /(?<![工合创写协操运制动当])(?:所)?[作做](?:了)?(?:的)?|发言的(?=《)/g;
// what may stand between the speaker and 作: 同志, 代表…, 向大会, 就…, 分别, 受…委托
const GAP = /^(?:同志)?(?:,?受[^,。]{1,20}委托,?)?(?:分别)?(?:代表([^,。]{1,30}?))?,?(?:向(?:大会|会议|全体代表)[^,。]{0,6}?|在(?:大会|会议|全会)上?|在会上)?(?:分别)?(?:(?:就|对(?=《))([^,。]{1,60}?))?(?:向(?:大会|会议|全会|全体会议|全委会))?$/;
// 所作的 / 所做的 / 作的: a clause that names its own reporter
const OWN_CLAUSE = /^(?:所?[作做](?:了)?|发言)的$/;
// after a first report of the same speaker: ,并就…向全会 (then 作说明)
const AND_ALSO = /^,?(?:并|还|同时)(?:就([^,。]{1,100}?))?(?:向(?:大会|会议|全会|全体会议|全委会))?$/;
const QUOTED_TOPIC = /^《([^》]{1,80})》(?:的)?(?:起草|修改|修订|有关|相关)?(?:情况)?$/;
// (作一说明: "give an explanation")
const GENERIC = /^(?:有关|相关|一|个)?(?:情况|起草|修改|修订)?(?:说明|报告|汇报)$|^工作汇报$/;
// a body is named after 代表, not a clause (代表…,并…)
const AND_ALSO_GAP = /[并还]/;
// 《…》的工作报告: the title and the kind of report
const KIND_AFTER_TITLE = /^的([\u4e00-\u9fff]{0,6}(?:报告|说明|汇报|通报))/;
const READ_OUT = /宣读了?([^,。;]{2,40}?),?并作(?:了)?(?:有关|相关)?(?:情况)?说明/g;
const QUICK = /[作做]|宣读|关于|发言的|报告|通报|汇报/;
// 向大会报告(了)X, and 报告了/通报了/汇报了X with the speaker right before
const REPORTS_TO = /向(?:大会|会议|全会|全体代表|与会代表)(?:全面)?(?:报告|通报|汇报)了?|(?:报告|通报|汇报)了(?!解)/g;
const REPORTS_TO_GAP = /^(?:同志)?(?:代表[^,。]{1,30}?)?$/;
const HEARD = /听取/;
const DELIVERED_BY_BEFORE = /,(?:该)?(?:报告|说明)?由$/;
const DELIVERED_BY_AFTER = /^(?:同志)?(?:,?受[^,。;]{1,20}委托,?)?(?:代表[^,。;]{1,20}?)?(?:向(?:大会|会议|全会))?[作做](?:了)?(?:报告|说明|汇报)?(?:[,。;]|$)/;
// where the heard report's name starts: after 听取了, 听取和审议了, 审议了
const HEARD_VERB = /(?:听取|审议|审查)[^,;:。]{0,4}?了/g;
const ABOUT_REPORT = /^(?:同志)?(?:代表[^,。]{1,20}?)?(关于[^;。]{2,80}?的(?:情况|工作)?(?:审查报告|报告|说明|汇报|通报))/;
const READ_OUT_GAP = /^(?:同志)?(?:,?受[^,。]{1,20}委托,?)?$/;
const TITLED = /^题为《([^》]{1,80})》(?:的?([\u4e00-\u9fff]{0,10}(?:报告|说明|讲话|发言|致辞)))?/;
const SPEECH_KIND = /(?:讲话|发言|致辞)$/;
const BETWEEN_TITLES = /^(?:报告)?(?:[、和及与]|以及)?$/;
const NOT_A_REPORT_START = /^(?:出|好|为|到|起(?!草)|了|成|过|完|出了)/;
const SUBSTANTIAL = /(?:关于|[\u4e00-\u9fff]{4,})/;
const QUOTED_TITLE = /《([^》]{1,80})》/g;
const OTHER_REPORTS = /^(?:大会|会议)?其他/;
const ENDS_AS_REPORT = /(?:报告|说明|汇报|通报|》)$/;
// 《…》的报告: the title alone says it all
const GENERIC_KIND = /^(?:报告|说明|汇报|通报)$/;

export function reported(ctx: SentenceContext): Fact[] {
  if (!QUICK.test(ctx.sentence.text)) return [];
  return [...deliveredReports(ctx), ...heardReportsOf(ctx), ...reportedTo(ctx), ...reportsDeliveredBy(ctx), ...readOut(ctx)];
}

/** 某某作…报告 (and 并就《…》作说明: the same speaker's second report). */
function deliveredReports(ctx: SentenceContext): Fact[] {
  const { text, sentence } = ctx;
  const facts: Fact[] = [];
  const delivers = [...matchesIn(DELIVER, text, sentence.start, sentence.end)];
  let previous: { speakers: { last: PersonMention; all: PersonMention[] }; end: number } | undefined;
  for (const [k, m] of delivers.entries()) {
    const phraseStart = m.index + m[0].length;
    const reports = reportPhrases(text, phraseStart, nextReporterStart(ctx, delivers[k + 1], phraseStart));
    if (!reports.length) continue;
    let speakers = speakersBefore(ctx, m.index);
    if (!speakers) continue;
    const gap = GAP.exec(text.slice(speakers.last.end, m.index));
    let topic = gap?.[2];
    const body = gap?.[1];
    // 某某作工作报告,并就《…》向全会作说明: the same speaker, a second report
    if (!gap) {
      const also = previous && previous.speakers.last === speakers.last ? AND_ALSO.exec(text.slice(previous.end, m.index)) : null;
      if (!also || !previous) continue;
      speakers = previous.speakers;
      topic = also[1];
    }
    const before = facts.length;
    for (const r of reports) {
      let title = r.title;
      if (GENERIC.test(title)) {
        // 代表中共某区第六届委员会所作的报告: the report of the body he spoke for
        if (!topic && body && !AND_ALSO_GAP.test(body)) {
          title = `${body}的${title}`;
        } else {
          if (!topic) continue;
          // 就《…(讨论稿)》作说明: the explanation is of the document, named as written
          const quoted = QUOTED_TOPIC.exec(topic);
          title = quoted ? quoted[1] : topic + title.replace(/^(?:有关|相关|一|个)/, '');
        }
      }
      // 甲代表党委、乙代表纪委所作的工作报告: each also delivered the report of the body they spoke for
      if (!topic && body && !AND_ALSO_GAP.test(body)) {
        for (const earlier of speakersForBodiesBefore(ctx, speakers.last)) {
          const own = GENERIC.test(r.title) ? `${earlier.body}的${r.title}` : r.title;
          facts.push({ type: 'REPORTED', person: earlier.person.name, item: own, itemKind: 'report', meeting: ctx.meeting, start: earlier.person.spanStart, end: r.end, sentenceIndex: sentence.index });
        }
      }
      for (const p of speakers.all) {
        facts.push({ type: 'REPORTED', person: p.name, item: title, itemKind: 'report', meeting: ctx.meeting, start: p.spanStart, end: r.end, sentenceIndex: sentence.index });
      }
    }
    if (facts.length > before) previous = { speakers, end: reports[reports.length - 1].end };
  }
  return facts;
}

/** 听取了副县长某某关于…的报告: the report follows the name directly. */
function heardReportsOf(ctx: SentenceContext): Fact[] {
  const { text, sentence } = ctx;
  const facts: Fact[] = [];
  if (HEARD.test(sentence.text)) {
    for (const p of ctx.people) {
      const about = ABOUT_REPORT.exec(text.slice(p.end, Math.min(sentence.end, p.end + 100)));
      if (about && HEARD.test(text.slice(sentence.start, p.spanStart))) {
        facts.push({ type: 'REPORTED', person: p.name, item: about[1], itemKind: 'report', meeting: ctx.meeting, start: p.spanStart, end: p.end + about[0].length, sentenceIndex: sentence.index });
      }
    }
  }
  return facts;
}

/** 镇长某某代表镇人民政府向大会报告上半年工作: 报告 as the verb, its object the report. */
function reportedTo(ctx: SentenceContext): Fact[] {
  const { text, sentence } = ctx;
  const facts: Fact[] = [];
  for (const m of matchesIn(REPORTS_TO, text, sentence.start, sentence.end)) {
    const speakers = speakersBefore(ctx, m.index);
    if (!speakers || !REPORTS_TO_GAP.test(text.slice(speakers.last.end, m.index))) continue;
    const end = clauseEnd(text, m.index + m[0].length, sentence.end);
    const title = text.slice(m.index + m[0].length, end).replace(/[《》]/g, '');
    if (title.length < 2 || title.length > 60) continue;
    for (const p of speakers.all) facts.push({ type: 'REPORTED', person: p.name, item: title, itemKind: 'report', meeting: ctx.meeting, start: p.spanStart, end, sentenceIndex: sentence.index });
  }
  return facts;
}

/** 会议听取了关于…的报告,报告由副主任某某作: the report first, who delivered it after. */
function reportsDeliveredBy(ctx: SentenceContext): Fact[] {
  const { text, sentence } = ctx;
  const facts: Fact[] = [];
  if (sentence.text.includes('由')) {
    for (const p of ctx.people) {
      const by = DELIVERED_BY_BEFORE.exec(text.slice(sentence.start, p.spanStart));
      if (!by || !DELIVERED_BY_AFTER.test(text.slice(p.end, Math.min(sentence.end, p.end + 40)))) continue;
      const clause = text.slice(sentence.start, p.spanStart - by[0].length);
      const heard = lastMatch(HEARD_VERB, clause);
      const title = heard === undefined ? '' : clause.slice(heard).replace(/[《》]/g, '');
      if (title.length < 2 || title.length > 100 || !ENDS_AS_REPORT.test(title)) continue;
      facts.push({ type: 'REPORTED', person: p.name, item: title, itemKind: 'report', meeting: ctx.meeting, start: p.spanStart, end: p.end, sentenceIndex: sentence.index });
    }
  }
  return facts;
}

/** 某某宣读了…,并作说明: a document read out and explained to the meeting. */
function readOut(ctx: SentenceContext): Fact[] {
  const { text, sentence } = ctx;
  const facts: Fact[] = [];
  for (const m of matchesIn(READ_OUT, text, sentence.start, sentence.end)) {
    const speakers = speakersBefore(ctx, m.index);
    if (!speakers || !READ_OUT_GAP.test(text.slice(speakers.last.end, m.index))) continue;
    for (const p of speakers.all) {
      facts.push({ type: 'REPORTED', person: p.name, item: m[1], itemKind: 'report', meeting: ctx.meeting, start: p.spanStart, end: m.index + m[0].length, sentenceIndex: sentence.index });
    }
  }
  return facts;
}

/** The report titles right after 作: 《…》 titles, or the words up to 报告/说明. */
export function reportPhrases(text: string, from: number, limit: number): Array<{ title: string; end: number }> {
  const end = clauseEnd(text, from, limit);
  const clause = text.slice(from, end);
  // 题为《…》的政府工作报告: keep both the title and the kind of report
  const titled = TITLED.exec(clause);
  if (titled) {
    if (titled[2] && SPEECH_KIND.test(titled[2])) return []; // 题为《…》的讲话 is a speech (SPOKE), not a report
    return [{ title: titled[2] ? `${titled[1]}的${titled[2]}` : titled[1], end: from + titled[0].length }];
  }
  if (clause.startsWith('《')) {
    const out: Array<{ title: string; end: number }> = [];
    let q: RegExpExecArray | null;
    let last = 0;
    QUOTED_TITLE.lastIndex = 0;
    while ((q = QUOTED_TITLE.exec(clause)) !== null) {
      const between = clause.slice(last, q.index);
      if (last > 0 && !BETWEEN_TITLES.test(between)) break;
      out.push({ title: q[1], end: from + q.index + q[0].length });
      last = q.index + q[0].length;
    }
    const kind = out.length === 1 ? KIND_AFTER_TITLE.exec(clause.slice(last)) : null;
    if (kind && !GENERIC_KIND.test(kind[1])) return [{ title: `${out[0].title}的${kind[1]}`, end: out[0].end + kind[0].length }];
    return out;
  }
  const lastReport = Math.max(clause.lastIndexOf('报告'), clause.lastIndexOf('说明'), clause.lastIndexOf('汇报'), clause.lastIndexOf('通报'));
  if (lastReport < 0) return [];
  const phrase = clause.slice(0, lastReport + 2);
  if (NOT_A_REPORT_START.test(phrase)) return [];
  // split "…的说明及关于…的审查报告" where each part is a report of its own
  const parts: Array<{ title: string; end: number }> = [];
  let cursor = 0;
  const splitter = /(?:及|以及|和|、)/g;
  let s: RegExpExecArray | null;
  while ((s = splitter.exec(phrase)) !== null) {
    const left = phrase.slice(cursor, s.index);
    if (ENDS_AS_REPORT.test(left) && SUBSTANTIAL.test(phrase.slice(s.index + s[0].length))) {
      parts.push({ title: left, end: from + s.index });
      cursor = s.index + s[0].length;
    }
  }
  parts.push({ title: phrase.slice(cursor), end: from + phrase.length });
  // …所作的政府工作报告及大会其他报告: the other reports are not this speaker's
  return parts.filter((p) => p.title.length >= 2 && !OTHER_REPORTS.test(p.title));
}


/**
 * Where the next person's own 所作的 clause begins (甲所作的A报告、乙所作的B报告): A ends
 * there, so an item never holds another reporter's clause. The sentence end when none.
 */
function nextReporterStart(ctx: SentenceContext, next: RegExpExecArray | undefined, from: number): number {
  if (next && OWN_CLAUSE.test(next[0])) {
    const reporter = mentionBefore(ctx, next.index);
    if (reporter && reporter.spanStart >= from) return reporter.spanStart;
  }
  return ctx.sentence.end;
}

/** Where the last match of a global pattern in `text` ends, when no clause break follows it. */
function lastMatch(re: RegExp, text: string): number | undefined {
  const last = matchesIn(re, text, 0, text.length).at(-1);
  const end = last && last.index + last[0].length;
  // (a break after it means the match lies in an earlier clause, not the report's)
  return end !== undefined && !/[,;:。]/.test(text.slice(end)) ? end : undefined;
}

// 甲同志代表乡党委、(乙代表乡纪委所作的…): a speaker and the body they spoke for, then the next pair
// (a body, not a clause that already names its report: 甲代表A所作的《甲报告》、乙…)
const SPEAKER_FOR_BODY_GAP = /^(?:同志)?代表((?:(?!所?[作做]的)[^,;。、和及《》]){2,30})[、和及]$/;

/** The speakers paired with bodies listed before `first` (甲代表A、乙代表B…), in text order. */
function speakersForBodiesBefore(ctx: SentenceContext, first: PersonMention): Array<{ person: PersonMention; body: string }> {
  const pairs: Array<{ person: PersonMention; body: string }> = [];
  let next = first;
  for (let p = mentionBefore(ctx, next.spanStart); p; p = mentionBefore(ctx, next.spanStart)) {
    const gap = SPEAKER_FOR_BODY_GAP.exec(ctx.text.slice(p.end, next.spanStart));
    if (!gap) break;
    pairs.unshift({ person: p, body: gap[1] });
    next = p;
  }
  return pairs;
}

/** The person (or the list of people joined by 、/和) right before index. */
function speakersBefore(ctx: SentenceContext, index: number): { last: PersonMention; all: PersonMention[] } | undefined {
  const last = mentionBefore(ctx, index);
  return last ? { last, all: listEndingWith(ctx, last) } : undefined;
}
