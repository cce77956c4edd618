// APPROVED: the meeting adopted or approved an item; one fact per item.
//   大会审查和批准了…决算 · 会议表决通过了A、B和C · 审议并通过… · 票决确定了X等8个项目为Y ·
//   一致通过了以上报告 (→ the reports the meeting heard) · 通过了镇党委、纪委工作报告的决议 (→ two)
// Heard or reviewed only (听取, 审议, 书面审议) is not approval.
import type { ItemKind } from '../types';
import type { Fact, RuleTriggers, SentenceContext } from './fact';
import { APPROVAL_VERB_SOURCE } from '../lexicon/verbs';
import { ORGANIZATION_ENDINGS } from '../lexicon/organizations';
import { clauseEnd, clauseStart as startOfClause, matchesIn } from '../scan';
import { parseNumeral } from '../lexicon/numbers';

export const approvedTriggers: RuleTriggers = { type: 'APPROVED', triggers: /通过|批准|票决/g };

// besides the shared approval verbs: a vote that agrees (经表决一致同意《甲》), an executive
// meeting's "agreed in principle" (会议原则同意…), projects voted out of a shortlist (投票选出…)
// a presidium's 决定了 of a list of people (决定了大会副秘书长名单, …人选)
const APPROVAL = new RegExp(`(?:表决[,，]?(?:一致|全票)?同意|原则同意|投票选出(?:并公布)?|票选出|决定(?=了)|${APPROVAL_VERB_SOURCE})(了)?`, 'g');
const DECIDED_LIST = /(?:名单|人选)(?:\(草案\))?$/;
// plain 通过/批准 needs the meeting as subject or a voting word before it ("通过推进…" is "by means of")
const VOTING_CONTEXT = /(?:会议|大会|全会|协商|研究|审定|审核|高票|全票|满票|弃权|常委会|主席团|代表|与会|一致|表决|审议|审查|讨论|决定|举手|方式|并|和|依法|宣布|全体|会上|以|(?:会议|大会)在)$/;
const ITEM_LIKE = /(?:报告|名单|议程|办法|决议|预算|决算|项目|事项|安排|时间|方案|决定|规则|草案|\)|说明|计划|纲要|章程|请求|细则|意见|日程|实事|结果|清单|》|选举办法|任免|工程|请示|的议案|范围|人选|通知|条例|规定|的建议|任免案|修正案)$/;
// ",协商讨论了《乙》(讨论稿)": a clause of its own after the comma (讨论稿 is part of a title)
const CLAUSE_VERB_START = /^[\u4e00-\u9fff]{0,3}?(?:讨论|协商|研究|审阅|听取|审议|传达|学习)(?!稿)|^[\u4e00-\u9fff]{1,4}了/;
const VERBISH = /听取|审议|选举|任命|决定|接受|宣布|进行|提出|完成|举行|表示|收到|免除|免去|颁发|号召|要求|批准|通过|表决/;
const BY_MEANS_OF = /^(?:无记名|记名|举手|投票|差额|等额|电子|视频|网络|线上|书面|现场|以|采取|采用)|^[^,;。]{0,12}(?:方式|形式|途径|渠道)/;
const GENERIC_ITEM = /^(?:有关|相关)?(?:决议草案|决议|各项决议|以上报告|上述报告|以上名单|上述名单|各项议程|有关事项|各项议题|意见|相关意见|审议意见)$/;
// 以上报告, 上述各项报告, 四个报告, 这三个报告: the reports the meeting heard
const BACK_REFERENCE = /^(?:(?:以上|上述|前述)(?:[\u4e00-\u9fff]{0,4})?(?:报告|各项报告)|(?:这个|这一|这些|该|此)(?:工作)?报告|(?:这|以上|上述)?[0-9两二三四五六七八九十]+(?:个|项|份)(?:工作)?报告)(?:的决议(?:\(草案\))?)?$/;
// the subject of a passive approval that points back at what was heard (两项草案一致获得通过)
const PASSIVE_BACK_REFERENCE = /^(?:(?:以上|上述|前述|这)(?:[0-9两二三四五六七八九十]+(?:个|项|份))?|[0-9两二三四五六七八九十]+(?:个|项|份)|各项)(?:工作)?(?:报告|草案|文件|议案|办法|方案)(?:草案)?$/;
// 两项草案一致获得通过, 《甲办法》经表决顺利获得通过, 以上报告均获通过: the item is the subject
const PASSIVE_APPROVAL = /(?:一致|全票|均|全部|顺利|经表决)?(?:获得|获|得到|予以)通过/g;
const COUNT_SUFFIX = /(?:等)?[0-9一二三四五六七八九十]+(?:个|项|件|名|份)(?:报告|决议|议案|项目|文件)?$/;
const SHARED_RESOLUTION = /^([^、]+报告(?:、[^、]+报告)+)的(?:[两二三四五六七八九十]+项)?(决议|决定)$/;
const PROJECTS_COUNTED = /^([^《》等]+?)([两二三四五六七八九十]|[0-9]+)(?:个|项|件)[^、《》]{0,10}(?:项目|实事|工程)$/;
const PROJECTS_SUMMED = /^[^《》]+等([0-9一二三四五六七八九十]+(?:个|项|件)[^、《》]{2,12}(?:项目|实事|工程))$/;
const BODY = '(?:[^、和及与《》“”]{2,20}?(?:委员会|常委会|主席团|领导小组|工作组)|“一府两院”|“两院”)';
const BODIES_SHARING_TAIL = new RegExp(`^((?:${BODY}(?:、|和|及|与))+)(${BODY}|秘书长|副秘书长)((?:(?:主任委员|副主任委员|委员|成员|组长|副组长)、?)*名单|的?(?:各项)?工作报告)$`);

// 甲委员会和乙委员会(主任委员、委员)名单, 人大常委会和“一府两院”的各项工作报告: one for
// each body (the earlier ones without 的各项)
function distributeOverBodies(item: string): string[] {
  const bodies = BODIES_SHARING_TAIL.exec(item);
  if (!bodies) return [item];
  const tail = bodies[3];
  const earlier = bodies[1].split(/、|和|及|与/).filter(Boolean).map((b) => b + tail.replace(/^的?(?:各项)?/, ''));
  return [...earlier, bodies[2] + tail];
}
const PROJECTS_AS = /^(.+?)等[0-9一二三四五六七八九十]+(?:个|项|件)(?:项目)?为(.+)$/;
const ORG_ONLY = new RegExp(`^(?:[\\u4e00-\\u9fff]{0,4}(?:镇|乡|县|区|市|街道))?(?:${ORGANIZATION_ENDINGS.join('|')})$`);
const ORG_THEN_REST = new RegExp(`^((?:[\\u4e00-\\u9fff]{0,4}(?:镇|乡|县|区|市|街道))?(?:${ORGANIZATION_ENDINGS.join('|')}))(工作报告.*)$`);

export interface ApprovalState {
  /** Reports the current meeting heard, for "通过了以上报告". */
  heard: Map<string | undefined, string[]>;
  /** The sentence before ended inside an approved list at a ; */
  listCarried?: boolean;
  /** The sentence before heard reports and ended at a ; */
  heardCarried?: boolean;
  /** The sentence before listed what the meeting is to do (本次大会的主要任务是…;) and ended at a ; */
  plannedCarried?: boolean;
  /** The sentence before told an approved topic as 一是…; and ended at a ;: the ordinal that may come next */
  topicsCarried?: number;
}

// "本次大会的主要任务是:听取…;审查和批准…;", "会议将审议…": what is to be done, not done
const TASKS_AHEAD = /主要任务(?:是|为|有)/;
const PLANNED = /主要任务(?:是|为|有)|(?:将|拟)(?:要)?(?:听取|审议|审查|表决|选举|通过|批准)/;

const KIND_RULES: ReadonlyArray<readonly [RegExp, ItemKind]> = [
  [/预算|决算/, 'budget'],
  [/报告|说明/, 'report'],
  [/项目|工程|实事/, 'project'],
  [/决议|决定/, 'resolution'],
];

export function kindOfItem(title: string): ItemKind {
  return KIND_RULES.find(([re]) => re.test(title))?.[1] ?? 'other';
}

export function approved(ctx: SentenceContext, state: ApprovalState): Fact[] {
  const { text, sentence } = ctx;
  rememberHeard(ctx, state);
  const topics = carriedTopics(ctx, state);
  if (topics) return topics;
  const planned = state.plannedCarried === true || TASKS_AHEAD.test(sentence.text);
  state.plannedCarried = planned && /[;；]\s*$/.test(sentence.text);
  if (planned) {
    state.listCarried = false;
    return [];
  }
  const carried = carriedList(ctx, state);
  if (carried) return carried;
  state.listCarried = false;
  // (before the approval verbs' gate: a decision needs none of them)
  if (!QUICK.test(sentence.text)) return [];
  const facts: Fact[] = [];
  let skipUntil = -1; // a verb inside a list already read belongs to that list
  for (const m of matchesIn(APPROVAL, text, sentence.start, sentence.end)) {
    if (m.index < skipUntil) continue;
    const listStart = listAfterVerb(ctx, m);
    if (listStart === undefined) continue;
    skipUntil = readList(ctx, state, m, listStart, facts) ?? skipUntil;
  }
  facts.push(...passiveApprovals(ctx, state));
  return facts;
}

/** "通过了两个议题,一是甲;二是乙": the topics told after the count go on in this sentence. */
function carriedTopics(ctx: SentenceContext, state: ApprovalState): Fact[] | undefined {
  const { text, sentence } = ctx;
  const expected = state.topicsCarried;
  state.topicsCarried = undefined;
  if (expected === undefined) return undefined;
  const topic = nthTopic(text, sentence.start, sentence.end, expected);
  if (!topic) return undefined;
  const facts = [fact(ctx, topic.item, sentence.start, topic.end)];
  // (…;二是甲,三是乙;: the sentence may hold the next ones too)
  let n = expected;
  let end = topic.end;
  for (;;) {
    const from = nextOrdinalAt(text, end, sentence.end, n + 1);
    const more = from === undefined ? undefined : nthTopic(text, from, sentence.end, n + 1);
    if (from === undefined || !more) break;
    facts.push(fact(ctx, more.item, from, more.end));
    n++;
    end = more.end;
  }
  if (text[sentence.end - 1] === ';') state.topicsCarried = n + 1;
  return facts;
}

/** "审议通过了《甲》;《乙》;《丙》": the list cut by the sentence break at ; goes on in this sentence. */
function carriedList(ctx: SentenceContext, state: ApprovalState): Fact[] | undefined {
  const { text, sentence } = ctx;
  if (!state.listCarried || !(QUOTED_LIST.test(sentence.text) || bareItemSentence(sentence.text))) return undefined;
  const facts: Fact[] = [];
  const listEnd = itemListEnd(text, sentence.start, sentence.end);
  for (const item of splitItems(text.slice(sentence.start, listEnd))) if (!namesNothing(item)) facts.push(fact(ctx, item, sentence.start, listEnd));
  state.listCarried = endsWithSemicolon(text, listEnd, sentence.end);
  return facts;
}

/** Where the items of an approval verb start, or undefined when the verb approves nothing here. */
function listAfterVerb(ctx: SentenceContext, m: RegExpExecArray): number | undefined {
  const { text, sentence } = ctx;
  const verb = m[0];
  const before = text.slice(sentence.start, m.index);
  const strong = verb.length > 2 || m[1] !== undefined;
  if (PLANNED.test(before) || /(?:将|拟)要?$/.test(before)) return undefined; // 会议将审议通过…: still to come
  // plain 通过 opens a clause of its own (an agenda line "6、通过《…》", "…;通过X的报告")
  const opensClause = CLAUSE_OPEN.test(before) && (text[m.index + verb.length] === '《' || ITEM_LIKE.test(text.slice(m.index + verb.length, clauseEnd(text, m.index + verb.length, sentence.end))));
  if (!strong && !VOTING_CONTEXT.test(before) && !opensClause) return undefined;
  if (verb.startsWith('通过') && TITLE_END.test(before)) return undefined;
  if (text[m.index + verb.length] === '的') return undefined; // 审议通过的决议: already adopted, mentioned in passing
  const listStart = m.index + verb.length;
  // 通过无记名投票方式…, 通过视频形式…: "by means of", not an approval
  if (!strong && BY_MEANS_OF.test(text.slice(listStart, listStart + 20))) return undefined;
  // 全票通过、依法选举…: the verb ends a list of verbs, it has no object
  if (/^[、,]/.test(text.slice(listStart, listStart + 1))) return undefined;
  return listStart;
}

/**
 * The items of the list after approval verb `m` (pushed to `facts`); returns where the list
 * ends (a verb before it belongs to it), or undefined when the verb adopts nothing here.
 */
function readList(ctx: SentenceContext, state: ApprovalState, m: RegExpExecArray, listStart: number, facts: Fact[]): number | undefined {
  const { text, sentence } = ctx;
  const listEnd = itemListEnd(text, listStart, sentence.end);
  const listText = text.slice(listStart, listEnd).replace(/^了/, '');
  // (决定了 adopts a list of people, not a speaker or a matter: 决定了报告人, 决定了有关人事任免)
  if (m[0].startsWith('决定') && !DECIDED_LIST.test(listText)) return undefined;
  const heard = () => state.heard.get(ctx.meeting?.key) ?? [];
  // 审议并通过了四个报告 / 以上报告: the reports the meeting heard
  if (BACK_REFERENCE.test(listText)) {
    for (const r of heard()) facts.push(fact(ctx, r, m.index, listEnd));
    // 通过了三个报告的决议 with the reports never named: the resolution is the item
    if (heard().length === 0 && /的决议/.test(listText)) facts.push(fact(ctx, stripItem(listText), m.index, listEnd));
    return listEnd;
  }
  // 会议原则同意该《甲》: the title named in full before
  const demonstrative = /^了?(?:该|此)《([^》]+)》$/.exec(text.slice(listStart, listEnd));
  if (demonstrative) {
    const named = demonstrative[1];
    facts.push(fact(ctx, heard().find((h) => h.includes(named)) ?? named, m.index, listEnd));
    return listEnd;
  }
  // 通过了两个议题,一是甲;二是乙: the topics are told after the count, one after each ordinal
  if (COUNTED_TOPICS.test(listText)) {
    let from: number | undefined = listEnd;
    for (let n = 1; from !== undefined; n++) {
      const topic = nthTopic(text, from, sentence.end, n);
      if (!topic) break;
      facts.push(fact(ctx, topic.item, m.index, topic.end));
      from = nextOrdinalAt(text, topic.end, sentence.end, n + 1);
      if (from === undefined && text[sentence.end - 1] === ';') state.topicsCarried = n + 1;
    }
    return sentence.end;
  }
  // (甲、乙两个民生实事项目: projects, whatever each is called)
  const countedProjects = PROJECTS_COUNTED.test(listText.replace(/,/g, '、'));
  for (const item of splitItems(text.slice(listStart, listEnd))) {
    if (BACK_REFERENCE.test(item)) {
      for (const r of heard()) facts.push(fact(ctx, r, m.index, listEnd));
      continue;
    }
    if (namesNothing(item)) continue;
    facts.push({ ...fact(ctx, item, m.index, listEnd), ...(countedProjects ? { itemKind: 'project' as const } : {}) });
  }
  state.listCarried = endsWithSemicolon(text, listEnd, sentence.end);
  return listEnd;
}

// "经过表决,两项草案一致获得通过": the subject of the clause is what was approved
function passiveApprovals(ctx: SentenceContext, state: ApprovalState): Fact[] {
  const { text, sentence } = ctx;
  const facts: Fact[] = [];
  for (const m of matchesIn(PASSIVE_APPROVAL, text, sentence.start, sentence.end)) {
    const clauseStart = startOfClause(text, sentence.start, m.index);
    const subject = text.slice(clauseStart, m.index).replace(/^(?:经过?表决|最后|会上|会议|大会)+/, '').replace(/(?:经过?表决|在会上|在大会上|以全票|以高票|全票|一致|顺利|均|以)+$/, '');
    if (PASSIVE_BACK_REFERENCE.test(subject)) {
      for (const r of state.heard.get(ctx.meeting?.key) ?? []) facts.push(fact(ctx, r, clauseStart, m.index + m[0].length));
      continue;
    }
    if (/^《[^》]+》(?:[、和及与]?《[^》]+》)*$/.test(subject)) for (const item of splitItems(subject)) facts.push(fact(ctx, item, clauseStart, m.index + m[0].length));
  }
  return facts;
}

// "通过了某区妇联第三次代表大会": a meeting is not a thing a meeting adopts (the text lost its item)
const MEETING_NAME = /(?:大会|会议|全会|党代会|人代会)$/;

// 通过了对某某的任命: a person appointed (ELECTED reads it), not a document adopted
const APPOINTMENT_OF_PERSON = /^对[^、,]{1,24}的(?:任命|任免|免职)$/;

// 通过了两个议题(,一是…): a count of the topics told after it names none of them
const COUNTED_TOPICS = /^[0-9两二三四五六七八九十]+(?:个|项)(?:议题|事项)$/;
const ORDINALS = '一二三四五六七八九十';
// the topic after an ordinal runs to the first break: what follows a comma tells how, not what
const TOPIC_AFTER_ORDINAL = /^([一二三四五六七八九十])是([^,;:。]{4,60})/;

/** The n-th topic (一是…, 二是…) right at `from` (or after a comma or colon there): its item and where it ends. */
function nthTopic(text: string, from: number, limit: number, n: number): { item: string; end: number } | undefined {
  const at = text[from] === ',' || text[from] === ':' ? from + 1 : from;
  const head = TOPIC_AFTER_ORDINAL.exec(text.slice(at, Math.min(limit, at + 64)));
  if (!head || ORDINALS.indexOf(head[1]) !== n - 1) return undefined;
  return { item: head[2], end: at + head[0].length };
}

/** Where the n-th ordinal (…,二是) starts a clause of the sentence after `from`, if it does. */
function nextOrdinalAt(text: string, from: number, limit: number, n: number): number | undefined {
  const ordinal = ORDINALS[n - 1];
  if (ordinal === undefined) return undefined;
  for (let i = text.indexOf(`${ordinal}是`, from); i >= 0 && i < limit; i = text.indexOf(`${ordinal}是`, i + 1)) {
    if (text[i - 1] === ',' || text[i - 1] === ';') return i;
  }
  return undefined;
}

// 审议了各项报告,并通过了对报告的决议: a resolution on reports it does not name (each
// resolution is told by name elsewhere, or not at all)
// (工作报告的决议 names the one work report of a congress: an item)
const RESOLUTION_ON_UNNAMED_REPORTS = /^(?:对(?:各项|有关|相关|大会各项)?|(?:关于)?(?:各项|有关|相关|大会各项))报告的(?:各项)?决议(?:\(草案\))?$/;

// (下转A2版), (转第3版), (上接第1版): a newspaper's page-jump line, not the list going on
const PAGE_JUMP = /^\(?(?:下转|转|上接|接)第?[A-Z]?\d{1,2}版\)?$/;

function namesNothing(item: string): boolean {
  return item.length < 2 || PAGE_JUMP.test(item) || GENERIC_ITEM.test(item) || MEETING_NAME.test(item) || APPOINTMENT_OF_PERSON.test(item) || COUNTED_TOPICS.test(item) || RESOLUTION_ON_UNNAMED_REPORTS.test(item);
}

const STARTS_WITH_VERB = /^(?:听取|审议|审查|投票|测评|选举(?!办法)|完成|进行|决定|举行|表彰|颁发|通过|批准)/;

// a clause with a verb of its own near its start (会议听取了…, 讨论…), or someone making a
// report (某某作…报告): the next point of an agenda, not one more item of the list before
const OWN_CLAUSE = /^[^《]{0,10}?(?:听取|审议|审查(?!委员会)|讨论|协商|研究|传达|学习|部署|签订|表彰|宣读|观看|举行)|[^工制创合协操运动写著]作(?:了)?[^《,;。]{0,30}(?:报告|说明)$/;

// ";审定通过《乙》", ";会议还决定了乙名单": the clause has its approval verb (关于批准…的决议 is a title)
const APPROVES_ITSELF = /^[^《]{0,6}?(?<!关于)(?:通过|批准|决定了)/;

// "…通过甲办法;乙名单;": a bare item, alone between two semicolons
function bareItemSentence(s: string): boolean {
  const t = s.replace(/[;；。\s]+$/, '');
  return t.length >= 2 && t.length <= 40 && ITEM_LIKE.test(t) && !STARTS_WITH_VERB.test(t) && !OWN_CLAUSE.test(t) && !APPROVES_ITSELF.test(t) && !/[,:]/.test(t);
}

// the list ran to the sentence's end, which is a ; (the next sentence may go on with it)
function endsWithSemicolon(text: string, listEnd: number, sentenceEnd: number): boolean {
  return listEnd >= sentenceEnd - 1 && /[;；]/.test(text[sentenceEnd - 1] ?? '');
}

function fact(ctx: SentenceContext, item: string, start: number, end: number): Fact {
  return { type: 'APPROVED', item, itemKind: kindOfItem(item), meeting: ctx.meeting, start, end, sentenceIndex: ctx.sentence.index };
}

// The list runs to the end of the clause, and on over commas while what follows is
// itself a bare item ("通过了议案截止时间,大会日程安排,代表小组划分…").
function itemListEnd(text: string, from: number, limit: number): number {
  let end = itemClauseEnd(text, from, limit);
  // "通过了《甲》、听取了…": a verb after 、 starts another clause, not another item
  const verbAfterComma = /、(?:听取|审议|审查|选举|决定|表彰|颁发|举行|进行|完成)/.exec(text.slice(from, end));
  if (verbAfterComma) return from + verbAfterComma.index;
  while (end < limit && text[end] === ',') {
    const next = itemClauseEnd(text, end + 1, limit);
    const segment = text.slice(end + 1, next);
    // (a verb inside a title is part of it: ,以及《…关于…的决定》)
    const outsideTitles = segment.replace(/《[^《》]*》/g, '《》');
    // (",、" is what a removed gloss leaves inside a list: the list goes on)
    // (",某某代表某委员会作了…工作报告": someone making a report, a clause of its own)
    if (!ITEM_LIKE.test(segment) || VERBISH.test(outsideTitles) || CLAUSE_VERB_START.test(outsideTitles) || OWN_CLAUSE.test(outsideTitles) || (outsideTitles.length > 40 && !segment.startsWith('、'))) break;
    end = next;
  }
  return end;
}

// a clause also ends before "并完成…", "并决定…": a second verb, not another item
function itemClauseEnd(text: string, from: number, limit: number): number {
  return clauseEnd(text, from, limit, (i) => text[i] === '并' && AND_THEN_VERB.test(text.slice(i, i + 3)));
}

const WHOLE_TITLE = /^《[^《》]+》$/;

/** Splits an approved list into items (see the header for the shapes). */
export function splitItems(list: string): string[] {
  const cleaned = list.replace(/^了/, '').replace(/,/g, '、').replace(/》《/g, '》、《');
  const projects = PROJECTS_AS.exec(cleaned);
  if (projects) return [stripItem(projects[1]), stripItem(projects[2])];
  // 甲、乙…等10项民生实事项目: the projects the vote chose, as the text sums them up
  const summed = PROJECTS_SUMMED.exec(cleaned);
  if (summed) return [stripItem(summed[1])];
  // 甲、乙、丙三个民生实事项目: the projects named one by one, as many as the count says
  const counted = PROJECTS_COUNTED.exec(cleaned);
  if (counted) {
    const named = splitTopLevel(counted[1], '、').flatMap((p) => p.split(/和|及/)).map(stripItem).filter(Boolean);
    if (named.length > 1 && named.length === parseNumeral(counted[2])) return named;
  }
  const bodies = distributeOverBodies(cleaned);
  if (bodies.length > 1) return bodies.map(stripItem);
  // 镇党委工作报告、镇纪委工作报告的两项决议: one resolution on each report
  const shared = SHARED_RESOLUTION.exec(cleaned);
  if (shared && !shared[1].includes('《')) return splitTopLevel(shared[1], '、').map((r) => stripItem(`${r}的${shared[2]}`));
  const pieces = splitTopLevel(cleaned, '、');
  const items: string[] = [];
  let carry = '';
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k];
    const next = pieces[k + 1];
    if (next !== undefined && ORG_ONLY.test(piece)) {
      // 镇党委、纪委工作报告的决议 → 镇党委工作报告的决议 + 纪委工作报告的决议
      const rest = ORG_THEN_REST.exec(next);
      if (rest) {
        items.push(piece + rest[2]);
        continue;
      }
    }
    const joined = carry ? `${carry}、${piece}` : piece;
    // (a title in 《》 is an item whatever its last word: 《…制度》《…规则》)
    if (next !== undefined && !ITEM_LIKE.test(stripItem(piece)) && !WHOLE_TITLE.test(piece)) {
      carry = joined;
      continue;
    }
    carry = '';
    items.push(...splitConjunctions(joined).flatMap(distributeOverBodies));
  }
  if (carry) items.push(carry);
  return items.map(stripItem).filter(Boolean);
}

// "A和B", "A及B" are two items only when A reads as an item by itself.
function splitConjunctions(piece: string): string[] {
  const out: string[] = [];
  let cursor = 0;
  const re = /以及|和|及|与/g;
  let m: RegExpExecArray | null;
  let depth = 0;
  while ((m = re.exec(piece)) !== null) {
    depth = nesting(piece.slice(0, m.index));
    if (depth > 0) continue;
    const left = piece.slice(cursor, m.index);
    const right = piece.slice(m.index + m[0].length);
    // (《甲》和《乙》: two titles, whatever they end with)
    const twoTitles = /》$/.test(left) && right.startsWith('《');
    if ((ITEM_LIKE.test(stripItem(left)) || twoTitles || sameHead(left, right) || sameHeadWithReport(left, right)) && right.length > 0) {
      out.push(sameHeadWithReport(left, right) ? `${left}报告` : left);
      cursor = m.index + m[0].length;
    }
  }
  out.push(piece.slice(cursor));
  return out;
}

// 筹备情况和编组情况: two items with one head noun, each whole
function sameHead(left: string, right: string): boolean {
  const head = left.slice(-2);
  return left.length >= 4 && right.length >= 4 && /^[\u4e00-\u9fff]{2}$/.test(head) && right.endsWith(head) && !/[和及与、]/.test(right);
}

// 甲情况和乙情况报告: 报告 belongs to both (甲情况报告, 乙情况报告)
function sameHeadWithReport(left: string, right: string): boolean {
  return right.endsWith('报告') && sameHead(left, right.slice(0, -2));
}

function nesting(s: string): number {
  let depth = 0;
  for (const ch of s) {
    if (ch === '《' || ch === '(' || ch === '“') depth++;
    else if (ch === '》' || ch === ')' || ch === '”') depth--;
  }
  return depth;
}

function splitTopLevel(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cursor = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '《' || ch === '(' || ch === '“') depth++;
    else if (ch === '》' || ch === ')' || ch === '”') depth = Math.max(0, depth - 1);
    else if (depth === 0 && ch === sep) {
      out.push(s.slice(cursor, i));
      cursor = i + 1;
    }
  }
  out.push(s.slice(cursor));
  return out.filter((x) => x.length > 0);
}

// 镇长某某所作的政府工作报告: the item is the report; who made it is a REPORTED fact
const REPORTER_CLAUSE = /^[^《》]{2,50}?所[作做]的/;
// 提交第二次全体会议表决的…, 提交代表酝酿讨论的…: where the item goes next, not its title
const FORWARDED_TO = /^提交[^的《》]{2,16}的/;

// 甲代表某委员会所作的工作报告: the report of the body the reporter spoke for
const REPORT_FOR_BODY = /^[^《》,]{0,20}?代表([^《》,]{2,40}?)所[作做]的((?:工作)?报告)$/;

function stripItem(item: string): string {
  // 甲代表某委员会所作的报告: with the reporter gone only "报告" would remain; that names
  // nothing, the body he spoke for does
  const reporterGone = item.replace(REPORTER_CLAUSE, '');
  const forBody = REPORT_FOR_BODY.exec(item);
  // (某委员会工作报告, but 某委员会的报告 as REPORTED names it)
  const base = !/^(?:工作)?报告$/.test(reporterGone) ? reporterGone : forBody ? `${forBody[1]}${forBody[2] === '报告' ? '的' : ''}${forBody[2]}` : item;
  return base.replace(FORWARDED_TO, '').replace(/^(?:以及|及)(?=《)/, '').replace(/^《/, '').replace(/^“(?![^“”]*”.)/, '').replace(/[》”]$/, '').replace(/^《(.*)》$/, '$1').replace(COUNT_SUFFIX, '').replace(/[《》]/g, '').trim();
}

const HEARD = /听取|审议|审查/;
// 各项报告, 相关报告, 其他报告: no report named
const REPORTS_IN_GENERAL = /^(?:各项|相关|有关|其他|其它|大会其他|大会各项|会议各项)/;
const HEARD_UNQUOTED = /(?:听取|审议)(?:[和并、](?:审议|讨论))?了?/g;
const AND_THEN_VERB = /^并(?:完成|进行|决定|选举|报|提请|印发)/;
const TITLE_END = /[》”]$/;
const QUICK = /通过|批准|票决|表决确定|同意|投票选出|票选出|决定了/;
const CLAUSE_OPEN = /(?:^|[,;:。、]|[0-9一二三四五六七八九十]+[、.．])$/;
// a sentence that is only quoted titles: 《乙》;  or 《乙》和《丙》。
const QUOTED_LIST = /^\s*《[^》]+》(?:[、和及与,]?《[^》]+》)*[;；。]?\s*$/;

// Titles the meeting heard, so that "通过了以上报告" can name them.
function rememberHeard(ctx: SentenceContext, state: ApprovalState): void {
  const { text, sentence } = ctx;
  // "听取了《甲》、《乙》;《丙》和《丁》以书面形式…": the heard list goes on after the ;
  const carried = state.heardCarried === true;
  state.heardCarried = false;
  if (!carried && !HEARD.test(sentence.text)) return;
  state.heardCarried = /[;；]\s*$/.test(sentence.text);
  const list = state.heard.get(ctx.meeting?.key) ?? [];
  const quoted = /《([^》]{2,80})》/g;
  let q: RegExpExecArray | null;
  const segment = text.slice(sentence.start, sentence.end);
  while ((q = quoted.exec(segment)) !== null) if (!list.includes(q[1])) list.push(q[1]);
  // "书面审议了甲情况和乙情况报告": reports heard without quotes count too
  for (const h of matchesIn(HEARD_UNQUOTED, text, sentence.start, sentence.end)) {
    const from = h.index + h[0].length;
    const listText = text.slice(from, itemListEnd(text, from, sentence.end));
    if (/[《》]|通过|批准/.test(listText)) continue;
    for (const item of splitItems(listText)) if (/报告$/.test(item) && !REPORTS_IN_GENERAL.test(item) && !BACK_REFERENCE.test(item) && !list.includes(item)) list.push(item);
  }
  state.heard.set(ctx.meeting?.key, list);
}

// a sentence of the body ends with a full stop; a headline (or a heading) is a line without one
const BODY_SENTENCE_END = /[。;；!?！？]\s*$/;

/**
 * Approvals without the headline's summing up: a headline that says the meeting voted on
 * its projects (某社区票决2025年民生实事项目) names the kind the body then lists one by one
 * (通过了甲、乙两个项目); the summary is no item of its own when the body names projects of
 * that meeting after it.
 */
export function withoutHeadlineSummaries(facts: Fact[], sentences: ReadonlyArray<{ text: string }>): Fact[] {
  const projects = facts.filter((f) => f.type === 'APPROVED' && f.itemKind === 'project');
  if (projects.length < 2) return facts;
  return facts.filter((f) => {
    if (f.type !== 'APPROVED' || f.itemKind !== 'project' || !f.item) return true;
    const line = sentences[f.sentenceIndex]?.text;
    if (line === undefined || BODY_SENTENCE_END.test(line)) return true;
    const inBody = (g: Fact) => BODY_SENTENCE_END.test(sentences[g.sentenceIndex]?.text ?? '');
    return !projects.some((g) => g.meeting?.key === f.meeting?.key && g.sentenceIndex > f.sentenceIndex && g.item !== f.item && inBody(g));
  });
}
