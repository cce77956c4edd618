// Meetings named in the text: people's congress sessions (full 第六届人民代表大会第八次会议
// and short 六届人大八次会议), standing-committee sessions (县十五届人大常委会召开第二十四次
// 会议), CPPCC sessions (县政协十届四次会议), party congresses (第五次代表大会第六次会议,
// 第一次党代会), party plenums, a congress presidium's meetings, and work meetings
// (务虚会, 工作会议, 工作大会) named after 召开/举行, and the founding meeting of a council or
// association (某议事会成立大会).
//
// A mention that only refers to a meeting (关于…会议以来, 贯彻…会议精神) is marked as a
// reference: it names another, earlier meeting, not the one the article reports.
import type { MeetingKind } from '../types';
import { NUMERAL, parseNumeral } from '../lexicon/numbers';
import { NOT_PLACES } from '../lexicon/places';
import { findPlaces, isVillageName, mayBePlaceName, placeBefore } from '../places/recognize';
import { designationKey, meetingKind, parseDesignation, renderDesignation, type Designation } from '../grammar/designation';

export interface MeetingMention {
  kind: MeetingKind;
  /** Identity inside one article (kind + term + session, or the work meeting's type and year). */
  key: string;
  /** Fullest name this mention supports. */
  name: string;
  body: string;
  place?: string;
  term?: number;
  session?: number;
  /** For a presidium meeting: the congress session it belongs to. */
  parent?: MeetingMention;
  start: number;
  end: number;
  reference: boolean;
  /** The structure the grammar reads in the designation, when it reads one. */
  designation?: Designation;
}

const N = `(${NUMERAL})`;
// Each pattern with the words every one of its matches holds (`gate`): a pattern runs only
// on a text that holds one of them, so an article is scanned by the few patterns it can match.
export const NUMBERED_PATTERNS: ReadonlyArray<{ kind: MeetingKind; re: RegExp; gate: readonly string[] }> = [
  // (第N次主任会议 is the directors' council, read below)
  { kind: 'standing_committee', re: new RegExp(`第?${N}届人大常委会(?:召开|举行)?了?第?${N}次(?!主任会议)(?:会议)?`, 'g'), gate: ['届人大常委会'] },
  { kind: 'standing_committee', re: new RegExp(`第?${N}届人民代表大会常务委员会(?:召开|举行)?了?第?${N}次会议`, 'g'), gate: ['届人民代表大会常务委员会'] },
  { kind: 'standing_committee', re: new RegExp(`人大常委会(?:召开|举行)?了?第${N}届第?${N}次会议`, 'g'), gate: ['人大常委会'] },
  { kind: 'congress', re: new RegExp(`第?${N}届人民代表大会(?:召开|举行)?了?第?${N}次(?:全体)?会议`, 'g'), gate: ['届人民代表大会'] },
  { kind: 'congress', re: new RegExp(`第?${N}届人大会?(?:召开|举行)?第?${N}次(?:会议)?`, 'g'), gate: ['届人大'] },
  { kind: 'congress', re: new RegExp(`第?${N}届人代会(?:召开|举行)?第?${N}次(?:会议)?`, 'g'), gate: ['届人代会'] },
  // the directors' council, numbered within the term when the term is written (县十七届人大常委会第三十二次主任会议)
  { kind: 'standing_committee', re: new RegExp(`(?:第?${N}届)?(?:人大常委会|人民代表大会常务委员会)(?:召开|举行)?了?第?${N}次主任会议`, 'g'), gate: ['次主任会议'] },
  // the CPPCC chair's council: 政协某县第十届第五次主席会议, 县政协召开第十二次主席会议
  { kind: 'cppcc', re: new RegExp(`政协(?:(?![零〇一二两三四五六七八九十百第])[\\u4e00-\\u9fff]){0,8}?(?:第?${N}届(?:委员会)?)?(?:召开|举行)?了?第?${N}次主席会议`, 'g'), gate: ['次主席会议'] },
  { kind: 'presidium', re: new RegExp(`人大主席团(?:召开|举行)?了?((?:\\d{4}年)?第?)${N}次(?:全体)?会议`, 'g'), gate: ['人大主席团'] },
  // a CPPCC session, or a session of its standing committee (…第十一届委员会常务委员会第九次会议)
  { kind: 'cppcc', re: new RegExp(`(?:政协|政治协商会议)(?:(?![零〇一二两三四五六七八九十百第])[\\u4e00-\\u9fff]){0,8}?第?${N}届(?:(?:[\\u4e00-\\u9fff]{1,10}?)?委员会)?(?:常务委员会|常委会)?第?${N}次(?:全体)?会议`, 'g'), gate: ['政协', '政治协商会议'] },
  // …and of its standing committee written after the numbers: 政协某市九届二次常委会议, 九届十三次常委会会议
  { kind: 'cppcc', re: new RegExp(`(?:政协|政治协商会议)(?:(?![零〇一二两三四五六七八九十百第])[\\u4e00-\\u9fff]){0,8}?第?${N}届第?${N}次常委会?会议`, 'g'), gate: ['政协', '政治协商会议'] },
  // a mass organisation's congress: 某镇第十二次妇女代表大会, 第十届职工代表大会, 某县总工会第十次会员代表大会
  { kind: 'mass_organization', re: new RegExp(`第?${N}(?:次|届)(妇女|团员|职工|青年|残疾人|归侨侨眷|工会会员|会员)代表大会(?:第?${N}次(?:全体)?会议)?`, 'g'), gate: ['妇女代表大会', '团员代表大会', '职工代表大会', '青年代表大会', '残疾人代表大会', '归侨侨眷代表大会', '会员代表大会'] },
  // a branch committee's meeting: 党总支委员会第一次会议, 党支部委员会第一次会议
  { kind: 'party_plenum', re: new RegExp(`(?<=(?:党总支|党支部|总支部)(?:委员会)?)第?${N}次(?:全体)?会议`, 'g'), gate: ['党总支', '党支部', '总支部'] },
  // a committee just elected reported meeting for the first time: 随后,机关党委召开第一次会议
  { kind: 'party_plenum', re: new RegExp(`(?<=(?:党总支|党支部|总支部|党委|党工委|纪委|团委)(?:委员会)?(?:随即|随后)?(?:召开|举行)了?)第?${N}次(?:全体)?会议`, 'g'), gate: ['次会议', '次全体会议'] },
  // a party congress counted in 届 (中共某区第七届代表大会第一次会议, 七届一次党代会)
  { kind: 'party_congress', re: new RegExp(`第?${N}届(?:党员)?代表大会第?${N}次(?:全体)?会议`, 'g'), gate: ['届代表大会', '届党员代表大会'] },
  { kind: 'party_congress', re: new RegExp(`第?${N}届第?${N}次党代会`, 'g'), gate: ['次党代会'] },
  { kind: 'party_congress', re: new RegExp(`第?${N}次(?:党员)?代表大会(?:第?${N}次(?:全体)?会议)?`, 'g'), gate: ['次代表大会', '次党员代表大会'] },
  { kind: 'party_congress', re: new RegExp(`第?${N}(?:次|届)党代会(?:第?${N}次(?:全体)?会议)?`, 'g'), gate: ['党代会'] },
  { kind: 'party_plenum', re: new RegExp(`第?${N}届(?:委员会)?第?${N}次全(?:体|委)?(?:\\(?扩大\\)?)?会议?(?:\\(扩大\\))?`, 'g'), gate: ['次全'] },
  // the committee named between the numbers: 第七届某区委第一次全体会议
  { kind: 'party_plenum', re: new RegExp(`第?${N}届[\\u4e00-\\u9fff]{1,8}?(?:区委|县委|市委|镇委|旗委|党委|党工委|纪委|纪律检查委员会|委员会)第?${N}次全(?:体|委)?(?:\\(?扩大\\)?)?会议?`, 'g'), gate: ['次全'] },
  // a plenum numbered within the term, right after its committee: 镇纪委第一次全体会议
  { kind: 'party_plenum', re: new RegExp(`(?<=(?:纪委|党委|党工委|县委|区委|市委|镇委|旗委|团委|委员会))第?${N}次全(?:体|委)(?:\\(扩大\\))?会议`, 'g'), gate: ['次全'] },
  // any other numbered body: 第一届议政代表大会第二次会议, 第一届选民代表会议第三次会议,
  // 第十届团代会 (the body's words sit between 届 and 第N次)
  // (a people's congress named by its term alone is a body, not a meeting: 第十六届人民代表大会代表,
  // 第九届人民代表大会议案审查委员会)
  { kind: 'assembly', re: new RegExp(`第?${N}届(?!人民代表大会)([\\u4e00-\\u9fff]{2,8}?(?:代表大会|代表会议|代表会|议事会|团代会|妇代会|工代会))(?:第?${N}次(?:全体)?会议)?`, 'g'), gate: ['代表大会', '代表会', '议事会', '团代会', '妇代会', '工代会'] },
  // a union's own committees elected by its congress, meeting right after it: 第十届经费审查委员会第一次会议
  { kind: 'assembly', re: new RegExp(`第?${N}届((?:经费审查|女职工)委员会)第?${N}次(?:全体)?会议`, 'g'), gate: ['经费审查委员会', '女职工委员会'] },
  // the election of a village or community committee of a numbered term: 第十二届村民委员会换届选举大会
  { kind: 'election', re: new RegExp(`第?${N}届((?:村民委员会|居民委员会|村委会|居委会|社区居委会)(?:换届)?选举(?:大会|会议))`, 'g'), gate: ['选举'] },
];
// Families the rules above do not read, found by their shape and read by the grammar alone:
// a CPPCC standing committee's or chair's meeting numbered after the term (某区政协十届十四次
// 常委会会议), a mass organisation's executive committee (某妇联第十六届一次执委会议, …一次执委会), a
// government's plenum or executive meeting (某区政府第十九届第二次全体(扩大)会议, 县政府第七次
// 常务会议, 某区五届104次区政府常务会议), a party committee whose plenum is split by its date
// (某市第八届委员会3月4日下午举行第一次全体会议), an assembly of a subdistrict (首届选民代表议政会
// 第一次会议, 第一届居民议事会议第一次会议), and the election meeting of a branch (首届党支部选举大会).
// (each with a word the text must hold before its pattern is run)
export const GRAMMAR_PATTERNS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/政协|政治协商/, new RegExp(`(?:政协|政治协商会议)[^,。;\\n]{0,10}?第?${N}届第?${N}次(?:常委(?:会)?(?:会议|议)|常务委员会会议|主席会议)`, 'g')],
  [/执委|执行委/, new RegExp(`(?:妇联|妇女联合会|总工会|工会|团委|残联|侨联|科协)?第?${N}届(?:第?${N}次执委(?:会)?(?:\\(?扩大\\)?)?会议|第?${N}次执委会(?![议委成])|执(?:行)?委(?:员)?会第?${N}次会议)`, 'g')],
  [/政府/, new RegExp(`(?:人民政府|政府)(?:召开|举行)?了?(?:第?${N}届)?第?${N}次(?:常务会议|全体(?:\\(?扩大\\)?)?会议(?:\\(扩大\\))?)`, 'g')],
  [/政府常务/, new RegExp(`(?:第?${N}届)?第?${N}次(?:[区县市镇乡])?政府常务会议`, 'g')],
  [/届委员会/, new RegExp(`第?${N}届委员会(?:\\d{1,2}月\\d{1,2}日)?(?:上午|下午|晚上)?(?:召开|举行)了?第?${N}次全体(?:\\(?扩大\\)?)?会议`, 'g')],
  [/议政会|议事会|代表会议/, new RegExp(`(?:首届|第?${N}届)(?:选民代表|居民代表|村民代表|议政代表|居民|村民|选民)?(?:议政会|议事会议?|代表会议)(?:第?${N}次(?:全体)?会议)?`, 'g')],
  [/选举大会/, new RegExp(`(?:首届|第?${N}届)?(?:党支部|党总支|机关党委)(?:换届)?选举大会`, 'g')],
];

// how far after a presidium meeting its unnumbered 主席团会议 still names it (the next sentence or two)
const PRESIDIUM_SAID_AGAIN = 80;

// Meetings that carry no number: a congress presidium's meeting, elections of a village or
// community committee, a party members' meeting, a residents' assembly.
// (`gate`: a word every match holds, tested first where the pattern is new and rare)
const UNNUMBERED: ReadonlyArray<{ kind: MeetingKind; re: RegExp; gate?: string }> = [
  { kind: 'presidium', re: /(?:人大)?主席团(?:(?:召开|举行)了?)?(?:第[一二三四五六七八九十\d]+次)?会议/g },
  { kind: 'election', re: /(?:村民委员会|居民委员会|村委会|居委会|村民委|社区)?(?:换届)?选举(?:大会|会议)/g },
  // a committee's election told by its vote, without 大会 or 会议 (某村村民委员会换届选举投票在村部举行,
  // 某村顺利完成村委会换届选举): the vote is the meeting
  { kind: 'election', re: /(?:村民委员会|居民委员会|村委会|居委会)换届选举(?:投票)?(?![\u4e00-\u9fff])|(?:村民委员会|居民委员会|村委会|居委会)换届选举投票/g, gate: '换届选举' },
  { kind: 'party_members', re: /(?:换届选举)?党员(?:代表)?大会/g },
  // a branch committee's meeting held after the branch elected it: 随后召开支委会, 在村支部委员会会议上
  // (the look-ahead first, so the look-behind runs only where the words can start)
  { kind: 'party_plenum', re: /(?=[党支总])(?<=(?:召开|举行|在)了?[\u4e00-\u9fff]{0,10}?)(?:党支部|党总支)?(?:支委会议?|(?:支部|总支)委员会会议)(?!成员|委员)/g },
  { kind: 'assembly', re: /(?:居民代表|村民代表|选民代表|议政代表|户代表)(?:大会|会议)|居民议事会|议政会/g },
];
const COMMUNITY_BEFORE = /([\u4e00-\u9fff]{2,8}?(?:社区|村|居委会))(?:党总支|党支部|党委)?(?:召开了?|举行了?|的|在)?$/;
// the words that name a mass organisation (共青团某县…, 某镇妇女…, 妇联, 工会…)
const MASS_ORGANISATION_WORDS = '共青团|妇女|妇联|总工会|工会|青年|青联|科学技术协会|科协|归国华侨联合会|侨联|残疾人联合会|残联|工商业联合会|工商联|文学艺术界联合会|文联';
const MASS_ORGANISATION_BEFORE = new RegExp(`(${MASS_ORGANISATION_WORDS})[\\u4e00-\\u9fff]{0,8}?$`);
const MASS_ORGANISATION_BODY = new RegExp(`团代会|妇代会|工代会|经费审查委员会|女职工委员会|${MASS_ORGANISATION_WORDS}`);
const SITTING_AFTER = new RegExp(`^(?:举行|召开)了?(预备会议|第${N}次全体会议|开幕式|闭幕式|开幕会|闭幕会)`);
const PRESIDIUM_AFTER = new RegExp(`^(?:(?:举行|召开)了?)?(?:大会)?主席团(?:举行|召开)?了?第?${N}次会议`);
const WORK_MEETING = /(?:召开|举行|组织召开|召开了|举行了)(?:了)?([“"]?[^，,。；;\n]{0,30}(?:工作会议|务虚会议?|工作大会|工作会|推进会|推进大会|座谈会|动员大会|动员会|部署会议?|部署大会|总结会|表彰大会|干部大会|调度会|全委会|常务会议|专题会议|联席会议|学习会|培训会|启动会|誓师大会|成立大会|交流会|汇报会|观摩会|现场会|评议会|民主生活会|组织生活会|协调会|研讨会|讨论会|例会)[”"]?)/g;
const MEANS_BEFORE = /(?:通过|采取|采用|利用)$/;
const WORK_TYPE = /(工作会议|务虚会议?|工作大会|工作会|推进会|推进大会|座谈会|动员大会|动员会|部署会议?|部署大会|总结会|表彰大会|干部大会|调度会|全委会|常务会议|专题会议|联席会议|学习会|培训会|启动会|誓师大会|成立大会|交流会|汇报会|观摩会|现场会|评议会|民主生活会|组织生活会|协调会|研讨会|讨论会|例会)[”"]?$/;
const REFERENCE_BEFORE = /(?:关于|根据|依照|按照|贯彻|落实|传达|学习|对照)[\u4e00-\u9fff]{0,6}$/;
const REFERENCE_AFTER = /^(?:以来|精神|上的|期间的?提出|决议精神|确定的|制定的|作出的|通过的|暨[^,。;]{0,12}?精神|的(?:时间|日期|决定|议程|有关事项|筹备))/;
// 某会议选举办法(草案), 某会议议程: the meeting names a document, it is not itself the subject
const DOCUMENT_AFTER = /^(?:《|选举办法|补选办法|议程|日程|(?:[\u4e00-\u9fff]{0,12})?名单|(?:关于[^,。;]{0,20})?决议|议事规则|代表资格|筹备|列席人员|委员人选|选举结果)/;
// 对召开某会议的时间作出决定, 关于召开某会议的决定: a later meeting being prepared
const PREPARED_BEFORE = /(?:对|关于|筹备|准备)(?:召开|举行)[\u4e00-\u9fff]{0,4}$/;
// a meeting announced for later (会议决定于…召开某会议, 某会议定于…召开) is not the one reported
const ANNOUNCED_BEFORE = /(?:决定|定于|将于|拟于)[^,。;]{0,12}?(?:召开|举行)[\u4e00-\u9fff]{0,8}$/;
const ANNOUNCED_AFTER = /^(?:定于|将于|拟于|计划于)/;
// 会议研究决定,某会议于7月下旬召开: the meeting the decision schedules
const DECIDED_BEFORE = /决定[,，:：]?$/;
const SCHEDULED_AFTER = /^于[^,。;]{0,14}?(?:召开|举行)/;
// 区出席市第N次党代会代表, 选举出席县第N次党代会代表: the delegates a body sends to another
// body's meeting name that meeting, they do not report it
const DELEGATES_BEFORE = /(?:[县区市镇乡旗]|选举|选出|产生|推选)出席[\u4e00-\u9fff]{0,8}$/;
const YEAR = /(\d{4})年/;
// 政协某市某区第N届…: the chain of places up to the numbers, the last the CPPCC's own
const PLACE_WITH_LEVEL = '[\\u4e00-\\u9fff]{1,6}?(?:省|自治区|市|州|盟|县|区|旗)';
const CPPCC_PLACE = new RegExp(`^(?:政协|政治协商会议)((?:${PLACE_WITH_LEVEL})+)(?=第|[零〇一二两三四五六七八九十])`);
const FIRST_PLACE = new RegExp(`^${PLACE_WITH_LEVEL}`);
// 中共某镇, 县委, 镇党委, and the organ as subject before 召开 (某镇党委召开十四届六次全会)
const PARTY_ORGAN_BEFORE = /((?:中共|中国共产党)[\u4e00-\u9fff]{2,10}?|(?:[\u4e00-\u9fff]{1,6}?(?:镇|乡|县|区|市|街道)|镇|乡|县|区|市|街道)?(?:党委|党工委|县委|区委|市委|纪委))(?:(?:召开|举行)了?)?$/;

/** Every meeting mention in `text`, in order. */
export function findMeetings(text: string): MeetingMention[] {
  const found: MeetingMention[] = [];
  if (text.includes('届') || text.includes('次')) {
    numberedMentions(text, found);
    grammarMentions(text, found);
  }
  unnumberedMentions(text, found);
  found.push(...communityElections(text, found));
  workMeetings(text, found);
  if (found.every((f) => f.reference)) {
    const unnamed = unnamedMeeting(text);
    if (unnamed) found.push(unnamed);
  }
  found.sort((a, b) => a.start - b.start);
  const read = sharePlaces(found.map((f) => readDesignation(text, f)));
  return text.includes(CREDENTIALS_WORDS) ? withCredentialsCommitteeMeetings(text, read) : read;
}

/** The numbered designations the rules read, each where no earlier pattern read one. */
function numberedMentions(text: string, found: MeetingMention[]): void {
  for (const { kind, re, gate } of NUMBERED_PATTERNS) {
    if (!gate.some((words) => text.includes(words))) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (found.some((f) => f.start < m!.index + m![0].length && m!.index < f.end)) continue;
      found.push(buildMention(text, kind, m));
    }
  }
}

/** The families only the grammar reads; a longer designation replaces the shorter ones the rules saw in it. */
function grammarMentions(text: string, found: MeetingMention[]): void {
  for (const [gate, re] of GRAMMAR_PATTERNS) {
    if (!gate.test(text)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      const overlapping = found.filter((f) => f.start < end && start < f.end);
      if (overlapping.some((f) => f.start <= start && f.end >= end)) continue;
      const mention = readDesignation(text, { kind: 'other', key: '', name: m[0], body: '', place: placeBefore(text, start), start, end, reference: referredTo(text, start, end) });
      if (!mention.designation) continue;
      for (const f of overlapping) found.splice(found.indexOf(f), 1);
      found.push({ ...mention, body: mention.name });
    }
  }
}

/** Meetings that carry no number, where the text reports them held (or as sittings of a session). */
function unnumberedMentions(text: string, found: MeetingMention[]): void {
  for (const { kind, re, gate } of UNNUMBERED) {
    if (gate && !text.includes(gate)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      // 党员代表大会 with a number was read above; 第N次 before it is a numbered congress
      if (/[次届]$/.test(text.slice(Math.max(0, start - 1), start))) continue;
      // a presidium meeting in an article about a congress session is a sitting of that
      // session; other unnumbered meetings count only where the text reports them held
      if (kind === 'presidium' && presidiumSitting(m[0], start, end, found)) continue;
      // "闭幕前举行了选举大会" in an article about a session: the session's own election, no meeting of its own
      if (kind === 'election' && !/^(?:村|居|社区)/.test(m[0]) && found.some((f) => !f.reference && (f.kind === 'congress' || f.kind === 'cppcc' || f.kind === 'party_congress') && f.start < start)) continue;
      // (an election told by its vote, in an article that names its 选举大会 too: that meeting)
      if (kind === 'election' && !/(?:大会|会议)$/.test(m[0]) && found.some((f) => f.kind === kind && !f.reference)) continue;
      // "主持选举大会" after "召开第十二届…选举大会": the same meeting, named in full before
      if (found.some((f) => f.kind === kind && f.start < start && !f.reference)) continue;
      if (!heldAround(text, start, end)) continue;
      found.push(buildUnnumbered(text, kind, m[0], start, end));
    }
  }
}

/**
 * A presidium meeting in an article about a congress session, read as that session's sitting
 * (pushed to `found` when it is numbered or said again). True when the article has a session.
 */
function presidiumSitting(written: string, start: number, end: number, found: MeetingMention[]): boolean {
  // (the session may be known only as the parent of its first presidium meeting)
  const sessionOf = (f: MeetingMention) => (f.reference ? undefined : f.kind === 'congress' ? f : f.parent?.kind === 'congress' ? f.parent : undefined);
  const session = found.filter((f) => f.start < start).map(sessionOf).reverse().find(Boolean) ?? found.map(sessionOf).find(Boolean);
  if (!session) return false;
  // "在主席团第三次会议上" in an article about a congress session: a meeting of that
  // session's presidium; unnumbered, it is the session itself speaking
  const n = /第([一二三四五六七八九十\d]+)次/.exec(written)?.[1];
  if (n) found.push({ kind: 'presidium', key: `${session.key}/presidium/${parseNumeral(n)}`, name: `${session.name}主席团第${n}次会议`, body: `${session.body}主席团`, place: session.place, term: session.term, session: session.session, parent: session, start, end, reference: false });
  else {
    // (…主席团举行第一次会议。主席团会议审议通过了…: the one just named, said again)
    const named = found.filter((f) => f.kind === 'presidium' && f.parent === session && f.start < start && !f.reference).pop();
    if (named && start - named.end < PRESIDIUM_SAID_AGAIN) found.push({ ...named, start, end });
  }
  return true;
}

/** Work meetings named after 召开/举行 (…工作会议, …推进会), where no designation was read. */
function workMeetings(text: string, found: MeetingMention[]): void {
  WORK_MEETING.lastIndex = 0;
  let w: RegExpExecArray | null;
  while ((w = WORK_MEETING.exec(text)) !== null) {
    const start = w.index + w[0].length - w[1].length;
    const end = w.index + w[0].length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    // 通过召开座谈会、发放问卷等方式: a means the text names, not a meeting it reports
    if (MEANS_BEFORE.test(text.slice(Math.max(0, w.index - 2), w.index))) continue;
    found.push(buildWorkMeeting(text, w[1], start, end, w.index));
  }
}

// 代表资格审查委员会会议: the credentials committee of a congress session meets before the
// session opens; a meeting held within the session, as its presidium's meetings are
const CREDENTIALS_WORDS = '资格审查委员会';
const CREDENTIALS_COMMITTEE_MEETING = /(?:代表)?资格审查委员会(?:第[一二三四五六七八九十\d]+次)?(?:全体)?会议/g;

/**
 * The credentials committee's meetings of an article about a congress or party congress
 * session: each a sitting of the session named nearest before it (else of the article's first).
 */
function withCredentialsCommitteeMeetings(text: string, mentions: MeetingMention[]): MeetingMention[] {
  const sessionOf = (f: MeetingMention) => {
    if (f.reference) return undefined;
    // (a presidium meeting's parent may itself be a sitting: 某会议预备会议)
    let top = f;
    while (top.parent) top = top.parent;
    return top.kind === 'congress' || top.kind === 'party_congress' ? top : undefined;
  };
  const sessions = mentions.map(sessionOf);
  if (!sessions.some(Boolean)) return mentions;
  const added: MeetingMention[] = [];
  for (const m of text.matchAll(CREDENTIALS_COMMITTEE_MEETING)) {
    const start = m.index;
    const end = start + m[0].length;
    if (mentions.some((f) => f.start < end && start < f.end)) continue;
    let session: MeetingMention | undefined;
    for (let k = 0; k < mentions.length && mentions[k].start < start; k++) session = sessions[k] ?? session;
    session ??= sessions.find(Boolean)!;
    added.push({ kind: session.kind, key: `${session.key}/资格审查委员会会议`, name: `${session.name}代表资格审查委员会会议`, body: `${session.body}代表资格审查委员会`, place: session.place, term: session.term, session: session.session, parent: session, start, end, reference: false });
  }
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

// how far before a mention its organisation and places may begin (中国共产党某市某区…)
const DESIGNATION_LEAD = 16;
const CLAUSE_BREAK = /[,，。;；!?！？、:：\n(（“"]/;

/**
 * The mention read by the grammar of designations: the longest designation that ends where
 * the mention ends and starts within the clause before it, whose last place is the one the
 * mention's place rules found (or a bare level word). Its structure gives the mention's key
 * and canonical name; a mention the grammar cannot read is kept as the rules built it.
 */
function readDesignation(text: string, mention: MeetingMention): MeetingMention {
  if (mention.kind === 'work_meeting' || mention.key.endsWith('/unnamed')) return mention;
  let best: Designation | undefined;
  let from = mention.start;
  while (from > Math.max(0, mention.start - DESIGNATION_LEAD) && !CLAUSE_BREAK.test(text[from - 1])) from--;
  // the longest first: the first designation the grammar accepts is the one
  for (let s = from; s <= mention.start && !best; s++) {
    // (新一届镇党委召开第一次全体会议: 新一届 is the new term, not the first)
    if (text[s - 1] === '新' && text.startsWith('一届', s)) continue;
    const written = text.slice(s, mention.end);
    const d = parseDesignation(written);
    if (!d) continue;
    if (!(d.places ?? []).every((p) => placeHolds(text, s, written, p, mention))) continue;
    if (d.places) d.places = placesAsListed(text, s, written, d.places);
    best = d;
  }
  // (a presidium meeting the grammar cannot read alone still names its session as the grammar reads it)
  if (!best) return mention.parent ? { ...mention, parent: readDesignation(text, mention.parent) } : mention;
  // (no place in the designation: the one the rules found before it, or wrote into the name)
  const written = text.slice(mention.start, mention.end);
  // (a name the grammar rendered already holds no place before the written words: 第十三届… of 十三届…)
  const own = best.places?.length ? undefined : (mention.place ?? (!mention.designation && mention.name.endsWith(written) ? mention.name.slice(0, -written.length) || undefined : undefined));
  const placeOfName = best.places?.[best.places.length - 1] ?? mention.place;
  const renamed: MeetingMention = { ...mention, kind: meetingKind(best) === 'other' ? mention.kind : meetingKind(best), key: designationKey(best), name: renderDesignation(best, own), place: placeOfName, designation: best };
  if (mention.parent) renamed.parent = readDesignation(text, mention.parent);
  return renamed;
}

/**
 * A place of a designation's chain is one where the place rules find it too (or the rules
 * built the mention with it): 天的中共某市 is not a place, 某市 is.
 */
function placeHolds(text: string, from: number, written: string, place: string, mention: MeetingMention): boolean {
  // (a bare level word that ends a word: 社区, 城区)
  if (place.length === 1) return !NOT_PLACES.has(text.slice(from + written.indexOf(place) - 1, from + written.indexOf(place) + 1));
  // (a chain's piece that is prose or a generic word: 某县在县…, 换届试点村)
  if (!mayBePlaceName(place)) return false;
  if (place === mention.place || mention.name.includes(place)) return true;
  // a village right under its township (某镇|某村支部委员会…)
  const at = from + written.indexOf(place);
  if (/(?:村|社区)$/.test(place) && /(?:镇|乡|街道)$/.test(text.slice(Math.max(0, at - 2), at)) && placeBefore(text, at)) return true;
  return placeBefore(text, from + written.indexOf(place) + place.length) === place;
}

/**
 * The chain with the pieces the gazetteer lists as one name joined: a name with a level
 * word inside it (某村彝族乡, 某市镇) is one place, not a village and a township.
 */
function placesAsListed(text: string, from: number, written: string, chain: string[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const p of chain) {
    const start = written.indexOf(p, at);
    if (start < 0) return chain;
    const prev = out[out.length - 1];
    const joined = prev !== undefined && start === at ? prev + p : undefined;
    if (joined && placeBefore(text, from + start + p.length) === joined) out[out.length - 1] = joined;
    else out.push(p);
    at = start + p.length;
  }
  return out;
}

/**
 * Meetings of one structure in several places (six district congresses in one report) are
 * told apart by their named place; a mention without one is the nearest earlier mention's
 * of that structure (else the nearest later one's).
 */
function sharePlaces(mentions: MeetingMention[]): MeetingMention[] {
  const named = (m: MeetingMention) => (m.designation && m.place && m.place.length > 1 ? m.place : undefined);
  const base = mentions.map((m) => m.key);
  const places = new Map<string, Set<string>>();
  mentions.forEach((m, i) => {
    const p = named(m);
    if (p) (places.get(base[i]) ?? places.set(base[i], new Set()).get(base[i])!).add(p);
  });
  return mentions.map((m, i) => {
    if (!m.designation || (places.get(base[i])?.size ?? 0) < 2) return m;
    let p = named(m);
    for (let j = i - 1; !p && j >= 0; j--) if (base[j] === base[i]) p = named(mentions[j]);
    for (let j = i + 1; !p && j < mentions.length; j++) if (base[j] === base[i]) p = named(mentions[j]);
    return p ? { ...m, key: `${base[i]}@${p}` } : m;
  });
}


// A meeting the article reports without naming it: "某街道召开会议…", "会议由…主持", "大会听取了…".
const MEETING_SUBJECT = /(?:召开了?|举行了?)(?:专题|全体)?会议|(?:会议|大会)(?=由|听取|审议|通过|选举|表决|要求|强调|指出|首先|期间|上|应到|在[^,。]{0,12}(?:召开|举行|开幕))/g;
const KIND_BY_WORDS: ReadonlyArray<readonly [RegExp, MeetingKind, string]> = [
  [/人大常委会|人民代表大会常务委员会/, 'standing_committee', '人大常委会会议'],
  [/人民代表大会|人代会|人大会议|人大代表/, 'congress', '人民代表大会会议'],
  [/政协/, 'cppcc', '政协会议'],
  [/党代会|党员代表大会/, 'party_congress', '党代会'],
  [/党员大会/, 'party_members', '党员大会'],
  [/党委|党工委|[县区市镇乡旗]委(?!员)/, 'party_plenum', '党委会议'],
];

/**
 * The one meeting an article reports without naming it, read from the first sentence that
 * speaks of it (召开会议, 会议由…主持, 大会听取…); its kind and name come from the words of the
 * article (人民代表大会, 政协…) and its place from the text before the verb or the article's place.
 */
function unnamedMeeting(text: string): MeetingMention | undefined {
  MEETING_SUBJECT.lastIndex = 0;
  const m = MEETING_SUBJECT.exec(text);
  if (!m) return undefined;
  // the words of the line that reports it held tell its kind first (某镇党委召开全体会议), then the article's
  const line = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index + m[0].length);
  const [kindRe, kind, body] = KIND_BY_WORDS.find(([re]) => re.test(line)) ?? KIND_BY_WORDS.find(([re]) => re.test(text)) ?? [undefined, 'other' as MeetingKind, '会议'];
  void kindRe;
  const held = m[0].startsWith('召开') || m[0].startsWith('举行');
  const place = (held ? placeBefore(text, m.index) : undefined) ?? findPlaces(text)[0]?.name;
  const where = place ?? '';
  return { kind, key: `${kind}/unnamed`, name: `${where}${body}`, body: `${where}${body.replace(/会议$/, '')}`, place, start: m.index, end: m.index + m[0].length, reference: false };
}

/** What every kind of meeting name is made from: the match, the place before it, its numbers as read and as written. */
interface MentionParts {
  text: string;
  kind: MeetingKind;
  m: RegExpExecArray;
  start: number;
  end: number;
  place: string | undefined;
  /** the place, or '' */
  where: string;
  first: number | undefined;
  second: number | undefined;
  termText: string;
  sessionText: string;
  reference: boolean;
}

function buildMention(text: string, kind: MeetingKind, m: RegExpExecArray): MeetingMention {
  const start = m.index;
  let end = m.index + m[0].length;
  const place = placeBefore(text, start);
  // (an optional first number that is absent: the second is the only one, 第十二次主席会议)
  if (m[1] === undefined && m[2] !== undefined) {
    m[1] = m[2];
    m[2] = undefined as unknown as string;
  }
  const first = parseNumeral(m[1]);
  const second = m[2] !== undefined ? parseNumeral(m[2]) : undefined;
  const reference = referredTo(text, start, end);
  const where = place ?? '';
  // numerals as written (十七 or 17): a name should read like the article
  const termText = m[1];
  const sessionText = m[2] ?? '';
  const parts: MentionParts = { text, kind, m, start, end, place, where, first, second, termText, sessionText, reference };
  let mention: MeetingMention;
  switch (kind) {
    case 'presidium': {
      // a town congress presidium meeting between sessions: 某镇人大主席团召开2024年第二次会议
      const year = YEAR.exec(m[1])?.[1] ?? '';
      const n = parseNumeral(m[2]);
      return { kind, key: `presidium/${year}/${n}`, name: `${where}人大主席团${year ? `${year}年` : ''}第${m[2]}次会议`, body: `${where}人大主席团`, place, session: n, start, end, reference };
    }
    case 'congress':
      mention = { kind, key: `congress/${first}/${second}`, name: `${where}第${termText}届人民代表大会第${sessionText}次会议`, body: `${where}人民代表大会`, place, term: first, session: second, start, end, reference };
      break;
    case 'standing_committee':
      mention = standingCommitteeMention(parts);
      break;
    case 'cppcc':
      return cppccMention(parts);
    case 'party_plenum':
      return partyPlenumMention(parts);
    case 'mass_organization': {
      // (group 2 is the organisation word, group 3 the session)
      const people = m[2];
      const sessionN = m[3] !== undefined ? parseNumeral(m[3]) : undefined;
      const orgPlace = where.length > 1 ? where : '';
      mention = { kind, key: `mass_organization/${people}/${first}/${sessionN ?? ''}`, name: `${orgPlace}第${termText}${m[0].includes(`${termText}届`) ? '届' : '次'}${people}代表大会${m[3] !== undefined ? `第${m[3]}次会议` : ''}`, body: `${orgPlace}${people}代表大会`, place, term: first, session: sessionN, start, end, reference };
      break;
    }
    case 'election': {
      const before = communityBefore(text, start);
      const at = before ?? where;
      mention = { kind, key: `election/${before ?? ''}/${first}`, name: `${at}第${termText}届${m[2]}`, body: `${at}${m[2].replace(/(?:换届)?选举(?:大会|会议)$/, '')}`, place, term: first, start, end, reference };
      break;
    }
    case 'assembly': {
      const bodyWords = m[2];
      const sessionN = m[3] !== undefined ? parseNumeral(m[3]) : undefined;
      const sessionPart = m[3] !== undefined ? `第${m[3]}次会议` : '';
      // (a committee of the organisation named right before it: 县总工会|第十届经费审查委员会第一次会议)
      const owner = massOrganization(bodyWords) ? MASS_ORGANISATION_BEFORE.exec(text.slice(Math.max(0, start - 14), start))?.[0] : undefined;
      const at = owner ? `${placeBefore(text, start - owner.length) ?? ''}${owner}` : where;
      mention = { kind: massOrganization(bodyWords) ? 'mass_organization' : 'assembly', key: `assembly/${bodyWords}/${first}/${sessionN ?? ''}`, name: `${at}第${termText}届${bodyWords}${sessionPart}`, body: `${at}${bodyWords}`, place, term: first, session: sessionN, start, end, reference };
      break;
    }
    default:
      mention = partyCongressMention(parts);
  }
  const presidium = PRESIDIUM_AFTER.exec(text.slice(end, end + 16));
  if (presidium && kind === 'congress') {
    const sitting = parseNumeral(presidium[1]);
    end += presidium[0].length;
    return { kind: 'presidium', key: `${mention.key}/presidium/${sitting}`, name: `${mention.name}主席团第${presidium[1]}次会议`, body: `${mention.body}主席团`, place, term: first, session: second, parent: mention, start, end, reference };
  }
  // 某区十九届人大二次会议举行预备会议: a sitting of the session, named with it
  const sittingAfter = SITTING_AFTER.exec(text.slice(end, end + 14));
  if (sittingAfter && (kind === 'congress' || kind === 'party_congress')) {
    end += sittingAfter[0].length;
    return { ...mention, key: `${mention.key}/${sittingAfter[1]}`, name: `${mention.name}${sittingAfter[1]}`, parent: mention, start, end };
  }
  return mention;
}

/** 人大常委会: a session of the standing committee, or its directors' council numbered on its own. */
function standingCommitteeMention({ kind, m, start, end, place, where, first, second, termText, sessionText, reference }: MentionParts): MeetingMention {
  if (m[0].endsWith('主任会议')) {
    // (the term, when written, comes first: 第十七届…第三十二次主任会议)
    const termPart = second !== undefined ? `第${termText}届` : '';
    const n = second ?? first;
    return { kind, key: `standing_committee/council/${second !== undefined ? first : '-'}/${n}`, name: `${where}${termPart}人大常委会第${second !== undefined ? sessionText : termText}次主任会议`, body: `${where}人大常委会主任会议`, place, ...(second !== undefined ? { term: first } : {}), session: n, start, end, reference };
  }
  return { kind, key: `standing_committee/${first}/${second}`, name: `${where}第${termText}届人大常委会第${sessionText}次会议`, body: `${where}人大常委会`, place, term: first, session: second, start, end, reference };
}

/** 政协…: the plenary session, its standing committee, or the chair council numbered on its own. */
function cppccMention(c: MentionParts): MeetingMention {
  const { kind, m, start, end, place, first, second, termText, sessionText, reference } = c;
  if (m[0].endsWith('主席会议')) {
    // numbered on its own within the term (届 when given)
    const chain = CPPCC_PLACE.exec(m[0])?.[1];
    const at = (chain ? lastPlaceOf(chain) ?? chain : undefined) ?? place;
    const n = second ?? first;
    const nText = m[2] ?? m[1];
    const termPart = second !== undefined ? `第${termText}届` : '';
    return { kind, key: `cppcc-chair/${second !== undefined ? first : '-'}/${n}`, name: `${at ?? ''}政协${termPart}第${nText}次主席会议`, body: `${at ?? ''}政协主席会议`, place: at, ...(second !== undefined ? { term: first } : {}), session: n, start, end, reference };
  }
  // 政协某县第十届委员会…: the county may sit between 政协 and the numbers
  const chain = CPPCC_PLACE.exec(m[0])?.[1];
  const inner = chain ? (lastPlaceOf(chain) ?? chain) : undefined;
  const cppccPlace = inner ?? place;
  const at = cppccPlace ?? '';
  // the standing committee numbers its own sessions: a different meeting from the plenary session
  const standing = /届(?:委员会)?(?:常务委员会|常委会)|次常委会?会议$/.test(m[0]) ? '常务委员会' : '';
  return {
    kind,
    key: `cppcc${standing ? '-standing' : ''}/${first}/${second}`,
    // (九届二次常委会议 keeps the short form it is written in: the name reads like the article)
    name: /次常委会?会议$/.test(m[0]) ? `${at}政协${m[0].slice(Math.max(0, m[0].search(/第?[零〇一二两三四五六七八九十百\d]+届/)))}` : `${at}政协第${termText}届委员会${standing}第${sessionText}次会议`,
    body: `${at}政协${standing}`,
    place: cppccPlace,
    term: first,
    session: second,
    start,
    end,
    reference,
  };
}

/** A plenum of a party committee, named before the numbers or between them. */
function partyPlenumMention(c: MentionParts): MeetingMention {
  const { text, kind, m, start, end, place, where, first, second, termText, sessionText, reference } = c;
  // the party committee is named before the numbers: 中共某镇第十四届…, 镇党委十四届三次全会
  const window = text.slice(Math.max(0, start - 16), start);
  const organMatch = PARTY_ORGAN_BEFORE.exec(window);
  const organ = organMatch?.[1];
  // 中共某镇委员会十三届五次全会 reads 中共某镇第十三届委员会…: 委员会 is said once
  const prefix = organ?.replace(/(?<!工作)委员会$/, '') ?? where;
  // 贯彻落实中共某镇委员会…全会精神: the reference word stands before the organ
  const organStart = organMatch ? start - window.length + organMatch.index : start;
  const referred = reference || REFERENCE_BEFORE.test(text.slice(Math.max(0, organStart - 10), organStart));
  if (m[2] === undefined) {
    // 镇纪委第一次全体会议: a committee's plenum numbered within its term only
    // (机关党委召开第一次会议: the committee is the subject of the verb)
    const verb = /(?:随即|随后)?(?:召开|举行)了?$/.exec(window)?.[0] ?? '';
    const own = /(?:镇|乡|县|区|市|街道|村|社区|机关)?(?:(?:党总支|党支部|总支部)(?:委员会)?|纪委|党委|党工委|县委|区委|市委|镇委|旗委|团委|委员会)$/.exec(window.slice(0, window.length - verb.length))?.[0] ?? '党委';
    const at = placeBefore(text, start - verb.length - own.length);
    const organWords = at && at.length > 1 ? `${at}${own.replace(/^(?:镇|乡|县|区|市|街道)/, '')}` : `${where.length > 1 ? where : ''}${own}`;
    return { kind, key: `party_plenum/-/${first}/${organWords}`, name: `${organWords}第${termText}次${m[0].includes('全') ? '全体会议' : '会议'}`, body: organWords, place, session: first, start, end, reference: referred };
  }
  // 第十五届纪律检查委员会第三次全体会议, 第七届某区委第一次…: the committee named between the numbers
  const between = /届([\u4e00-\u9fff]+?)第?[零〇一二两三四五六七八九十百0-9]+次全/.exec(m[0])?.[1];
  const committee = between && between !== '委员会' ? between : '委员会';
  return { kind, key: `party_plenum/${first}/${second}${committee === '委员会' ? '' : `/${committee}`}`, name: `${prefix}第${termText}届${committee}第${sessionText}次全体会议`, body: organ ?? `${where}党委`, place, term: first, session: second, start, end, reference: referred };
}

/** A party congress (第N次代表大会, counted in 次 or in 届), or a mass organisation's congress. */
function partyCongressMention(c: MentionParts): MeetingMention {
  const { text, m, start, end, place, where, first, second, termText, sessionText, reference } = c;
  // party congress: 第N次代表大会 (the term is counted in 次), 第M次会议 its session
  const congressWord = m[0].includes('党代会') ? '党代会' : m[0].includes('党员代表大会') ? '党员代表大会' : '代表大会';
  const sessionPart = second !== undefined ? `第${sessionText}次会议` : '';
  const party = text.startsWith('中共', start - where.length - 2) || text.startsWith('中国共产党', start - where.length - 5) ? '中共' : '';
  // 共青团某市第十七次代表大会, 某县妇女第十三次代表大会: a mass organisation's congress
  const organisation = MASS_ORGANISATION_BEFORE.exec(text.slice(Math.max(0, start - 14), start));
  if (organisation) {
    const sessionPart2 = second !== undefined ? `第${sessionText}次会议` : '';
    const orgStart = start - organisation[0].length;
    const orgPlace = placeBefore(text, orgStart);
    const words = `${orgPlace && orgPlace.length > 1 ? orgPlace : ''}${organisation[0]}`;
    return { kind: 'mass_organization', key: `mass_organization/${organisation[1]}/${first}/${second ?? ''}`, name: `${words}第${termText}次代表大会${sessionPart2}`, body: words, place: place ?? orgPlace, term: first, session: second, start, end, reference };
  }
  // counted in 届 (第七届代表大会第一次会议): the term is a 届, the session a 次
  const countedInTerms = /^第?[^次届]+届/.test(m[0]);
  const name = countedInTerms ? `${party}${where}第${termText}届代表大会第${sessionText}次会议` : `${party}${where}第${termText}次${congressWord}${sessionPart}`;
  return { kind: 'party_congress', key: `party_congress/${first}/${second ?? ''}`, name, body: `${where}党代会`, place, term: first, session: second, start, end, reference };
}

// communities or villages that elected their committee by a vote told without a meeting
// (某社区和某社区通过居民代表选举…, 某镇某村通过户代表选举): the election of each is a meeting
const VOTE_AFTER = /^通过(?:居民代表|村民代表|户代表|选民|居民|村民)?(?:直接|无记名投票)?选举/;
// the communities before it, from where a name starts (a break, or the township's chain)
const VOTERS_BEFORE = /(?<![\u4e00-\u9fff])((?:[\u4e00-\u9fff]{2,14}?(?:社区|村)(?:和|与|、))*[\u4e00-\u9fff]{2,14}?(?:社区|村))(?:分别)?$/;
const VOTERS_WINDOW = 48;

/** The election of each community a sentence says elected its committee by a vote (no meeting named). */
function communityElections(text: string, found: readonly MeetingMention[]): MeetingMention[] {
  const out: MeetingMention[] = [];
  for (let i = text.indexOf('通过'); i >= 0; i = text.indexOf('通过', i + 2)) {
    if (!VOTE_AFTER.test(text.slice(i, i + 14))) continue;
    const from = Math.max(0, i - VOTERS_WINDOW);
    const voters = VOTERS_BEFORE.exec(text.slice(from, i));
    // (a window that starts inside a word has no boundary to start a name from)
    if (!voters || (voters.index === 0 && from > 0)) continue;
    let at = from + voters.index;
    for (const written of voters[1].split(/(?<=社区|村)(?:和|与|、)/)) {
      const end = at + written.length;
      at = end + 1;
      let community = written;
      for (let p = LEADING_PLACE.exec(community); p; p = LEADING_PLACE.exec(community)) community = community.slice(p[0].length);
      if (!isVillageName(community) || !mayBePlaceName(community)) continue;
      const key = `election/${community}/`;
      // (a meeting of the community named otherwise is the one it holds)
      if (found.some((f) => !f.reference && (f.key === key || f.place === community || f.name.includes(community)))) continue;
      const committee = community.endsWith('村') ? '村民委员会' : '居民委员会';
      out.push({ kind: 'election', key, name: `${community}${committee}选举`, body: `${community}${committee}`, place: community, start: end - community.length, end, reference: false });
    }
  }
  return out;
}

/** The meeting at [start, end) is only referred to, prepared, announced or named as a document's owner. */
function referredTo(text: string, start: number, end: number): boolean {
  return (
    REFERENCE_BEFORE.test(text.slice(Math.max(0, start - 10), start)) || REFERENCE_AFTER.test(text.slice(end, end + 16)) || DOCUMENT_AFTER.test(text.slice(end, end + 24)) || PREPARED_BEFORE.test(text.slice(Math.max(0, start - 10), start)) || studiedInClause(text, start, end) ||
    ANNOUNCED_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || ANNOUNCED_AFTER.test(text.slice(end, end + 4)) ||
    (DECIDED_BEFORE.test(text.slice(Math.max(0, start - 20), start).replace(/[县区市镇乡旗]$/, '')) && SCHEDULED_AFTER.test(text.slice(end, end + 18))) ||
    (DELEGATES_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && /^的?代表/.test(text.slice(end, end + 3)))
  );
}

const HELD_BEFORE = /(?:召开|举行|组织|主持|开展|进行)了?[^,。;]{0,16}$/;
const HELD_AFTER = /^[^,。;]{0,24}?(?:召开|举行|开幕|闭幕|顺利|圆满|隆重)/;
// 某某作党员大会讲话, 在党员大会上讲话: a speech given at a meeting (not 讲话精神, which cites one)
export const SPOKEN_AT_AFTER = /^(?:上的?)?(?:重要|动员|总结|专题)?讲话(?!精神)/;

/** The text reports the meeting at [start, end) held (召开…, …在…召开), or names it in a headline line. */
function heldAround(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const headline = start - lineStart < 30 && /^[^。]{0,40}$/.test(text.slice(end, text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end)));
  return headline || HELD_BEFORE.test(text.slice(Math.max(0, start - 18), start)) || HELD_AFTER.test(text.slice(end, end + 30)) || SPOKEN_AT_AFTER.test(text.slice(end, end + 8));
}

// a town, county or date before the village's own name (云溪镇|桃源村): at least two
// characters and the village word must remain
const LEADING_PLACE = /^.*?(?:镇|乡|街道|县|区|市|团|[0-9,,。、])(?=[\u4e00-\u9fff]{2,}(?:社区|村|居委会)$)/;

/** The village or community named right before `start` (云溪镇桃源村|召开… → 桃源村). */
function communityBefore(text: string, start: number): string | undefined {
  const found = COMMUNITY_BEFORE.exec(text.slice(Math.max(0, start - 14), start))?.[1];
  // the window may begin inside the words before: keep what follows the last town or county
  let name = found;
  for (let m = LEADING_PLACE.exec(name ?? ''); name && m; m = LEADING_PLACE.exec(name)) name = name.slice(m[0].length);
  if (name && isVillageName(name)) return name;
  // words that end like a village (换届试点村, 召开社区): the village holding the meeting is
  // the subject of 召开 before them (某村召开村党总支换届…选举大会)
  const window = text.slice(Math.max(0, start - 30), start);
  const holding = COMMUNITY_HOLDING.exec(window);
  if (!holding) return undefined;
  // (its name: the characters before the village word, after the last place or break)
  const written = window.slice(Math.max(0, holding.index - 6), holding.index).replace(/^.*(?:镇|乡|街道|县|区|市|团|[^\u4e00-\u9fff]|[的了在是由从为与及对把将])/, '');
  const subject = written + holding[1];
  return isVillageName(subject) ? subject : undefined;
}
const COMMUNITY_HOLDING = /(社区|村)(?:党总支|党支部|党委)?(?:召开|举行)了?[^,。;!?\n]{0,16}$/;

// 落实市委某全会、区委某全会精神: every meeting of a list a clause studies or carries out
function studiedInClause(text: string, start: number, end: number): boolean {
  const clause = /[^,。;!?\n]*$/.exec(text.slice(Math.max(0, start - 60), start))?.[0] ?? '';
  if (!/贯彻|落实|学习|传达|领会/.test(clause)) return false;
  return /^[^,。;!?\n]{0,40}?精神/.test(text.slice(end, end + 40));
}

/** The last place of a chain (某市某区 → 某区). */
function lastPlaceOf(chain: string): string | undefined {
  let rest = chain;
  let last: string | undefined;
  for (let m = FIRST_PLACE.exec(rest); m; m = FIRST_PLACE.exec(rest)) {
    last = m[0];
    rest = rest.slice(m[0].length);
  }
  return rest ? undefined : last;
}

function massOrganization(body: string): boolean {
  return MASS_ORGANISATION_BODY.test(body);
}

function buildUnnumbered(text: string, kind: MeetingKind, raw: string, start: number, end: number): MeetingMention {
  const community = communityBefore(text, start);
  const place = community ? undefined : placeBefore(text, start);
  const where = community ?? place ?? '';
  const reference = REFERENCE_BEFORE.test(text.slice(Math.max(0, start - 10), start)) || REFERENCE_AFTER.test(text.slice(end, end + 6)) || ANNOUNCED_BEFORE.test(text.slice(Math.max(0, start - 24), start));
  const name = raw.startsWith(where) ? raw : `${where}${raw}`;
  const body = kind === 'presidium' ? `${where}人大主席团` : name;
  const n = kind === 'presidium' ? /第([一二三四五六七八九十\d]+)次/.exec(raw)?.[1] : undefined;
  return { kind, key: `${kind}/${community ?? ''}/${n ? parseNumeral(n) : ''}`, name, body, place, session: n ? parseNumeral(n) : undefined, start, end, reference };
}

function buildWorkMeeting(text: string, raw: string, start: number, end: number, verbAt: number): MeetingMention {
  const named = raw.replace(/[“”"]/g, '');
  // the place is the subject before 召开: "泖港镇召开…", "某镇领导班子召开…"
  const place = placeBefore(text, verbAt) ?? placeBefore(text, verbAt - 4) ?? placeBefore(text, verbAt - 5);
  const type = WORK_TYPE.exec(named)?.[1] ?? named;
  const year = YEAR.exec(named)?.[1] ?? '';
  const name = place && place.length > 1 && !named.includes(place) && !named.startsWith('全') ? `${place}${named}` : named;
  return { kind: 'work_meeting', key: `work_meeting/${type}/${year}`, name, body: place ?? '', place, start, end, reference: false };
}
