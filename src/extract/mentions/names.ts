// Person names: where a name starting at a given index ends.
//
// A name is a surname (single or compound) plus one or two characters, or a minority
// name with a middle dot (阿不都·热合曼). The text runs on without spaces, so the end is
// told by what follows: punctuation, 同志, or a word that usually follows a name
// (lexicon/verbs.ts). Names seen elsewhere in the article win ties.
import { compoundSurnameAt, isSingleSurname } from '../lexicon/surnames';
import { NAME_FOLLOWERS } from '../lexicon/verbs';
import { TITLES_AFTER_NAME } from '../lexicon/titles';
import { LEVEL_WORDS } from '../../gazetteer/levels';
import { isCommonWord, isFrequentWord, startsWithCommonWord } from '../lexicon/dictionary';
import { codeSet } from '../code-set';

const CJK = /[\u4e00-\u9fff]/;
const MINORITY_NAME = /^[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}/;
// characters that never begin a name (兼: 书记兼主任 joins two posts)
// (要: 委员要紧紧围绕…, a modal verb, no rare surname)
const NEVER_FIRST = new Set(['兼', '的', '了', '在', '和', '与', '及', '等', '并', '为', '是', '要']);
const FOLLOWERS_BY_FIRST_CHAR = groupByFirstChar([...NAME_FOLLOWERS, ...TITLES_AFTER_NAME]);
const PLACE_SUFFIX_CHARS = codeSet(LEVEL_WORDS.map(([s]) => s[0]));

// Words the dictionary (lexicon/dictionary.ts) does not rule out as names by itself: words
// that start with a character outside the surname list (read with allowUnknownSurname),
// rarer words, and national leaders and model figures (jieba tags them as names, but in this
// genre they are never the local official a fact is about).
const NOT_NAMES = new Set([
  '全镇', '全乡', '高质', '同志', '会议', '文明', '向大会', '和谐', '严而', '胡同', '宋体', '鲁班', '都是', '康复',
  '于会', '陈述', '专职', '对于', '由于', '总书记', '钱款', '齐心', '齐抓', '田园', '史上', '易地', '应到', '实到',
  '党总支', '党支部', '向各', '对各', '为各',
  '毛泽东', '习近平', '邓小平', '江泽民', '胡锦涛', '孙中山', '雷锋', '焦裕禄', '谷文昌', '杨善洲',
]);

// (by the first character's code: a name's end is asked at many characters)
function groupByFirstChar(words: readonly string[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const w of words) {
    const list = map.get(w.charCodeAt(0)) ?? [];
    list.push(w);
    map.set(w.charCodeAt(0), list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
}

/** True when one of the name-follower words starts at text[i]. */
export function followerAt(text: string, i: number): boolean {
  const list = FOLLOWERS_BY_FIRST_CHAR.get(text.charCodeAt(i));
  if (!list) return false;
  for (const w of list) if (text.startsWith(w, i)) return true;
  return false;
}

function isBoundary(text: string, i: number, limit: number): boolean {
  return i >= limit || !isCjkAt(text, i);
}

/** text[i] is a CJK character (U+4E00–U+9FFF); false past the end. */
function isCjkAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
}

export interface NameOptions {
  /** Names already known in the article (they win ties). */
  known?: ReadonlySet<string>;
  /** Only accept a name whose end is certain (boundary or follower), never a guess. */
  strict?: boolean;
  /** Accept a name whose first character is not a known surname when 同志 follows it. */
  allowUnknownSurname?: boolean;
  /** The name follows a title (镇长严明): only very common words are ruled out as names. */
  afterTitle?: boolean;
}

/**
 * Length of the person name starting at text[p] (ending before `limit`), or 0 when none does.
 */
export function nameLengthAt(text: string, p: number, limit: number, options: NameOptions = {}): number {
  if (p >= limit || !isCjkAt(text, p)) return 0;
  // 和 is a surname (Naxi names: 和某某) right after a title, when a name's end follows
  if (text[p] === '和' && options.afterTitle) return surnameHeAt(text, p, limit);
  if (NEVER_FIRST.has(text[p])) return 0;
  const minority = MINORITY_NAME.exec(text.slice(p, Math.min(limit, p + 16)));
  if (minority) {
    // the given part ends where a follower word starts (阿依古丽·买买提|出席)
    const dot = minority[0].indexOf('·');
    // (when two followers overlap, 提出|出席, the later one is the verb)
    for (let k = p + dot + 2; k < p + minority[0].length; k++) {
      if (followerAt(text, k)) return followerAt(text, k + 1) ? k + 1 - p : k - p;
    }
    return minority[0].length;
  }
  // a two-character name padded to the width of three (王 慧、吴慧敏): one name
  if (isSingleSurname(text[p]) && (text[p + 1] === ' ' || text[p + 1] === '\u3000') && p + 2 < limit && CJK.test(text[p + 2]) && (isBoundary(text, p + 3, limit) || followerAt(text, p + 3) || PADDED_NAME_END.test(text[p + 3] ?? ''))) return 3;
  // 向新当选的…表示祝贺: a preposition before 新当选, not a name
  if (PREPOSITION_SURNAMES.has(text[p]) && text.startsWith('新当选', p + 1)) return 0;
  const compound = compoundSurnameAt(text, p);
  let surnameLength = compound || (isSingleSurname(text[p]) ? 1 : 0);
  if (surnameLength === 0) {
    if (!options.allowUnknownSurname || startsWithWord(text, p)) return 0;
    // a rare surname: only where the end is certain (同志, or a verb of two characters; not
    // one that is also a noun, as often after a kind of speech as after a name: 表态发言,
    // 抓党建述职, 年度报告)
    // (four characters: a Tibetan or Mongolian name written without a dot, 扎西顿珠, only after a title)
    for (const len of options.afterTitle ? [4, 3, 2] : [3, 2]) {
      if (p + len > limit || !allCjk(text, p, p + len) || notAName(text.slice(p, p + len), options.known, options.afterTitle)) continue;
      if (placeInside(text, p, p + len) || strongFollowerAt(text, p + 1) || (len === 4 && (strongFollowerAt(text, p + 2) || strongFollowerAt(text, p + 3)))) continue;
      if (text.startsWith('同志', p + len) || (strongFollowerAt(text, p + len) && !NOUN_FOLLOWER.test(text.slice(p + len, p + len + 2)))) return len;
      // right after a title, a punctuation mark ends the name too (主任覃某某、…), when its given part is no word
      // (委员五名: a count is no name; 委员补选: nor a word; 由甲: nor a preposition)
      if (options.afterTitle && len <= 3 && p + len <= limit && LIST_END.test(text[p + len] ?? '') && !NUMERAL_FIRST.test(text[p]) && !FUNCTION_FIRST.test(text[p]) && !isFrequentWord(text.slice(p, p + 2)) && !isFrequentWord(text.slice(p + 1, p + len))) return len;
    }
    return 0;
  }
  const known = options.known;
  const short = surnameLength + 1;
  const long = surnameLength + 2;
  if (startsWithWord(text, p)) return 0;
  // (a surname then a title, 余书记, is not a name)
  const ok = (len: number) =>
    p + len <= limit && allCjk(text, p, p + len) && !COUNT_AT.test(text.slice(p + len - 1, p + len + 3)) && !notAName(text.slice(p, p + len), known, options.afterTitle) && (known?.has(text.slice(p, p + len)) || !endsInsideWord(text, p, len)) && !placeFollows(text, p + len, limit) && !placeInside(text, p + surnameLength, p + len) && !strongFollowerAt(text, p + surnameLength);
  if (known) {
    if (ok(long) && known.has(text.slice(p, p + long))) return long;
    if (ok(short) && known.has(text.slice(p, p + short))) return short;
  }
  if (ok(short) && COUNT_AT.test(text.slice(p + short, p + short + 3))) return short;
  if (ok(short) && (isBoundary(text, p + short, limit) || followerAt(text, p + short))) {
    // A follower after two characters. When it is a single character that also ends
    // given names (王有为, 张立和), what comes after it decides: 唐某作《…》 is 唐某 + 作,
    // but 廖晓和、 / 闫刚和主持 / 何静和作 is a three-character name.
    if (ok(long) && !isBoundary(text, p + short, limit) && !strongFollowerAt(text, p + short) && thirdCharIsName(text, p + short, p + long, limit)) {
      return long;
    }
    return short;
  }
  if (ok(long) && (isBoundary(text, p + long, limit) || followerAt(text, p + long))) return long;
  if (options.strict) return 0;
  if (options.afterTitle && ok(long)) {
    const longer = longNameToPunctuation(text, p, p + long, limit);
    if (longer) return longer;
  }
  return ok(long) ? long : 0;
}

const LIST_END = /[、,;。]/;
const NUMERAL_FIRST = /[0-9零〇一二两三四五六七八九十百]/;
// (执行主席由甲、乙担任: a preposition, no rare surname)
const FUNCTION_FIRST = /[由被把将对向从以于给让使经请受到]/;
const NOUN_FOLLOWER = /^(?:发言|述职|表态|报告|安排|回顾|反馈|授课)/;

/**
 * 统战部长巴特尔朝鲁,: after a title, a Mongolian or Tibetan name written without a dot runs
 * one or two characters past three up to the punctuation, when those are no word and no
 * follower. Its whole length, or 0.
 */
function longNameToPunctuation(text: string, p: number, from: number, limit: number): number {
  for (const extra of [1, 2]) {
    const end = from + extra;
    if (end > limit || !allCjk(text, from, end) || !LIST_END.test(text[end] ?? '')) continue;
    const tail = text.slice(from, end);
    for (let k = from; k < end; k++) if (followerAt(text, k)) return 0;
    if (isFrequentWord(tail) || placeInside(text, from, end)) return 0;
    return end - p;
  }
  return 0;
}

// what may follow a padded name in a list: 田 园为…, 杨 帆和…
const PADDED_NAME_END = /[为和及与等同]/;

// 甲、乙两位同志, 乙等3名同志: a count after a name is not part of it
const COUNT_AT = /^[一二两三四五六七八九十]+(?:位|名|人|个)/;

/** 书记和某强讲话: 和 + two given characters ending where a name ends; 书记和副书记 is a conjunction. */
function surnameHeAt(text: string, p: number, limit: number): number {
  if (p + 3 > limit || !allCjk(text, p + 1, p + 3) || placeInside(text, p + 1, p + 3)) return 0;
  if (/^[\u4e00-\u9fff]{0,3}(?:书记|主任|长|主席|委员|代表|同志|领导)/.test(text.slice(p + 1, p + 6))) return 0;
  if (isCommonWord(text.slice(p + 1, p + 3))) return 0;
  return isBoundary(text, p + 3, limit) || followerAt(text, p + 3) || text.startsWith('同志', p + 3) ? 3 : 0;
}

const CONJUNCTIONS = new Set(['和', '与', '及']);
const LIST_PUNCTUATION = /[、,。;:!?)]/;

function thirdCharIsName(text: string, third: number, after: number, limit: number): boolean {
  if (text[third] === '等') return false; // 王某等出席
  // (the character after is read even past `limit`: a segment may end at 《 or “)
  if (after >= text.length || LIST_PUNCTUATION.test(text[after]) || text.startsWith('同志', after)) return true;
  if (after >= limit) return false;
  // a conjunction cannot be followed by a verb or a title: 闫某和主持, 何某和作报告
  return CONJUNCTIONS.has(text[third]) && followerAt(text, after);
}

// Followers of two characters or more are rarely the end of a given name.
function strongFollowerAt(text: string, i: number): boolean {
  const list = FOLLOWERS_BY_FIRST_CHAR.get(text.charCodeAt(i));
  if (!list) return false;
  for (const w of list) if (w.length >= 2 && text.startsWith(w, i)) return true;
  return false;
}

// a name does not start with a verb or function word of two characters (代表, 关于, 强调),
// nor with a very common word of the dictionary (全部…)
function startsWithWord(text: string, p: number): boolean {
  return NOT_NAMES.has(text.slice(p, p + 2)) || strongFollowerAt(text, p) || startsWithCommonWord(text.slice(p, p + 2));
}

// Surname characters that are far more often a preposition: 向宪法宣誓, 于会上…
const PREPOSITION_SURNAMES = new Set(['向', '于', '从', '对', '将', '以', '由', '同', '比', '被', '把', '给']);

/**
 * A candidate is not a name when it is an ordinary word of the dictionary (全部, 荣幸 is
 * tagged as a name there but 常务 is not), or a preposition before one (向|宪法), unless
 * the article has already shown it as a name.
 */
function notAName(candidate: string, known: ReadonlySet<string> | undefined, afterTitle = false): boolean {
  if (NOT_NAMES.has(candidate)) return true;
  if (known?.has(candidate)) return false;
  if (isCommonWord(candidate, afterTitle)) return true;
  return candidate.length === 3 && PREPOSITION_SURNAMES.has(candidate[0]) && isCommonWord(candidate.slice(1));
}

/**
 * A name does not end inside a word: 满怀期|待 is no three-character name (期待 is a word),
 * 向各|位 no two-character one (a preposition, then 各位).
 */
function endsInsideWord(text: string, p: number, len: number): boolean {
  const end = p + len;
  // 王某波|及, 朱某会|同志, 郭某杰|作: what follows a name is read first
  if (followerAt(text, end) || /^(?:同志|[及和与等、])/.test(text.slice(end, end + 2))) return false;
  if (len === 3 && isCommonWord(text.slice(end - 1, end + 1), false, 200)) return true;
  return len === 2 && PREPOSITION_SURNAMES.has(text[p]) && isCommonWord(text.slice(end - 1, end + 1), false, 200);
}

// 和镇人, 李县长: a given name does not contain a place-level character
// (旗 only ends a banner's name, 某某旗: inside a given name, 赵旗云, it is a name's character)
function placeInside(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (GIVEN_NAME_NEVER.has(text.charCodeAt(i)) && !(text[i] === '旗' && i < b - 1)) return true;
  return false;
}
const GIVEN_NAME_NEVER = codeSet('镇乡县区旗省委的了在是');

function placeFollows(text: string, i: number, limit: number): boolean {
  // 张湾区, 李家村: a place, not a name
  return i < limit && PLACE_SUFFIX_CHARS.has(text.charCodeAt(i)) && !followerAt(text, i);
}

function allCjk(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isCjkAt(text, i)) return false;
  return true;
}

/** True when `candidate` reads as a whole person name (used for names in lists). */
export function isName(candidate: string, known?: ReadonlySet<string>): boolean {
  if (known?.has(candidate)) return true;
  if (candidate.length < 2 || candidate.length > 4) return MINORITY_NAME.test(candidate) && candidate.length <= 16;
  return nameLengthAt(candidate, 0, candidate.length, { strict: true }) === candidate.length;
}
