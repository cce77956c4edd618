import { findPlaces, placeBefore } from '../../../src/extract/places/recognize';

describe('places', () => {
  it('reads a village whose representatives meet (某村村民代表大会) and the chain above it', () => {
    const names = findPlaces('5月21日上午,金川县白塔乡青禾村村民代表大会在村部召开。').map((p) => p.name);
    expect(names).toEqual(['青禾村', '白塔乡', '金川县']);
  });

  it('reads the place right before a meeting name or 召开', () => {
    const text = '7月3日,青岭镇第九届人民代表大会';
    expect(placeBefore(text, text.indexOf('第'))).toBe('青岭镇');
    const text2 = '本报讯 金川县白塔乡召开第三届人民代表大会';
    expect(placeBefore(text2, text2.indexOf('第'))).toBe('白塔乡');
    const text3 = '县十四届人大常委会';
    expect(placeBefore(text3, 1)).toBe('县');
  });

  it('does not take prose ending in a level character for a place', () => {
    const text = '在区委、区政府和镇党委的领导下,部分区人大代表列席';
    expect(findPlaces(text).map((p) => p.name)).toEqual([]);
  });

  it('finds towns with their county', () => {
    // 金川县 is listed (513226); the gazetteer's only 白塔乡 lies in another province: unlisted under 金川县
    expect(findPlaces('1月5日,金川县白塔乡召开大会。白塔乡人民政府')).toEqual([
      { name: '白塔乡', parent: '金川县', level: 'town', unlisted: true },
      { name: '金川县', level: 'county', code: '513226' },
    ]);
  });

  it('reads a town right after a county whose name has one character before 县 (沛县|某镇) as two places', () => {
    // 沛县 is listed (320322), 柳溪镇 is not: the town starts where the county ends, not before it
    expect(findPlaces('3月2日,全县在柳溪镇召开沛县柳溪镇第十八届人民代表大会第三次会议。柳溪镇人民政府').map((p) => [p.name, p.parent ?? ''])).toEqual([
      ['柳溪镇', '沛县'],
      ['沛县', ''],
    ]);
  });
});
