// ATTENDED (not scored) for an untitled list of leaders on the rostrum, the way sessions
// open in this genre:
//   甲、乙、丙等县人大常委会领导在主席台就座 · 甲、乙在主席台前排就座 · 甲、乙等领导出席会议
// The names carry no title, so no other rule reads them; without this the people of the
// list are in no fact, and a reader following them across articles loses them.
import type { Fact, SentenceContext } from './fact';
import { nameListAt } from '../mentions/name-list';
import { matchesIn } from '../scan';

const QUICK = /就座|出席/;
// the list's closing words: who they are (等…领导), then where they sat or that they attended
const SEATED = /^等?(?:[\u4e00-\u9fff]{0,16}?(?:领导|负责同志|领导同志))?(?:在主席台(?:前排|上)?就座|出席了?(?:会议|大会|开幕式|闭幕式)?(?=[,;。]|$))/;
const CLAUSE_BREAK = /[,;。:]/g;

export function seated(ctx: SentenceContext): Fact[] {
  const { text, sentence } = ctx;
  if (!QUICK.test(sentence.text)) return [];
  const facts: Fact[] = [];
  const starts = [sentence.start, ...matchesIn(CLAUSE_BREAK, text, sentence.start, sentence.end).map((m) => m.index + 1)];
  for (const start of starts) {
    // a titled list is read by the mention rules (and attended.ts): only lists that open the clause bare
    if (ctx.people.some((p) => p.spanStart === start && p.posts.length)) continue;
    const list = nameListAt(text, start, sentence.end, { known: ctx.known });
    if (!list || list.names.length < 2) continue;
    const closing = SEATED.exec(text.slice(list.end, Math.min(sentence.end, list.end + 30)));
    if (!closing) continue;
    const end = list.end + closing[0].length;
    for (const person of list.names) facts.push({ type: 'ATTENDED', person, meeting: ctx.meeting, start, end, sentenceIndex: sentence.index });
  }
  return facts;
}
