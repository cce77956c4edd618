// Person records → identities. Records are compared only within their name (blocking), and
// within a large name block only within one province plus those with no place, so the work
// grows with the number of mentions, not their square. Verdicts join records in order of
// strength, never across a "different" (a rule's or a user's); a user's "same" joins first.
// Articles that name no place are placed in a second pass by the identities of the people
// they name (colleagues who recur), and their records are decided again.
import { decidePair, PairDecision, regionOf } from './decide';
import { PersonRecord, significant } from './record';

export interface Judgement {
  a: string;
  b: string;
  verdict: 'same' | 'different';
  note?: string;
}

export interface Resolution {
  /** Person id → identity id (the smallest person id of its identity). */
  identityOf: Map<string, string>;
  decisions: PairDecision[];
  /** Article id → division codes inferred from the colleagues it names. */
  inferred: Map<string, string[]>;
}

/** Records per name block beyond which pairs are only formed within one province (and with the placeless). */
export const BLOCK_LIMIT = 40;

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const x = this.find(a);
    const y = this.find(b);
    if (x === y) return;
    // the smaller id roots the set, so an identity's id does not depend on the order of joins
    if (x < y) this.parent.set(y, x);
    else this.parent.set(x, y);
  }
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The pairs of a name block worth deciding. */
function pairsOf(block: PersonRecord[], inferred: ReadonlyMap<string, string[]>): Array<[PersonRecord, PersonRecord]> {
  const pairs: Array<[PersonRecord, PersonRecord]> = [];
  if (block.length <= BLOCK_LIMIT) {
    for (let i = 0; i < block.length; i++) for (let j = i + 1; j < block.length; j++) pairs.push([block[i], block[j]]);
    return pairs;
  }
  const byProvince = new Map<string, PersonRecord[]>();
  const placeless: PersonRecord[] = [];
  for (const r of block) {
    const provinces = new Set(regionOf(r, inferred).codes.map((c) => significant(c).slice(0, 2)));
    if (!provinces.size) placeless.push(r);
    for (const p of provinces) (byProvince.get(p) ?? byProvince.set(p, []).get(p)!).push(r);
  }
  const seen = new Set<string>();
  const add = (x: PersonRecord, y: PersonRecord) => {
    const k = pairKey(x.id, y.id);
    if (x.id === y.id || seen.has(k)) return;
    seen.add(k);
    pairs.push([x, y]);
  };
  for (const group of byProvince.values()) for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) add(group[i], group[j]);
  for (const p of placeless) for (const r of block) add(p, r);
  return pairs;
}

function cluster(records: PersonRecord[], judgements: readonly Judgement[], inferred: ReadonlyMap<string, string[]>): { uf: UnionFind; decisions: PairDecision[] } {
  const blocks = new Map<string, PersonRecord[]>();
  for (const r of records) (blocks.get(r.name) ?? blocks.set(r.name, []).get(r.name)!).push(r);
  const userVerdict = new Map(judgements.map((j) => [pairKey(j.a, j.b), j]));
  const decisions: PairDecision[] = [];
  const uf = new UnionFind();
  for (const block of blocks.values()) {
    block.sort((x, y) => (x.id < y.id ? -1 : 1));
    const blockDecisions: PairDecision[] = [];
    for (const [x, y] of pairsOf(block, inferred)) {
      const user = userVerdict.get(pairKey(x.id, y.id));
      const d = user
        ? { a: x.id, b: y.id, verdict: user.verdict, reasons: [`a user's judgement${user.note ? `: ${user.note}` : ''}`], strength: Infinity }
        : decidePair(x, y, inferred);
      blockDecisions.push(d);
    }
    decisions.push(...blockDecisions);
    // "different" between any two members keeps their identities apart
    const apart = blockDecisions.filter((d) => d.verdict === 'different');
    const members = new Map<string, Set<string>>(block.map((r) => [r.id, new Set([r.id])]));
    const forbidden = (x: string, y: string) => {
      const mx = members.get(uf.find(x))!;
      const my = members.get(uf.find(y))!;
      return apart.some((d) => (mx.has(d.a) && my.has(d.b)) || (mx.has(d.b) && my.has(d.a)));
    };
    const joins = blockDecisions.filter((d) => d.verdict === 'same').sort((p, q) => q.strength - p.strength || pairKey(p.a, p.b).localeCompare(pairKey(q.a, q.b)));
    for (const d of joins) {
      const rx = uf.find(d.a);
      const ry = uf.find(d.b);
      if (rx === ry) continue;
      // a user's "same" overrules the rules' "different"; nothing overrules a user's "different"
      const userDifferent = judgements.some((j) => j.verdict === 'different' && ((members.get(rx)!.has(j.a) && members.get(ry)!.has(j.b)) || (members.get(rx)!.has(j.b) && members.get(ry)!.has(j.a))));
      if (userDifferent || (d.strength !== Infinity && forbidden(d.a, d.b))) continue;
      const merged = new Set([...members.get(rx)!, ...members.get(ry)!]);
      uf.union(d.a, d.b);
      members.set(uf.find(d.a), merged);
    }
  }
  return { uf, decisions };
}

/** A record with a place of its own, its article's or one named in its bodies (not a guess). */
export function isPlaced(r: PersonRecord): boolean {
  const how = regionOf(r).how;
  return how !== 'none' && how !== 'candidates';
}

/**
 * Places the articles that name no place by their people: when two or more of an article's
 * people belong to identities placed elsewhere, and those places agree, the article is there.
 */
export function inferArticlePlaces(records: PersonRecord[], uf: UnionFind): Map<string, string[]> {
  const regionsOfIdentity = new Map<string, string[]>();
  for (const r of records) {
    if (!isPlaced(r)) continue;
    const root = uf.find(r.id);
    regionsOfIdentity.set(root, [...(regionsOfIdentity.get(root) ?? []), ...regionOf(r).codes]);
  }
  const votes = new Map<string, Map<string, Set<string>>>(); // article → code → people vouching
  for (const r of records) {
    if (isPlaced(r)) continue;
    const regions = regionsOfIdentity.get(uf.find(r.id));
    if (!regions) continue;
    for (const article of r.articles) {
      const byCode = votes.get(article) ?? votes.set(article, new Map()).get(article)!;
      for (const code of new Set(regions.map(significant))) (byCode.get(code) ?? byCode.set(code, new Set()).get(code)!).add(r.name);
    }
  }
  const inferred = new Map<string, string[]>();
  for (const [article, byCode] of votes) {
    const agreed = [...byCode].filter(([, people]) => people.size >= 2).map(([code]) => code);
    // the innermost code vouched for, when the vouched codes nest (else the article stays unplaced)
    agreed.sort((x, y) => y.length - x.length);
    if (agreed.length && agreed.every((c) => agreed[0].startsWith(c))) inferred.set(article, [agreed[0]]);
  }
  return inferred;
}

/** Resolves the records of some name blocks (every record of each name) into identities. */
export function resolveIdentities(records: PersonRecord[], judgements: readonly Judgement[] = []): Resolution {
  const first = cluster(records, judgements, new Map());
  const inferred = inferArticlePlaces(records, first.uf);
  const { uf, decisions } = inferred.size ? cluster(records, judgements, inferred) : first;
  const identityOf = new Map(records.map((r) => [r.id, uf.find(r.id)]));
  return { identityOf, decisions, inferred };
}
