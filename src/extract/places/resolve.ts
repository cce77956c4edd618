// Which places an article is about, and which division each one is.
//
// About: the places its meetings are held for (某镇第十届…, 某镇召开…, 中共某县第…), else
// the place of the level its meetings name bare (县十六届人大常委会 → the one county the
// article names), else the places its bodies belong to; then the places it writes before
// them (松江区泖港镇) and the enclosing divisions it names anywhere (the county of the
// town, its prefecture), down from the province (a province is context, not a subject,
// unless the article is a round-up of several of its districts); then villages and
// communities under a township it is about.
//
// Which division: a name the gazetteer lists once is that division. A name it lists
// several times (four 河头镇) is the one whose enclosing divisions the article names
// (松江区泖港镇; 深圳市…南山区; the county named elsewhere in the text), or that encloses
// other places the article names. Where the article does not tell, the place keeps its
// name, gets no code and lists its candidates: never a division picked at random.
import { gazetteer, shortForms, type Division, type NameEntry } from '../../gazetteer/gazetteer';
import type { PlaceLevel } from '../types';
import { JURISDICTION_WORDS, LEVEL_WORDS, placeLevel } from '../../gazetteer/levels';
import { SOURCE_AFTER_PLACE } from '../lexicon/places';
import { isCommonWord, isFrequentWord } from '../lexicon/dictionary';

/** Whether a place is written as a meeting's, a body's, or only in passing. */
export type PlaceRole = 'meeting' | 'body' | 'weak';

/** One place name in the text. */
export interface PlaceOccurrence {
  name: string;
  start: number;
  end: number;
  /** The gazetteer's divisions of that name; empty for an unlisted name or a village. */
  entries: readonly NameEntry[];
  role: PlaceRole;
  village?: boolean;
}

export interface ResolvedPlace {
  name: string;
  level?: PlaceLevel;
  code?: string;
  unlisted?: boolean;
  candidates?: string[];
  /** Name of the enclosing place among the article's places. */
  parent?: string;
}

const BARE_LEVELS: Record<string, PlaceLevel> = Object.fromEntries(LEVEL_WORDS.filter(([w]) => JURISDICTION_WORDS.includes(w)));
// a short form followed by one of these is a street, a company or a school named after the
// place, or a person (某某同志)
const NOT_PLACE_AFTER_SHORT = /^(?:同志|路|街|大道|大街|社|网|报|日报|电视|广播|村|小区|中学|小学|大学|学院|公司|集团|银行|宾馆|酒店|饭店|站|港|湾|机场|号)/;

interface NameInfo {
  name: string;
  occurrences: PlaceOccurrence[];
  divisions: Division[];
  village: boolean;
  roles: Set<string>;
  /** The place written right before it, first time it is. */
  chainParent?: string;
}

/** What the resolution knows so far: the names the article writes, and which places it is about. */
interface Resolution {
  text: string;
  occurrences: readonly PlaceOccurrence[];
  names: Map<string, NameInfo>;
  about: Set<string>;
  /** name → the division code it resolved to */
  code: Map<string, string>;
  /** name → the divisions it could still be */
  candidates: Map<string, Division[]>;
  /** names the gazetteer lists, but not under the place written before them */
  contradicted: Set<string>;
}

export function resolvePlaces(text: string, occurrences: readonly PlaceOccurrence[], meetingPlaces: readonly string[]): ResolvedPlace[] {
  const r: Resolution = { text, occurrences, names: collectNames(occurrences), about: new Set(), code: new Map(), candidates: new Map(), contradicted: new Set() };
  choosePlacesAbout(r, meetingPlaces);
  resolveCodes(r);
  addWrittenEnclosing(r);
  addCountyOfUnlistedTown(r);
  addCommonEnclosing(r);
  const villages = placeVillages(r);
  return [...villages, ...resolvedAbout(r)];
}

function nameInfo(names: Map<string, NameInfo>, name: string, entries: readonly NameEntry[], village: boolean): NameInfo {
  let n = names.get(name);
  if (!n) {
    const full = entries.filter((e) => e.form === 'full');
    names.set(name, (n = { name, occurrences: [], divisions: (full.length ? full : entries).map((e) => e.division), village, roles: new Set() }));
  }
  return n;
}

/** Each name the article writes, with its occurrences, its roles and the place written right before it. */
function collectNames(occurrences: readonly PlaceOccurrence[]): Map<string, NameInfo> {
  const names = new Map<string, NameInfo>();
  occurrences.forEach((o, k) => {
    const n = nameInfo(names, o.name, o.entries, !!o.village);
    n.occurrences.push(o);
    n.roles.add(o.role);
    const prev = occurrences[k - 1];
    if (prev && prev.end === o.start && !n.chainParent && prev.name !== o.name) n.chainParent = prev.name;
  });
  // a chain (某县某镇第十届…) takes the role of its last name
  occurrences.forEach((o, k) => {
    const next = occurrences[k + 1];
    if (next && o.end === next.start && next.role !== 'weak') names.get(o.name)!.roles.add(next.role === 'meeting' ? 'chain-meeting' : 'chain-body');
  });
  return names;
}

const isProvince = (n: NameInfo) => n.divisions.length > 0 && n.divisions.every((d) => d.level === 'province');
const levelOf = (n: NameInfo): PlaceLevel | undefined => (n.divisions.length ? n.divisions[0].level : placeLevel(n.name));

function addAbout(r: Resolution, n: NameInfo | undefined): void {
  if (n && !isProvince(n) && !n.village) r.about.add(n.name);
}

/** The places the article is about: those its meetings are held for, else its bodies', and the places written before them. */
function choosePlacesAbout(r: Resolution, meetingPlaces: readonly string[]): void {
  const { names, about } = r;
  for (const n of names.values()) if (n.roles.has('meeting') || (n.roles.has('chain-meeting') && !onlyLocates(r.text, n, r.occurrences))) addAbout(r, n);
  const bareLevels = new Set<PlaceLevel>();
  for (const p of meetingPlaces) {
    if (!p) continue;
    // 出席某市第N次党代会: a meeting the article's delegates go to, not one it is about
    const named = names.get(p);
    if (named?.occurrences.length && named.occurrences.every((o) => r.text.startsWith('出席', o.start - 2))) continue;
    const town = named ? undefined : townOfCommunity(names, p);
    if (BARE_LEVELS[p]) bareLevels.add(BARE_LEVELS[p]);
    else if (town) {
      // a community named after its township (某镇社区): a village of that township
      nameInfo(names, p, [], true).chainParent = town.name;
      addAbout(r, town);
    } else addAbout(r, named ?? names.get(lastOfChain(names, p) ?? '') ?? nameInfo(names, p, gazetteer().byName(p), false));
  }
  // 县十六届人大常委会: the county the article names (as a body's place, else at all)
  for (const level of bareLevels) {
    if ([...about].some((a) => levelOf(names.get(a)!) === level)) continue;
    const ofLevel = [...names.values()].filter((n) => !n.village && levelOf(n) === level && (n.divisions.length || n.roles.has('body')));
    const bodies = ofLevel.filter((n) => n.roles.has('body'));
    const pick = bodies.length === 1 ? bodies : ofLevel.length === 1 ? ofLevel : [];
    for (const n of pick) addAbout(r, n);
  }
  if (!about.size) for (const n of names.values()) if (n.roles.has('body')) addAbout(r, n);
  // an article that names no place where a place stands (区政府第N次常务会议): the one county or
  // town its text names by a short form (青岭 for 青岭县), when the gazetteer lists that form once
  const levelWords = meetingPlaces.filter((p) => BARE_LEVELS[p]);
  if (!about.size && levelWords.length) {
    // (of the level the meetings name: 市妇联… is a city's, 县政府… a county's)
    const found = shortFormsIn(r.text).filter(([, d]) => levelWords.some((w) => d.name.endsWith(w)));
    if (found.length === 1) {
      // (under its full name, the one the meetings' level word completes: 青岭|市妇联 → 青岭市)
      const [, division] = found[0];
      names.set(division.name, { name: division.name, occurrences: [], divisions: [division], village: false, roles: new Set() });
      about.add(division.name);
    }
  }
  // the places written before them: 云湖县|石塘镇 (an unlisted town after a listed county too)
  for (const a of [...about]) {
    const n = names.get(a)!;
    if (!n.chainParent) n.chainParent = r.occurrences.find((o) => o.name !== a && !o.village && r.text.startsWith(a, o.end))?.name;
    if (n.chainParent && !onlyLocates(r.text, names.get(n.chainParent), r.occurrences)) addAbout(r, names.get(n.chainParent));
  }
  // 石柱县 beside 石柱土家族自治县: one place, under its full name
  for (const a of [...about]) {
    const short = shortForms({ name: a, level: levelOf(names.get(a)!) ?? 'county' });
    for (const b of short) if (b !== a && about.has(b)) about.delete(b);
  }
}

/** A name the gazetteer lists once is that division; else what the article names decides. */
function resolveCodes(r: Resolution): void {
  const g = gazetteer();
  const { text, names } = r;
  const textHas = (d: Division) => text.includes(d.name) || shortForms(d).some((form) => hasPlaceWord(text, form));
  for (const a of r.about) {
    const n = names.get(a)!;
    if (!n.divisions.length) continue;
    let list = n.divisions;
    const chain = n.chainParent ? names.get(n.chainParent) : undefined;
    if (chain?.divisions.length) {
      const under = list.filter((d) => chain.divisions.some((p) => d.code.startsWith(p.code) && d.code !== p.code));
      // 某县某乡 where the county has no such township: not the namesake elsewhere (renamed, merged, new)
      if (!under.length) {
        r.contradicted.add(a);
        continue;
      }
      list = under;
    }
    // the enclosing divisions the text names, the places it names inside the candidate,
    // and its neighbours the text names (a place the gazetteer lists once, under the same parent)
    const others = [...names.values()].filter((o) => o !== n && !o.village);
    const score = (d: Division) =>
      g.ancestors(d.code).filter(textHas).length +
      others.filter((o) => o.divisions.some((x) => x.code.startsWith(d.code) && x.code !== d.code)).length +
      others.filter((o) => o.divisions.length === 1 && o.divisions[0].parent === d.parent && o.divisions[0].code !== d.code).length;
    if (list.length > 1) list = best(list, score);
    if (list.length === 1) r.code.set(a, list[0].code);
    else r.candidates.set(a, list);
  }
}

/** The enclosing divisions the article names anywhere (not provinces): 房县 for 沙河乡. */
function addWrittenEnclosing(r: Resolution): void {
  const { about, code, names } = r;
  for (const a of about) {
    const c = code.get(a);
    const chains = c ? [c] : [];
    for (const anc of chains.flatMap((x) => gazetteer().ancestors(x))) {
      // a province or prefecture named elsewhere only locates the county: context, not a subject
      if (anc.level === 'province' || anc.level === 'city') continue;
      // the full name (a short form, 嘉兴 or 桐乡, is too often a word of its own), named
      // where a place is (not only in a body's website: 来源:某县人大网)
      const full = r.text.includes(anc.name) && !(names.get(anc.name)?.occurrences.every((o) => SOURCE_AFTER_PLACE.test(r.text.slice(o.end, o.end + 8))) ?? false) ? anc.name : undefined;
      // else a county's short form as written (勇担某某|“…”, 在江苏某某|…), where it is no
      // other place's name (某某镇, the town of the same name) and no word
      const form = full ?? (anc.level === 'county' ? countyShortFormIn(r.text, anc, [...about]) : undefined);
      if (form && !about.has(form)) {
        about.add(form);
        code.set(form, anc.code);
        if (!names.has(form)) names.set(form, { name: form, occurrences: [], divisions: [anc], village: false, roles: new Set() });
      } else if (form) code.set(form, code.get(form) ?? anc.code);
    }
  }
}

/**
 * A town the gazetteer does not list (renamed, merged) has no enclosing divisions to look
 * up: its county is the one county whose body the article names (请示某市人大常委会).
 */
function addCountyOfUnlistedTown(r: Resolution): void {
  const { about, code, names } = r;
  const unlisted = [...about].filter((a) => !code.has(a) && !r.candidates.has(a) && levelOf(names.get(a)!) === 'town');
  if (!unlisted.length || [...about].some((a) => levelOf(names.get(a)!) === 'county')) return;
  const counties = [...names.values()].filter((n) => n.roles.has('body') && n.divisions.length === 1 && n.divisions[0].level === 'county' && n.name === n.divisions[0].name);
  if (counties.length !== 1) return;
  about.add(counties[0].name);
  code.set(counties[0].name, counties[0].divisions[0].code);
  for (const a of unlisted) names.get(a)!.chainParent ??= counties[0].name;
}

/**
 * A round-up of several districts or counties of one city or province (上海6个区…): the
 * division enclosing them all is a subject too, when the article names it.
 */
function addCommonEnclosing(r: Resolution): void {
  const g = gazetteer();
  const { about, code, names } = r;
  const byLevel = new Map<PlaceLevel, Division[]>();
  for (const a of about) {
    const d = code.has(a) ? g.byCode(code.get(a)!) : undefined;
    if (d && d.level !== 'village') (byLevel.get(d.level) ?? byLevel.set(d.level, []).get(d.level)!).push(d);
  }
  for (const list of byLevel.values()) {
    if (new Set(list.map((d) => d.code)).size < 2) continue;
    const common = g.ancestors(list[0].code).find((anc) => list.every((d) => d.code.startsWith(anc.code)));
    const form = common && [common.name, ...shortForms(common)].find((f) => hasPlaceWord(r.text, f));
    if (common && form && !about.has(form)) {
      about.add(form);
      code.set(form, common.code);
      if (!names.has(form)) names.set(form, { name: form, occurrences: [], divisions: [common], village: false, roles: new Set() });
    }
  }
}

/** Villages and communities under a township (or regiment) the article is about. */
function placeVillages(r: Resolution): ResolvedPlace[] {
  const { about, code, names } = r;
  let towns = [...about].filter((a) => levelOf(names.get(a)!) === 'town');
  const villageNames = [...names.values()].filter((n) => n.village);
  // an article naming many villages reports on its township, not on one village
  if (villageNames.length > 2) villageNames.length = 0;
  // a village's township: the one written before it, else the only one the article names
  if (villageNames.length && !towns.length) {
    const named = [...names.values()].filter((n) => !n.village && n.divisions.length && levelOf(n) === 'town');
    if (named.length === 1) {
      addAbout(r, named[0]);
      towns = [named[0].name];
      if (named[0].divisions.length === 1) code.set(named[0].name, named[0].divisions[0].code);
      else r.candidates.set(named[0].name, named[0].divisions);
    }
  }
  const villages: ResolvedPlace[] = [];
  for (const n of villageNames) {
    if (n.chainParent && !about.has(n.chainParent)) addAbout(r, names.get(n.chainParent));
    const parent = n.chainParent && about.has(n.chainParent) ? n.chainParent : towns.length === 1 ? towns[0] : undefined;
    if (!parent) continue;
    const parentCode = code.get(parent);
    const listed = parentCode && parentCode.length === 9 ? gazetteer().villageNamed(parentCode, n.name) : undefined;
    villages.push({ name: n.name, level: 'village', parent, ...(listed ? { code: listed.code } : { unlisted: true }) });
  }
  return villages;
}

/** Each place the article is about, with its level, code or candidates, and nearest enclosing place among them. */
function resolvedAbout(r: Resolution): ResolvedPlace[] {
  const { about, code, names } = r;
  const out: ResolvedPlace[] = [];
  for (const a of about) {
    const n = names.get(a)!;
    const c = code.get(a);
    const cands = r.candidates.get(a);
    const division = c ? gazetteer().byCode(c) : undefined;
    const level = division?.level ?? levelOf(n);
    // the nearest enclosing place among the article's places
    const ancestors = c ? gazetteer().ancestors(c).map((d) => d.code) : [];
    const parent = ancestors.map((x) => [...about].find((b) => b !== a && code.get(b) === x)).find(Boolean) ?? (n.chainParent && about.has(n.chainParent) ? n.chainParent : undefined);
    out.push({
      name: a,
      ...(level ? { level } : {}),
      ...(c ? { code: c } : {}),
      ...(!n.divisions.length || r.contradicted.has(a) ? { unlisted: true } : {}),
      ...(cands ? { candidates: cands.map((d) => d.code) } : {}),
      ...(parent ? { parent } : {}),
    });
  }
  return out;
}

const PARTY_BEFORE = /(?:中共|中国共产党)$/;

/**
 * True when a prefecture is written only to locate the places the article is about (某市|某区
 * in a report's title, a footer, 中共某市某区第N次代表大会, where the party names its district
 * organisation by the whole chain): the article is about the prefecture where it names a
 * meeting of its own, or a chain of places that ends in a meeting's place (某市某区第N届人民代表大会…).
 */
function onlyLocates(text: string, n: NameInfo | undefined, occurrences: readonly PlaceOccurrence[]): boolean {
  if (!n || !n.divisions.length || !n.divisions.every((d) => d.level === 'city') || n.roles.has('meeting')) return false;
  return !occurrences.some((o, k) => {
    if (o.name !== n.name || occurrences[k + 1]?.start !== o.end) return false;
    if (PARTY_BEFORE.test(text.slice(Math.max(0, o.start - 5), o.start))) return false;
    for (let j = k + 1; j < occurrences.length && occurrences[j].start === occurrences[j - 1].end; j++) if (occurrences[j].role === 'meeting') return true;
    return false;
  });
}

/** The township the article names whose name a community's name starts with (某镇|社区). */
function townOfCommunity(names: Map<string, NameInfo>, place: string): NameInfo | undefined {
  if (!/(?:村|社区)$/.test(place)) return undefined;
  const stem = place.replace(/(?:村|社区)$/, '');
  const town = names.get(stem);
  return town && !town.village && town.divisions.length > 0 && levelOf(town) === 'town' ? town : undefined;
}

/** 宁波市鄞州区, a meeting's place written as a chain of names the article writes: its last one (鄞州区). */
function lastOfChain(names: Map<string, NameInfo>, chain: string): string | undefined {
  for (const n of names.keys()) if (chain.length > n.length && chain.endsWith(n) && names.has(chain.slice(0, chain.length - n.length))) return n;
  return undefined;
}

/**
 * True when a short form at text[start, end) is part of a word of the text: its last character
 * and the next one are a word, or the one before and its first (友邻水库 is no 邻水, 行政和司法 no 政和).
 */
function runsIntoWord(text: string, start: number, end: number): boolean {
  return isFrequentWord(text.slice(end - 1, end + 1)) || (start > 0 && isFrequentWord(text.slice(start - 1, start + 1)));
}

/** The distinct counties and towns the text names by a short form the gazetteer lists once. */
function shortFormsIn(text: string): [string, Division][] {
  const g = gazetteer();
  const found = new Map<string, [string, Division]>();
  for (let i = 0; i < text.length - 1; i++) {
    if (!g.mayStartShortForm(text, i)) continue;
    for (let len = 4; len >= 2; len--) {
      const form = text.slice(i, i + len);
      if (!/^[\u4e00-\u9fff]+$/.test(form)) continue;
      const entries = g.byName(form).filter((e) => e.form === 'short' && (e.division.level === 'county' || e.division.level === 'town'));
      if (entries.length !== 1 || NOT_PLACE_AFTER_SHORT.test(text.slice(i + len, i + len + 3)) || isCommonWord(form)) continue;
      if (runsIntoWord(text, i, i + len)) continue;
      found.set(entries[0].division.code, [form, entries[0].division]);
      break;
    }
  }
  return [...found.values()];
}

// after a county's short form: a longer place or zone named after it (某某镇, 某某工业区), its
// economy (某某经济强镇: a town of the county), a paper or portal
const NOT_COUNTY_AFTER_SHORT = /^(?:[镇乡区县市村]|街道|工业|经济|开发|新闻|唯一|日报|发布)/;

const NAMED_AFTER_PLACE = /^[\u4e00-\u9fff]{0,10}?(?:有限公司|公司|集团|厂|银行|医院|学校|中学|小学|学院)/;

/** The short form of county `d` as the text writes it, where it stands for the county. */
function countyShortFormIn(text: string, d: Division, about: readonly string[]): string | undefined {
  return shortForms(d).find((form) => {
    if (form.length < 2 || isCommonWord(form) || about.some((a) => a !== d.name && a.startsWith(form))) return false;
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
      const end = i + form.length;
      const line = text.slice(text.lastIndexOf('\n', i) + 1, i);
      if (NOT_PLACE_AFTER_SHORT.test(text.slice(end, end + 3)) || NOT_COUNTY_AFTER_SHORT.test(text.slice(end, end + 2)) || /来源|作者|编辑/.test(line)) continue;
      // (a company or an institution named after the county: 某某华宏纺织有限公司)
      if (NAMED_AFTER_PLACE.test(text.slice(end, end + 14))) continue;
      if (runsIntoWord(text, i, end)) continue;
      return true;
    }
    return false;
  });
}

/** The divisions of highest score, when the best has a score (else all of them). */
function best(list: Division[], score: (d: Division) => number): Division[] {
  const scored = list.map((d) => [d, score(d)] as const);
  const top = Math.max(...scored.map(([, s]) => s));
  return top > 0 ? scored.filter(([, s]) => s === top).map(([d]) => d) : list;
}

/** True when `word` occurs in `text` as a place (not as the start of a street, a paper, a company named after it). */
function hasPlaceWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!NOT_PLACE_AFTER_SHORT.test(text.slice(i + word.length, i + word.length + 3))) return true;
  }
  return false;
}
