// ELECTED: the meeting elected (or appointed) the person to a post. A post someone is
// elected to is also a post they hold (GOLD), so each ELECTED fact comes with a HOLDS.
//   选举甲为A、乙为B,丙、丁为C · 补选某某同志为… · 任命某某同志为A、B ·
//   某某(全票)当选为… · 甲、乙两名同志分别当选为A和B (respectively) · 新当选的镇长某某
import type { Fact, RuleTriggers, SentenceContext } from './fact';
import type { PersonMention } from '../mentions/people';
import { postCore } from '../mentions/titles';
import { TITLES_AFTER_NAME } from '../lexicon/titles';
import { couldBeName, nameListAt, namesEndingClause } from '../mentions/name-list';
import { isFrequentWord } from '../lexicon/dictionary';
import { clauseEnd, clauseStart as startOfClause, matchesIn } from '../scan';

type Mode = NonNullable<Fact['mode']>;
// 增补 and 增选 (a CPPCC or a committee adds members), 递补 (an alternate member moves up), 推选 (a presidium's own chairs)
export const ELECTION_VERBS = ['补选', '选举产生', '选举', '决定任命', '任命', '增补', '增选', '递补', '推选'];
// 选举出 (elected out) reads as 选举; a colon may open the list (决定任命:甲为…)
const VERB = new RegExp(`(${ELECTION_VERBS.join('|')})(?:了|出)?[:：]?`, 'g');
// coverage expects an ELECTED fact wherever the rule would read one: 当选 and every verb above
export const electedTriggers: RuleTriggers = { type: 'ELECTED', triggers: new RegExp(['当选', ...ELECTION_VERBS].join('|'), 'g') };
// 当选为, and the passive 被选举为 / 被任命为 (names before the verb)
const ELECTED_AS = /当选为|当选|被(?:补选|增补|增选|递补|推选|选举|选|任命)为/g;
const NEW_HOLDER = /新当选(?:的)?/g;
const NAME_PREFIX_NOISE = /^(?:宣布|经过?选举,?|大会|会议|依法|并|,)+/;
const QUICK = /选|任|增补|递补|宣誓|代理/;
const AS_POST = /^(?:为|任|担任)/;
const COUNTED_BEFORE_POST = /等?[0-9一二两三四五六七八九十]+(?:名|位|人)$/;

function modeOf(verb: string): Mode {
  return verb === '补选' || verb === '增补' || verb === '增选' || verb === '递补' ? 'by_election' : verb.includes('任命') ? 'appointed' : 'elected';
}

// members of a body rather than a post: 代表资格审查委员会组成人员, 居委会成员, 主席团成员
const coreOf = (post: string): string | undefined => postCore(post) ?? /(?:组成人员|委员会成员|居委会成员|村委会成员|班子成员|主席团成员)$/.exec(post)?.[0];

/** Records one election (and the post it gives) read from the sentence. */
type Emit = (name: string, written: string, mode: Mode, start: number, end: number) => void;

export function elected(ctx: SentenceContext): Fact[] {
  const facts: Fact[] = [];
  const { text, sentence } = ctx;
  const carried = electionCarriedOver(text, sentence.start);
  if (!carried && !QUICK.test(sentence.text)) return facts;
  const emit: Emit = (name, written, mode, start, end) => {
    const post = written.replace(POST_TAIL, '');
    const core = coreOf(post);
    if (!core || post.length > 40) return;
    const base = { person: name, title: post, core, start, end, sentenceIndex: sentence.index };
    facts.push({ ...base, type: 'ELECTED', meeting: ctx.meeting, mode });
    facts.push({ ...base, type: 'HOLDS' });
  };
  electedByVerb(ctx, emit);
  appointmentsApproved(ctx, emit);
  postsTakenByName(ctx, emit);
  actingHeads(ctx, emit, facts);
  // "…选举甲为A;乙为B": a list cut by the sentence break at ; goes on in this sentence
  if (carried) electionItems(ctx, sentence.start, (name, post, end) => emit(name, post, carried, sentence.start, end));
  electedAs(ctx, emit);
  newHolders(ctx, emit);
  oathTakers(ctx, emit);
  return facts;
}

/** 选举/补选/任命 甲为A、乙为B; titled names or a roster right after the verb. */
function electedByVerb(ctx: SentenceContext, emit: Emit): void {
  const { text, sentence } = ctx;
  // 选举甲为A、乙为B,丙、丁为C
  for (const m of matchesIn(VERB, text, sentence.start, sentence.end)) {
    const mode = modeOf(m[1]);
    const after = m.index + m[0].length;
    // 选举产生了新任党委书记甲、纪委书记乙: titled names right after the verb
    if (!electionItems(ctx, after, (name, post, end) => emit(name, post, mode, m.index, end))) {
      const titled = titledListAfter(ctx, after);
      for (const p of titled) for (const post of p.posts) if (!post.nominee) emit(p.name, post.title, mode, m.index, p.end);
      // 选举产生了新一届县委常委:甲、乙、丙 (the post, a colon, the names)
      if (!titled.length) {
        const roster = ROSTER_AFTER_VERB.exec(text.slice(after, Math.min(sentence.end, after + 40)));
        const list = roster && coreOf(roster[1]) ? nameListAt(text, after + roster[0].length, sentence.end, { known: ctx.known, allowUnknownSurname: true }) : undefined;
        if (list) for (const name of list.names) emit(name, roster![1], mode, m.index, list.end);
      }
    }
  }
}

/** 会议表决通过了对甲、乙两位审判员的任命: an appointment approved by a standing committee. */
function appointmentsApproved(ctx: SentenceContext, emit: Emit): void {
  const { text, sentence } = ctx;
  // 会议表决通过了对甲、乙两位审判员的任命: an appointment approved by a standing committee
  for (const m of matchesIn(APPOINTMENT_OF, text, sentence.start, sentence.end)) {
    const list = nameListAt(text, m.index + m[0].length, sentence.end, { known: ctx.known });
    if (!list) continue;
    const close = text.indexOf('的任命', list.end);
    if (close < 0 || close > sentence.end || close - list.end > 30) continue;
    for (const post of splitAtPosts(text.slice(list.end, close).replace(/[和及][^、和及]*$/, ''))) for (const n of list.names) emit(n, post, 'appointed', m.index, close + 3);
  }
}

/** A standing committee's decision "…,甲任某区副区长、代理区长" (and a headline "甲任某区代理区长"). */
function postsTakenByName(ctx: SentenceContext, emit: Emit): void {
  const { text, sentence } = ctx;
  // a standing committee's decision "…,甲任某区副区长、代理区长" (and a headline "甲任某区代理区长")
  if (ctx.meeting?.kind === 'standing_committee' || /任免|人事/.test(sentence.text)) {
    for (const m of matchesIn(NAME_TAKES_POST, text, sentence.start, sentence.end)) {
      const at = m.index + m[1].length;
      const names = namesEndingClause(text.slice(startOfClause(text, sentence.start, at), at), ctx.known);
      if (!names.length) continue;
      const postEnd = clauseEnd(text, at + 1, sentence.end);
      for (const post of splitPosts(text.slice(at + 1, postEnd))) for (const n of names) emit(n, post, 'appointed', at - n.length, postEnd);
    }
  }
}

/** A standing committee names an acting head: 决定甲为某县人民政府代理县长. */
function actingHeads(ctx: SentenceContext, emit: Emit, facts: Fact[]): void {
  const { text, sentence } = ctx;
  // a standing committee names an acting head: 决定甲为某县人民政府代理县长 · 决定(由)甲副区长代理某区人民政府区长职务
  for (const m of matchesIn(DECIDES, text, sentence.start, sentence.end)) {
    const list = nameListAt(text, m.index + m[0].length, sentence.end, { known: ctx.known, allowUnknownSurname: true });
    if (!list) continue;
    const rest = text.slice(list.end, clauseEnd(text, list.end, sentence.end));
    const acting = ACTING.exec(rest);
    if (!acting) continue;
    const end = list.end + acting[0].length;
    const post = acting[3] ? acting[3] : `代理${acting[4]}`;
    for (const name of list.names) {
      // the post the acting head already holds (副区长) is held, not given by this decision
      if (acting[1]) facts.push({ type: 'HOLDS', person: name, title: acting[1], core: acting[1], start: m.index, end, sentenceIndex: sentence.index });
      emit(name, post, 'appointed', m.index, end);
    }
  }
}

/** 甲(全票)当选为A; 甲、乙分别当选为A和B. */
function electedAs(ctx: SentenceContext, emit: Emit): void {
  const { text, sentence } = ctx;
  // 甲(全票)当选为A; 甲、乙分别当选为A和B
  for (const m of matchesIn(ELECTED_AS, text, sentence.start, sentence.end)) {
    const clauseStart = Math.max(sentence.start, startOfClause(text, sentence.start, m.index));
    let names = namesBefore(ctx, text.slice(clauseStart, m.index));
    // "甲以赞成票90票、反对票0票的投票结果,当选为…": the name heads the clause before, the vote between
    if (!names.length && clauseStart === m.index && clauseStart > sentence.start) names = votedNamesBefore(ctx, clauseStart - 1);
    if (!names.length) continue;
    const postEnd = clauseEnd(text, m.index + m[0].length, sentence.end);
    let postText = text.slice(m.index + m[0].length, postEnd);
    // "选举产生了镇人民政府副镇长,甲、乙当选": the post was named before the names
    if (!postText) postText = postNamedBefore(text.slice(sentence.start, clauseStart)) ?? '';
    if (!postText) continue;
    const respectively = text.slice(clauseStart, m.index).includes('分别');
    const posts = respectively ? splitAtPosts(postText) : splitPosts(postText);
    const mode: Mode = m[0].includes('任命') ? 'appointed' : m[0].includes('补选') ? 'by_election' : 'elected';
    if (respectively && posts.length === names.length) names.forEach((n, k) => emit(n, posts[k], mode, clauseStart, postEnd));
    else for (const n of names) for (const p of posts) emit(n, p, mode, clauseStart, postEnd);
  }
}

/** 新当选的青岭镇人民政府镇长某某 (a named new holder). */
function newHolders(ctx: SentenceContext, emit: Emit): void {
  const { text, sentence } = ctx;
  // 新当选的青岭镇人民政府镇长某某 (a named new holder)
  for (const m of matchesIn(NEW_HOLDER, text, sentence.start, sentence.end)) {
    const after = m.index + m[0].length;
    // 新当选的乡人大主席甲,乡长乙,副乡长丙、丁: every titled holder of the list that follows
    for (const holder of newHoldersFrom(ctx, after)) for (const post of holder.posts) if (!post.nominee) emit(holder.name, post.title, 'elected', m.index, holder.end);
  }
}

/** The holders who take the oath for posts elected without names. */
function oathTakers(ctx: SentenceContext, emit: Emit): void {
  const { text, sentence } = ctx;
  // "选举产生了镇人大主席、一名副镇长。…宣誓仪式上,人大主席甲、副镇长乙作出庄严承诺":
  // the posts were elected without names; the holders who take the oath are the ones elected
  if (sentence.text.includes('宣誓')) {
    const electedCores = postsElectedWithoutNames(text, sentence.start);
    for (const p of ctx.people) {
      if (OATH_OFFICIANT.test(text.slice(p.end, p.end + 4))) continue;
      for (const post of p.posts) if (!post.nominee && electedCores.has(post.core)) emit(p.name, post.title, 'elected', p.spanStart, p.end);
    }
  }
}

// 监誓人, 领誓 by a chair: the person oversees the oath, they do not take it
const OATH_OFFICIANT = /^(?:同志)?(?:监誓|主持|带领)/;
const POSTS_ELECTED = /(?:选举产生|选举|补选)了?(?:新一届)?([^,;。]{2,60}?)(?=[,;。]|$)/g;
const COUNT_OF_POST = /^(?:[0-9一二两三四五六七八九十]+名)|(?:[0-9一二两三四五六七八九十]+名)$/g;

/** Title cores of the posts an election in the text before `end` filled with no name given (选举产生了镇长1名、副镇长2名). */
function postsElectedWithoutNames(text: string, end: number): Set<string> {
  const cores = new Set<string>();
  for (const m of text.slice(0, end).matchAll(POSTS_ELECTED)) {
    for (const piece of m[1].split(/[、和及]/)) {
      const core = postCore(piece.replace(COUNT_OF_POST, ''));
      if (core) cores.add(core);
    }
  }
  return cores;
}

const DECIDES = /决定(?:由)?(?!任命|免去|任免|接受|批准)/g;
// after the names: their present post (副区长), then 为…代理… or 代理…职务
const ACTING = new RegExp(`^(?:同志)?(${TITLES_AFTER_NAME.join('|')})?(?:同志)?(?:(为)([^,;。]{0,20}代理[^,;。]{1,20}?)(?:职务)?$|代理([^,;。]{1,30}?)职务)`);

// after a post: a bracketed note (试用期一年), or the decision the appointment is written in
// (增补甲为政协委员的决定)
const POST_TAIL = /(?:\([^()]{1,12}\)|的(?:决定|决议|建议|议案)(?:\(草案\))?)$/;
const ROSTER_AFTER_VERB = /^(?:新一届|新一任|新任)?([^,;。:：、]{2,30}?)[:：]/;
const APPOINTMENT_OF = /(?:通过了?|批准了?)对/g;
// 任 right after a name, not 任职/任命/任期/任务/任免/任何
const NAME_TAKES_POST = /([\u4e00-\u9fff])任(?![职命期务免何内前])/g;

/** The titled people of the list that starts at `i`, one after another over 、 , 和 (同志 allowed). */
function newHoldersFrom(ctx: SentenceContext, i: number): PersonMention[] {
  const out: PersonMention[] = [];
  let j = i;
  for (;;) {
    const p = ctx.people.find((m) => m.spanStart === j && m.posts.length);
    if (!p) return out;
    out.push(p);
    j = p.end;
    if (ctx.text.startsWith('同志', j)) j += 2;
    if (!'、,和及'.includes(ctx.text[j] ?? '-')) return out;
    j++;
  }
}

/** Titled people listed from `i` on (新任党委书记甲、纪委书记乙), skipping 新任/新一届. */
function titledListAfter(ctx: SentenceContext, i: number): PersonMention[] {
  const out: PersonMention[] = [];
  let j = i;
  for (;;) {
    while (/[了新任届一的\s]/.test(ctx.text[j] ?? '')) j++;
    const p = ctx.people.find((m) => m.spanStart === j && m.posts.length);
    if (!p) break;
    out.push(p);
    j = p.end;
    if (ctx.text.startsWith('同志', j)) j += 2;
    if (/[、,和]/.test(ctx.text[j] ?? '')) j++;
    else break;
  }
  return out;
}

/**
 * The "甲、乙为A, 丙为B" items of an election list from `i` on; the list goes on over 、 , and ;
 * while another "乙为…" follows (选举甲为A;乙为B). Calls `each` per name and post; returns the
 * number of items read.
 */
function electionItems(ctx: SentenceContext, i: number, each: (name: string, post: string, end: number) => void): number {
  let items = 0;
  for (;;) {
    const item = nameListThenPosts(ctx, i);
    if (!item) return items;
    items++;
    for (const name of item.names) for (const post of item.posts) each(name, post, item.end);
    i = item.end;
    if (ctx.text[i] === '、' || ctx.text[i] === ',' || ctx.text[i] === ';') i++;
    else return items;
  }
}

/** The mode of an election list that the sentence before ends with a ; inside, if any. */
function electionCarriedOver(text: string, start: number): Mode | undefined {
  let k = start - 1;
  while (k >= 0 && /\s/.test(text[k])) k--;
  if (text[k] !== ';' && text[k] !== '；') return undefined;
  const from = Math.max(0, text.lastIndexOf('。', k) + 1, k - 300);
  let mode: Mode | undefined;
  for (const m of matchesIn(VERB, text, from, k)) mode = modeOf(m[1]);
  return mode;
}

/** "甲、乙(同志)(等N名同志)为A、B" starting at i: the names, the posts and where it ends. */
function nameListThenPosts(ctx: SentenceContext, i: number): { names: string[]; posts: string[]; end: number } | undefined {
  const { text, sentence, known } = ctx;
  // a name, or a titled name (任命县委副书记某某同志为…)
  const titledAt = (j: number) => {
    const p = ctx.people.find((m) => m.spanStart === j && m.posts.length);
    return p ? { name: p.name, end: p.end } : undefined;
  };
  const list = nameListAt(text, i, sentence.end, { known, allowUnknownSurname: true, titledAt }) ?? nameBeforeAs(text, i);
  if (!list) return undefined;
  const names = list.names;
  let j = list.end;
  const as = AS_POST.exec(text.slice(j, j + 2));
  // 选举产生了甲等8名党委委员: a count, then the post, with no 为
  const counted = !as && COUNTED_BEFORE_POST.test(text.slice(Math.max(i, j - 6), j)) && coreOf(text.slice(j, clauseEnd(text, j, sentence.end)).split('、')[0]) !== undefined;
  if (!as && !counted) return undefined;
  if (as) j += as[0].length;
  // posts run to the clause end, or to the next "、乙为"
  const end = clauseEnd(text, j, sentence.end);
  const posts: string[] = [];
  let cursor = j;
  for (let k = j; k <= end; k++) {
    if (k === end || text[k] === '、') {
      const piece = text.slice(cursor, k);
      const nextIsItem = k < end && nameListThenPosts({ ...ctx }, k + 1) !== undefined;
      posts.push(piece);
      if (nextIsItem) return { names, posts: posts.filter(Boolean), end: k };
      cursor = k + 1;
    }
  }
  return { names, posts: posts.filter(Boolean), end };
}

// "补选扎西平措为…", "补选和某某为…": between the verb and 为 only a name fits, even one the
// surname list does not know (a Tibetan name, a Naxi 和)
const NAME_THEN_AS = /^([\u4e00-\u9fff]{2,4}?)(?:同志)?为/;

function nameBeforeAs(text: string, i: number): { names: string[]; end: number } | undefined {
  const m = NAME_THEN_AS.exec(text.slice(i, i + 8));
  if (!m) return undefined;
  const piece = m[1];
  const given = piece[0] === '和' && piece.length === 3 ? piece.slice(1) : piece;
  if (!couldBeName(given) || isFrequentWord(piece.slice(0, 2))) return undefined;
  return { names: [piece], end: i + m[0].length - 1 };
}

const POST_ELECTED_BEFORE = /(?:选举产生|选举|补选)了?([^,;。、]{2,30}?)(?:[,;。]|$)/g;

function postNamedBefore(before: string): string | undefined {
  let post: string | undefined;
  for (const m of before.matchAll(POST_ELECTED_BEFORE)) if (coreOf(m[1])) post = m[1];
  return post;
}

// "A镇镇长和A镇人大主席" → two posts; a 和 inside a place name (园和街道) is not a break
function splitAtPosts(postText: string): string[] {
  const posts: string[] = [];
  let cursor = 0;
  for (let k = 0; k < postText.length; k++) {
    if ('、和及'.includes(postText[k]) && coreOf(postText.slice(cursor, k))) {
      posts.push(postText.slice(cursor, k));
      cursor = k + 1;
    }
  }
  posts.push(postText.slice(cursor));
  return posts.filter(Boolean);
}

function splitPosts(postText: string): string[] {
  return postText.split('、').filter(Boolean);
}


/** The names that open the clause ending at `end` and are followed by the vote (以…票/以…结果). */
function votedNamesBefore(ctx: SentenceContext, end: number): string[] {
  const { text, sentence } = ctx;
  const start = Math.max(sentence.start, startOfClause(text, sentence.start, end));
  const clause = text.slice(start, end);
  const by = clause.search(/以[^,;。]{0,40}?(?:票|结果)/);
  if (by <= 0 || !/(?:票|结果)$/.test(clause)) return [];
  // the names end the words before 以 (在投票选举环节,甲以…: the clause may start with its circumstance)
  return namesEndingClause(clause.slice(0, by), ctx.known);
}

/** The names written before 当选 in a clause: "宣布甲同志", "甲、乙两名同志分别以全票", "甲和乙". */
function namesBefore(ctx: SentenceContext, clause: string): string[] {
  return namesEndingClause(clause.replace(NAME_PREFIX_NOISE, ''), ctx.known);
}
