import { similarNames } from '../../src/extract/coreference';
import { factStrings } from './helpers';

describe('similarNames', () => {
  it('pairs names of three characters or more that differ in one place', () => {
    expect(similarNames(['邝文斌', '邝文彬', '韦岚', '韦兰', '甘露明'])).toEqual([['邝文斌', '邝文彬']]);
  });
});

describe('coreference in extraction', () => {
  it('does not merge two names one character apart', () => {
    const facts = factStrings('镇长邝文斌出席。副镇长邝文彬出席。', 'HOLDS');
    expect(facts).toEqual(['HOLDS 邝文斌 镇长', 'HOLDS 邝文彬 副镇长']);
  });
});

describe('bare titles', () => {
  const meeting = '6月2日,青岭镇第九届人民代表大会第二次会议召开。';

  it('resolve to the one person presented with that title', () => {
    expect(factStrings(meeting + '镇党委副书记、镇长邝文斌出席。会上,镇长作政府工作报告。', 'REPORTED')).toEqual(['REPORTED 邝文斌 政府工作报告']);
  });

  it('resolve to nobody when two people could be meant', () => {
    expect(factStrings(meeting + '副镇长甘露、副镇长蓝海出席。副镇长作情况说明。', 'REPORTED')).toEqual([]);
  });
});
