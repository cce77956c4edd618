// SPOKE: the person gave a speech or made remarks at the meeting.
//   某某主持会议并讲话 · 某某作表态发言 · 某某在会上指出/强调/要求/表示 · 某某提了三点意见 ·
//   在闭幕式讲话中,某某… · “……”镇长某某如是说 · 他/她强调 (the person just named) ·
//   镇人大主席某某建议,要… / 认为 / 提出 (a view given at a work meeting or 务虚会) ·
//   甲、乙向新当选的同志表示祝贺 · 甲,乙,丙参加会议,提出工作要求 (each of the list)
// Not a speech: what a report says (某某所作的报告指出, 作报告时强调, and 他/某某指出 in the
// sentences right after his report), a gesture (握手,表示祝贺), a remark in a group discussion.
import type { Fact, RuleTriggers, SentenceContext } from './fact';
import { listEndingWith } from './fact';
import type { PersonMention } from '../mentions/people';
import type { MeetingMention } from '../mentions/meetings';
import { SPEECH_VERBS } from '../lexicon/verbs';
import { matchesIn } from '../scan';

export const spokeTriggers: RuleTriggers = { type: 'SPOKE', triggers: /讲话|致辞|致贺词|强调|指出|提出(?:了)?(?:[^,。;]{0,6})?要求|表态发言/g };

const SPEECH = new RegExp(SPEECH_VERBS.join('|'), 'g');
// a verb whose subject is a thing, not a person: 报告指出, 会议强调, 大会要求
const THING_SUBJECT = /(?:^|[,;:。\s])(?:本次|这次)?(?:报告|会议|大会|全会|文件|通知|决定|《报告》)(?:还|也|进一步|明确|同时)?$/;
// a name right after these is an object, not the speaker
const OBJECT_MARKER = /(?:为|对|向|给|与|和|及|同|选举|任命|补选|宣布|免除|免去|接受|颁发|听取|审议|推荐|看望|慰问|按照|根据|遵照|贯彻|落实|传达|学习|领会)了?$/;
// 讲话精神, 指示要求: an earlier speech referred to, not one given at this meeting
const REFERRED_SPEECH_AFTER = /^(?:精神|稿|要点|内容|的精神)/;
const SPEECH_NOUN = /^(?:讲话|致辞|致词|发言|表态发言|致贺词|致贺辞)$/;
// a speech named as such: the sentence is not a report's content
const NAMED_SPEECH = /讲话|致辞|致词|发言|贺词|贺辞|开幕词|闭幕词/;
// the speaker is the subject of 作…报告: the verb after it tells what the report says
const DELIVERS_REPORT = /^(?:同志)?(?:代表[^,。;]{1,30}?)?(?:向(?:大会|会议|全会|全体代表)[^,。;]{0,4}?)?所?[作做](?:了)?(?:的)?[^,。;]{0,30}?(?:报告|说明|汇报)/;
// 某某的报告分为三部分: the sentences after it go on about that report
// (某某在报告中回顾了…: the same)
// (某某就过去五年的工作进行了回顾: a review, which GOLD counts as a report)
const REPORT_SUBJECT = /^(?:同志)?(?:(?:所[作做])?的[^,。;]{0,12}?报告|在[^,。;]{0,12}?报告中|[^,。;]{0,12}?就[^,。;]{2,30}?(?:进行了|作了|做了)(?:全面|简要|认真)?回顾)/;
// what may open the sentence before the subject of a report: 选举会上,
const SETTING = /^(?:[^,。;]{1,8}上,)?$/;
const IN_REPORT = /^(?:同志)?在[^,。;]{0,12}?报告中/;
const GESTURE = /握手|鼓掌|举杯/;
// 某某在闭幕式上表示: a speech of its own occasion, whatever report he gave before
const SPEECH_OCCASION = /在[^,。;]{0,8}[上中]/;
// 在分团评论时如是说: a delegate's remark in a group discussion, not a speech to the meeting
const GROUP_DISCUSSION = /分团|分组|小组/;
// 甲、乙向新当选的班子表示祝贺; 甲,乙参加会议,提出要求: the list did it together
const CONGRATULATED = /^(?:热烈的?)?祝贺/;
const ATTENDED_THEN = /^(?:同志)?(?:等)?[\u4e00-\u9fff]{0,2}?(?:出席|参加|列席|到会)[^,。;]{0,6}?(?:并|,)$/;
// 甲,乙,丙等班子成员逐一作…发言: each member of a list of titled people, one after another
const EACH_IN_TURN = /^(?:同志)?等[^,。;]{0,8}?(?:逐一|依次|逐个|分别|先后)/;
const POSSESSIVE_SPEECH = /^的(?:讲话|发言)/;
const QUOTE = /[“”]/;
const SPEECH_IN = /在[\u4e00-\u9fff]{0,8}(?:讲话|致辞|发言)中,?$/;
const NEW_SUBJECT = /[,;][^,;]*?(?:(?<!的)领导|代表们|负责人|同志们|嘉宾|委员们|干部们|群众)/;
const QUOTED_TOPIC = /就[“"][^”"]{1,30}[”"]/g;
const PRONOUN = /[他她](?:还|也|又|进一步|最后|同时|首先)?$/;
// noun uses of a verb: 的要求, 提出的, 要求是
const NOUN_USE_BEFORE = /(?:的|按照|根据|工作|总体|新|严格|高)$/;

// a titled member's view at a work meeting: the verb right after the name, then the view
const OPINION_QUICK = /建议|认为|提出/;
const OPINION_AFTER_NAME = /^(?:同志)?(?:还|也|同时)?(?:建议|认为|提出)(?:[,:]|要|应|把|将|加快|进一步)/;
const CLAUSE_START = /^[,;:。\n]?$/;

export interface SpeakerState {
  /** The person the last sentences were about (for 他/她). */
  lastSubject?: string;
  /**
   * Who delivered the report the last sentences are about: 他指出 there is the report's
   * content. Forgotten at the first sentence that names anyone else, or him otherwise.
   */
  reporter?: { person: string; meeting?: MeetingMention };
}

/** Remembers who delivered a report in this sentence (the REPORTED facts it gave). */
export function noteReporters(facts: Fact[], state: SpeakerState): Fact[] {
  for (const f of facts) if (f.type === 'REPORTED' && f.person) state.reporter = { person: f.person, meeting: f.meeting };
  return facts;
}

function inReport(state: SpeakerState, person: string, ctx: SentenceContext): boolean {
  const r = state.reporter;
  // (a report at another meeting, the item before: not this one's content)
  return !!r && r.person === person && r.meeting === ctx.meeting && !NAMED_SPEECH.test(ctx.sentence.text);
}

export function spoke(ctx: SentenceContext, state: SpeakerState): Fact[] {
  const { text, sentence } = ctx;
  const facts: Fact[] = [];
  const add = (p: { name: string; spanStart: number }, end: number) =>
    facts.push({ type: 'SPOKE', person: p.name, meeting: ctx.meeting, start: p.spanStart, end, sentenceIndex: sentence.index });

  for (const m of matchesIn(SPEECH, text, sentence.start, sentence.end)) {
    const before = text.slice(sentence.start, m.index);
    if (THING_SUBJECT.test(before)) continue;
    // 的要求 is a noun; but 作了…的讲话 is a speech all the same
    if (NOUN_USE_BEFORE.test(before) && !SPEECH_NOUN.test(m[0])) continue;
    if (REFERRED_SPEECH_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    // 某某同志发言的《政府工作报告》: the report delivered (REPORTED), not a speech
    if (text.startsWith('的《', m.index + m[0].length)) continue;
    if (PRONOUN.test(before)) {
      const here = subjectBefore(ctx, m.index)?.name ?? state.lastSubject;
      if (here && !inReport(state, here, ctx)) facts.push({ type: 'SPOKE', person: here, meeting: ctx.meeting, start: m.index - 1, end: m.index + m[0].length, sentenceIndex: sentence.index });
      continue;
    }
    const speaker = subjectBefore(ctx, m.index);
    if (!speaker) continue;
    // 甲、乙分别作了讲话, 甲、乙和丙先后发言: each of them
    const between = text.slice(speaker.end, m.index);
    if (!SPEECH_NOUN.test(m[0]) && (DELIVERS_REPORT.test(between) || IN_REPORT.test(between))) continue;
    if (GESTURE.test(between) || GROUP_DISCUSSION.test(between)) continue;
    if (!SPEECH_OCCASION.test(between) && inReport(state, speaker.name, ctx)) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 4);
    let each = [speaker];
    if (between.includes('分别') || between.includes('先后') || (m[0] === '表示' && CONGRATULATED.test(after))) each = listEndingWith(ctx, speaker);
    else if (ATTENDED_THEN.test(between) || EACH_IN_TURN.test(between)) each = listEndingWith(ctx, speaker, true);
    for (const p of each) add(p, m.index + m[0].length);
  }
  for (const p of ctx.people) {
    const left = text.slice(sentence.start, p.spanStart);
    if (SPEECH_IN.test(left) || left.endsWith('”')) add(p, p.end);
  }
  // 镇人大主席某某建议,要…: at a work meeting or 务虚会 each member gives their view in turn
  if (ctx.meeting?.kind === 'work_meeting' && OPINION_QUICK.test(sentence.text)) {
    for (const p of ctx.people) {
      if (!p.posts.length || !OPINION_AFTER_NAME.test(text.slice(p.end, p.end + 6))) continue;
      if (!CLAUSE_START.test(text.slice(Math.max(sentence.start, p.spanStart - 1), p.spanStart)) && p.spanStart !== sentence.start) continue;
      if (!facts.some((f) => f.person === p.name)) add(p, p.end + 2);
    }
  }
  const first = ctx.people.find((p) => !OBJECT_MARKER.test(text.slice(sentence.start, p.spanStart)));
  if (first) state.lastSubject = first.name;
  if (first && SETTING.test(text.slice(sentence.start, first.spanStart)) && REPORT_SUBJECT.test(text.slice(first.end, first.end + 50))) {
    state.reporter = { person: first.name, meeting: ctx.meeting };
  } else if (state.reporter && ctx.people.some((p) => p !== first || p.name !== state.reporter?.person)) {
    state.reporter = undefined;
  }
  return facts;
}

function subjectBefore(ctx: SentenceContext, index: number): PersonMention | undefined {
  const { text, sentence } = ctx;
  for (let i = ctx.people.length - 1; i >= 0; i--) {
    const p = ctx.people[i];
    if (p.end > index) continue;
    const between = text.slice(p.end, index);
    if (between.startsWith('的') && !POSSESSIVE_SPEECH.test(between)) return undefined;
    if (isObject(ctx, p)) continue;
    // the subject of a later clause would be named again; a quoted passage is someone else's words
    // (就“政府工作报告”指出: a quoted topic, not someone else's words)
    if (QUOTE.test(between.replace(QUOTED_TOPIC, ''))) return undefined;
    // "甲主持,县领导到会指导并讲话": a later clause with a subject of its own
    if (NEW_SUBJECT.test(between)) return undefined;
    return p;
  }
  return undefined;
}

/** True when the mention is an object (选举某某, 向某某); 甲和乙 is a list of subjects all the same. */
function isObject(ctx: SentenceContext, p: PersonMention): boolean {
  const before = (q: PersonMention) => ctx.text.slice(ctx.sentence.start, q.spanStart);
  if (!OBJECT_MARKER.test(before(p))) return false;
  const list = listEndingWith(ctx, p);
  return list.length === 1 || OBJECT_MARKER.test(before(list[0]));
}
