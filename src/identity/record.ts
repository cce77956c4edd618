// What identity resolution knows about one Person node (a name within the jurisdiction one
// article gave it): where its posts are, when it was seen in them, which bodies it sat in and
// who else the same articles name. Read from the graph by store.ts, decided on by decide.ts.

/** One post the person was seen in. */
export interface PostSighting {
  /** Canonical title (党委副书记, 市长). */
  title: string;
  /** Organization type (party_committee, government, congress, standing_committee, cppcc…), null when unknown. */
  orgType: string | null;
  /** Division code of the organization's place, null when it has none. */
  code: string | null;
  /** ISO date the post was observed (the meeting's date, else the article's), null when undated. */
  observed: string | null;
}

export interface PersonRecord {
  /** The Person node id. */
  id: string;
  name: string;
  /** Division codes of the person's own places: the places of their posts, else their jurisdiction. */
  codes: string[];
  /** Division codes the person's articles name (a weaker hint, used when `codes` is empty). */
  articleCodes: string[];
  /** Divisions named at the head of their meetings', bodies' and articles' names (weaker still). */
  hintCodes: string[];
  /** The divisions an unlisted place of the person's (a town name the gazetteer lists several times) may be. */
  candidateCodes: string[];
  articles: string[];
  posts: PostSighting[];
  /** The other people the same articles name (their names). */
  colleagues: string[];
  /** Bodies sat in: the organization types of the posts and the kinds of the meetings attended. */
  bodies: string[];
}

/** The unlisted place name a person key's scope ends with (`青溪镇`, `440823/某镇` → 某镇), when it has no code. */
export function scopePlaceName(personId: string): string | null {
  const key = personId.slice(personId.indexOf(':') + 1);
  const parts = key.split('/');
  if (parts.length < 2) return null;
  const place = parts[parts.length - 2];
  return /^\d+$/.test(place) || place.startsWith('article-') ? null : place;
}

/** The division code a person key's scope starts with (`320800/某镇` → 320800; `article-…` → none). */
export function scopeCode(personId: string): string | null {
  const key = personId.slice(personId.indexOf(':') + 1);
  const m = /^(\d{2,12})(?:\/|$)/.exec(key);
  return m ? m[1] : null;
}

/** A division code cut to its significant digits: 2 province, 4 prefecture, 6 county, 9 town, 12 village. */
export function significant(code: string): string {
  if (code.length === 6) {
    if (code.endsWith('0000')) return code.slice(0, 2);
    if (code.endsWith('00')) return code.slice(0, 4);
  }
  return code;
}

/** 1 town or village, 2 county, 3 prefecture, 4 province: the rank of a place's officials. */
export function rankOf(code: string): number {
  const c = significant(code);
  return c.length <= 2 ? 4 : c.length <= 4 ? 3 : c.length <= 6 ? 2 : 1;
}

/** True when one code lies inside the other (or they are the same division). */
export function nested(a: string, b: string): boolean {
  const x = significant(a);
  const y = significant(b);
  return x.startsWith(y) || y.startsWith(x);
}

const LEVEL_NAMES = ['', 'town', 'county', 'prefecture', 'province'];

export function levelName(code: string): string {
  return LEVEL_NAMES[rankOf(code)];
}
