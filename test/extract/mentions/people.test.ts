import { splitSentences } from '../../../src/extract/sentences';
import { barePeople, bracketedTitles, mergeMentions, nameBeforeTitle, titledPeople } from '../../../src/extract/mentions/people';

function titled(text: string) {
  const [s] = splitSentences(text);
  return titledPeople(text, s, new Set()).map((p) => `${p.name}:${p.posts.map((x) => (x.nominee ? `(${x.title})` : x.title)).join('+')}`);
}

describe('titledPeople', () => {
  it('reads a title before a name, widened over its organisation', () => {
    expect(titled('镇党委书记柳青山主持会议。')).toEqual(['柳青山:镇党委书记']);
    expect(titled('县人大常委会教科文卫工委主任韦岚到会指导。')).toEqual(['韦岚:县人大常委会教科文卫工委主任']);
  });

  it('splits a title chain into posts', () => {
    expect(titled('镇党委副书记、镇长邝文斌作报告。')).toEqual(['邝文斌:镇党委副书记+镇长']);
    expect(titled('大会由县委常委、乡党委书记蓝海主持。')).toEqual(['蓝海:县委常委+乡党委书记']);
  });

  it('gives every name of a list the title before it', () => {
    expect(titled('县人大常委会副主任甘露、单于飞、蓝海出席。')).toEqual(['甘露:县人大常委会副主任', '单于飞:县人大常委会副主任', '蓝海:县人大常委会副主任']);
  });

  it('reads a four-character name that ends a list at a comma (a Tibetan name without a dot)', () => {
    expect(titled('县政协副主席甘露、蓝海、次仁央宗,秘书长钟明出席会议。')).toEqual(['甘露:县政协副主席', '蓝海:县政协副主席', '次仁央宗:县政协副主席', '钟明:秘书长']);
    // (two words are no name: 全体委员)
    expect(titled('县政协副主席甘露、蓝海、全体委员,秘书长钟明出席会议。')).toEqual(['甘露:县政协副主席', '蓝海:县政协副主席', '钟明:秘书长']);
  });

  it('reads a farm-economy station (农经站) as part of the post', () => {
    expect(titled('镇农经站站长蓝海参加会议。')).toEqual(['蓝海:镇农经站站长']);
  });

  it('reads a village book-keeper (村报账员) as a post', () => {
    expect(titled('村报账员甘露通报了村集体经济收支情况。')).toEqual(['甘露:村报账员']);
  });

  it('does not give the post before 和 to the list that follows another noun (书记甲和市领导乙、丙)', () => {
    expect(titled('市委副书记甘露和市领导蓝海、钟明、单于飞到会祝贺。')).toEqual(['甘露:市委副书记']);
    expect(titled('副县长甘露、蓝海和钟明出席。')).toEqual(['甘露:副县长', '蓝海:副县长']);
  });

  it('goes on with a chain of posts over a comma, but not from a single post', () => {
    expect(titled('会议由区人大常委会副主任、党组成员,松川街道党工委书记蓝海主持。')).toEqual(['蓝海:区人大常委会副主任+党组成员+松川街道党工委书记']);
    expect(titled('会议由县人大常委会副主任,镇党委书记蓝海主持。')).toEqual(['蓝海:镇党委书记']);
  });

  it('goes on from a single post over a comma at the head of a sentence, not inside a list of titled names', () => {
    expect(titled('市委书记,市人大常委会主任、党组书记蓝海出席会议。')).toEqual(['蓝海:市委书记+市人大常委会主任+党组书记']);
    expect(titled('副市长甘露,市监察委员会负责人,市中级人民法院院长蓝海出席。')).toEqual(['甘露:副市长', '蓝海:市中级人民法院院长']);
    expect(titled('各村党支部书记,镇长蓝海出席。')).toEqual(['蓝海:镇长']);
  });

  it('ends a name before 发言, but takes no kind of speech for a rare-surname name', () => {
    expect(titled('镇长柯明发言。')).toEqual(['柯明:镇长']);
    expect(titled('镇党委书记欧阳明发言。')).toEqual(['欧阳明:镇党委书记']);
    expect(titled('各村党总支书记作表态发言,政协委员参政议政发言。')).toEqual([]);
  });

  it('ends a name before the verbs of a speaker (表态, 述职, 回顾, 安排, 致开幕词…), not taking a noun phrase for a name', () => {
    for (const verb of ['表态', '述职', '回顾', '安排', '致开幕词', '提请', '答复', '报告', '委托']) expect(titled(`镇长柯明${verb}。`)).toEqual(['柯明:镇长']);
    expect(titled('党委书记抓党建述职评议。')).toEqual([]);
  });

  it('keeps 和 and 经 inside a body\'s name (发展和改革局, 财经委, 经济开发区), not between two posts', () => {
    expect(titled('县发展和改革局局长蓝海出席。')).toEqual(['蓝海:县发展和改革局局长']);
    expect(titled('区经济和信息化局局长蓝海出席。')).toEqual(['蓝海:区经济和信息化局局长']);
    expect(titled('县人大财经委主任蓝海出席。')).toEqual(['蓝海:县人大财经委主任']);
    expect(titled('县经济开发区管委会主任蓝海出席。')).toEqual(['蓝海:县经济开发区管委会主任']);
    expect(titled('县总工会经费审查委员会主任蓝海出席。')).toEqual(['蓝海:县总工会经费审查委员会主任']);
    expect(titled('镇党委书记甘露和县委组织部部长蓝海出席。')).toEqual(['甘露:镇党委书记', '蓝海:县委组织部部长']);
    expect(titled('会议经表决,镇长蓝海当选。')).toEqual(['蓝海:镇长']);
    expect(titled('县换届选举工作领导小组副组长蓝海出席。')).toEqual(['蓝海:县换届选举工作领导小组副组长']);
    expect(titled('镇为民服务中心主任蓝海出席。')).toEqual(['蓝海:镇为民服务中心主任']);
    expect(titled('松川建设有限公司总经理蓝海出席。')).toEqual(['蓝海:松川建设有限公司总经理']);
  });

  it('ends a name after a title at a punctuation mark even with a surname the list lacks, but takes no count, word or word-part for one', () => {
    expect(titled('县人大常委会选联工委主任麴学雄、县督导组到场指导。')).toEqual(['麴学雄:县人大常委会选联工委主任']);
    expect(titled('镇长欧学明、副镇长蓝海出席。')).toEqual(['欧学明:镇长', '蓝海:副镇长']);
    expect(titled('选举产生了委员五名。')).toEqual([]);
    expect(titled('会议进行了居委会委员补选。')).toEqual([]);
    expect(titled('大会执行主席由甘露、蓝海担任。')).toEqual([]);
    expect(titled('要把巩固成果这项主任务做细。')).toEqual([]);
  });

  it('reads a Mongolian name of five characters after a title up to the punctuation', () => {
    expect(titled('旗委常委、统战部长巴图吉日嘎,旗委常委、组织部长蓝海出席会议。')).toEqual(['巴图吉日嘎:旗委常委+统战部长', '蓝海:旗委常委+组织部长']);
    expect(titled('县委书记巴特尔,县长乌日娜出席。')).toEqual(['巴特尔:县委书记', '乌日娜:县长']);
  });

  it('reads 巡视员 as a post', () => {
    expect(titled('区副巡视员蓝海出席。')).toEqual(['蓝海:区副巡视员']);
  });

  it('reads 旗 inside a given name, but not a banner name ending in 旗', () => {
    expect(titled('镇党委副书记、行政负责人韦旗山代表镇政府作报告。')).toEqual(['韦旗山:镇党委副书记+行政负责人']);
    expect(titled('旗长韦旗山出席,松岭旗人大常委会主任蓝海出席。')).toEqual(['韦旗山:旗长', '蓝海:松岭旗人大常委会主任']);
  });

  it('keeps an office\'s bracketed second name inside the post', () => {
    expect(titled('表决通过的人大办公室(代表联络室)主任蓝海宣誓。')).toEqual(['蓝海:人大办公室(代表联络室)主任']);
  });

  it('gives the last name of a list before 及 the list\'s post, and the next title its own', () => {
    expect(titled('副主席蓝海、钟明、单于飞及秘书长韦岚出席。')).toEqual(['蓝海:副主席', '钟明:副主席', '单于飞:副主席', '韦岚:秘书长']);
  });

  it('ends a rare-surname name before 进行, and takes no modal verb or preposition for a name', () => {
    expect(titled('镇长麴柏舟进行大会总结。')).toEqual(['麴柏舟:镇长']);
    expect(titled('全体政协委员要紧紧围绕中心工作。')).toEqual([]);
    expect(titled('韦岚主席向各主席团成员通报情况。')).toEqual([]);
  });

  it('splits posts held at once (兼)', () => {
    expect(titled('乡党委书记兼人大主席团主席邝文斌出席。')).toEqual(['邝文斌:乡党委书记+人大主席团主席']);
  });

  it('reads a title and a name separated by a colon', () => {
    expect(titled('副镇长:蓝海、钟明')).toEqual(['蓝海:副镇长', '钟明:副镇长']);
  });

  it('marks nominees', () => {
    expect(titled('镇党委副书记、镇长人选邝文斌作报告。')).toEqual(['邝文斌:镇党委副书记+(镇长)']);
  });

  it('does not read a chair-platform or a committee as a title', () => {
    expect(titled('领导在主席台就座。')).toEqual([]);
    expect(titled('县人大常委会召开会议。')).toEqual([]);
  });
});

describe('bracketedTitles', () => {
  it('reads 某某(镇党委书记) and splits a bracketed chain', () => {
    const text = '出席会议的有甘露(县委常委、副县长)、蓝海(草案)。';
    const [s] = splitSentences(text);
    expect(bracketedTitles(text, s, new Set()).map((p) => `${p.name}:${p.posts.map((x) => x.title).join('+')}`)).toEqual(['甘露:县委常委+副县长']);
  });
});

describe('mergeMentions', () => {
  it('adds a bracketed post to the same name read in a list (副主席甲(兼秘书长))', () => {
    const text = '市政协副主席甘露、蓝海(兼秘书长)出席会议。';
    const [s] = splitSentences(text);
    const merged = mergeMentions([titledPeople(text, s, new Set()), bracketedTitles(text, s, new Set())]);
    expect(merged.map((p) => `${p.name}:${p.posts.map((x) => x.title).join('+')}`)).toEqual(['甘露:市政协副主席', '蓝海:市政协副主席+秘书长']);
  });
});

describe('nameBeforeTitle and barePeople', () => {
  it('takes no party branch (党总支, 党支部) before 书记 for a name', () => {
    const text = '各村(社区)党总支书记作表态发言,党支部书记发言。';
    const [s] = splitSentences(text);
    expect(nameBeforeTitle(text, s, new Set()).map((p) => p.name)).toEqual([]);
  });

  it('reads 某某镇长 and 某某副书记', () => {
    const text = '会上,邝文斌镇长作报告,韦岚副书记传达精神。';
    const [s] = splitSentences(text);
    expect(nameBeforeTitle(text, s, new Set()).map((p) => `${p.name}:${p.posts[0].title}`)).toEqual(['邝文斌:镇长', '韦岚:副书记']);
  });

  it('reads comrades and names heading a clause before a strong verb', () => {
    const text = '大会听取了镇人大金晓同志所作的报告。甘露主持会议。';
    const sentences = splitSentences(text);
    expect(barePeople(text, sentences[0], new Set()).map((p) => p.name)).toEqual(['金晓']);
    expect(barePeople(text, sentences[1], new Set()).map((p) => p.name)).toEqual(['甘露']);
  });
});
