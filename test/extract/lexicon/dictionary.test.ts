// Names against jieba's dictionary: an ordinary word is not a name unless the
// article shows it as one. Sentences written for these tests.
import { isCommonWord, startsWithCommonWord } from '../../../src/extract/lexicon/dictionary';
import { factStrings } from '../helpers';

describe('the word dictionary', () => {
  it('knows ordinary words that start with a surname character', () => {
    expect(isCommonWord('全部')).toBe(true);
    expect(isCommonWord('常务')).toBe(true);
    expect(isCommonWord('柏云')).toBe(false);
    expect(startsWithCommonWord('全部作')).toBe(true);
  });
});

describe('names in text', () => {
  const congress = '1月6日,青柳镇第九届人民代表大会第三次会议召开。';

  it('does not read a preposition and a word as a name (向宪法宣誓)', () => {
    const facts = factStrings(congress + '新当选的镇长卢清向宪法宣誓。', 'HOLDS', 'ELECTED');
    expect(facts).toContain('HOLDS 卢清 镇长');
    expect(facts.some((f) => f.includes('向宪法'))).toBe(false);
  });

  it('does not read an ordinary word after a title list as a name (副庭长全部作…)', () => {
    const facts = factStrings(congress + '12位法庭庭长、副庭长全部作了表态发言。', 'HOLDS');
    expect(facts).toEqual([]);
  });

  it('keeps a real name that is also a word when a title stands before it', () => {
    expect(factStrings(congress + '镇长严明作政府工作报告。', 'REPORTED')).toEqual(['REPORTED 严明 政府工作报告']);
  });
});

describe('where a name ends', () => {
  const cppcc = '2月3日,云台县政协第八届委员会第一次会议召开。';

  it('does not end a name inside a word (委员满怀期待…)', () => {
    expect(factStrings(cppcc + '全体政协委员满怀期待,共商发展大计。', 'HOLDS')).toEqual([]);
  });

  it('does not read a district after a title as a name (区长云台区…)', () => {
    expect(factStrings(cppcc + '大会选举出了新任区长云台区区长。', 'HOLDS').some((f) => f.includes('云台区 '))).toBe(false);
  });

  it('still reads a name followed by 及, 同志 or 作 (王家某及…)', () => {
    expect(factStrings(cppcc + '副县长王家林及县法院院长出席会议。', 'HOLDS')).toContain('HOLDS 王家林 副县长');
  });
});
