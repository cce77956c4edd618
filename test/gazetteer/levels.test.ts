// The one table of level words: every pattern the recognisers use is drawn from it.
import { endsInOneOf, JURISDICTION_WORDS, levelWords, placeLevel } from '../../src/gazetteer/levels';

describe('level words', () => {
  it('gives a name the level of its level word, the two-character words first', () => {
    expect(placeLevel('青禾街道')).toBe('town');
    expect(placeLevel('柳湾社区')).toBe('village');
    expect(placeLevel('白沙镇')).toBe('town');
    expect(placeLevel('平川县')).toBe('county');
    expect(placeLevel('云港市')).toBe('city');
    expect(placeLevel('南岭省')).toBe('province');
    expect(placeLevel('会议')).toBeUndefined();
  });

  it('lists the words of the levels asked for, and the jurisdiction words without 州 and 盟', () => {
    expect(levelWords('town')).toEqual(['街道', '镇', '乡']);
    expect(JURISDICTION_WORDS).toEqual(['街道', '镇', '乡', '县', '区', '旗', '市']);
  });

  it('derives an end-of-name pattern from the words', () => {
    const endsInJurisdiction = endsInOneOf(JURISDICTION_WORDS);
    expect(endsInJurisdiction.test('青禾街道')).toBe(true);
    expect(endsInJurisdiction.test('云港市')).toBe(true);
    expect(endsInJurisdiction.test('海西州')).toBe(false);
    expect('青禾街道'.replace(endsInJurisdiction, '')).toBe('青禾');
  });
});
