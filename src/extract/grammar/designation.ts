// The grammar of meeting designations: every way the genre writes a meeting, full or
// abbreviated, read into one structure, and the one canonical name rendered from it.
//
//   某镇第六届人民代表大会第八次会议 = 某镇六届人大八次会议 = 某镇第6届人大第8次会议
//     → { family: people_congress, places: [某镇], term: 6, session: 8 }
//     → 某镇第六届人民代表大会第八次会议
//
// The grammar is a list of productions (one per family and way of writing it), each a
// sequence of typed parts that fill slots of the structure (combinators.ts). A designation
// is read whole: the first production that covers it gives its structure. Text is read
// simplified (the pipeline converts traditional characters before any rule runs).
//
// Identity (designationKey) is the structure without its places and without the way it
// was written: the abbreviated and the full form of one meeting are one node.
import type { MeetingKind } from '../types';
import { alt, always, many1, opt, parseWhole, seq, token, type Parser } from './combinators';
import { parseNumeral } from '../lexicon/numbers';

export type Family =
  | 'people_congress' // 人民代表大会 sessions
  | 'standing_committee' // 人大常委会 sessions and its directors' council (主任会议)
  | 'cppcc' // 政协 sessions, its standing committee's and chair's meetings
  | 'party_committee' // plenums of a party committee (全会, 全体会议)
  | 'discipline_commission' // plenums of a 纪委
  | 'party_congress' // 党代会, 党员代表大会
  | 'government' // 政府全体会议, 常务会议
  | 'mass_organization' // 团代会, 妇代会, 工代会, and their 执委会
  | 'assembly' // 议政代表大会, 选民代表会议, 居民议事会
  | 'election' // 村/居民委员会, 党支部 election meetings
  | 'party_members' // 党员大会
  | 'work_meeting'; // meetings named by their topic (…工作会议, …推进会)

/** A body's council that meets on its own: standing committee, chair's, directors', executive, executive committee. */
export type Council = 'standing' | 'chair' | 'directors' | 'executive' | 'executive_committee' | 'committee';

export interface Designation {
  family: Family;
  /** Named after the Communist Party (中国共产党, 中共). */
  party?: boolean;
  /** A mass organisation (共青团, 妇联, 工会…), as its short name. */
  organisation?: string;
  /** The place chain as written, outermost first (某市, 某区). */
  places?: string[];
  /** The body's words where the family has several (议政代表大会, 居民议事会, 村民委员会). */
  body?: string;
  council?: Council;
  term?: number;
  /** The term is counted in 次 (第十四次党代会) rather than 届. */
  termInCi?: boolean;
  session?: number;
  /** A meeting held within the session: 主席团第二次会议, 预备会议, 第一次全体会议, 闭幕会. */
  sitting?: string;
  extended?: boolean;
  /** CPPCC written with the term before the place (中国人民政治协商会议第九届某县委员会). */
  termFirst?: boolean;
  /** CPPCC standing committee written after the numbers (十届十四次常委会会议), not 委员会常务委员会第N次会议. */
  councilAfter?: boolean;
  /** An election of a new term (换届选举大会). */
  renewal?: boolean;
  /** A work meeting's topic (2017年全镇农业农村工作会议 → 农业农村工作会议). */
  topic?: string;
  year?: number;
}

type Slots = Partial<Designation> & { placeInside?: string[] };

const NUM = '[零〇一二两三四五六七八九十百0-9]+';
const num = (s: string) => parseNumeral(s);

// ---- places -------------------------------------------------------------------------

const LEVEL = '(?:自治区|自治州|自治县|自治旗|管理区|新区|街道|地区|社区|省|市|州|盟|县|区|旗|镇|乡|村)';
// a named place: one to ten characters (no numeral of a term, no meeting word) and a level word
const NAMED_PLACE = new RegExp(`(?:(?!第|届|次|会议|大会|代表|委员会)[\\u4e00-\\u9fff]){1,10}?${LEVEL}`, 'y');
const BARE_PLACE = /(?:街道|省|市|州|县|区|旗|镇|乡)/y;

/**
 * The places that start at `at`: the name up to its first level word, and a bare level word
 * (the sequence picks the one that lets it go on).
 */
const place: Parser<Slots> = (text, at) => {
  const out: { slots: Slots; end: number }[] = [];
  NAMED_PLACE.lastIndex = at;
  const named = NAMED_PLACE.exec(text);
  if (named) out.push({ slots: { places: [named[0]] }, end: at + named[0].length });
  BARE_PLACE.lastIndex = at;
  const bare = BARE_PLACE.exec(text);
  if (bare) out.push({ slots: { places: [bare[0]] }, end: at + bare[0].length });
  return out;
};
const places = many1(place, 4);
/** The place said again inside the designation (某区五届104次区政府常务会议): read, not kept. */
const placeAgain: Parser<Slots> = (text, at) => place(text, at).map((r) => ({ slots: { placeInside: r.slots.places }, end: r.end }));

// ---- numbers ------------------------------------------------------------------------

const term = alt<Slots>(token(new RegExp(`第?(${NUM})届`), (m) => ({ term: num(m[1]) })), token(/首届/, () => ({ term: 1 })));
const session = token<Slots>(new RegExp(`第?(${NUM})次`), (m) => ({ session: num(m[1]) }));
const termInCi = token<Slots>(new RegExp(`第?(${NUM})次`), (m) => ({ term: num(m[1]), termInCi: true }));
const year = token<Slots>(/(\d{4})年度?/, (m) => ({ year: Number(m[1]) }));
// the verb, and the date before it, that may stand inside a designation (某县人大常委会召开第十次会议,
// 某市第八届委员会3月4日下午举行第一次全体会议)
const verb = token<Slots>(/(?:\d{1,2}月\d{1,2}日)?(?:上午|下午|晚上)?(?:召开|举行)了?/);

// ---- words --------------------------------------------------------------------------

const party = token<Slots>(/中国共产党|中共/, () => ({ party: true }));
const meeting = token<Slots>(/(?:全体)?会议/);
const extended = token<Slots>(/\(?扩大\)?/, () => ({ extended: true }));
const plenum = alt<Slots>(
  seq(token(/全(?:体|委)/), opt(extended), token(/会议?/), opt(extended)),
  token(/全会/),
  seq(token(/全会/), extended),
);
const sitting = token<Slots>(new RegExp(`(?:举行|召开)?了?(?:大会)?(主席团第?${NUM}次会议|预备会议?|第?${NUM}次全体会议|开幕(?:式|会|大会)|闭幕(?:式|会|大会))`), (m) => ({ sitting: m[1] }));

// ---- productions, one family after the other ------------------------------------------

const peopleCongressWord = token<Slots>(/人民代表大会|人代会|人大会?/);
const peopleCongress = seq<Slots>(
  always({ family: 'people_congress' as const }),
  opt(places),
  alt(
    seq(term, opt(places), peopleCongressWord, opt(verb), session, opt(meeting)),
    seq(term, session, alt(token(/人民代表大会|人代会/), seq(token(/人大/), opt(meeting)))),
  ),
  opt(sitting),
);

const standingWord = token<Slots>(/人民代表大会常务委员会|人大常务委员会|人大常委会/);
const standingCommittee = seq<Slots>(
  always({ family: 'standing_committee' as const }),
  opt(places),
  alt(
    seq(term, opt(places), standingWord, opt(verb), session, opt(token(/(?:全体)?会议/))),
    seq(standingWord, opt(verb), term, session, meeting),
    seq(standingWord, opt(verb), session, token(/主任会议/, () => ({ council: 'directors' as const }))),
    // 县十七届人大常委会第三十二次主任会议: the directors' council numbered within the term
    seq(term, opt(places), standingWord, opt(verb), session, token(/主任会议/, () => ({ council: 'directors' as const }))),
  ),
);

const cppccWord = token<Slots>(/中国人民政治协商会议|人民政协|政协/);
const cppccCouncilAfter = alt<Slots>(
  token(/(?:常务委员会|常委会)(?:会议|议)|常委会议/, () => ({ council: 'standing' as const, councilAfter: true })),
  token(/主席会议/, () => ({ council: 'chair' as const })),
  token(/(?:全体)?会议/),
);
const cppcc = seq<Slots>(
  always({ family: 'cppcc' as const }),
  alt(
    // 中国人民政治协商会议第九届某县委员会(常务委员会)第四次会议
    seq(cppccWord, term, places, token(/委员会/, () => ({ termFirst: true })), opt(token(/常务委员会|常委会/, () => ({ council: 'standing' as const }))), session, cppccCouncilAfter),
    // 政协某县第九届委员会第四次会议, 某县政协十届四次会议, 某区政协十届十四次常委会会议
    seq(opt(places), cppccWord, opt(places), opt(verb), term, opt(token(/委员会/)), opt(token(/常务委员会|常委会/, () => ({ council: 'standing' as const }))), session, cppccCouncilAfter),
    // 县政协召开第十二次主席会议: numbered within a term not given
    seq(opt(places), cppccWord, opt(places), opt(verb), session, alt<Slots>(token(/主席会议/, () => ({ council: 'chair' as const })), token(/常委会(?:会议|议)|常委会议/, () => ({ council: 'standing' as const, councilAfter: true })))),
  ),
);

const disciplineOrgan = token<Slots>(/纪律检查委员会|纪委/, () => ({ family: 'discipline_commission' as const }));
const partyOrgan = alt<Slots>(
  disciplineOrgan,
  token(/(?:党工委|党委|委员会|委)/, () => ({ family: 'party_committee' as const })),
);
const partyPlenum = seq<Slots>(
  opt(party),
  opt(places),
  alt(
    // 第八届委员会第一次全体会议, 第七届某区委第一次全会, 第十五届纪律检查委员会第三次全体会议
    seq(term, opt(places), partyOrgan, opt(verb), session, plenum),
    // 某区委一届十二次全会, 县纪委第十四届委员会第七次全体会议
    seq(partyOrgan, opt(verb), term, opt(token(/委员会/)), session, plenum),
    // 镇纪委第一次全体会议 (its term not said)
    seq(partyOrgan, opt(verb), session, plenum),
    // 十四届七次全会, a party committee's by default
    seq(always({ family: 'party_committee' as const }), term, session, plenum),
  ),
);

const congressWord = token<Slots>(/(?:党员)?代表大会|党代会/);
const partyCongress = seq<Slots>(
  always({ family: 'party_congress' as const }),
  opt(party),
  opt(places),
  alt(
    seq(termInCi, congressWord, opt(seq(session, meeting))),
    seq(term, token(/(?:党员)?代表大会/), session, meeting),
    seq(term, session, token(/党代会/)),
  ),
  opt(sitting),
);

const governmentWord = token<Slots>(/人民政府|政府/);
const governmentMeeting = alt<Slots>(
  token(/常务会议/, () => ({ council: 'executive' as const })),
  seq(token(/全体/), opt(extended), token(/会议/), opt(extended)),
);
const government = seq<Slots>(
  always({ family: 'government' as const }),
  opt(places),
  alt(
    seq(governmentWord, opt(verb), opt(term), session, governmentMeeting),
    // 某区五届104次区政府常务会议
    seq(opt(term), session, opt(placeAgain), governmentWord, governmentMeeting),
  ),
);

// 妇联, 工会, 团委 as the organisation; 妇女代表大会, 团代会 as its congress
const MASS_ORGANISATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/共青团|团委|团员|青年|团代会/, '共青团'],
  [/妇联|妇女|妇代会/, '妇联'],
  [/总工会|工会|职工|工代会/, '工会'],
  [/残联|残疾人/, '残联'],
  [/侨联|归侨侨眷|归国华侨/, '侨联'],
  [/科协|科学技术协会/, '科协'],
  [/工商联|工商业联合会/, '工商联'],
  [/文联|文学艺术界联合会/, '文联'],
];
// the organisations a reader names in full before the congress's number (某县科学技术协会第五次代表大会)
const ORGANISATION_FULL_NAMES: Readonly<Record<string, string>> = { 科协: '科学技术协会', 残联: '残疾人联合会', 侨联: '归国华侨联合会', 工商联: '工商业联合会', 文联: '文学艺术界联合会' };
const organisationOf = (words: string) => MASS_ORGANISATIONS.find(([re]) => re.test(words))?.[1];
// (the full names first: 科学技术协会 is 科协, 残疾人联合会 残联)
const massPrefix = token<Slots>(/共青团|妇女联合会|妇联|总工会|工会|团委|残疾人联合会|残联|归国华侨联合会|侨联|科学技术协会|科协|工商业联合会|工商联|文学艺术界联合会|文联/, (m) => ({ organisation: organisationOf(m[0]) }));
const massCongressWord = token<Slots>(/(妇女|团员|职工|青年|残疾人|工会会员|会员|归侨侨眷)代表大会|妇代会|团代会|工代会/, (m) => ({ organisation: organisationOf(m[0]) }));
const massOrganization = seq<Slots>(
  always({ family: 'mass_organization' as const }),
  alt(
    // 共青团某县第二十次代表大会, 区妇联第三次代表大会
    seq(opt(places), massPrefix, opt(places), alt(termInCi, term), token(/(?:会员)?代表大会/), opt(seq(session, meeting))),
    // 某县妇女第十三次代表大会: the people the organisation gathers before the number
    seq(opt(places), token<Slots>(/妇女|青年|职工|残疾人/, (m) => ({ organisation: organisationOf(m[0]) })), alt(termInCi, term), token(/代表大会/), opt(seq(session, meeting))),
    // 某县第十三次妇女代表大会, 第十届团代会
    seq(opt(places), opt(massPrefix), alt(termInCi, term), massCongressWord, opt(seq(session, meeting))),
    // 共青团某县第十八届委员会第一次全体会议, 团县委十八届一次全会: the youth league's committee
    // meets in plenums like a party committee (团 is the league's, not the party's)
    seq(opt(places), token<Slots>(/共青团/, () => ({ organisation: '共青团' })), opt(places), term, token(/委员会/), opt(verb), session, plenum, always({ council: 'committee' as const })),
    seq(opt(places), token<Slots>(/团(?:[省市县区州旗镇乡])?委/, () => ({ organisation: '共青团' })), opt(verb), term, opt(token(/委员会/)), session, plenum, always({ council: 'committee' as const })),
    // 市妇联第十六届一次执委会议, 第十六届执委会第一次会议 (the organisation left to the article:
    // 随后召开的十三届一次执委会议)
    seq(opt(places), opt(massPrefix), term, alt(
      seq(session, token(/执委(?:会)?(?:\(?扩大\)?)?会议|执委会/)),
      seq(token(/执(?:行)?委(?:员)?会/), session, meeting),
    ), always({ council: 'executive_committee' as const })),
  ),
);

const assemblyWord = token<Slots>(/((?:选民代表|居民代表|村民代表|议政代表|户代表|居民|村民|选民)?(?:议政代表大会|议政会|议事会|代表大会|代表会议|代表会))(?:议)?/, (m) => ({ body: m[1] }));
const assembly = seq<Slots>(
  always({ family: 'assembly' as const }),
  opt(places),
  opt(term),
  assemblyWord,
  opt(seq(session, meeting)),
  opt(sitting),
);

const electedBody = token<Slots>(/(村民委员会|居民委员会|村委会|居委会|村民委|党总支(?:部)?(?:委员会)?|党支部(?:委员会)?|支部委员会|机关党委|党委)/, (m) => ({ body: m[1] }));
const election = seq<Slots>(
  always({ family: 'election' as const }),
  opt(places),
  opt(term),
  opt(electedBody),
  opt(token(/升格[\u4e00-\u9fff]{1,6}?/)),
  opt(token(/换届/, () => ({ renewal: true }))),
  token(/选举(?:大会|会议)/),
);

const partyMembers = seq<Slots>(
  always({ family: 'party_members' as const }),
  opt(places),
  opt(token(/(?:临时)?(?:党总支|党支部|党委)/)),
  opt(token(/换届选举/)),
  token(/党员(?:代表)?大会/),
);

const WORK_TYPE = /(?:工作会议|务虚会议?|工作大会|工作会|推进会|推进大会|座谈会|动员大会|动员会|动员部署会议?|部署会议?|部署大会|总结会|表彰大会|干部大会|调度会|专题会议|联席会议|学习会|培训会|启动会|誓师大会|交流会|汇报会|观摩会|现场会|评议会|民主生活会|组织生活会|协调会|研讨会|讨论会|例会)$/;
/** A work meeting: [year] [places] topic type, the topic free text. */
const workMeeting: Parser<Slots> = (text, at) => {
  const rest = text.slice(at);
  const type = WORK_TYPE.exec(rest);
  if (!type) return [];
  const y = /^(\d{4})年度?/.exec(rest);
  let topic = rest.slice(y ? y[0].length : 0);
  // (a leading place of three characters or more: 乡村振兴… is no place)
  const lead = places(topic, 0).filter((r) => r.end < topic.length - type[0].length && (r.slots.places?.[0]?.length ?? 0) >= 3).pop();
  const chain = lead?.slots.places;
  if (lead) topic = topic.slice(lead.end);
  return [{ slots: { family: 'work_meeting', ...(y ? { year: Number(y[1]) } : {}), ...(chain ? { places: chain } : {}), topic }, end: text.length }];
};

/**
 * The productions, tried in order: the first that reads the whole designation wins. Each
 * is tried only on a designation ending the way it can end (a cheap test first).
 */
const PRODUCTIONS: ReadonlyArray<readonly [RegExp, Parser<Slots>]> = [
  [/会议$/, standingCommittee],
  [/会议$|常委会?议$/, cppcc],
  [/会议\)?$/, government],
  [/代表大会$|会议\)?$|执委会$|[妇团工]代会$|全会(?:\(?扩大\)?)?$/, massOrganization],
  [/代表大会$|党代会$|会议$|[式会]$/, partyCongress],
  [/会议$|人民代表大会$|人代会$|人大会?$|次$|[式会]$/, peopleCongress],
  [/会议?\)?$|全会(?:\(?扩大\)?)?$/, partyPlenum],
  [/会议?$|[式会]$/, assembly],
  [/选举(?:大会|会议)$/, election],
  [/党员(?:代表)?大会$/, partyMembers],
  [WORK_TYPE, workMeeting],
];

// designations repeat (every article of a session names it several times, a corpus names the
// same sessions again): their readings are kept, the cache emptied when it grows large
const READINGS = new Map<string, Designation | undefined>();
const READINGS_KEPT = 20_000;

/** The structure of a designation (a meeting's name as written), or undefined if it is not one. */
export function parseDesignation(text: string): Designation | undefined {
  if (READINGS.has(text)) {
    const known = READINGS.get(text);
    return known && { ...known, ...(known.places ? { places: [...known.places] } : {}) };
  }
  const d = readDesignation(text);
  if (READINGS.size >= READINGS_KEPT) READINGS.clear();
  READINGS.set(text, d && { ...d, ...(d.places ? { places: [...d.places] } : {}) });
  return d;
}

function readDesignation(text: string): Designation | undefined {
  const written = text.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
  let slots: Slots | undefined;
  for (const [ending, production] of PRODUCTIONS) {
    if (ending.test(written) && (slots = parseWhole(production, written))) break;
  }
  if (!slots?.family) return undefined;
  const { placeInside, ...d } = slots as Designation & { placeInside?: string[] };
  // (the place said inside counts when none is said before)
  if (!d.places?.length && placeInside) d.places = placeInside;
  if (d.places) d.places = joinPlaces(d.places);
  if (d.places && !d.places.length) delete d.places;
  if (d.family === 'party_congress' && d.organisation) d.family = 'mass_organization';
  return d;
}

/** 沙镇|镇 → 沙镇镇, 广州|市 → 广州市: a bare level word right after a place is its end. */
function joinPlaces(chain: string[]): string[] {
  const out: string[] = [];
  for (const p of chain) {
    // (桥镇|社区: a community named after its town)
    if (out.length && /^(?:省|市|州|县|区|旗|镇|乡|社区)$/.test(p) && out[out.length - 1].length > 1) out[out.length - 1] += p;
    else out.push(p);
  }
  return out;
}

const KINDS: Record<Family, MeetingKind> = {
  people_congress: 'congress',
  standing_committee: 'standing_committee',
  cppcc: 'cppcc',
  party_committee: 'party_plenum',
  discipline_commission: 'party_plenum',
  party_congress: 'party_congress',
  government: 'other',
  mass_organization: 'mass_organization',
  assembly: 'assembly',
  election: 'election',
  party_members: 'party_members',
  work_meeting: 'work_meeting',
};

/** The kind of meeting in the extraction contract. */
export function meetingKind(d: Designation): MeetingKind {
  if (d.family === 'people_congress' && d.sitting?.startsWith('主席团')) return 'presidium';
  return KINDS[d.family];
}

/**
 * The identity of the meeting within its place: family, organisation, council, term,
 * session and sitting. Places are left out (the graph scopes meetings by place), and so
 * is everything about how it was written.
 */
export function designationKey(d: Designation): string {
  const parts = [d.family, d.organisation ?? '', d.body ? normaliseBody(d.body) : '', d.council ?? '', d.term ?? '-', d.session ?? '-'];
  if (d.family === 'work_meeting') parts.push(d.topic ?? '', d.year ?? '');
  if (d.sitting) parts.push(normaliseSitting(d.sitting));
  return parts.join('/');
}

/** What tells this body's meetings from another's of the same kind and numbers in one place, if anything. */
export function designationVariant(d: Designation): string | undefined {
  if (d.council) return d.council;
  if (d.family === 'discipline_commission') return 'discipline';
  if (d.family === 'government') return 'government';
  if (d.family === 'mass_organization') return d.organisation;
  if (d.family === 'assembly' || d.family === 'election') return d.body ? normaliseBody(d.body) : undefined;
  return undefined;
}

/** Chinese numerals as the canonical names write them: 8 → 八, 31 → 三十一, 104 → 一百零四. */
export function chineseNumeral(n: number): string {
  const DIGITS = '零一二三四五六七八九';
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 1000) {
    const rest = n % 100;
    return `${DIGITS[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${chineseNumeral(rest)}` : chineseNumeral(rest)}`;
  }
  return String(n);
}

/** The canonical full name (某镇第六届人民代表大会第八次会议); `at` replaces the places as written when given. */
export function renderDesignation(d: Designation, at?: string): string {
  const where = at ?? (d.places ?? []).join('');
  const t = d.term !== undefined ? `第${chineseNumeral(d.term)}届` : '';
  const s = d.session !== undefined ? `第${chineseNumeral(d.session)}次` : '';
  const ext = d.extended ? '(扩大)' : '';
  const sit = d.sitting ? normaliseSitting(d.sitting) : '';
  const party = d.party ? '中共' : '';
  switch (d.family) {
    case 'people_congress':
      return `${where}${t}人民代表大会${s}会议${sit}`;
    case 'standing_committee':
      if (d.council === 'directors') return `${where}${t}人大常委会${s}主任会议`;
      return `${where}${t}人大常委会${s}会议`;
    case 'cppcc':
      if (d.council === 'chair') return `${where}政协${t}${s}主席会议`;
      // (the two conventions the bodies write, kept as the article writes them; one key)
      if (d.council === 'standing' && d.councilAfter) return `${where}政协${t}${s}常委会会议`;
      const standing = d.council === 'standing' ? '常务委员会' : '';
      if (d.termFirst) return `中国人民政治协商会议${t}${where}委员会${standing}${s}会议`;
      return `${where}政协${t}委员会${standing}${s}会议`;
    case 'party_committee':
      return `${party || (where ? '中共' : '')}${where}${t}委员会${s}全体${ext}会议`;
    case 'discipline_commission':
      return `${party || (where ? '中共' : '')}${where}${t}纪律检查委员会${s}全体${ext}会议`;
    case 'party_congress':
      if (d.termInCi) return `${party || (where ? '中共' : '')}${where}第${chineseNumeral(d.term!)}次代表大会${s ? `${s}会议` : ''}${sit}`;
      return `${party || (where ? '中共' : '')}${where}${t}代表大会${s}会议${sit}`;
    case 'government':
      return `${where}人民政府${t}${s}${d.council === 'executive' ? '常务会议' : `全体${ext}会议`}`;
    case 'mass_organization': {
      const org = d.organisation ?? '';
      if (d.council === 'committee') return `${org}${where}${t}委员会${s}全体${ext}会议`;
      if (d.council === 'executive_committee') return `${where}${org}${t}${d.session !== undefined ? chineseNumeral(d.session) : ''}次执委会议`;
      const congress = org === '妇联' ? '妇女代表大会' : org === '工会' ? '工会会员代表大会' : org === '共青团' ? '共青团代表大会' : `${org}代表大会`;
      const n = d.term !== undefined ? `第${chineseNumeral(d.term)}${d.termInCi ? '次' : '届'}` : '';
      const full = ORGANISATION_FULL_NAMES[org];
      const name = org === '共青团' ? `共青团${where}${n}代表大会` : full ? `${where}${full}${n}代表大会` : `${where}${n}${congress}`;
      return `${name}${s ? `${s}会议` : ''}`;
    }
    case 'assembly':
      return `${where}${t}${normaliseBody(d.body ?? '代表大会')}${s ? `${s}会议` : ''}${sit}`;
    case 'election':
      return `${where}${t}${d.body ? normaliseBody(d.body) : ''}${d.renewal ? '换届' : ''}选举大会`;
    case 'party_members':
      return `${where}党员大会`;
    case 'work_meeting':
      return `${d.year ? `${d.year}年` : ''}${where}${d.topic ?? ''}`;
  }
}

function normaliseBody(body: string): string {
  return body.replace(/^村民委$/, '村民委员会').replace(/^村委会$/, '村民委员会').replace(/^居委会$/, '居民委员会').replace(/议事会议$/, '议事会').replace(/代表会$/, '代表会议');
}

const NUMBERED_SITTING = new RegExp(`^(主席团)?第?(${NUM})次(全体)?会议$`);

function normaliseSitting(sitting: string): string {
  const m = NUMBERED_SITTING.exec(sitting);
  if (m) return `${m[1] ?? ''}第${chineseNumeral(num(m[2])!)}次${m[3] ?? ''}会议`;
  return sitting.replace(/^预备会$/, '预备会议').replace(/^开幕(?:会|大会)$/, '开幕式').replace(/^闭幕(?:会|大会)$/, '闭幕式');
}
