// Rosters: a post followed by the people who hold it, the way results and line-ups are
// printed in this genre:
//   本次大会的执行主席是:甲、乙、丙 · 大会执行主席由甲、乙担任 · 村委会主任:甲 委员:乙、丙
// Each name holds the post (HOLDS); at an election meeting (村/居委会换届选举大会) the roster
// is the result of the vote, so each name was also elected to it (ELECTED).
import type { Fact, SentenceContext } from './fact';
import { TITLE_CORE_RE, isPostCore, titleStart } from '../mentions/titles';
import { nameListAt } from '../mentions/name-list';
import { matchesIn } from '../scan';
import { TITLE_CORES } from '../lexicon/titles';

// after the post: 是/为 then an optional colon, or a colon alone, or 由 (…担任)
const NEXT_POST = new RegExp(`^[\\u4e00-\\u9fff]{0,10}?(?:${TITLE_CORES.join('|')})(?:是|为)?[:：]`);
const INTRODUCER = /^(?:(?:是|为)[:：]?|[:：]|由)[ \u3000]*/;

export function roster(ctx: SentenceContext): Fact[] {
  const { text, sentence } = ctx;
  if (!/[:：是为由]/.test(sentence.text)) return [];
  const facts: Fact[] = [];
  let floor = sentence.start;
  for (const m of matchesIn(TITLE_CORE_RE, text, sentence.start, sentence.end)) {
    const coreEnd = m.index + m[0].length;
    if (m.index < floor || !isPostCore(text, coreEnd, m.index)) continue;
    const intro = INTRODUCER.exec(text.slice(coreEnd, coreEnd + 4));
    if (!intro) continue;
    const listStart = coreEnd + intro[0].length;
    const list = nameListAt(text, listStart, sentence.end, { known: ctx.known, allowUnknownSurname: true });
    if (!list) continue;
    // 由甲、乙担任: the list must close with 担任; 为 must not be "为人民…" prose
    if (intro[0].startsWith('由') && !text.startsWith('担任', list.end)) continue;
    // the list ends the clause, or the next post of the roster follows (主任:甲委员:乙、丙)
    const after = text.slice(list.end, list.end + 16);
    if (list.end < sentence.end && !/^(?:[\s,;。、)]|担任|同志)/.test(after) && !NEXT_POST.test(after)) continue;
    const start = titleStart(text, m.index, floor);
    const title = text.slice(start, coreEnd);
    const electedHere = ctx.meeting?.kind === 'election';
    for (const name of list.names) {
      const base = { person: name, title, core: m[0], start, end: list.end, sentenceIndex: sentence.index };
      facts.push({ ...base, type: 'HOLDS' });
      if (electedHere) facts.push({ ...base, type: 'ELECTED', meeting: ctx.meeting, mode: 'elected' });
    }
    floor = list.end;
  }
  return facts;
}
