// Post titles as written: find a title core and widen it leftwards over the organisation
// words in front of it (镇党委副书记, 县人大常委会教科文卫工委主任), stopping at
// punctuation and at words that cannot be part of a post (了, 由, 听取…).
import { isFrequentWord, wordTag } from '../lexicon/dictionary';
import { TITLE_CORES, TITLE_LEFT_STOPS, NOMINEE_MARKERS } from '../lexicon/titles';

export const TITLE_CORE_RE = new RegExp(TITLE_CORES.join('|'), 'g');
/** Words grouped by the code of their last character, each group in the list's order. */
function byLastChar(words: readonly string[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const w of words) {
    const last = w.charCodeAt(w.length - 1);
    map.set(last, [...(map.get(last) ?? []), w]);
  }
  return map;
}
// (by the last character's code: the widening asks at every character it passes)
const STOPS_BY_LAST_CHAR = byLastChar(TITLE_LEFT_STOPS);
const MAX_TITLE = 32;
const CLOSING_BRACKET = 0x29; // )
// a stop that starts a word of the post instead (经济开发区, 和平镇): not a stop there
const STOP_STARTS_WORD = /^(?:经济|经贸|经信|和平|和谐)$/;
// a post that starts with its place or level word (某乡财政所…, 县委…, 镇人大…)
const PLACE_STARTS = /^(?:中共|[\u4e00-\u9fff]{0,5}(?:街道|镇|乡|县|区|市|旗)(?!长))/;
/** A verb of the dictionary (审查, 推荐), frequent enough to be read as one. */
function isVerb(word: string): boolean {
  const w = wordTag(word);
  return w !== undefined && (w.tag === 'v' || w.tag === 'vn') && w.freq >= VERB_FREQ;
}
const VERB_FREQ = 1000;
const BRACKETED_BEFORE = /[(][\u4e00-\u9fff]{2,10}[)]$/;
// A title core right before these is part of a longer word, not a post (主席台, 委员会, 主任务).
const CORE_NOT_FOLLOWED_BY = /^(?:台|会(?!长)|处|团(?!长)|制|职|们|一职|人选|候选|级|层|室|员|科员|助理|信箱|热线|务)/;

/** Start of the post whose title core starts at `coreStart`, widened left to `floor` at most. */
export function titleStart(text: string, coreStart: number, floor: number): number {
  let i = coreStart;
  const limit = Math.max(floor, coreStart - MAX_TITLE);
  while (i > limit) {
    const c = text.charCodeAt(i - 1);
    // 人大办公室(代表联络室)主任: a bracketed second name of the office is part of the post
    if (c === CLOSING_BRACKET) {
      const open = BRACKETED_BEFORE.exec(text.slice(Math.max(limit, i - 12), i));
      if (!open) break;
      i -= open[0].length;
      continue;
    }
    if (!((c >= 0x4e00 && c <= 0x9fff) || (c >= 48 && c <= 57))) break;
    const stops = STOPS_BY_LAST_CHAR.get(c);
    // (选举委员会主任: 选举 names the committee here, it is no verb)
    if (stops && stops.some((w) => text.startsWith(w, i - w.length) && i - w.length >= floor && !STOP_STARTS_WORD.test(text.slice(i - w.length, i + 1)) && !insideOrganisationName(text, i, w, coreStart)) && !text.startsWith('委员会', i)) break;

    i--;
  }
  return i + verbBeforePlace(text, i, coreStart);
}

// 经 starts words of bodies' names (经济, 经费审查委员会, 财经委 ends in 经 too) as often as it means "after" (经表决)
const ECONOMY_AFTER = /^[济委信开管发贸费]/;
const WORD_GOING_ON = new Map([['领导', '小组'], ['为', '民'], ['有', '限'], ['选举', '工作']]);
const LEVEL_FIRST = /^[省市县区镇乡旗村]/;
const ORGANISATION_END = /(?:局|厅|委|部|办|中心|委员会)$/;

/**
 * True when the stop word `w` ending at `i` is part of a body's name: 发展和改革局,
 * 经济和信息化局 (a word of the dictionary, 和, then a body), 财经委, 经济开发区, 领导小组.
 */
function insideOrganisationName(text: string, i: number, w: string, coreStart: number): boolean {
  // (农经站, 农经中心: the farm-economy station)
  if (w === '经') return ECONOMY_AFTER.test(text[i] ?? '') || text[i - 2] === '财' || text[i - 2] === '农';
  // 领导小组组长, 为民服务中心主任, 有限公司总经理
  const next = WORD_GOING_ON.get(w);
  if (next) return text.startsWith(next, i);
  if (w !== '和' && w !== '与') return false;
  // (甲和县委组织部部长乙: after 和 a place starts another post)
  return isFrequentWord(text.slice(i - 3, i - 1)) && !LEVEL_FIRST.test(text[i] ?? '') && ORGANISATION_END.test(text.slice(i, coreStart));
}

/**
 * Length of a verb at text[i] before the place a post starts with (审查|某乡财政所所长,
 * 产生|某区妇联主席): not part of the post. 0 when there is none.
 */
function verbBeforePlace(text: string, i: number, coreStart: number): number {
  return i + 2 < coreStart && isVerb(text.slice(i, i + 2)) && PLACE_STARTS.test(text.slice(i + 2, i + 10)) ? 2 : 0;
}

/** A post's title without a verb written before its place (see verbBeforePlace). */
export function withoutLeadingVerb(title: string): string {
  const core = postCore(title);
  return title.slice(verbBeforePlace(title, 0, core ? title.length - core.length : title.length));
}

/** True when the title core at [start, end) is a post and not part of a longer word. */
export function isPostCore(text: string, end: number, coreStart: number = end): boolean {
  // 总书记 is the national leader's title, never a local post in this genre
  if (text.startsWith('总书记', coreStart - 1)) return false;
  return !CORE_NOT_FOLLOWED_BY.test(text.slice(end, end + 2));
}

/** Length of a nominee marker (人选, 候选人) at text[i], else 0. */
export function nomineeMarkerAt(text: string, i: number): number {
  for (const m of NOMINEE_MARKERS) if (text.startsWith(m, i)) return m.length;
  return 0;
}

// the cores by their last character, each list in TITLE_CORES' order (the first that ends the phrase wins)
const CORES_BY_LAST_CHAR = byLastChar(TITLE_CORES);

/** The title core a phrase ends with (县人民政府副县长 → 副县长... core 县长), or undefined when it is not a post. */
export function postCore(phrase: string): string | undefined {
  const cores = CORES_BY_LAST_CHAR.get(phrase.charCodeAt(phrase.length - 1));
  if (cores) for (const core of cores) if (phrase.endsWith(core)) return core;
  return undefined;
}
