// Stage 2 — sentence segmentation. Reads: normalised text. Adds: sentences (units the
// relation rules work inside), each flagged when it is a heading or a byline.
//
// Breaks after 。！？!?；; and at line breaks; a line without sentence punctuation is a
// unit of its own (headings, photo captions, bylines).

export interface Sentence {
  index: number;
  /** Start/end in the normalised text (end exclusive, delimiter included). */
  start: number;
  end: number;
  text: string;
  /** A whole short line without a full stop: a headline or caption. */
  heading: boolean;
  /** A short bracketed line such as "(镇党政办)" that signs off a news item. */
  byline: boolean;
  /** Page furniture: links to other articles (上一篇:…, 相关新闻), share and print bars. */
  noise: boolean;
  /** A line of a list of links to other articles (under 相关新闻, 全站热点): their places are not the article's. */
  linkList?: boolean;
}

const BREAK = /[。！？!?；;\n]/g;
const BYLINE = /^[(（【\[][^()（）]{1,16}[)）】\]]$/;
const PAGE_FURNITURE = /^(?:上一篇|下一篇|上一条|下一条|相关新闻|相关阅读|相关链接|推荐阅读|热点新闻|延伸阅读|分享到|【打印|【关闭|责任编辑|编辑|审核|来源)/;
// a line that only heads a list of links to other articles (全站热点, 相关新闻): the headlines
// and dates listed under it are furniture too, up to the next line of prose
const LINK_LIST_WORDS = '(?:全站热点|热点新闻|热点推荐|热门推荐|热门文章|相关新闻|相关阅读|相关文章|相关链接|推荐阅读|延伸阅读|精彩推荐|最新文章|最新新闻|猜你喜欢)[:：]?';
const LINK_LIST_HEADING = new RegExp(`^${LINK_LIST_WORDS}$`);
const HEADING_MAX = 50;
// No real sentence is this long; a text without punctuation is cut into pieces this size so
// that every per-sentence rule stays bounded (no quadratic work on pathological input).
export const MAX_SENTENCE = 1000;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let lineStart = 0;
  let inLinkList = false;
  BREAK.lastIndex = 0;
  const push = (s: number, e: number, isWholeLine: boolean) => {
    let a = s;
    let b = e;
    while (a < b && (text[a] === ' ' || text[a] === '\n')) a++;
    while (b > a && (text[b - 1] === ' ' || text[b - 1] === '\n')) b--;
    if (a >= b) return;
    if (b - a > MAX_SENTENCE) {
      for (let k = a; k < b; k += MAX_SENTENCE) push(k, Math.min(b, k + MAX_SENTENCE), false);
      return;
    }
    const t = text.slice(a, b);
    const heading = isWholeLine && t.length <= HEADING_MAX && !/[。，,]/.test(t);
    const listHeading = isWholeLine && LINK_LIST_HEADING.test(t);
    inLinkList = listHeading || (inLinkList && heading);
    sentences.push({ index: sentences.length, start: a, end: b, text: t, heading, byline: BYLINE.test(t), noise: inLinkList || (isWholeLine && PAGE_FURNITURE.test(t)), ...(inLinkList ? { linkList: true } : {}) });
  };
  let m: RegExpExecArray | null;
  while ((m = BREAK.exec(text)) !== null) {
    const end = m.index + 1;
    const isNewline = m[0] === '\n';
    push(start, isNewline ? m.index : end, isNewline && start === lineStart);
    start = end;
    if (isNewline) lineStart = end;
  }
  push(start, text.length, start === lineStart);
  return sentences;
}

/** The sentence (of an ordered list) that holds text index `at`, or undefined. */
export function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= at) lo = mid + 1;
    else if (sentences[mid].start > at) hi = mid - 1;
    else return sentences[mid];
  }
  return undefined;
}
