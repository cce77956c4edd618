// ATTENDED (not scored): people who attended or sat in (出席, 列席, 参加).
//   县人大常委会副主任甲、乙出席 · 副县长某某和…列席会议 · 镇党委副书记甲、乙参加
import type { Fact, SentenceContext } from './fact';
import { matchesIn } from '../scan';

const QUICK = /出席|列席|参加/;
const ATTEND = /(?:应邀)?(?:出席|列席|参加)(?:了)?/g;

export function attended(ctx: SentenceContext): Fact[] {
  const { text, sentence } = ctx;
  const facts: Fact[] = [];
  if (!QUICK.test(sentence.text)) return facts;
  for (const m of matchesIn(ATTEND, text, sentence.start, sentence.end)) {
    // every person of the clause before the verb, when nothing but lists and titles separate them
    const clauseStart = Math.max(sentence.start, text.lastIndexOf(',', m.index) + 1, text.lastIndexOf(';', m.index) + 1);
    for (const p of ctx.people) {
      if (p.spanStart >= clauseStart && p.end <= m.index) {
        facts.push({ type: 'ATTENDED', person: p.name, meeting: ctx.meeting, start: p.spanStart, end: m.index + m[0].length, sentenceIndex: sentence.index });
      }
    }
  }
  return facts;
}
