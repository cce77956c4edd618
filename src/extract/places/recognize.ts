// Places: provinces, prefectures, counties and districts, townships and subdistricts,
// villages and communities, recognised against the national gazetteer (src/gazetteer).
//
// A place is
//   - a gazetteer name (泖港镇, 松江区, 石柱土家族自治县, or a short form such as 石柱县)
//     found where the grammar puts a place: before a meeting name or 召开 (某镇第十届…,
//     某镇召开…), after 中共/政协, or before a body (某镇党委, 某县人民政府, 某区委);
//   - an unlisted name (renamed and merged towns exist) only where the grammar is strong:
//     right before a meeting name, 召开, or a body, starting where a name can start;
//   - a village or community (某村, 某社区) in a body or meeting position under a township
//     the article names.
// Which places an article is about, and the division code of each, is decided in
// findPlaces (and src/extract/places/resolve.ts); nothing else becomes a place.
import { gazetteer, shortForms, type NameEntry } from '../../gazetteer/gazetteer';
import { resolvePlaces, type PlaceOccurrence, type PlaceRole, type ResolvedPlace } from './resolve';
import type { PlaceLevel } from '../types';
import { isProseStem } from '../lexicon/ordinary-words';
import { BODY_AFTER_PLACE, BODY_BEFORE_PLACE, MEETING_AFTER_PLACE, NOT_PLACES, NOT_VILLAGES, SOURCE_AFTER_PLACE, VILLAGE_AFTER, VILLAGE_MEETING_AFTER } from '../lexicon/places';
import { endsInOneOf, JURISDICTION_WORDS, LEVEL_WORDS, levelWords, placeLevel } from '../../gazetteer/levels';
import { codeSet } from '../code-set';

// (我县, 本镇: the article's own place, known by its level word)
const BARE_LEVEL = /(?:^|[^\u4e00-\u9fff]|的|讯|我|本)(县|区|镇|乡|市)$/;
const SUFFIX = endsInOneOf(JURISDICTION_WORDS);
// characters that do not occur inside a place name but do in the prose around one
const NOT_IN_NAME = /[对的了在是由从为会议届次年月日讯上下中及与关于并既和同]/;
// prose that runs into a level word: 要求全镇…, 围绕镇党委…, 符合县委…, 部分区人大代表
const DETERMINER_LAST = /[全本我该各此每]$/;
const PROSE_WORDS = /召开|举行|其他|部分|符合|紧扣|围绕|要求|任命|代理|根据|按照|以及|通过|进行|加强|推进|落实|贯彻|结合|带领|深入|全面|讨论|最后|听取|报经|促进|拟任|全体|担任|代表|优秀|审议|选举|当选|作为|成为|补选|邀请|增选|推选|新任|现任|原任|指导|开展|做好|宣传|组织/;
const MAX_UNLISTED = 6;
// the organisations whose name stands before their place (中共某县, 共青团某镇): not part of it
const ORGANISATION_BEFORE_PLACE = /(?:中共|中国共产党|共青团|中国共产主义青年团)$/;
// (by char code: the scan tests every character of the text, and a one-character string
// made for each would cost more than the test)
const END_CODES = codeSet([...LEVEL_WORDS.map(([w]) => w.slice(-1)), '团']);

export type { PlaceOccurrence };

export interface PlaceMention {
  /** As written (泖港镇, 丹阳, 石柱县). */
  name: string;
  /** The place written right before it (松江区泖港镇 → 松江区), when the article writes one. */
  parent?: string;
  level?: PlaceLevel;
  /** The division code, when the article tells which division it is. */
  code?: string;
  /** Not in the gazetteer: kept because the grammar is strong. */
  unlisted?: boolean;
  /** The gazetteer's divisions it may be, when the article does not tell which one. */
  candidates?: string[];
}

/**
 * True when a place name may start at text[i]: after punctuation, a date, 讯, 中共, or
 * right after a county/district name (禾丰县|柳塘镇). Inside running prose
 * ("区政府和镇党委") a suffix character does not make a place.
 */
function placeStartsAt(text: string, i: number): boolean {
  if (i <= 0) return true;
  const c = text.charCodeAt(i - 1);
  if (c < 0x4e00 || c > 0x9fff) return true;
  const before = text[i - 1];
  // …决定于1月召开|某镇第十届…, 选举产生|某区妇女联合会主席: a verb of holding or electing
  // ends the words before a place
  return before === '日' || before === '讯' || ORGANISATION_BEFORE_PLACE.test(text.slice(Math.max(0, i - 10), i)) || text.startsWith('中国共产党', i - 5) || text.startsWith('召开', i - 2) || text.startsWith('举行', i - 2) || text.startsWith('产生', i - 2) || text.startsWith('政协', i - 2) || (/[县区市省]/.test(before) && (afterListedCounty(text, i) || (i >= 3 && placeStartsAt(text, i - 3))));
}

// 魏县|德政镇, 沛县|某镇: a county whose name has one character before its level word, listed
// and starting where a place can, ends right before the place
function afterListedCounty(text: string, i: number): boolean {
  const listed = gazetteerNameEndingAt(text, i);
  return listed !== undefined && listed.name.length === 2 && listed.entries.some((e) => e.form === 'full' && e.division.level === 'county') && placeStartsAt(text, i - 2);
}

function cleanPlace(name: string): string | undefined {
  let n = name;
  // 县柳塘镇 → 柳塘镇 (the county is a place of its own)
  while (n.length > 3 && /^[县区市省]/.test(n)) n = n.slice(1);
  const stem = n.replace(SUFFIX, '');
  if (NOT_PLACES.has(n) || n.length < 3 || !/^[\u4e00-\u9fff]+$/.test(n) || NOT_IN_NAME.test(stem) || DETERMINER_LAST.test(stem) || PROSE_WORDS.test(stem) || isProseStem(stem)) return undefined;
  // a level word repeated (某县县委, 某镇镇长) is the name and a word after it
  return n;
}

// (和平村, 同心村, 上村, 中村: characters that start village names, unlike town names)
const NOT_IN_VILLAGE_NAME = /[对的了在是由从为会议届次年月日讯关于既]|.[和与及并同]/;
// a village counted, not named: 首个团场社区, 第一个试点村, 两个社区
const COUNTED_VILLAGE = /^(?:首|第?[一二两三四五六七八九十]+)[个家批]/;

/**
 * True when `name` (某村, 某社区) may be a village or community: not words that end like
 * one (试点村, 召开社区, 首个团场社区). Nouns and verbs name villages often (团结村, 建设村),
 * so only the words that run into one in prose are refused.
 */
export function isVillageName(name: string): boolean {
  const suffix = name.endsWith('社区') ? 2 : name.endsWith('村') ? 1 : 0;
  const stem = name.slice(0, name.length - suffix);
  if (!suffix || !stem || !/^[\u4e00-\u9fff]+$/.test(name)) return false;
  return !NOT_VILLAGES.test(name) && !NOT_IN_VILLAGE_NAME.test(stem) && !PROSE_WORDS.test(stem) && !COUNTED_VILLAGE.test(stem);
}

/**
 * True when a place written in a meeting's designation may be one: a bare level word, a
 * name the gazetteer lists, a village or community name, or an unlisted name that is not
 * prose running into a level word (在县, 出席县, 决定市).
 */
export function mayBePlaceName(name: string): boolean {
  if (name.length === 1 || gazetteer().byName(name).length) return true;
  if (/(?:村|社区)$/.test(name)) return isVillageName(name);
  const stem = name.replace(SUFFIX, '');
  return !NOT_PLACES.has(name) && !!stem && !NOT_IN_NAME.test(stem) && !DETERMINER_LAST.test(stem) && !PROSE_WORDS.test(stem) && !isProseStem(stem);
}

/** The longest gazetteer name (full, or a short form ending in a level word) that ends at `end`. */
function gazetteerNameEndingAt(text: string, end: number): { name: string; entries: readonly NameEntry[] } | undefined {
  return gazetteer().longestNameEndingAt(text, end, (name) => SUFFIX_OR_LEVEL.test(name));
}
/**
 * An autonomous county or township written with its nationalities in another form than
 * the gazetteer's (某朝鲜族乡 for 某朝鲜民族乡): found under its short form (某乡), keeping
 * the divisions whose name shares a nationality with the text.
 */
function autonomousNameEndingAt(text: string, end: number): { name: string; entries: readonly NameEntry[] } | undefined {
  if (text[end - 2] !== '族' && !text.startsWith('自治', end - 3)) return undefined;
  for (let len = 5; len <= 12 && len <= end; len++) {
    const name = text.slice(end - len, end);
    const short = shortForms({ name, level: /[乡镇]$/.test(name) ? 'town' : 'county' }).find((f) => /[县州旗乡镇区]$/.test(f));
    if (!short) continue;
    const entries = gazetteer().byName(short);
    if (!entries.length) continue;
    const nationality = name.slice(short.length - 1).replace(/族.*$/, '');
    const same = entries.filter((e) => e.division.name.includes(nationality));
    return { name, entries: same.length ? same : entries };
  }
  return undefined;
}
const SUFFIX_OR_LEVEL = endsInOneOf([...levelWords('town', 'county', 'city', 'province'), '团']);

// 出席某市第N次党代会(的代表): the delegates the article's body sends to another body's meeting
const DELEGATES_BEFORE_PLACE = /出席$/;

function roleAt(text: string, start: number, end: number): PlaceRole {
  const after = text.slice(end, end + 16);
  if (SOURCE_AFTER_PLACE.test(after) || DELEGATES_BEFORE_PLACE.test(text.slice(Math.max(0, start - 2), start))) return 'weak';
  if (MEETING_AFTER_PLACE.test(after)) return 'meeting';
  const before = text.slice(Math.max(0, start - 10), start);
  if (BODY_BEFORE_PLACE.test(before) && /^(?:第|[零〇一二两三四五六七八九十]+届|委员会|代表大会)/.test(after)) return 'meeting';
  if (BODY_AFTER_PLACE.test(after) || BODY_BEFORE_PLACE.test(before)) return 'body';
  return 'weak';
}

/** Every place name in `text` (gazetteer names anywhere, unlisted names and villages where the grammar is strong), in order. */
export function scanPlaces(text: string): PlaceOccurrence[] {
  const out: PlaceOccurrence[] = [];
  const push = (o: PlaceOccurrence) => {
    const prev = out[out.length - 1];
    if (prev && o.start < prev.end) {
      // 沙镇|沙镇镇: the longer name from the same start; 鉴江镇|江镇镇: the earlier start
      if (o.start <= prev.start) out[out.length - 1] = o;
      return;
    }
    out.push(o);
  };
  for (let i = 1; i < text.length; i++) {
    if (!END_CODES.has(text.charCodeAt(i))) continue;
    const ch = text[i];
    const end = i + 1;
    if (ch === '道' && text[i - 1] !== '街') continue;
    if (ch === '村' || (ch === '区' && text[i - 1] === '社')) {
      const village = villageAt(text, end);
      if (village) push(village);
      continue;
    }
    const found = gazetteerNameEndingAt(text, end) ?? autonomousNameEndingAt(text, end);
    // 代县长, 理县长 (代理县长): a one-character stem before 长 is the title's level word;
    // 某甲和县…: a conjunction inside prose before a level word is no county of that name
    const prose = found?.name.length === 2 && (text[end] === '长' || (NOT_IN_NAME.test(found.name[0]) && !placeStartsAt(text, end - 2)));
    const listed = found && !prose && !NOT_PLACES.has(found.name) ? found : undefined;
    const start = listed ? end - listed.name.length : end;
    if (listed && placeStartsAt(text, start)) {
      push({ name: listed.name, start, end, entries: listed.entries, role: roleAt(text, start, end) });
      continue;
    }
    // an unlisted name where the grammar is strong (or a listed one inside longer words: 娄|东街道)
    // (not around a county's or city's full name: those the gazetteer lists, and the words
    // before one are prose, 经请示|某县人大常委会)
    const unlisted = unlistedAt(text, end);
    const wholeCounty = listed && listed.name.length >= 3 && listed.entries.some((e) => e.form === 'full' && (e.division.level === 'county' || e.division.level === 'city'));
    if (unlisted && (!listed || (unlisted.name.length > listed.name.length && !wholeCounty))) {
      push(unlisted);
      continue;
    }
    if (listed) push({ name: listed.name, start, end, entries: listed.entries, role: roleAt(text, start, end) });
  }
  return out;
}

/** An unlisted name ending at `end`, only right before a meeting name, 召开 or a body. */
function unlistedAt(text: string, end: number): PlaceOccurrence | undefined {
  for (let len = 3; len <= MAX_UNLISTED && end - len >= 0; len++) {
    const start = end - len;
    const name = text.slice(start, end);
    if (!SUFFIX.test(name) || !placeStartsAt(text, start) || cleanPlace(name) !== name) continue;
    // 某县县委, 某镇镇长: a level word repeated is the name and the word after it
    if (/(?:县县|区区|镇镇|乡乡|市市)$/.test(name) && /^(?:长|委|党|政|人)/.test(text.slice(end, end + 1))) return undefined;
    // 5名某区…: a measure word after a number does not start a name
    if (/[\d零〇一二两三四五六七八九十]/.test(text[start - 1] ?? '') && /^[名位个]/.test(name)) return undefined;
    const role = roleAt(text, start, end);
    if (role === 'weak' || (role === 'body' && !/^(?:党委|党工委|人民政府|人民代表大会|人大|政府|委员会|街道办事处|办事处|妇女联合会|总工会|残疾人联合会)/.test(text.slice(end, end + 6)))) return undefined;
    return { name, start, end, entries: [], role };
  }
  return undefined;
}

/** A village or community (某村, 某社区) ending at `end`, in a body or meeting position. */
function villageAt(text: string, end: number): PlaceOccurrence | undefined {
  const after = text.slice(end, end + 16);
  if (!VILLAGE_AFTER.test(after)) return undefined;
  const suffix = text[end - 1] === '村' ? 1 : 2;
  for (let len = suffix + 2; len <= suffix + 5 && end - len >= 0; len++) {
    const start = end - len;
    const name = text.slice(start, end);
    const stem = name.slice(0, -suffix);
    if (!/^[\u4e00-\u9fff]+$/.test(name) || NOT_VILLAGES.test(name) || NOT_IN_NAME.test(stem) || /(?:街道|镇|乡|团|场|区|县|市|师)$/.test(stem) || PROSE_WORDS.test(stem)) return undefined;
    const before = text[start - 1];
    const underPlace = /(?:街道|镇|乡|团|区|县|市)$/.test(text.slice(Math.max(0, start - 2), start));
    // after punctuation, 的, 和/与 (the second of two), or right under its township
    if (start === 0 || !/[\u4e00-\u9fff]/.test(before) || before === '的' || ((before === '和' || before === '与') && /(?:社区|村)$/.test(text.slice(Math.max(0, start - 3), start - 1))) || underPlace) {
      const meeting = VILLAGE_MEETING_AFTER.test(after);
      // a village is a subject only as the one holding the meeting, or right under its township
      if (!meeting && !underPlace) return undefined;
      return { name, start, end, entries: [], role: meeting ? 'meeting' : 'body', village: true };
    }
  }
  return undefined;
}

/**
 * The place written right before `index` ("泖港镇|第六届…", "县|十六届…"), or undefined.
 * Bare level words (县, 镇) are returned as they are: the article did not say more.
 */
export function placeBefore(text: string, index: number): string | undefined {
  const lead = /(?:召开了?|举行了?|组织召开了?|于)$/.exec(text.slice(Math.max(0, index - 6), index));
  const end = index - (lead ? lead[0].length : 0);
  const listed = gazetteerNameEndingAt(text, end);
  if (listed && !NOT_PLACES.has(listed.name) && !(listed.name.length === 2 && !placeStartsAt(text, end - 2))) {
    // 娄|东街道: a listed name that starts inside a longer name is that longer (unlisted) name's tail
    if (!placeStartsAt(text, end - listed.name.length)) {
      for (let len = listed.name.length + 1; len <= MAX_UNLISTED && end - len >= 0; len++) {
        const name = text.slice(end - len, end);
        if (placeStartsAt(text, end - len) && cleanPlace(name) === name) return name;
      }
    }
    return listed.name;
  }
  // the shortest name that ends at `end` and starts where a name can start
  for (let len = 3; len <= MAX_UNLISTED && end - len >= 0; len++) {
    const name = text.slice(end - len, end);
    if (SUFFIX.test(name) && placeStartsAt(text, end - len) && cleanPlace(name) === name) return name;
  }
  const bare = BARE_LEVEL.exec(text.slice(Math.max(0, end - 2), end));
  return bare ? bare[1] : undefined;
}

/**
 * The places the article is about, most specific first, each resolved to a division code
 * where the article tells which one it is. `meetingPlaces` are the places the meetings
 * are named after (泖港镇, or a bare level word: 县, 区).
 */
export function findPlaces(text: string, meetingPlaces: readonly string[] = []): PlaceMention[] {
  const occurrences = scanPlaces(text);
  const resolved = resolvePlaces(text, occurrences, meetingPlaces);
  return resolved.map(toMention).sort((a, b) => levelRank(a) - levelRank(b));
}

function toMention(p: ResolvedPlace): PlaceMention {
  return {
    name: p.name,
    ...(p.parent ? { parent: p.parent } : {}),
    ...(p.level ? { level: p.level } : {}),
    ...(p.code ? { code: p.code } : {}),
    ...(p.unlisted ? { unlisted: true } : {}),
    ...(p.candidates && p.candidates.length > 1 ? { candidates: p.candidates } : {}),
  };
}

function levelRank(p: PlaceMention): number {
  const level = p.level ?? placeLevel(p.name);
  return level === 'village' ? 0 : level === 'town' ? 1 : level === 'county' ? 2 : level === 'city' ? 3 : 4;
}
