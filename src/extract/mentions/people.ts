// People with their title chains, found sentence by sentence.
// Reads: sentences. Adds: person mentions, each with the posts written next to it.
//
// Shapes handled (all common in the genre):
//   title before name        镇党委书记杜某主持会议
//   title chains             镇党委副书记、镇长李某          → two posts
//   lists after one title    副主任甲某、乙某、丙某          → each gets the post
//   name before title        詹某镇长作报告, 陈某副书记传达
//   nominees                 镇长人选梁某                  → no post (GOLD: not a holder)
//   comrades                 镇人大金某同志所作的…          → a person, no post
//   surname + title          柳主任指出                    → the 柳 introduced earlier
import type { Sentence } from '../sentences';
import { TITLES_AFTER_NAME } from '../lexicon/titles';
import { compoundSurnameAt, isSingleSurname } from '../lexicon/surnames';
import { TITLE_CORE_RE, titleStart, isPostCore, nomineeMarkerAt, postCore } from './titles';
import { followerAt, isName, nameLengthAt } from './names';
import { couldBeName } from './name-list';
import { isFrequentWord } from '../lexicon/dictionary';
import { matchesIn } from '../scan';

export interface PostMention {
  /** As written, with its jurisdiction/organisation prefix (镇党委副书记). */
  title: string;
  start: number;
  end: number;
  /** The title core it ends with (副书记). */
  core: string;
  /** Written as a nominee (镇长人选) or a former holder (原镇长): not a post the person holds. */
  nominee: boolean;
}

export type MentionKind = 'titled' | 'listed' | 'name-title' | 'comrade' | 'bare' | 'known' | 'coref';

export interface PersonMention {
  name: string;
  /** Span of the name (or of the referring words for coreference) in the normalised text. */
  start: number;
  end: number;
  /** Start of the whole mention including its title (evidence for HOLDS). */
  spanStart: number;
  posts: PostMention[];
  sentenceIndex: number;
  kind: MentionKind;
}

const CJK = /[\u4e00-\u9fff]/;
const LIST_SEPARATOR = '、';
const CONJUNCTION = '和及与';
// 各村党支部书记, 全体委员: many holders, never the first post of one person's chain
const PLURAL_HOLDERS = /^(?:各|全体|有关|部分|相关)/;
const AFTER_NAME_RE = new RegExp(TITLES_AFTER_NAME.join('|'), 'g');
const NAME_TITLE_LEFT = new Set(['了', '和', '与', '及', '由', '是', '将', '请', '向', '对', '为', '有']);
const COMRADE = '同志';
const FORMER = /(?:原|前任|老)$/;
const BRACKETED_TITLE = /\(([\u4e00-\u9fff、]{2,30})\)/g;
const NOT_A_LISTED_NAME = /[0-9办局院委部处科室所站队组]/;
// cheap whole-sentence tests that let most sentences of policy prose skip the scans below
const HAS_TITLE = new RegExp(TITLE_CORE_RE.source);
const HAS_HEAD_TITLE = new RegExp(AFTER_NAME_RE.source);
const BARE_VERB = /^(?:主持|作|所作|代表|在会上|宣读|指出|强调|表示|要求|全票|当选)/;
const CLAUSE_BREAK = /[,:;。!?"“”]/g;
const CHAIRED_BY = /由[\u4e00-\u9fff]{2,3}主持/g;
// 县领导甲、乙出席会议: people presented as the county's (district's…) leaders, with no post
const LEADERS_LABEL = /(?:[省市县区镇乡]|[省市县区]委)领导/g;

interface Segment {
  start: number;
  end: number;
  /** The separator character right before it ('' at the start of the sentence). */
  before: string;
  /** The separator right after it. */
  after: string;
}

function segments(text: string, s: Sentence): Segment[] {
  const out: Segment[] = [];
  let start = s.start;
  let before = '';
  for (let i = s.start; i <= s.end; i++) {
    const c = i < s.end ? text.charCodeAt(i) : -1;
    const inWord = (c >= 0x4e00 && c <= 0x9fff) || (c >= 48 && c <= 57) || c === 0xb7;
    if (!inWord) {
      const ch = c < 0 ? '' : text[i];
      if (i > start) out.push({ start, end: i, before, after: ch });
      before = ch;
      start = i + 1;
    }
  }
  return out;
}

/** What the segments of a sentence hand on to the next while titled people are read. */
interface ListState {
  /** posts read without a name yet, waiting for it after 、 (or , in a chain) */
  pending: PostMention[];
  /** the posts a list of bare names after a titled name shares */
  listPosts: PostMention[] | null;
  /** the list's last item was a name and nothing more */
  listClean: boolean;
  /** "镇长:某某" — a title, a colon, then the name */
  labelled: PostMention[];
  /** "市委书记,市人大常委会主任、党组书记甲": a chain of posts goes on over a comma */
  chainOverComma: boolean;
}

/** Titled people, lists and name-before-title mentions in one sentence. */
export function titledPeople(text: string, s: Sentence, known: ReadonlySet<string>): PersonMention[] {
  const found: PersonMention[] = [];
  if (!HAS_TITLE.test(s.text)) return found;
  const state: ListState = { pending: [], listPosts: null, listClean: false, labelled: [], chainOverComma: false };
  for (const seg of segments(text, s)) {
    if (seg.before !== LIST_SEPARATOR && !(seg.before === ',' && state.chainOverComma)) {
      state.pending = [];
      state.listPosts = null;
    }
    state.chainOverComma = false;
    if (readLabelledName(text, s, seg, known, state, found)) continue;
    state.labelled = [];
    const { foundHere, titleOnly } = readTitledNames(text, s, seg, known, state, found);
    if (titleOnly && !foundHere) carryTitleOnly(seg, titleOnly, state, found);
    else if (!foundHere && state.listPosts && seg.before === LIST_SEPARATOR) readListedName(text, s, seg, known, state, found);
  }
  return found;
}

/** "镇长:某某": the name after the colon takes the posts before it. */
function readLabelledName(text: string, s: Sentence, seg: Segment, known: ReadonlySet<string>, state: ListState, found: PersonMention[]): boolean {
  if (!state.labelled.length || (seg.before !== ':' && seg.before !== '：')) return false;
  const len = nameLengthAt(text, seg.start, seg.end, { known, strict: true });
  if (len <= 0) return false;
  found.push({ name: text.slice(seg.start, seg.start + len), start: seg.start, end: seg.start + len, spanStart: state.labelled[0].start, posts: state.labelled, sentenceIndex: s.index, kind: 'titled' });
  state.listPosts = state.labelled;
  state.listClean = seg.start + len === seg.end;
  state.labelled = [];
  return true;
}

/** Every title + name in one segment; a title with no name after it is handed back. */
function readTitledNames(text: string, s: Sentence, seg: Segment, known: ReadonlySet<string>, state: ListState, found: PersonMention[]): { foundHere: boolean; titleOnly: PostMention | null } {
  let cursor = seg.start;
  let foundHere = false;
  let titleOnly: PostMention | null = null;
  for (const m of matchesIn(TITLE_CORE_RE, text, seg.start, seg.end)) {
    if (m.index < cursor) continue; // inside the name just read
    const coreEnd = m.index + m[0].length;
    if (coreEnd > seg.end) break;
    const marker = nomineeMarkerAt(text, coreEnd);
    if (!marker && !isPostCore(text, coreEnd, m.index)) continue;
    // 人大办公室(代表联络室)主任: the post goes on left over the bracketed second name
    const start = titleStart(text, m.index, seg.before === ')' && m.index === seg.start ? s.start : cursor);
    // 原镇长, 前任县长: a former post is not held; treated like a nominee's
    const former = FORMER.test(text.slice(Math.max(s.start, start - 2), start));
    const post: PostMention = { title: text.slice(start, coreEnd), start, end: coreEnd, core: m[0], nominee: marker > 0 || former };
    const namePos = coreEnd + marker;
    const len = nameLengthAt(text, namePos, seg.end, { known, allowUnknownSurname: true, afterTitle: true });
    if (len > 0) {
      // "副主席甲、乙及秘书长丙": the last name of the list before 及 keeps the list's post
      if (cursor === seg.start && start > seg.start && state.listPosts && seg.before === LIST_SEPARATOR) {
        const last = listedNameBeforeConjunction(text, seg.start, start, known);
        if (last) found.push({ name: last, start: seg.start, end: seg.start + last.length, spanStart: seg.start, posts: state.listPosts, sentenceIndex: s.index, kind: 'listed' });
      }
      const posts = start === seg.start ? [...state.pending, ...splitConcurrent(post)] : splitConcurrent(post);
      found.push({ name: text.slice(namePos, namePos + len), start: namePos, end: namePos + len, spanStart: start === seg.start && state.pending.length ? state.pending[0].start : start, posts, sentenceIndex: s.index, kind: 'titled' });
      state.pending = [];
      // "书记甲和市领导乙、丙": the list after 和 belongs to the words after it, not to this post
      state.listPosts = CONJUNCTION.includes(text[namePos + len]) ? null : posts;
      state.listClean = namePos + len === seg.end || text.startsWith('同志', namePos + len);
      foundHere = true;
      cursor = namePos + len;
    } else if (namePos === seg.end && (start === seg.start || seg.after === LIST_SEPARATOR)) {
      titleOnly = post;
    }
  }
  return { foundHere, titleOnly };
}

/** A post with no name in its segment waits for the name of a later one. */
function carryTitleOnly(seg: Segment, titleOnly: PostMention, state: ListState, found: PersonMention[]): void {
  if (seg.after === LIST_SEPARATOR) state.pending.push(titleOnly);
  // (a single post goes on only where no titled name came before: in a list of titled
  // names separated by commas, a post without a name is an unnamed holder)
  else if (seg.after === ',' && titleOnly.start === seg.start && !PLURAL_HOLDERS.test(titleOnly.title) && (state.pending.length || !found.length)) {
    state.pending.push(titleOnly);
    state.chainOverComma = true;
  }
  if (seg.after === ':' && titleOnly.start === seg.start) state.labelled = [...state.pending, titleOnly];
  state.listPosts = null;
}

/** A bare name in a list after a titled name shares that name's posts. */
function readListedName(text: string, s: Sentence, seg: Segment, known: ReadonlySet<string>, state: ListState, found: PersonMention[]): void {
  const whole = seg.end - seg.start;
  // a bare two- or three-character item in a clean list of names is a name even with a rare surname
  // (four characters too when nothing in it rules out a name: 格桑央金, 欧阳某某)
  const piece = text.slice(seg.start, seg.end);
  // (the four-character one may end the list at a comma too: 副主席甲、乙、格桑央金,秘书长丙)
  const listGoesOn = seg.after === LIST_SEPARATOR || (seg.after === ',' && whole === 4);
  const exact = state.listClean && listGoesOn && whole >= 2 && (whole <= 3 || (whole === 4 && couldBeFourCharacterName(piece))) && !NOT_A_LISTED_NAME.test(piece);
  const len = nameLengthAt(text, seg.start, seg.end, { known, strict: true }) || (exact ? whole : 0) || (state.listClean ? lastListedName(text, seg) : 0);
  if (len > 0) {
    found.push({ name: text.slice(seg.start, seg.start + len), start: seg.start, end: seg.start + len, spanStart: seg.start, posts: state.listPosts as PostMention[], sentenceIndex: s.index, kind: 'listed' });
    state.listClean = seg.start + len === seg.end;
    return;
  }
  state.listPosts = null;
}

/** The name in "乙及" / "乙和" / "乙以及" spanning [start, end) exactly, else undefined. */
function listedNameBeforeConjunction(text: string, start: number, end: number, known: ReadonlySet<string>): string | undefined {
  const conj = LAST_ITEM_CONJUNCTION.exec(text.slice(start, end));
  if (!conj) return undefined;
  const nameEnd = end - conj[0].length;
  return nameLengthAt(text, start, nameEnd, { known, strict: true }) === nameEnd - start ? text.slice(start, nameEnd) : undefined;
}
const LAST_ITEM_CONJUNCTION = /(?:以及|及|和|与)$/;

/** 格桑央金, 欧阳小川: four characters that are not two words (经济发展). */
function couldBeFourCharacterName(piece: string): boolean {
  return couldBeName(piece) && !(isFrequentWord(piece.slice(0, 2)) && isFrequentWord(piece.slice(2)));
}

/** The last name of a clean list, which runs into a verb (…、万家宁出席): vouched for by the list. */
function lastListedName(text: string, seg: Segment): number {
  for (const len of [3, 2]) {
    if (seg.start + len > seg.end) continue;
    if (couldBeName(text.slice(seg.start, seg.start + len)) && (seg.start + len === seg.end || followerAt(text, seg.start + len))) return len;
  }
  return 0;
}

/** "乡党委书记兼人大主席" is two posts held at once. */
function splitConcurrent(post: PostMention): PostMention[] {
  const at = post.title.indexOf('兼');
  if (at <= 0) return [post];
  const firstTitle = post.title.slice(0, at);
  const core = postCore(firstTitle);
  if (!core) return [post];
  const first: PostMention = { ...post, title: firstTitle, end: post.start + at, core };
  const rest: PostMention = { ...post, title: post.title.slice(at + 1), start: post.start + at + 1 };
  return [first, ...splitConcurrent(rest)];
}

/** 詹某镇长, 陈某副书记: a name written before a head's title. */
export function nameBeforeTitle(text: string, s: Sentence, known: ReadonlySet<string>): PersonMention[] {
  const found: PersonMention[] = [];
  if (!HAS_HEAD_TITLE.test(s.text)) return found;
  for (const m of matchesIn(AFTER_NAME_RE, text, s.start, s.end)) {
    const k = m.index;
    const after = k + m[0].length;
    if (after < s.end && CJK.test(text[after]) && !followerAt(text, after)) continue;
    for (const len of [4, 3, 2]) {
      const p = k - len;
      if (p < s.start || (len === 4 && !compoundSurnameAt(text, p))) continue;
      const left = p === s.start ? '' : text[p - 1];
      if (left && CJK.test(left) && !NAME_TITLE_LEFT.has(left)) continue;
      const name = text.slice(p, k);
      if (!isName(name, known)) continue; // the title right after makes the end certain
      const post: PostMention = { title: m[0], start: k, end: after, core: m[0], nominee: false };
      found.push({ name, start: p, end: after, spanStart: p, posts: [post], sentenceIndex: s.index, kind: 'name-title' });
      break;
    }
  }
  return found;
}

/** 某某(镇党委书记): a name with its post in brackets after it. */
export function bracketedTitles(text: string, s: Sentence, known: ReadonlySet<string>): PersonMention[] {
  const found: PersonMention[] = [];
  if (!s.text.includes('(')) return found;
  for (const m of matchesIn(BRACKETED_TITLE, text, s.start, s.end)) {
    const open = m.index;
    const inside = m[1];
    const core = postCore(inside);
    if (!core) continue;
    for (const len of [4, 3, 2]) {
      const p = open - len;
      if (p < s.start || (len === 4 && !compoundSurnameAt(text, p))) continue;
      const left = p === s.start ? '' : text[p - 1];
      if (left && CJK.test(left) && !NAME_TITLE_LEFT.has(left)) continue;
      const name = text.slice(p, open);
      if (!isName(name, known)) continue;
      // (兼秘书长: a post held besides the one written before the name)
      const posts = inside.split('、').filter((t) => postCore(t)).map((t) => {
        const bare = t.replace(/^兼/, '');
        const start = open + 1 + inside.indexOf(t) + t.length - bare.length;
        return { title: bare, start, end: start + bare.length, core: postCore(bare)!, nominee: false };
      });
      found.push({ name, start: p, end: open + m[0].length, spanStart: p, posts, sentenceIndex: s.index, kind: 'titled' });
      break;
    }
  }
  return found;
}

/** 金某同志 and names at the head of a clause before a strong verb (郭某主持会议). */
export function barePeople(text: string, s: Sentence, known: ReadonlySet<string>): PersonMention[] {
  const found: PersonMention[] = [];
  for (let at = s.text.indexOf(COMRADE) + s.start; at >= s.start && at < s.end; at = s.text.indexOf(COMRADE, at - s.start + COMRADE.length) + s.start) {
    for (const len of [3, 2]) {
      const p = at - len;
      if (p < s.start) continue;
      const name = text.slice(p, at);
      if ((known.has(name) || nameLengthAt(text, p, at, { strict: true }) === len) && CJK.test(name)) {
        found.push({ name, start: p, end: at, spanStart: p, posts: [], sentenceIndex: s.index, kind: 'comrade' });
        break;
      }
    }
  }
  // the chair of a sitting: "大会主持人某某宣布…"
  for (let host = s.text.indexOf('主持人') + s.start; host >= s.start; host = s.text.indexOf('主持人', host - s.start + 3) + s.start) {
    const p = host + 3 + (text[host + 3] === ':' ? 1 : 0);
    const len = nameLengthAt(text, p, s.end, { known, strict: true });
    if (len > 0) found.push({ name: text.slice(p, p + len), start: p, end: p + len, spanStart: p, posts: [], sentenceIndex: s.index, kind: 'bare' });
  }
  for (const m of matchesIn(LEADERS_LABEL, text, s.start, s.end)) {
    for (let p = m.index + m[0].length; p < s.end; ) {
      const len = nameLengthAt(text, p, s.end, { known, strict: true });
      if (len === 0) break;
      found.push({ name: text.slice(p, p + len), start: p, end: p + len, spanStart: p, posts: [], sentenceIndex: s.index, kind: 'bare' });
      p += len;
      if (text[p] !== '、') break;
      p++;
    }
  }
  // the chair named between 由 and 主持 (预备会议由某某主持): the name's both ends are certain
  for (const m of matchesIn(CHAIRED_BY, text, s.start, s.end)) {
    const p = m.index + 1;
    const len = nameLengthAt(text, p, s.end, { known, strict: true });
    if (len > 0 && text.startsWith('主持', p + len)) found.push({ name: text.slice(p, p + len), start: p, end: p + len, spanStart: p, posts: [], sentenceIndex: s.index, kind: 'bare' });
  }
  // clause heads: "…。郭某主持会议", ",王某作报告"
  for (const i of [s.start, ...matchesIn(CLAUSE_BREAK, text, s.start, s.end).map((m) => m.index + 1)]) {
    if (i >= s.end || !isSingleSurname(text[i])) continue;
    if (!BARE_VERB.test(text.slice(i + 2, i + 6)) && !BARE_VERB.test(text.slice(i + 3, i + 7))) continue;
    const len = nameLengthAt(text, i, s.end, { known, strict: true });
    if (len > 0 && BARE_VERB.test(text.slice(i + len, i + len + 4))) {
      found.push({ name: text.slice(i, i + len), start: i, end: i + len, spanStart: i, posts: [], sentenceIndex: s.index, kind: 'bare' });
    }
  }
  return found;
}

/** Every occurrence of an already known name, per sentence, the longest first where names overlap. */
export function knownPeople(text: string, sentences: readonly Sentence[], known: ReadonlySet<string>): PersonMention[][] {
  const found: PersonMention[][] = sentences.map(() => []);
  // every place each name is written (the native search is far quicker than a look-up at
  // every character), then one sweep from the left
  const occurrences: Array<{ name: string; at: number }> = [];
  for (const name of known) {
    if (!name) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) occurrences.push({ name, at });
  }
  occurrences.sort((a, b) => a.at - b.at || b.name.length - a.name.length);
  let k = 0;
  let taken = 0;
  for (const { name, at } of occurrences) {
    if (at < taken) continue;
    while (k < sentences.length && sentences[k].end <= at) k++;
    const s = sentences[k];
    if (!s || at < s.start || at + name.length > s.end) continue;
    found[s.index].push({ name, start: at, end: at + name.length, spanStart: at, posts: [], sentenceIndex: s.index, kind: 'known' });
    taken = at + name.length;
  }
  return found;
}

/** 柳主任, 余书记: surname + head title, resolved to a person introduced with that surname. */
export function surnameTitleReferences(text: string, s: Sentence, people: ReadonlyArray<{ name: string; cores: ReadonlySet<string> }>): PersonMention[] {
  const found: PersonMention[] = [];
  if (!HAS_HEAD_TITLE.test(s.text)) return found;
  for (const m of matchesIn(AFTER_NAME_RE, text, s.start, s.end)) {
    const p = m.index - 1;
    if (p < s.start || !isSingleSurname(text[p])) continue;
    const left = p === s.start ? '' : text[p - 1];
    if (left && CJK.test(left) && !NAME_TITLE_LEFT.has(left)) continue;
    const after = m.index + m[0].length;
    if (after < s.end && CJK.test(text[after]) && !followerAt(text, after)) continue;
    const candidates = people.filter((x) => x.name[0] === text[p]);
    const withTitle = candidates.filter((x) => [...x.cores].some((c) => c.endsWith(m![0]) || m![0].endsWith(c)));
    const chosen = withTitle.length === 1 ? withTitle[0] : candidates.length === 1 ? candidates[0] : undefined;
    if (chosen) found.push({ name: chosen.name, start: p, end: after, spanStart: p, posts: [], sentenceIndex: s.index, kind: 'coref' });
  }
  return found;
}

/** Keeps one mention per span: earlier kinds in `order` win over later ones that overlap them. */
export function mergeMentions(groups: PersonMention[][]): PersonMention[] {
  const kept: PersonMention[] = [];
  for (const group of groups) {
    for (const m of group) {
      const at = kept.findIndex((k) => k.start < m.end && m.start < k.end);
      if (at < 0) kept.push(m);
      // 副主席甲(兼秘书长): a second reading of the same name with its own posts adds them
      else if (m.kind === 'titled' && kept[at].name === m.name && kept[at].start === m.start) {
        const extra = m.posts.filter((p) => !kept[at].posts.some((q) => q.title === p.title));
        if (extra.length) kept[at] = { ...kept[at], posts: [...kept[at].posts, ...extra] };
      }
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
