// Places named at the head of a body's or meeting's name (青海省第十三届人民代表大会…,
// 扬州市人大常委会) or of an article's title, read from the gazetteer: a hint of where a
// person belongs when the article's places were not resolved. Only a name the gazetteer
// gives one province, prefecture or county counts (a name that is both a prefecture and a district of it: no hint).
import { gazetteer } from '../gazetteer/gazetteer';

const MAX_NAME = 8;
const HINT_LEVELS = new Set(['province', 'city', 'county']);

/** The division code a text starts with, when its longest leading place name is unambiguous. */
export function leadingDivision(text: string): string | undefined {
  const g = gazetteer();
  // 政协扬州市…, 中共某县委…: the place follows the body's prefix
  const clean = text.replace(/^[\s【[(「“"]+/u, '').replace(/^(?:中国人民政治协商会议|政协|中共|中国共产党)/u, '');
  for (let len = Math.min(MAX_NAME, clean.length); len >= 2; len--) {
    const entries = g.byName(clean.slice(0, len));
    if (!entries.length) continue;
    // the longest name decides (青溪镇 is a town, not the county 青溪)
    const codes = new Set(entries.map((e) => e.division.code));
    return codes.size === 1 && HINT_LEVELS.has(entries[0].division.level) ? entries[0].division.code : undefined;
  }
  return undefined;
}

export function placeHints(texts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of texts) {
    const code = leadingDivision(t);
    if (code) out.add(code);
  }
  return [...out];
}

/** Division codes a place name may stand for (an unlisted town 青溪镇: each 青溪镇 of the gazetteer). */
export function candidateCodes(name: string): string[] {
  return [...new Set(gazetteer().byName(name).map((e) => e.division.code))];
}
