// Places: town, township, subdistrict, county, district names (泖港镇, 岭南乡, 新虹街道,
// 宁津县, 松江区). A place name is one to four characters plus a level suffix; it is read
// where the grammar puts one: right before a meeting name, before 召开, before an
// organisation word (泖港镇党委, 金湖县银涂镇人民政府).
import { NOT_PLACES, placeLevel } from '../lexicon/places';

// A chain of places ending right before an index: "金湖县银涂镇" → [金湖县, 银涂镇].
const PLACE_AT_END = /(?:(?:中共)?([\u4e00-\u9fff]{2,4}?(?:省|市|州|县|区|旗)))?([\u4e00-\u9fff]{1,4}?(?:街道|镇|乡|县|区|市|旗))$/;
const BARE_LEVEL = /(?:^|[^\u4e00-\u9fff])(县|区|镇|乡|市)$/;
const PLACE_ANYWHERE = /([\u4e00-\u9fff]{2,3}(?:街道|镇|乡))(?:人民政府|党委|人大|政府|召开|第)/g;
const COUNTY_ANYWHERE = /([\u4e00-\u9fff]{2,3}(?:县|区))(?:[\u4e00-\u9fff]{2,3}(?:镇|乡|街道)|人民政府|委|人大|政协)/g;

/**
 * The place written right before `index` ("泖港镇|第六届…", "县|十六届…"), or undefined.
 * Bare level words (县, 镇) are returned as they are: the article did not say more.
 */
export function placeBefore(text: string, index: number): string | undefined {
  const left = text.slice(Math.max(0, index - 12), index).replace(/(?:召开了?|举行了?|组织召开了?|于)$/, '');
  const m = PLACE_AT_END.exec(left);
  if (m) {
    const town = cleanPlace(m[2]);
    if (town) return town;
  }
  const bare = BARE_LEVEL.exec(left);
  return bare ? bare[1] : undefined;
}

function cleanPlace(name: string): string | undefined {
  // drop leading words that are not part of a name (会议在…镇)
  let n = name.replace(/^(?:关于|根据|按照|依照|贯彻|落实|传达|召开|举行)/, '');
  while (n.length > 1 && /^[在于的了是对由从到至年月日讯为任会议选举当和与及并经向据]/.test(n) && !/^(?:和平|和顺|和兴|和义|和睦|和平|于都|任丘|会昌|为民)/.test(n)) n = n.slice(1);
  if (NOT_PLACES.has(n) || n.length < 2) return undefined;
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
    if (name) add(name, m.index);
  }
  COUNTY_ANYWHERE.lastIndex = 0;
  while ((m = COUNTY_ANYWHERE.exec(text)) !== null) {
    const name = cleanPlace(m[1]);
    if (!name) continue;
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
