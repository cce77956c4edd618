// Places: town, township, subdistrict, county, district names (泖港镇, 石湾乡, 云溪街道,
// 宁川县, 松江区). A place name is one to four characters plus a level suffix; it is read
// where the grammar puts one: right before a meeting name, before 召开, before an
// organisation word (泖港镇党委, 禾丰县柳塘镇人民政府).
import { NOT_PLACES, placeLevel } from '../lexicon/places';

const BARE_LEVEL = /(?:^|[^\u4e00-\u9fff])(县|区|镇|乡|市)$/;
const SUFFIX = /(?:街道|镇|乡|县|区|市|旗)$/;
const PLACE_ANYWHERE = /([\u4e00-\u9fff]{2,3}(?:街道|镇|乡))(?:人民政府|党委|人大|政府|召开|第)/g;
const COUNTY_ANYWHERE = /([\u4e00-\u9fff]{2,3}(?:县|区))(?:[\u4e00-\u9fff]{2,3}(?:镇|乡|街道)|人民政府|委|人大|政协)/g;
// characters that do not occur inside a place name but do in the prose around one
const NOT_IN_NAME = /[对的了在是由从为会议届次年月日讯上下中及与关于并既]/;
// prose that runs into a level word: 要求全镇…, 围绕镇党委…, 符合县委…, 部分区人大代表
const DETERMINER_LAST = /[全本我该各此每]$/;
const PROSE_WORDS = /召开|举行|其他|部分|符合|紧扣|围绕|要求|任命|代理|根据|按照|以及|通过|进行|加强|推进|落实|贯彻|结合|带领|深入|全面/;
const MAX_NAME = 6;

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
  // …决定于1月召开|某镇第十届…: a verb of holding ends the words before a place
  return before === '日' || before === '讯' || text.startsWith('中共', i - 2) || text.startsWith('召开', i - 2) || text.startsWith('举行', i - 2) || (/[县区市省]/.test(before) && i >= 3 && placeStartsAt(text, i - 3));
}

/**
 * The place written right before `index` ("泖港镇|第六届…", "县|十六届…"), or undefined.
 * Bare level words (县, 镇) are returned as they are: the article did not say more.
 */
export function placeBefore(text: string, index: number): string | undefined {
  const lead = /(?:召开了?|举行了?|组织召开了?|于)$/.exec(text.slice(Math.max(0, index - 6), index));
  const end = index - (lead ? lead[0].length : 0);
  // the shortest name that ends at `end` and starts where a name can start
  for (let len = 3; len <= MAX_NAME && end - len >= 0; len++) {
    const name = text.slice(end - len, end);
    if (SUFFIX.test(name) && placeStartsAt(text, end - len) && cleanPlace(name) === name) return name;
  }
  const bare = BARE_LEVEL.exec(text.slice(Math.max(0, end - 2), end));
  return bare ? bare[1] : undefined;
}

function cleanPlace(name: string): string | undefined {
  let n = name;
  // 县柳塘镇 → 柳塘镇 (the county is a place of its own)
  while (n.length > 3 && /^[县区市省]/.test(n)) n = n.slice(1);
  const stem = n.replace(SUFFIX, '');
  if (NOT_PLACES.has(n) || n.length < 3 || !/^[\u4e00-\u9fff]+$/.test(n) || NOT_IN_NAME.test(stem) || DETERMINER_LAST.test(stem) || PROSE_WORDS.test(stem)) return undefined;
  return n;
}

export interface PlaceMention {
  name: string;
  parent?: string;
}

/** Places the article names where the grammar shows one, most frequent first. */
export function findPlaces(text: string): PlaceMention[] {
  const counts = new Map<string, { n: number; parent?: string; first: number }>();
  const add = (name: string, at: number, parent?: string) => {
    if (NOT_PLACES.has(name) || !placeLevel(name)) return;
    const entry = counts.get(name) ?? { n: 0, first: at };
    entry.n++;
    if (parent && !entry.parent) entry.parent = parent;
    counts.set(name, entry);
  };
  PLACE_ANYWHERE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLACE_ANYWHERE.exec(text)) !== null) {
    const name = cleanPlace(m[1]);
    const at = m.index + m[1].length - (name?.length ?? 0);
    if (name && placeStartsAt(text, at)) add(name, at);
  }
  COUNTY_ANYWHERE.lastIndex = 0;
  while ((m = COUNTY_ANYWHERE.exec(text)) !== null) {
    const name = cleanPlace(m[1]);
    if (!name || !placeStartsAt(text, m.index + m[1].length - name.length)) continue;
    add(name, m.index);
    const rest = text.slice(m.index + m[1].length, m.index + m[1].length + 6);
    const child = /^([\u4e00-\u9fff]{2,3}(?:镇|乡|街道))/.exec(rest);
    if (child && counts.has(child[1])) counts.get(child[1])!.parent = name;
  }
  return [...counts.entries()]
    .sort((a, b) => levelRank(a[0]) - levelRank(b[0]) || b[1].n - a[1].n || a[1].first - b[1].first)
    .map(([name, e]) => ({ name, parent: e.parent }));
}

function levelRank(name: string): number {
  const level = placeLevel(name);
  return level === 'village' ? 0 : level === 'town' ? 1 : level === 'county' ? 2 : level === 'city' ? 3 : 4;
}
