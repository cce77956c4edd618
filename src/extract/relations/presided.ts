// PRESIDED: the person chaired the meeting or one of its sittings.
//   镇党委书记某某主持会议 · 大会由某某主持 · 某某主持预备会议、第二次全体会议 · 大会主持人某某
import type { Fact, RuleTriggers, SentenceContext } from './fact';
import { listEndingWith, mentionBefore } from './fact';
import { matchesIn } from '../scan';

export const presidedTriggers: RuleTriggers = { type: 'PRESIDED', triggers: /主持/g };

const CHAIRED = /主持(?!人|词)/g;
const HOST_BEFORE_NAME = /主持人:?$/;
// what may stand between the name and 主持: 同志, 在会上, 并
const GAP = /^(?:同志)?(?:在[\u4e00-\u9fff]{1,5}上)?(?:并|还|分别|先后)?$/;
// 某某在区政府三楼会议室主持召开…会议: where he convened it
const CONVENED_GAP = /^(?:同志)?在[^,。;]{1,24}$/;
const SITTING = /^了?(?:大会)?((?:第[一二三四五六七八九十]+次全体会议|预备会议|开幕式|开幕会|闭幕式|闭幕会|全体会议)(?:[、和及](?:第[一二三四五六七八九十]+次全体会议|预备会议|开幕式|开幕会|闭幕式|闭幕会))*)/;
const SITTING_SUBJECT = /(第[一二三四五六七八九十]+次全体会议|预备会议|开幕式|开幕会|闭幕式|闭幕会)由$/;

export function presided(ctx: SentenceContext): Fact[] {
  const { text, sentence } = ctx;
  const facts: Fact[] = [];
  if (!sentence.text.includes('主持')) return facts;
  for (const m of matchesIn(CHAIRED, text, sentence.start, sentence.end)) {
    const who = mentionBefore(ctx, m.index);
    const gap = text.slice(who?.end ?? m.index, m.index);
    if (!who || !(GAP.test(gap) || (CONVENED_GAP.test(gap) && text.startsWith('召开', m.index + 2)))) continue;
    const after = SITTING.exec(text.slice(m.index + 2, m.index + 40));
    const before = SITTING_SUBJECT.exec(text.slice(sentence.start, who.spanStart));
    const sitting = after?.[1].split(/[、和及]/)[0] ?? before?.[1];
    // 甲、乙主持 / 甲、乙分别主持预备会议和第一次全体会议: each chaired
    const chairs = listEndingWith(ctx, who);
    for (const p of chairs) facts.push({ type: 'PRESIDED', person: p.name, meeting: ctx.meeting, sitting, start: p.spanStart, end: m.index + 2, sentenceIndex: sentence.index });
  }
  for (const p of ctx.people) {
    const host = HOST_BEFORE_NAME.exec(text.slice(Math.max(sentence.start, p.start - 4), p.start));
    if (host) {
      facts.push({ type: 'PRESIDED', person: p.name, meeting: ctx.meeting, start: p.start - host[0].length, end: p.end, sentenceIndex: sentence.index });
    }
  }
  return facts;
}
