// Places that are places: prose that runs into a level word, an organisation's name before
// its place, and a prefecture written only to locate a county. Invented sentences.
import { findPlaces } from '../../../src/extract/places/recognize';
import { isProseStem } from '../../../src/extract/lexicon/ordinary-words';

const names = (text: string, meetingPlaces: string[] = []) => findPlaces(text, meetingPlaces).map((p) => p.name);

describe('prose before a level word is no place', () => {
  it('tells verbs, prepositions and time words from names by the dictionary', () => {
    expect(isProseStem('出席')).toBe(true);
    expect(isProseStem('决定')).toBe(true);
    expect(isProseStem('截至目前')).toBe(true);
    expect(isProseStem('参加青岭')).toBe(true);
    // an organisation's name is no place either (市委市政府)
    expect(isProseStem('市委')).toBe(true);
    // a place and prose after it (某镇出席|县…)
    expect(isProseStem('青岭镇出席')).toBe(true);
    // names, also those made of rare words or numerals
    expect(isProseStem('青岭')).toBe(false);
    expect(isProseStem('五里店')).toBe(false);
    expect(isProseStem('白沙')).toBe(false);
  });

  it('takes no verb before 县 or 市 for an unlisted place in a meeting position', () => {
    expect(names('常委会决定县第九届人民代表大会第三次会议于3月5日召开。')).toEqual([]);
    expect(names('据统计,截至目前市十届人大一次会议以来共收到建议86件。')).toEqual([]);
    expect(names('选举产生青岭镇出席县第十五次党代会代表12名。')).not.toContain('青岭镇出席县');
  });

  it('keeps the listed town when a verb stands before it', () => {
    expect(names('会上,参加澧南镇党代会的代表投票选举。')).not.toContain('参加澧南镇');
  });

  it('keeps an unlisted name that is a name', () => {
    expect(names('1月9日,青岭镇第九届人民代表大会第四次会议开幕。')).toEqual(['青岭镇']);
  });
});

describe('an organisation before its place', () => {
  it('leaves 共青团 out of the place of a league congress', () => {
    expect(names('5月4日,共青团青岭镇第九次代表大会召开。')).toEqual(['青岭镇']);
    expect(names('5月4日,共青团澧县第十五次代表大会召开。')).toEqual(['澧县']);
  });
});

describe('a prefecture that only locates the county', () => {
  it('is a place of the article where the chain names the meeting’s place', () => {
    expect(names('1月5日,湖州市吴兴区第九届人民代表大会第三次会议开幕。')).toEqual(expect.arrayContaining(['吴兴区', '湖州市']));
  });

  it('is not where it is named apart from the meeting, in a footer or in a title', () => {
    const text = '1月5日,吴兴区第九届人民代表大会第三次会议开幕。湖州市领导到会祝贺。会议审议了《湖州市吴兴区人民政府工作报告》。主办单位:湖州市吴兴区人民政府办公室';
    expect(names(text)).toEqual(['吴兴区']);
  });

  it('reads a meeting’s place written as a chain as the places it chains, not as one unlisted name', () => {
    const places = names('6月3日,政协湖州市吴兴区第九届委员会第二次会议开幕。', ['湖州市吴兴区']);
    expect(places).toEqual(expect.arrayContaining(['吴兴区', '湖州市']));
    expect(places).not.toContain('湖州市吴兴区');
  });

  it('is not where the party names its district organisation by the whole chain', () => {
    expect(names('3月2日,中共湖州市吴兴区第九次代表大会开幕。')).toEqual(['吴兴区']);
  });
});

describe('places named around the article, not by it', () => {
  it('takes no county from a body’s website in the source line', () => {
    expect(names('来源:澧县人大网\n3月1日,澧南镇第九届人民代表大会第二次会议开幕。')).toEqual(['澧南镇']);
    // …but does where the article names it as a place
    expect(names('3月1日,澧县澧南镇第九届人民代表大会第二次会议开幕。')).toEqual(expect.arrayContaining(['澧南镇', '澧县']));
  });

  it('takes no place from the meeting the article’s delegates are elected to', () => {
    const text = '5月4日,中共吴兴区第九次代表大会开幕,选举产生出席湖州市第八次党代会代表。';
    expect(names(text, ['吴兴区', '湖州市'])).toEqual(['吴兴区']);
  });
});

describe('an article whose meetings name their place by a level word alone', () => {
  it('is about the one county its text names by a short form, under its full name', () => {
    const text = '5月6日,县政府第8次常务会议召开。会议听取了遂溪今年春耕备耕工作情况的汇报。';
    expect(names(text, ['县'])).toEqual(['遂溪县']);
    // two counties named that way: the article does not tell which
    expect(names('5月6日,县政府第8次常务会议召开。会议听取了遂溪和澄迈两地春耕工作情况。', ['县'])).toEqual([]);
  });
});
