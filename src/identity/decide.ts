// Is this the same person? One pair of same-name Person records at a time, by career logic:
// places (the same division, or one inside the other), dates (no two head posts in different
// places at once, no jump of two ranks within a couple of years) and shared context (the same
// body, colleagues who recur). Every verdict carries its reasons in words, so a reader (and
// the `identity` API) can see why, and a user can overrule it with a judgement.
import { levelName, nested, PersonRecord, PostSighting, rankOf, significant } from './record';

export type Verdict = 'same' | 'different' | 'unsure';

export interface PairDecision {
  a: string;
  b: string;
  verdict: Verdict;
  reasons: string[];
  /** How strongly the evidence says "same" (orders the joins; 0 for other verdicts). */
  strength: number;
}

/** Codes a record is placed by: its own, else its articles', else those inferred from colleagues. */
export type RegionSource = 'own' | 'article' | 'named' | 'inferred' | 'candidates' | 'none';

export function regionOf(r: PersonRecord, inferred?: ReadonlyMap<string, string[]>): { codes: string[]; how: RegionSource } {
  if (r.codes.length) return { codes: r.codes, how: 'own' };
  if (r.articleCodes.length) return { codes: r.articleCodes, how: 'article' };
  if (r.candidateCodes.length) return { codes: r.candidateCodes, how: 'candidates' };
  if (r.hintCodes.length) return { codes: r.hintCodes, how: 'named' };
  const fromColleagues = r.articles.flatMap((a) => inferred?.get(a) ?? []);
  if (fromColleagues.length) return { codes: [...new Set(fromColleagues)], how: 'inferred' };
  return { codes: [], how: 'none' };
}

/** The innermost division both regions reach (the outer code of the deepest nested pair), or undefined when they are apart. */
export function commonRegion(a: readonly string[], b: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const x of a) {
    for (const y of b) {
      if (!nested(x, y)) continue;
      const outer = significant(x).length <= significant(y).length ? significant(x) : significant(y);
      if (!best || outer.length > best.length) best = outer;
    }
  }
  return best;
}

// the head of a body: its secretary, chief, chair or director (not deputies, not secretaries-general)
const HEAD_TITLE = /(?:书记|长|主任|主席)$/;
const HEAD_BODIES = new Set(['party_committee', 'government', 'congress', 'standing_committee', 'cppcc']);

function isHead(p: PostSighting): boolean {
  return p.orgType !== null && HEAD_BODIES.has(p.orgType) && HEAD_TITLE.test(p.title) && !/副|秘书长|常务|委员/.test(p.title);
}

const yearOf = (d: string | null) => (d ? Number(d.slice(0, 4)) : NaN);

/** Two head posts in different divisions in the same year: no one is a town's head and the city's at once. */
function headsAtOnce(a: PersonRecord, b: PersonRecord): string | undefined {
  for (const x of a.posts) {
    if (!isHead(x) || !x.code || !x.observed) continue;
    for (const y of b.posts) {
      if (!isHead(y) || !y.code || !y.observed) continue;
      if (yearOf(x.observed) !== yearOf(y.observed) || significant(x.code) === significant(y.code)) continue;
      return `heads of two divisions in ${yearOf(x.observed)}: ${x.title} (${x.code}) and ${y.title} (${y.code})`;
    }
  }
  return undefined;
}

/** Posts two ranks or more apart within two years (a town head one year, a province's the next). */
function rankJump(a: PersonRecord, b: PersonRecord): string | undefined {
  let closest = Infinity;
  let example: string | undefined;
  for (const x of a.posts) {
    if (!x.code || !x.observed) continue;
    for (const y of b.posts) {
      if (!y.code || !y.observed || Math.abs(yearOf(x.observed) - yearOf(y.observed)) >= 2) continue;
      const steps = Math.abs(rankOf(x.code) - rankOf(y.code));
      if (steps < closest) {
        closest = steps;
        example = `${x.title} (${levelName(x.code)}, ${x.observed.slice(0, 4)}) and ${y.title} (${levelName(y.code)}, ${y.observed.slice(0, 4)})`;
      }
    }
  }
  return closest >= 2 && closest !== Infinity ? `${closest} ranks apart within two years: ${example}` : undefined;
}

function shared<T>(a: readonly T[], b: readonly T[]): T[] {
  const set = new Set(b);
  return [...new Set(a)].filter((x) => set.has(x));
}

const HOW: Record<RegionSource, string> = {
  own: '',
  article: " (the article's place)",
  named: ' (named in their bodies or articles)',
  inferred: ' (inferred from colleagues)',
  candidates: ' (a place name the gazetteer lists several times)',
  none: '',
};

/** An ambiguous place name (one of several 青溪镇) is the one the other side's place is, when it is one of them. */
function narrowed(r: ReturnType<typeof regionOf>, other: ReturnType<typeof regionOf>): ReturnType<typeof regionOf> {
  if (r.how !== 'candidates' || !other.codes.length) return r;
  const fitting = r.codes.filter((c) => other.codes.some((o) => nested(c, o)));
  return fitting.length ? { codes: fitting, how: 'candidates' } : r;
}

/**
 * The verdict on two same-name records. `inferred` places articles that name no place
 * (article id → division codes read from their colleagues' identities).
 */
export function decidePair(a: PersonRecord, b: PersonRecord, inferred?: ReadonlyMap<string, string[]>): PairDecision {
  const pair = { a: a.id, b: b.id };
  const ra = narrowed(regionOf(a, inferred), regionOf(b, inferred));
  const rb = narrowed(regionOf(b, inferred), ra);
  const colleagues = shared(a.colleagues, b.colleagues).filter((n) => n !== a.name).sort();
  const bodies = shared(a.bodies, b.bodies).sort();
  const context: string[] = [];
  if (colleagues.length) context.push(`named with the same colleagues: ${colleagues.slice(0, 5).join('、')}${colleagues.length > 5 ? '…' : ''}`);
  if (bodies.length) context.push(`the same body: ${bodies.join(', ')}`);
  const how = (r: typeof ra) => HOW[r.how];

  if (ra.codes.length && rb.codes.length) {
    const common = commonRegion(ra.codes, rb.codes);
    if (!common) {
      return { ...pair, verdict: 'different', reasons: [`places apart: ${ra.codes.join(',')}${how(ra)} and ${rb.codes.join(',')}${how(rb)}, neither inside the other`], strength: 0 };
    }
    const clash = headsAtOnce(a, b);
    if (clash) return { ...pair, verdict: 'different', reasons: [clash], strength: 0 };
    const jump = rankJump(a, b);
    if (jump) return { ...pair, verdict: 'unsure', reasons: [jump, ...context], strength: 0 };
    const placeReason = `places compatible: ${ra.codes.join(',')}${how(ra)} and ${rb.codes.join(',')}${how(rb)} meet in ${common} (${levelName(common)})`;
    // within one prefecture or finer, a shared name is one person unless the career says otherwise;
    // sharing only a province needs context as well
    if (common.length >= 4) return { ...pair, verdict: 'same', reasons: [placeReason, ...context], strength: 2 + colleagues.length + bodies.length };
    if (colleagues.length || bodies.length) return { ...pair, verdict: 'same', reasons: [placeReason, ...context], strength: 1 + colleagues.length + bodies.length };
    return { ...pair, verdict: 'unsure', reasons: [placeReason, 'only the province in common and no shared body or colleague'], strength: 0 };
  }
  // a side without a place joins on context only: recurring colleagues, or one and the same body
  if (colleagues.length >= 2 || (colleagues.length >= 1 && bodies.length >= 1)) {
    const where = ra.codes.length || rb.codes.length ? 'one side names no place' : 'neither side names a place';
    return { ...pair, verdict: 'same', reasons: [where, ...context], strength: colleagues.length + bodies.length };
  }
  return { ...pair, verdict: 'unsure', reasons: ['no place to compare and too little shared context', ...context], strength: 0 };
}
