// The numbered meeting patterns run only on a text that holds one of their gate words
// (mentions/meetings.ts): a gate that missed a word of its pattern would lose meetings
// silently. Every match of every pattern, over the designation table and our own articles,
// must hold a gate word of its pattern.
import fs from 'node:fs';
import path from 'node:path';
import { GRAMMAR_PATTERNS, NUMBERED_PATTERNS } from '../../../src/extract/mentions/meetings';
import { normalize } from '../../../src/extract/normalize';
import { decodeArticle } from '../../../src/extract';

const EVAL = path.resolve(__dirname, '../../../eval');
const texts: string[] = fs
  .readdirSync(EVAL, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => fs.readdirSync(path.join(EVAL, d.name)).filter((f) => /\.(txt|html)$/.test(f)).map((f) => path.join(EVAL, d.name, f)))
  .map((f) => normalize(decodeArticle(fs.readFileSync(f)).text).text);

// designations of every numbered family, written in our own words
const WRITTEN = [
  '青山县第十六届人大常委会第三十一次会议', '北岭区第六届人民代表大会常务委员会第二次会议', '县人大常委会第十六届第二十次会议',
  '柏溪镇第六届人民代表大会第八次会议', '柏溪镇六届人大八次会议', '白水县十八届人代会三次会议', '县人大常委会第十二次主任会议',
  '政协石门县第十届第五次主席会议', '镇人大主席团第二次会议', '中国人民政治协商会议第九届宁远县委员会第四次会议',
  '政协云州市九届二次常委会议', '桃源镇第十二次妇女代表大会', '村党支部委员会第一次会议', '随后,机关党委召开第一次会议',
  '中共柳塘镇第七届代表大会第一次会议', '七届一次党代会', '第十五次党员代表大会', '第三次党代会第二次会议',
  '十四届六次全会', '第七届青山区委第一次全体会议', '镇纪委第一次全体会议', '第一届议政代表大会第二次会议',
  '第十二届村民委员会换届选举大会', '区妇联第十六届一次执委会议', '县政府第七次常务会议', '某区五届104次区政府常务会议',
  '中共云州市第八届委员会3月4日下午举行第一次全体会议', '首届选民代表议政会第一次会议', '首届党支部选举大会',
  '县总工会第十届经费审查委员会第一次会议', '平水县总工会第十次会员代表大会',
];

const corpus = [...WRITTEN, ...texts];

describe('gate words of the numbered meeting patterns', () => {
  it('reads our own articles, where the numbered patterns find designations', () => {
    expect(texts.length).toBeGreaterThan(40);
    const matched = NUMBERED_PATTERNS.filter(({ re }) => texts.some((t) => new RegExp(re.source).test(t)));
    expect(matched.length).toBeGreaterThanOrEqual(NUMBERED_PATTERNS.length / 2);
  });

  it('each grammar pattern matches some written designation (no dead pattern)', () => {
    for (const [gate, re] of GRAMMAR_PATTERNS) {
      const hits = WRITTEN.filter((w) => new RegExp(re.source).test(w));
      expect([re.source, hits.length > 0, hits.every((w) => gate.test(w))]).toEqual([re.source, true, true]);
    }
  });

  it.each(NUMBERED_PATTERNS.map((p, i) => [i, p] as const))('pattern %i: every match holds a gate word', (_i, { re, gate }) => {
    for (const text of corpus) {
      for (const m of text.matchAll(new RegExp(re.source, 'g'))) {
        const around = text.slice(Math.max(0, m.index! - 12), m.index! + m[0].length);
        expect([m[0], gate.some((w) => around.includes(w))]).toEqual([m[0], true]);
      }
    }
  });

  it('each numbered pattern matches some written designation (no dead pattern, no dead gate)', () => {
    for (const { re, gate } of NUMBERED_PATTERNS) {
      const hits = WRITTEN.filter((w) => new RegExp(re.source).test(w));
      expect([re.source, hits.length > 0, hits.every((w) => gate.some((g) => w.includes(g)))]).toEqual([re.source, true, true]);
    }
  });

  it.each(GRAMMAR_PATTERNS.map((p, i) => [i, p] as const))('grammar pattern %i: every match holds its gate', (_i, [gate, re]) => {
    for (const text of corpus) for (const m of text.matchAll(new RegExp(re.source, 'g'))) expect([m[0], gate.test(m[0])]).toEqual([m[0], true]);
  });
});
