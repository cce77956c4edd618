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
