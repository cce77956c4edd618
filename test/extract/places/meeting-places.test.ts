// The place a meeting's designation names: every piece of its chain must be a place the
// place rules accept (no prose, no generic village word), a name with a level word inside
// is one place, and a meeting a body only sends delegates to is not the one reported.
// Invented sentences.
import { findMeetings } from '../../../src/extract/mentions/meetings';
import { isVillageName, mayBePlaceName } from '../../../src/extract/places/recognize';
import { extract } from '../../../src/extract/pipeline';
import { splitSentences } from '../../../src/extract/sentences';

const held = (text: string) => findMeetings(text).filter((m) => !m.reference);

describe('village and community names', () => {
  it('refuses words that end like a village', () => {
    expect(isVillageName('试点村')).toBe(false);
    expect(isVillageName('召开社区')).toBe(false);
    expect(isVillageName('首个团场社区')).toBe(false);
    expect(isVillageName('第一个示范社区')).toBe(false);
  });

  it('keeps names made of ordinary nouns and verbs, as villages are named', () => {
    expect(isVillageName('团结村')).toBe(true);
    expect(isVillageName('建设村')).toBe(true);
    expect(isVillageName('青禾社区')).toBe(true);
  });
});

describe('the place chain of a designation', () => {
  it('takes no preposition before a bare level word for a place', () => {
    expect(mayBePlaceName('在县')).toBe(false);
    expect(mayBePlaceName('出席县')).toBe(false);
    expect(mayBePlaceName('县')).toBe(true);
    const [m] = held('6月3日,云岫县在县纪委九届四次全会上通报了全年工作。');
    expect(m.name).not.toContain('在县');
    expect(m.place).toBe('县');
  });

  it('reads a listed name with a level word inside as one place', () => {
    const [m] = held('4月8日,杨村桥镇第十八届人民代表大会第二次会议召开。');
    expect(m.place).toBe('杨村桥镇');
    expect(m.name).toBe('杨村桥镇第十八届人民代表大会第二次会议');
  });

  it('finds the village holding an election behind a generic word', () => {
    const [m] = held('作为全镇换届试点村的青禾村召开村党总支换届试点村选举大会,选举产生新一届班子。');
    expect(m.name).toBe('青禾村选举大会');
  });

  it('takes no community for a meeting counted among others', () => {
    const [m] = held('青石团首个团场社区居民委员会选举大会召开');
    expect(m.name).not.toContain('首个');
    expect(m.place).toBeUndefined();
  });

  it('does not read the 区 of 社区 as a district', () => {
    const meetings = held('选举期间,青石团召开社区党员大会、社区居民代表大会,宣讲选举办法。');
    expect(meetings.map((m) => [m.name, m.place])).toEqual([['党员大会', undefined], ['居民代表大会', undefined]]);
  });
});

describe('a meeting a body sends delegates to', () => {
  it('is referred to, not reported', () => {
    const numbered = (text: string) => findMeetings(text).filter((m) => m.term !== undefined);
    expect(numbered('会议表决确定区出席市第九次党代会代表候选人预备人选。').map((m) => m.reference)).toEqual([true]);
    expect(numbered('大会选举产生出席县第十五次党代会代表12名。').map((m) => m.reference)).toEqual([true]);
  });

  it('makes no place of the parent the delegates go to', () => {
    const r = extract('3月2日,中共云岫区委二届五次全体会议召开。会议表决确定区出席市第九次党代会代表候选人预备人选。区委书记柯青山讲话。');
    expect(r.places.map((p) => p.name)).toEqual(['云岫区']);
    // (the city's congress the delegates go to is named, not held here)
    expect(r.meetings.map((m) => m.name)).toEqual(['中共云岫区第二届委员会第五次全体会议']);
  });
});

describe('the place of a meeting named by a bare level word', () => {
  const placesOf = (text: string) => extract(text).places.map((p) => p.name);
  const meetingsOf = (text: string) => extract(text).meetings.map((m) => m.name);

  it('is the one county or city of that level the text names by a short form, under its full name', () => {
    const text = '3月5日,市第九次妇女代表大会闭幕。大会号召全市妇女为建设更美义乌贡献力量。';
    expect(placesOf(text)).toEqual(['义乌市']);
    expect(meetingsOf(text)).toEqual(['义乌市第九次妇女代表大会']);
  });

  it('takes no short form of another level, none inside a word, none that is a person', () => {
    expect(placesOf('5月6日,县政府召开第五次常务会议。会议研究了青邻水库除险加固工作。')).toEqual([]);
    expect(placesOf('5月6日,县政府召开第五次常务会议,会议由安吉同志主持。')).toEqual([]);
    expect(placesOf('5月6日,县政府召开第五次常务会议,要求坚持依法行政和公正司法。')).toEqual([]);
    expect(placesOf('5月6日,区政府召开第五次常务会议。会议号召为建设更美义乌贡献力量。')).toEqual([]);
  });

  it('is the place of a mass organisation the text names with it', () => {
    const text = '12月3日,区第四次妇女代表大会召开。大会选举产生青湖管理区妇女联合会主席柳晓岚。';
    expect(placesOf(text)).toEqual(['青湖管理区']);
    expect(meetingsOf(text)).toEqual(['青湖管理区第四次妇女代表大会']);
  });
});

describe('villages and communities in a meeting’s place', () => {
  const result = (text: string) => extract(text);

  it('reads a village right under its township in the chain', () => {
    const r = result('3月2日下午,共青团石门镇青禾村支部委员会换届选举大会召开,选举产生新一届团支部委员。');
    expect(r.places.map((p) => p.name)).toEqual(expect.arrayContaining(['青禾村', '石门镇']));
    const [m] = r.meetings;
    expect(m.name).toContain('石门镇青禾村');
    expect(m.placeId).toBe('place:青禾村');
  });

  it('places a community named after its township under that township', () => {
    const r = result('5月9日上午,在石门镇党委的指导下,石门镇社区召开首届党支部选举大会,选举产生支部委员。');
    const community = r.places.find((p) => p.name === '石门镇社区');
    expect(community?.level).toBe('village');
    expect(community?.parentId).toBe('place:石门镇');
    expect(r.places.map((p) => p.name)).toContain('石门镇');
  });
});

describe('a list of links to other articles after the article', () => {
  const text = [
    '5月9日,石门镇青禾村第十届村民委员会换届选举大会召开。',
    '相关新闻',
    '云岫县召开秸秆禁烧工作推进会',
    '2019-05-11 09:40',
    '临江区桃溪街道召开城市治理工作会',
  ].join('\n');

  it('is furniture, up to the next line of prose', () => {
    const s = splitSentences(`${text}\n会议选举产生了新一届村委会。`);
    expect(s.map((x) => x.noise)).toEqual([false, true, true, true, true, false]);
  });

  it('names no place of the article', () => {
    const names = extract(text).places.map((p) => p.name);
    expect(names).not.toContain('云岫县');
    expect(names).not.toContain('桃溪街道');
    expect(names).toContain('石门镇');
  });
});

describe('the article’s own place named by 我县, 本镇', () => {
  it('is the one county the article names, and its work meeting is that county’s', () => {
    const r = extract('我县召开秋粮收购推进会\n昨天下午,安吉县秋粮收购推进会召开。会上,青溪镇党委书记柳青山、白石镇党委书记邝文和县粮食局局长柯立先后发言。');
    expect(r.places.map((p) => p.name)).toEqual(['安吉县']);
    expect(r.meetings.map((m) => [m.name, m.placeId])).toEqual([['安吉县秋粮收购推进会', 'place:安吉县']]);
  });

  it('takes no conjunction before a level word for a county named with one character', () => {
    const r = extract('5月9日,云岫县召开秋粮收购推进会,青溪镇党委书记柳青山和县粮食局局长柯立发言。');
    expect(r.places.map((p) => p.name)).toEqual(['云岫县']);
  });
});

describe('a town’s mass organisation named by its level word', () => {
  it('is the town’s', () => {
    const r = extract('3月2日,青溪镇第九次妇女代表大会召开。在镇妇联九届一次执委会议上,柳晓岚当选为镇妇联主席。');
    expect(r.meetings.map((m) => m.name)).toContain('青溪镇妇联第九届一次执委会议');
  });
});

describe('the county of a town the gazetteer does not list', () => {
  it('is the one county whose body the article names', () => {
    const r = extract('3月1日,青禾乡第九届人民代表大会第二次会议召开。经乡人大主席团研究,报经乡党委并请示安吉县人大常委会同意,会议如期举行。');
    const town = r.places.find((p) => p.name === '青禾乡');
    expect(r.places.map((p) => p.name)).toContain('安吉县');
    expect(town?.parentId).toBe('place:安吉县');
  });

  it('is not guessed where two counties’ bodies are named', () => {
    const r = extract('3月1日,青禾乡第九届人民代表大会第二次会议召开。经请示安吉县人大常委会和德清县人民政府同意,会议如期举行。');
    expect(r.places.map((p) => p.name)).toEqual(['青禾乡']);
  });
});

describe('the county of a town named by its short form', () => {
  const placesOf = (text: string) => extract(text).places.map((p) => p.name);

  it('is a place of the article, as written', () => {
    expect(placesOf('1月5日,佛堂镇第十八届人民代表大会第三次会议在浙江义乌召开。会议号召全镇为义乌“南部崛起”多作贡献。')).toEqual(['佛堂镇', '义乌']);
  });

  it('is none where it names a company, a paper, a zone or the county’s economy', () => {
    expect(placesOf('1月5日,佛堂镇第十八届人民代表大会第三次会议召开。义乌青禾纺织有限公司代表发言。')).toEqual(['佛堂镇']);
    expect(placesOf('1月5日,佛堂镇第十八届人民代表大会第三次会议召开。会议提出建设义乌经济强镇。')).toEqual(['佛堂镇']);
    expect(placesOf('来源:今日义乌\n1月5日,佛堂镇第十八届人民代表大会第三次会议召开。')).toEqual(['佛堂镇']);
  });
});
