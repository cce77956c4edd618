// The people of presidium and rostrum lists, and leaving a post: the families a career
// is traced through. Invented people and places.
import { factStrings, factsOf } from '../helpers';
import { extract } from '../../../src/extract/pipeline';

const SESSION = '桐溪县第九届人民代表大会第三次会议于1月10日开幕。';

describe('titled lists of leaders', () => {
  it('gives the title to every name of the list, four-character and rare-surname names included', () => {
    const text = `${SESSION}主席团常务主席甄立平、拉巴次仁、鸟成林、霍小川在主席台前排就座。`;
    expect(factStrings(text, 'HOLDS')).toEqual(['HOLDS 甄立平 主席团常务主席', 'HOLDS 拉巴次仁 主席团常务主席', 'HOLDS 鸟成林 主席团常务主席', 'HOLDS 霍小川 主席团常务主席']);
  });

  it('does not take a four-character word of prose for a name', () => {
    const text = `${SESSION}县人大常委会副主任甄立平、经济发展、社会治理等工作受到肯定。`;
    expect(factStrings(text, 'HOLDS')).toEqual(['HOLDS 甄立平 县人大常委会副主任']);
  });
});

describe('untitled rostrum lists', () => {
  it('reads the names before 等…领导在主席台就座 as attending the meeting', () => {
    const text = `${SESSION}甄立平、霍小川、柏文涛等县人大常委会领导在主席台就座。`;
    const attended = factsOf(text).filter((f) => f.type === 'ATTENDED');
    expect(attended.map((f) => f.person)).toEqual(['甄立平', '霍小川', '柏文涛']);
    expect(attended.every((f) => f.meeting?.includes('第九届人民代表大会第三次会议'))).toBe(true);
  });

  it('needs the rostrum words: a list followed by anything else is not read', () => {
    const text = `${SESSION}甄立平、霍小川、柏文涛等人的建议被采纳。`;
    expect(factsOf(text).filter((f) => f.type === 'ATTENDED')).toEqual([]);
  });
});

describe('leaving a post (LEFT)', () => {
  const leaves = (text: string) =>
    extract(text)
      .relations.filter((r) => r.type === 'LEFT')
      .map((r) => r.leave);

  it('reads a removal (免去…职务) with the post and the deciding meeting, and counts no election', () => {
    const text = `${SESSION}会议表决通过了关于免去柏文涛同志的县人民政府副县长职务的决定。`;
    expect(factStrings(text, 'LEFT', 'ELECTED')).toEqual(['LEFT 柏文涛 县人民政府副县长']);
    expect(factsOf(text).find((f) => f.type === 'LEFT')?.meeting).toContain('第三次会议');
    expect(leaves(text)).toEqual(['removed']);
  });

  it('reads an accepted resignation (接受…辞去…职务)', () => {
    const text = `${SESSION}会议通过了关于接受霍小川辞去县人大常委会副主任职务请求的决定。`;
    expect(factStrings(text, 'LEFT', 'ELECTED', 'HOLDS')).toEqual(['LEFT 霍小川 县人大常委会副主任']);
    expect(leaves(text)).toEqual(['resigned']);
  });

  it('reads 不再担任 and 辞去 with the names before the verb', () => {
    const text = `${SESSION}因工作调动,甄立平不再担任县政协副主席职务。柏文涛辞去县人民政府县长职务。`;
    expect(factStrings(text, 'LEFT')).toEqual(['LEFT 甄立平 县政协副主席', 'LEFT 柏文涛 县人民政府县长']);
    expect(leaves(text)).toEqual(['ended', 'resigned']);
  });

  it('is a fact even without a meeting (a news item on an appointment)', () => {
    expect(factStrings('近日,市委决定免去柏文涛的桐溪县委书记职务。', 'LEFT')).toEqual(['LEFT 柏文涛 桐溪县委书记']);
  });
});

describe('coverage of leaving a post', () => {
  it('reports a 免去 sentence that yields no LEFT fact as unread, and not one that does', () => {
    const read = extract(`${SESSION}会议决定免去柏文涛的县人民政府副县长职务。`);
    expect((read.unread ?? []).filter((u) => u.unread.includes('LEFT'))).toEqual([]);
    const unread = extract(`${SESSION}会议决定免去上述同志的有关职务。`);
    expect((unread.unread ?? []).some((u) => u.unread.includes('LEFT'))).toBe(true);
  });
});
