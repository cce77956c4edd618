// The identity rules on invented careers: places, dates, shared context, namesakes.
import { decidePair } from '../../src/identity/decide';
import { resolveIdentities } from '../../src/identity/cluster';
import type { PersonRecord, PostSighting } from '../../src/identity/record';
import { nested, scopeCode, scopePlaceName, significant } from '../../src/identity/record';
import { leadingDivision } from '../../src/identity/place-hints';
import { oneCharacterApart } from '../../src/identity/similar-names';

function post(title: string, orgType: string, code: string | null, observed: string | null): PostSighting {
  return { title, orgType, code, observed };
}

function rec(id: string, over: Partial<PersonRecord> = {}): PersonRecord {
  return { id, name: id.slice(id.lastIndexOf('/') + 1), codes: [], articleCodes: [], hintCodes: [], candidateCodes: [], articles: [], posts: [], colleagues: [], bodies: [], ...over };
}

// real divisions (江苏 32, 淮安 3208; 青海 63, 西宁 6301) with invented people
describe('division codes', () => {
  it('reads the scope of a person key and nests codes by their significant digits', () => {
    expect(scopeCode('person:320803/柏文涛')).toBe('320803');
    expect(scopeCode('person:article-0a1b/柏文涛')).toBeNull();
    expect(scopePlaceName('person:桐溪镇/柏文涛')).toBe('桐溪镇');
    expect(scopePlaceName('person:320803/桐溪镇/柏文涛')).toBe('桐溪镇');
    expect(significant('630000')).toBe('63');
    expect(nested('3208', '320803104')).toBe(true);
    expect(nested('3208', '6301')).toBe(false);
  });

  it('takes a province or city named at the head of a body or meeting name as a hint', () => {
    expect(leadingDivision('青海省第十三届人民代表大会第一次会议')).toBe('63');
    expect(leadingDivision('政协淮安市第九届委员会')).toBe('3208');
    // a town name the gazetteer lists several times is no hint, and does not shrink to a county
    expect(leadingDivision('青溪镇第四届人民代表大会')).toBeUndefined();
  });
});

describe('decidePair', () => {
  it('joins the same name in one city, even across bodies (CPPCC then congress)', () => {
    const a = rec('person:3208/柏文涛', { codes: ['3208'], posts: [post('政协副主席', 'cppcc', '3208', '2021-01-10')] });
    const b = rec('person:3208/柏文涛', { codes: ['3208'], posts: [post('人大常委会副主任', 'standing_committee', '3208', '2024-01-12')] });
    const d = decidePair(a, { ...b, id: 'person:3208x/柏文涛' });
    expect(d.verdict).toBe('same');
    expect(d.reasons[0]).toMatch(/places compatible/);
  });

  it('keeps namesakes of two provinces apart', () => {
    const a = rec('person:3208/柏文涛', { codes: ['3208'] });
    const b = rec('person:63/柏文涛', { codes: ['63'] });
    const d = decidePair(a, b);
    expect(d.verdict).toBe('different');
    expect(d.reasons[0]).toMatch(/places apart/);
  });

  it('keeps apart the heads of a town and of its city in the same year', () => {
    const town = rec('person:320803104/柏文涛', { codes: ['320803104'], posts: [post('镇长', 'government', '320803104', '2022-03-01')] });
    const city = rec('person:3208/柏文涛', { codes: ['3208'], posts: [post('市长', 'government', '3208', '2022-09-01')] });
    expect(decidePair(town, city).verdict).toBe('different');
  });

  it('is unsure of a jump of two ranks within two years', () => {
    const town = rec('person:320803104/柏文涛', { codes: ['320803104'], posts: [post('副镇长', 'government', '320803104', '2022-03-01')] });
    const city = rec('person:3208/柏文涛', { codes: ['3208'], posts: [post('副市长', 'government', '3208', '2023-05-01')] });
    const d = decidePair(town, city);
    expect(d.verdict).toBe('unsure');
    expect(d.reasons[0]).toMatch(/2 ranks apart/);
  });

  it('needs shared context when only the province is common', () => {
    const province = rec('person:63/柏文涛', { codes: ['63'], colleagues: ['霍小川'] });
    const county = rec('person:630121/柏文涛', { codes: ['630121'], colleagues: ['甄立平'] });
    expect(decidePair(province, county).verdict).toBe('unsure');
    expect(decidePair(province, { ...county, colleagues: ['霍小川'] }).verdict).toBe('same');
  });

  it('joins a side with no place only on recurring colleagues', () => {
    const placed = rec('person:3208/柏文涛', { codes: ['3208'], colleagues: ['霍小川', '甄立平', '左明'] });
    const bare = rec('person:article-77/柏文涛', { colleagues: ['霍小川'] });
    expect(decidePair(placed, bare).verdict).toBe('unsure');
    expect(decidePair(placed, { ...bare, colleagues: ['霍小川', '甄立平'] }).verdict).toBe('same');
  });

  it('narrows an ambiguous town name to the division of the other side', () => {
    const coded = rec('person:310114111/柏文涛', { codes: ['310114111'] });
    const named = rec('person:青溪镇/柏文涛', { candidateCodes: ['310114111', '340826106'] });
    expect(decidePair(coded, named).verdict).toBe('same');
  });
});

describe('resolveIdentities', () => {
  it('places an article without a place by its colleagues, then joins its people', () => {
    // article A (淮安) and article B (no place) name the same three leaders
    const a = ['霍小川', '甄立平', '柏文涛'].map((n) => rec(`person:3208/${n}`, { codes: ['3208'], articles: ['A'], colleagues: ['霍小川', '甄立平', '柏文涛', '左明'].filter((x) => x !== n) }));
    const b = ['霍小川', '甄立平', '左明'].map((n) => rec(`person:article-B/${n}`, { articles: ['B'], colleagues: ['霍小川', '甄立平', '左明'].filter((x) => x !== n) }));
    // 左明 appears in C, a 淮安 CPPCC article, with nobody of B
    const c = rec('person:3208c/左明', { codes: ['3208'], articles: ['C'], colleagues: ['祝一鸣'] });
    const r = resolveIdentities([...a, ...b, c]);
    expect(r.inferred.get('B')).toEqual(['3208']);
    expect(r.identityOf.get('person:article-B/左明')).toBe(r.identityOf.get('person:3208c/左明'));
    expect(r.identityOf.get('person:article-B/霍小川')).toBe(r.identityOf.get('person:3208/霍小川'));
  });

  it('never joins across a "different", even through a third record', () => {
    const jiangsu = rec('person:3208/柏文涛', { codes: ['3208'], colleagues: ['霍小川', '甄立平'] });
    const qinghai = rec('person:63/柏文涛', { codes: ['63'], colleagues: ['霍小川', '甄立平'] });
    const bare = rec('person:article-9/柏文涛', { colleagues: ['霍小川', '甄立平'] });
    const r = resolveIdentities([jiangsu, qinghai, bare]);
    expect(r.identityOf.get(jiangsu.id)).not.toBe(r.identityOf.get(qinghai.id));
  });

  it("follows a user's judgement both ways", () => {
    const x = rec('person:3208/柏文涛', { codes: ['3208'] });
    const y = rec('person:320803/柏文涛', { codes: ['320803'] });
    expect(resolveIdentities([x, y]).identityOf.get(y.id)).toBe(x.id);
    const apart = resolveIdentities([x, y], [{ a: x.id, b: y.id, verdict: 'different' }]);
    expect(apart.identityOf.get(y.id)).toBe(y.id);
    expect(apart.decisions[0].reasons[0]).toMatch(/judgement/);
    const far = rec('person:63/柏文涛', { codes: ['63'] });
    expect(resolveIdentities([x, far], [{ a: far.id, b: x.id, verdict: 'same', note: 'moved' }]).identityOf.get(far.id)).toBe(far.id < x.id ? far.id : x.id);
  });

  it('infers no place from one colleague alone', () => {
    const placed = rec('person:3208/霍小川', { codes: ['3208'], articles: ['A'] });
    const bare = rec('person:article-B/霍小川', { articles: ['B'] });
    const uf = resolveIdentities([placed, bare], [{ a: placed.id, b: bare.id, verdict: 'same' }]);
    expect(uf.inferred.size).toBe(0);
  });
});

describe('names one character apart', () => {
  it('tells a changed, added or removed character, and nothing more', () => {
    expect(oneCharacterApart('钱立新', '钱新')).toBe(true);
    expect(oneCharacterApart('王晓明', '王小明')).toBe(true);
    expect(oneCharacterApart('王晓明', '王晓明')).toBe(false);
    expect(oneCharacterApart('王晓明', '李小明')).toBe(false);
    expect(oneCharacterApart('欧阳晓明', '王明')).toBe(false);
  });
});
