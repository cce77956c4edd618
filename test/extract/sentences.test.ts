import { splitSentences } from '../../src/extract/sentences';

describe('splitSentences', () => {
  it('splits at sentence punctuation and line breaks, keeping headings and bylines apart', () => {
    const text = '红岭镇召开人代会\n3月1日,会议开幕。镇长作报告;大会通过决议!\n(镇人大办)';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['红岭镇召开人代会', '3月1日,会议开幕。', '镇长作报告;', '大会通过决议!', '(镇人大办)']);
    expect(s[0].heading).toBe(true);
    expect(s[1].heading).toBe(false);
    expect(s[4].byline).toBe(true);
    expect(s.every((x, i) => x.index === i && text.slice(x.start, x.end) === x.text)).toBe(true);
  });

  it('marks page furniture (links to other articles, editor lines)', () => {
    const s = splitSentences('正文。\n上一篇:县长某某到镇调研\n责任编辑:某某');
    expect(s.map((x) => x.noise)).toEqual([false, true, true]);
  });

  it('returns nothing for empty text', () => {
    expect(splitSentences('')).toEqual([]);
  });
});
