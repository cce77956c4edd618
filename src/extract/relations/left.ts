// LEFT: a person left a post — removed (免去, 免职), resigned (辞去, 辞职) or no longer holding
// it (不再担任). A fact of its own, not an election: it ends a tenure.
//   免去甲的县人大常委会副主任职务 · 免去甲、乙同志的镇长职务 · 关于免去甲副主席职务的决定 ·
//   接受甲同志辞去副镇长职务的请求 · 甲辞去镇人大主席职务 · 甲不再担任市政协副主席职务
// The meeting is the one that decided (when the sentence has one); the post is what was left.
import type { Fact, RuleTriggers, SentenceContext } from './fact';
import { nameListAt, namesEndingClause } from '../mentions/name-list';
import { postCore } from '../mentions/titles';
import { clauseStart, matchesIn } from '../scan';

export type Leave = NonNullable<Fact['leave']>;

export const leftTriggers: RuleTriggers = { type: 'LEFT', triggers: /免去|辞去|不再担任/g };

const QUICK = /免去|辞去|辞职|不再担任|免职/;
// verbs that put the names after them (免去甲…), and those that put them before (甲辞去…)
const NAMES_AFTER = /(?:免去|免除|接受)(?:了)?/g;
const NAMES_BEFORE = /辞去|不再担任/g;
// the post runs to 职务 (or to the end of the clause); 的 may stand between the names and the post
const POST_TEXT = /^(?:同志)?(?:的)?([\u4e00-\u9fff、]{2,40}?)(?:职务|一职|的职务)/;

function leaveOf(verb: string): Leave {
  return verb.startsWith('辞') ? 'resigned' : verb === '不再担任' ? 'ended' : 'removed';
}

function posts(text: string): string[] {
  return text.split('、').filter((p) => postCore(p) !== undefined);
}

export function left(ctx: SentenceContext): Fact[] {
  const { text, sentence } = ctx;
  if (!QUICK.test(sentence.text)) return [];
  const facts: Fact[] = [];
  const emit = (person: string, title: string, leave: Leave, start: number, end: number) => {
    const core = postCore(title);
    if (core) facts.push({ type: 'LEFT', person, title, core, leave, meeting: ctx.meeting, start, end, sentenceIndex: sentence.index });
  };

  for (const m of matchesIn(NAMES_AFTER, text, sentence.start, sentence.end)) {
    const list = nameListAt(text, m.index + m[0].length, sentence.end, { known: ctx.known, allowUnknownSurname: true });
    if (!list) continue;
    const after = text.slice(list.end, Math.min(sentence.end, list.end + 50));
    if (m[0].startsWith('接受')) {
      // 接受甲(同志)辞去…职务(的请求), 接受甲的辞职(请求)
      const resign = /^(?:同志)?(?:的)?辞去([\u4e00-\u9fff、]{2,40}?)(?:职务|一职)/.exec(after);
      if (resign) for (const post of posts(resign[1])) for (const n of list.names) emit(n, post, 'resigned', m.index, list.end + resign[0].length);
      continue;
    }
    const post = POST_TEXT.exec(after);
    if (!post) continue;
    for (const p of posts(post[1])) for (const n of list.names) emit(n, p, 'removed', m.index, list.end + post[0].length);
  }

  for (const m of matchesIn(NAMES_BEFORE, text, sentence.start, sentence.end)) {
    // 接受甲辞去… was read above
    if (/接受[^,;。]{0,12}$/.test(text.slice(Math.max(sentence.start, m.index - 14), m.index))) continue;
    const from = Math.max(sentence.start, clauseStart(text, sentence.start, m.index));
    const names = namesEndingClause(text.slice(from, m.index).replace(/(?:因[\u4e00-\u9fff]{2,8}原因|由于[\u4e00-\u9fff]{2,10}原因)$/, ''), ctx.known);
    if (!names.length) continue;
    const post = /^([\u4e00-\u9fff、]{2,40}?)(?:职务|一职)/.exec(text.slice(m.index + m[0].length, Math.min(sentence.end, m.index + 50)));
    if (!post) continue;
    for (const p of posts(post[1])) for (const n of names) emit(n, p, leaveOf(m[0]), from, m.index + m[0].length + post[0].length);
  }
  return facts;
}
