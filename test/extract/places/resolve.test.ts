// Recognition and resolution of places against the gazetteer, on invented sentences.
import { findPlaces } from '../../../src/extract/places/recognize';
import { extract } from '../../../src/extract/pipeline';
import { gazetteer } from '../../../src/gazetteer/gazetteer';

const g = gazetteer();
const codeOf = (county: string, town: string) => g.byName(town).map((e) => e.division).find((d) => g.byCode(d.parent!)?.name === county)!.code;
const byName = (text: string, meetingPlaces: string[] = []) => Object.fromEntries(findPlaces(text, meetingPlaces).map((p) => [p.name, p]));

describe('place recognition', () => {
  it('takes nothing but places for places', () => {
    const text = '会议讨论镇里的工作,最后镇党委书记讲话。听取乡人民政府工作报告,拟任区长人选,全体县人大代表出席。';
    expect(findPlaces(text)).toEqual([]);
  });

  it('reads a county before its own committee without doubling the level word', () => {
    const places = findPlaces('2月3日,澧县召开全体会议。澧县县委书记主持会议。');
    expect(places.map((p) => p.name)).toEqual(['澧县']);
    expect(places[0].code).toBe(g.byName('澧县')[0].division.code);
  });

  it('finds full names of autonomous counties and ethnic townships', () => {
    const county = byName('日前,政协石柱土家族自治县第十一届委员会第一次会议开幕。');
    expect(county['石柱土家族自治县']).toMatchObject({ level: 'county', code: '500240' });
    const township = byName('3月1日,尚寨土家族乡第八次党员代表大会召开。');
    expect(township['尚寨土家族乡']).toMatchObject({ level: 'town', code: g.byName('尚寨土家族乡')[0].division.code });
  });

  it('keeps an unlisted name where the grammar is strong, flagged', () => {
    const places = findPlaces('1月9日,青岭镇第九届人民代表大会第四次会议开幕。');
    expect(places).toEqual([{ name: '青岭镇', level: 'town', unlisted: true }]);
    expect(findPlaces('2月1日,青岭镇2025年经济工作会议召开。')).toEqual([{ name: '青岭镇', level: 'town', unlisted: true }]);
    // …but not in running prose
    expect(findPlaces('大家都说青岭镇的风景很好。')).toEqual([]);
  });

  it('accepts a community only under a township the article names', () => {
    const places = byName('5月6日,德胜街道青松路社区居民委员会换届选举大会召开。');
    expect(places['青松路社区']).toMatchObject({ level: 'village', parent: '德胜街道', unlisted: true });
    expect(findPlaces('青松路社区居民委员会换届选举大会召开。')).toEqual([]);
    // two communities holding their election under the only township the article names
    const pair = byName('德胜街道召开选举工作会议。6月5日,青松社区和白桦社区通过居民代表选举产生新一届居委会。');
    expect(pair['青松社区']).toMatchObject({ level: 'village', parent: '德胜街道' });
    expect(pair['白桦社区']).toMatchObject({ level: 'village', parent: '德胜街道' });
  });
});

describe('place resolution', () => {
  it('resolves a town by the county written before it', () => {
    const suixi = byName('1月8日,遂溪县河头镇第十八届人民代表大会第一次会议召开。');
    const pingyuan = byName('1月8日,平远县河头镇第十八届人民代表大会第一次会议召开。');
    expect(suixi['河头镇'].code).toBe(codeOf('遂溪县', '河头镇'));
    expect(pingyuan['河头镇'].code).toBe(codeOf('平远县', '河头镇'));
    expect(suixi['河头镇'].code).not.toBe(pingyuan['河头镇'].code);
    expect(suixi['河头镇'].parent).toBe('遂溪县');
  });

  it('resolves a town by its county named anywhere in the article, and counts that county in', () => {
    const places = byName('河头镇第十八届人民代表大会第一次会议开幕。新兴县人大常委会副主任李某出席会议。');
    expect(places['河头镇'].code).toBe(codeOf('新兴县', '河头镇'));
    expect(places['新兴县']).toMatchObject({ level: 'county', code: g.byName('新兴县')[0].division.code });
  });

  it('resolves a town by a neighbouring town the article names (one the gazetteer lists once)', () => {
    const places = byName('1月8日,河头镇第十八届人民代表大会第一次会议开幕。城月镇党委书记张某应邀出席。');
    expect(places['河头镇'].code).toBe(codeOf('遂溪县', '河头镇'));
  });

  it('leaves an ambiguous town without a code and lists its candidates', () => {
    const [town] = findPlaces('河头镇第十八届人民代表大会第一次会议开幕。');
    expect(town.code).toBeUndefined();
    expect(town.candidates?.length).toBeGreaterThanOrEqual(4);
    expect(town.candidates).toContain(codeOf('新兴县', '河头镇'));
  });

  it('resolves a district by the city written before it, not counting the municipality above', () => {
    const places = findPlaces('12月1日,北京市顺义区第五届人民代表大会第四次会议开幕。');
    expect(places.map((p) => [p.name, p.code])).toEqual([['顺义区', g.byName('顺义区')[0].division.code]]);
  });

  it('counts the city a round-up of its districts is about, even a municipality', () => {
    const text = '上海两个区选出新区长。1月9日,松江区第六届人民代表大会第五次会议选举产生区长;同日,闵行区第七届人民代表大会第三次会议也选举产生区长。';
    expect(findPlaces(text).map((p) => [p.name, p.code])).toEqual([['松江区', '310117'], ['闵行区', '310112'], ['上海', '31']]);
    // one district alone: the municipality is only its address
    expect(findPlaces('1月9日,上海市松江区第六届人民代表大会第五次会议开幕。').map((p) => p.name)).toEqual(['松江区']);
  });

  it('finds the one county a bare 县 stands for', () => {
    const places = findPlaces('县十六届人大常委会第二十次会议召开。会议听取了关于健康澧县建设情况的报告。', ['县']);
    expect(places.map((p) => p.name)).toEqual(['澧县']);
  });
});

describe('places in the extraction result', () => {
  it('gives places their code, and a meeting named with a bare 县 the county the article is about', () => {
    const r = extract('石柱土家族自治县政协召开全体会议\n1月5日,县政协第十一届委员会第一次会议开幕。中共石柱土家族自治县委书记王某出席会议并讲话。');
    expect(r.places).toEqual([expect.objectContaining({ id: 'place:石柱土家族自治县', level: 'county', code: '500240' })]);
    expect(r.meetings[0]).toMatchObject({ name: '石柱土家族自治县政协第十一届委员会第一次会议', placeId: 'place:石柱土家族自治县' });
  });

  it('prefers an unlisted name starting where names start over a listed one inside it', () => {
    // 东街道 is listed; 青东街道 (invented) is not, and the grammar before 第一届 is strong
    const r = extract('3月2日,青东街道第一届议政代表大会第二次会议召开。');
    expect(r.places.map((p) => [p.name, p.unlisted])).toEqual([['青东街道', true]]);
  });

  it('lists the candidates of an ambiguous town and names no code', () => {
    const r = extract('河头镇第十八届人民代表大会第一次会议开幕。');
    expect(r.places[0]).toMatchObject({ name: '河头镇', level: 'town' });
    expect(r.places[0].code).toBeUndefined();
    expect(r.places[0].candidates!.length).toBeGreaterThanOrEqual(4);
  });
});
