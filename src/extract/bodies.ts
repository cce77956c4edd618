// The body a post belongs to, as the genre writes it, read to one form before the post is
// analysed (result.ts analysePost):
//   - a term number names the body's term, not another body or post (镇第十八届人大主席 is
//     the town congress's 主席; 县十六届人大常委会主任 the county standing committee's 主任);
//   - the CPPCC, the party committee, the standing committee and a village's or community's
//     committee have a long and a short name (中国人民政治协商会议某县委员会主席 = 某县政协主席;
//     中共某市委员会 = 某市委; 人民代表大会常务委员会 = 人大常委会; 村民委员会 = 村委会);
//   - the place a title starts with is read against the article's own places first (某旗乡|
//     人大主席 is the township's, not a banner's);
//   - a caption's picture number (图3) or a report's name run on from the line before (…工作
//     报告) is no part of a title, and 该镇/本县 name the
//     article's own division as a bare level word does;
//   - a body named by a bare level word (县委, 区人大常委会, 副县长) belongs to the division of
//     that level: in an article about a town, the enclosing county's, never the town's.
import { levelWords, placeLevel } from '../gazetteer/levels';
import { postCore, titleStart } from './mentions/titles';
import { TITLE_CORES } from './lexicon/titles';

const NUMERAL = '[零〇一二两三四五六七八九十百\\d]';
const TERM = new RegExp(`(?:第${NUMERAL}+届|${NUMERAL}+届|新一届|本届|上一届|上届)`, 'g');
const PROVINCE_TO_TOWN = `(?:${levelWords('town', 'county', 'city', 'province').join('|')})`;
const CPPCC_FULL = /^(?:中国人民政治协商会议|政协)(.{2,16}?)委员会(?!主任)/;
const CPPCC_COMMITTEE = /政协委员会/;
// a village's committee numbered by its election (第十次村民委员会 = 第十届): a term, not another body
const COMMITTEE_ROUND = new RegExp(`第${NUMERAL}+次(?=村民委员会|居民委员会|村委会|居委会)`);
// 某社区 + 社区居委会主任: the community's level word said twice when its body is named with it
const COMMUNITY_TWICE = /社区社区(?=居委会|居务)/;
// 中共某市委员会 is 某市委 (the committee's full name, as a body elected at its plenum is written)
const PARTY_COMMITTEE_FULL = /^(中共[\u4e00-\u9fff]{1,10}?[省市县区旗州])委员会/;
const ENDS_IN_LEVEL = new RegExp(`${PROVINCE_TO_TOWN}$`);
// 县政协委员会 is said once: 政协 already names the committee
// the one-character level words a body is written with (县委, 市人大常委会, 镇党委); 州 and 盟 start other words
const BODY_LEVEL_WORDS = new Set(levelWords('province', 'city', 'county', 'town').filter((w) => w.length === 1 && w !== '州' && w !== '盟'));

// a title read on from the line before it, a report's name (…作街道办事处工作报告|某街道人大工委主任):
// no post holds a report in its name, the post starts after it
const RUN_IN_REPORT = /^.*报告(?!团|员)(?=[\u4e00-\u9fff]{2})/;
// a caption's picture number before the title (图3某镇镇长): no part of the post
const PICTURE_NUMBER = /^图\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2}|为)\s*[:：]?\s*/;
// 该镇, 本县: the article's own division, a bare level word (该镇镇长 → 镇长, 本县县委书记 → 县委书记)
const DEMONSTRATIVE_TWICE = /^[该本](镇|乡|县|区|市|旗)(?=\1)/;
const DEMONSTRATIVE = /^[该本](?=镇|乡|县|区|市|旗|街道)/;

/** A post's title with its body written in one form (no term number, short names). */
export function bodyForm(title: string): string {
  let t = title.replace(RUN_IN_REPORT, '').replace(PICTURE_NUMBER, '').replace(DEMONSTRATIVE_TWICE, '').replace(DEMONSTRATIVE, '');
  t = t.replace(/^中国共产党/, '中共').replace(TERM, '').replace(PARTY_COMMITTEE_FULL, '$1委');
  const cppcc = CPPCC_FULL.exec(t);
  if (cppcc && ENDS_IN_LEVEL.test(cppcc[1])) t = `${cppcc[1]}政协${t.slice(cppcc[0].length)}`;
  t = t.replace(/^中国人民政治协商会议/, '政协').replace(CPPCC_COMMITTEE, '政协').replace('人民代表大会常务委员会', '人大常委会');
  t = t.replace(COMMITTEE_ROUND, '').replace('居民委员会', '居委会').replace('村民委员会', '村委会').replace(COMMUNITY_TWICE, '社区');
  return t || title;
}

/**
 * The chain of the article's places a title starts with (松江区泖港镇|党委书记), longest
 * first, and the last place of it; undefined when the title starts with none of them.
 */
export function leadingArticlePlace(title: string, places: readonly string[]): { written: string; place: string } | undefined {
  let i = title.startsWith('中共') ? 2 : 0;
  const from = i;
  let last: string | undefined;
  for (;;) {
    const next = places.filter((p) => p.length >= 2 && title.startsWith(p, i)).sort((a, b) => b.length - a.length)[0];
    if (!next) break;
    last = next;
    i += next.length;
  }
  if (!last || i === from || i >= title.length) return undefined;
  return { written: title.slice(0, i), place: last };
}

/**
 * The level word of a body written without its place (县委, 区人大常委会, 县人民政府 → 县),
 * when it names another level than the article's place: such a body is that division's,
 * not the article's place's. Undefined when the body is the article place's own.
 */
export function otherLevelWord(orgName: string | undefined, primaryPlace: string | undefined): string | undefined {
  if (!orgName || !primaryPlace) return undefined;
  const word = orgName.charAt(0);
  const level = BODY_LEVEL_WORDS.has(word) ? placeLevel(word) : undefined;
  const own = placeLevel(primaryPlace);
  return level && own && level !== own ? word : undefined;
}

// where a list of posts starts over: the end of a clause
const CLAUSE_SPLIT = /[,，、;；:：。(（\s]/;
const LONGEST_BODY = 16;
const HEAD_CORE = /^[镇乡县区市省州旗盟]长$/;
// the roles a party committee gives its members (组织委员, 宣传委员), and the party bodies
const PARTY_ROLE = /^(?:组织|宣传|纪检|统战|武装|政法)委员$/;
const PARTY_BODY = /(?:党委|党工委|党总支|党支部|[省市县区镇乡旗州]委)$/;
const TITLE_CORE_IN = new RegExp(TITLE_CORES.join('|'), 'g');
// titles of a meeting's own roles (大会执行主席, 大会秘书长): no standing body's post
const MEETING_ROLE = /^(?:大会|执行|会议)/;
const SESSION_ROLE = /^(?:大会)?(?:执行主席|副?秘书长)$/;

/** The body a session's own roles belong to: its presidium, which chooses them from its members. */
export const PRESIDIUM = '大会主席团';

/** True for the roles of a session itself (大会执行主席, 执行主席, 大会秘书长), not posts of a standing body. */
export function isMeetingRole(title: string): boolean {
  return SESSION_ROLE.test(title) && (title.startsWith('大会') || title.startsWith('执行'));
}

/**
 * The body a post written without one belongs to, from the post before it in the same
 * sentence: 县人大常委会主任某某,副主任某某、某某 (the 副主任 are the standing
 * committee's); 区委常委、组织部部长某某 (the district committee's department). Bare posts
 * between them (…党组书记、主任某某主持会议,副主任…) belong to the same body. Undefined
 * when the sentence names no body before it.
 */
export function bodyBefore(before: string, title: string, organizationWords: readonly string[]): string | undefined {
  if (MEETING_ROLE.test(title)) return undefined;
  const partyRole = PARTY_ROLE.test(title);
  const segments = before.split(CLAUSE_SPLIT);
  for (let k = segments.length - 1; k >= 0; k--) {
    const cores = [...segments[k].matchAll(TITLE_CORE_IN)];
    // a name alone (某某、某某), or a bare post of the same list
    if (!cores.length || cores[0].index === 0) continue;
    // the post as the title reader widens it (选举某某为|机关党委专职副书记: no verb, no name)
    const coreAt = cores[cores.length - 1].index;
    const written = segments[k].slice(titleStart(segments[k], coreAt, 0), coreAt).replace(/(?:副|常务|代理|代|专职|兼职)+$/, '');
    // a bare post after a name or a verb (某某当选书记, 选举某某为主任) is one more post of the
    // list, written without its body as this one is: the body is named before them both (a
    // head of government, 副镇长某某, names a body of its own, which is not this post's)
    if (!written && !HEAD_CORE.test(cores[cores.length - 1][0])) continue;
    // the body ends at its last organisation or office word (区人大常委会|党组书记)
    let end = 0;
    for (const word of organizationWords) {
      const at = written.lastIndexOf(word);
      if (at >= 0) end = Math.max(end, at + word.length);
    }
    const office = OFFICE_IN.exec(written);
    if (office) end = Math.max(end, office.index + office[0].length);
    const body = end >= 2 ? written.slice(Math.max(0, end - LONGEST_BODY), end) : undefined;
    // a party committee's own role (镇党委委员、副镇长某某,组织委员某某) is the party body's
    // named before it, past the other posts of the list
    if (partyRole && !(body && PARTY_BODY.test(body))) continue;
    return body;
  }
  return undefined;
}

// "某某主任代表党工委、办事处作报告", "书记某某代表镇党委向大会报告": a speaker speaks for the
// bodies he holds office in; the name may stand between the post and 代表
const REPRESENTS = /^(?:[\u4e00-\u9fff]{2,4}?)?(?:同志)?代表([\u4e00-\u9fff、和及]{2,40}?)(?=作|向|所作|致|发言|讲话|[,:;。])/;
const PARTY_HEAD = /书记$/;

/**
 * The body a bare post holds, from the bodies its holder speaks for right after it (主任|某某
 * 代表党工委、街道办事处作报告): a 书记 the party body among them, another post the first body
 * that is not the party's. Undefined when no 代表 follows or none of the list is a body.
 */
export function representedBody(after: string, title: string, organizationWords: readonly string[]): string | undefined {
  const list = REPRESENTS.exec(after)?.[1];
  if (!list || MEETING_ROLE.test(title)) return undefined;
  const bodies = list.split(/[、和及]/).filter((b) => b.length >= 2 && (organizationWords.some((w) => b.endsWith(w)) || UNIT_END.test(b)));
  return PARTY_HEAD.test(title) ? bodies.find((b) => PARTY_BODY.test(b)) : bodies.find((b) => !PARTY_BODY.test(b));
}

// a line of a list laid out as labels and names (某村村委会主任:某某), its label
const LINE_LABEL = /^([^:：,，;；。]{2,24})[:：]/;
// how far back a list's labels are read: a committee's lines, not the article's
const LIST_LINES = 8;

/**
 * The body of a bare post that labels its own line of a list (委员:某某、某某), from the
 * labels of the lines right before it (某村村委会主任:某某): a list laid out line by line is
 * one body's posts. Undefined when a line before is no label or none names a body.
 */
export function bodyOfListedLine(linesBefore: readonly string[], title: string, organizationWords: readonly string[]): string | undefined {
  for (const line of linesBefore.slice(-LIST_LINES).reverse()) {
    const label = LINE_LABEL.exec(line)?.[1];
    if (!label) return undefined;
    const body = bodyBefore(label, title, organizationWords);
    if (body) return body;
  }
  return undefined;
}

// the last word of an office, bureau or committee a post may name (财政所, 教育局, 建设科, 村委会),
// or of a group sent to do a task (督导组, 巡察组, 工作组, 领导小组); a 党组 is the party group of
// a body named before it, never a body alone
const UNIT_WORD = '(?:局|所|站|办|中心|科|院|部|室|队|处|馆|委员会|委会|工委|政法委|(?<!党)组)';
// a member of a body's board (居委会成员, 村委会班子成员): a post only after the body's name
const MEMBER = /(?:班子)?成员$/;
// a group's head written with one 组 (督导组长 = 督导组组长): the group is named by its task
const TASK_GROUP_HEAD = /(?:督导|巡察|巡视|指导|检查|考察|调研|考核|验收|督查|工作)$/;
const UNIT_END = new RegExp(`${UNIT_WORD}$`);
const OFFICE_IN = new RegExp(`[\\u4e00-\\u9fff]*${UNIT_WORD}`);

/**
 * The office a post names itself when it is none of the bodies the extractor types
 * (某乡财政所|所长, 区教育局|局长, 某村村委会|主任, 第二督导组|副组长): so the post hangs on that
 * office, not on an unknown one. Undefined when the title is a bare post.
 */
export function namedOffice(rest: string): string | undefined {
  if (MEETING_ROLE.test(rest)) return undefined;
  const core = postCore(rest) ?? MEMBER.exec(rest)?.[0];
  if (!core) return undefined;
  let office = rest.slice(0, rest.length - core.length).replace(/(?:副|常务|代理|代)+$/, '');
  if (core === '组长' && TASK_GROUP_HEAD.test(office)) office += '组';
  return office.length >= 2 && UNIT_END.test(office) ? office : undefined;
}

// the bodies of a village or a community, named without it (当选为村委会主任, 新一届居委会成员)
const COMMUNITY_BODY = new RegExp(`^(?:${TERM.source})?(?:社区|村)?(?:居委会|村委会|居民委员会|村民委员会|村务监督委员会|居务监督委员会)`);

/**
 * The village or community whose committee a post names without it (某社区甲、乙当选为居委会
 * 成员; 村民委员会主任 in an article about one village): of the article's villages and
 * communities, the one named last before the post (at `titleAt` in `text`), in its sentence
 * first. Undefined when the
 * post names no such committee, or the text names no village before it.
 */
export function communityOf(title: string, text: string, titleAt: number, villages: readonly string[]): string | undefined {
  if (!COMMUNITY_BODY.test(title)) return undefined;
  let community: string | undefined;
  let last = -1;
  for (const village of villages) {
    const at = titleAt >= village.length ? text.lastIndexOf(village, titleAt - village.length) : -1;
    if (at > last) [community, last] = [village, at];
  }
  return community;
}
