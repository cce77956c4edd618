import { factStrings } from '../helpers';

const meeting = '6月2日,青岭镇第九届人民代表大会第二次会议召开。';

describe('ELECTED', () => {
  it('reads 选举X为A、Y为B,Z、W为C', () => {
    expect(factStrings(meeting + '选举邝文斌为青岭镇镇长、韦岚为青岭镇人大主席,甘露、蓝海为青岭镇副镇长。', 'ELECTED')).toEqual([
      'ELECTED 邝文斌 青岭镇镇长',
      'ELECTED 韦岚 青岭镇人大主席',
      'ELECTED 甘露 青岭镇副镇长',
      'ELECTED 蓝海 青岭镇副镇长',
    ]);
  });

  it('gives every elected person the post as a HOLDS too', () => {
    expect(factStrings(meeting + '大会补选邝文斌同志为青岭镇人民政府镇长。', 'HOLDS')).toEqual(['HOLDS 邝文斌 青岭镇人民政府镇长']);
  });

  it('reads 当选为 with lists and 分别 (respectively)', () => {
    expect(factStrings(meeting + '邝文斌全票当选为青岭镇人民政府镇长;甘露、蓝海等当选为副镇长。', 'ELECTED')).toEqual([
      'ELECTED 邝文斌 青岭镇人民政府镇长',
      'ELECTED 甘露 副镇长',
      'ELECTED 蓝海 副镇长',
    ]);
    expect(factStrings(meeting + '邝文斌、韦岚两名同志分别以全票当选为青岭镇人民政府镇长和镇人大主席。', 'ELECTED')).toEqual([
      'ELECTED 邝文斌 青岭镇人民政府镇长',
      'ELECTED 韦岚 镇人大主席',
    ]);
  });

  it('reads the passive 被选举为 / 被任命为', () => {
    expect(factStrings(meeting + '邝文斌同志被选举为青岭镇人民政府镇长,甘露被任命为镇财政所所长。', 'ELECTED')).toEqual([
      'ELECTED 邝文斌 青岭镇人民政府镇长',
      'ELECTED 甘露 镇财政所所长',
    ]);
  });

  it('takes the post named before the names (选举产生了…,甲、乙当选)', () => {
    expect(factStrings(meeting + '大会以无记名投票方式选举产生了镇人民政府副镇长,甘露、蓝海当选。', 'ELECTED')).toEqual([
      'ELECTED 甘露 镇人民政府副镇长',
      'ELECTED 蓝海 镇人民政府副镇长',
    ]);
  });

  it('reads appointments with a titled name and two posts', () => {
    expect(factStrings('县十四届人大常委会召开第二十次会议。会议决定任命县委副书记邝文斌同志为县人民政府副县长、代理县长。', 'ELECTED')).toEqual([
      'ELECTED 邝文斌 县人民政府副县长',
      'ELECTED 邝文斌 代理县长',
    ]);
  });

  it('reads 选举出 like 选举, with a counted list (两位同志为…)', () => {
    expect(factStrings(meeting + '二是选举镇长、副镇长。选举出邝文斌同志为镇长,甘露、蓝海两位同志为副镇长。', 'ELECTED')).toEqual([
      'ELECTED 邝文斌 镇长',
      'ELECTED 甘露 副镇长',
      'ELECTED 蓝海 副镇长',
    ]);
  });

  it('reads every titled holder listed after 新当选的, over commas and 和', () => {
    expect(factStrings(meeting + '新当选的镇人大主席韦岚,镇长邝文斌,副镇长甘露、蓝海分别进行了宪法宣誓。', 'ELECTED')).toEqual([
      'ELECTED 韦岚 镇人大主席',
      'ELECTED 邝文斌 镇长',
      'ELECTED 甘露 副镇长',
      'ELECTED 蓝海 副镇长',
    ]);
    expect(factStrings(meeting + '新当选镇长邝文斌同志和人大主席韦岚同志进行宣誓。', 'ELECTED')).toEqual(['ELECTED 邝文斌 镇长', 'ELECTED 韦岚 人大主席']);
  });

  it('reads the holders taking the oath for posts elected without names, not the one overseeing it', () => {
    const text = meeting + '大会依法选举产生了镇人大主席1名和副镇长2名。在宪法宣誓仪式上,镇党委书记柯明远监誓,人大主席韦岚、副镇长甘露作出庄严承诺。';
    expect(factStrings(text, 'ELECTED')).toEqual(['ELECTED 韦岚 人大主席', 'ELECTED 甘露 副镇长']);
    // with no election of those posts earlier, an oath names no one elected
    expect(factStrings(meeting + '在宪法宣誓仪式上,人大主席韦岚、副镇长甘露作出庄严承诺。', 'ELECTED')).toEqual([]);
  });

  it('reads a standing committee naming an acting head (决定甲为…代理…, 决定甲副区长代理…职务)', () => {
    const committee = '松川区九届人大常委会召开第五次会议。';
    expect(factStrings(committee + '会议决定邝文斌为松川区人民政府代理区长。', 'ELECTED')).toEqual(['ELECTED 邝文斌 松川区人民政府代理区长']);
    expect(factStrings(committee + '会议决定甘露副区长代理松川区人民政府区长职务。', 'ELECTED', 'HOLDS')).toEqual([
      'HOLDS 甘露 副区长',
      'ELECTED 甘露 代理松川区人民政府区长',
      'HOLDS 甘露 代理松川区人民政府区长',
    ]);
    // a decision that names no acting post appoints no one
    expect(factStrings(committee + '会议决定甘露副区长牵头开展调研。', 'ELECTED')).toEqual([]);
  });

  it('reads a name the surname list does not know between the verb and 为 (a Tibetan name, a Naxi 和)', () => {
    expect(factStrings(meeting + '大会补选格桑顿珠为青岭镇人民政府副镇长,补选和秀云为青岭镇人大副主席。', 'ELECTED')).toEqual([
      'ELECTED 格桑顿珠 青岭镇人民政府副镇长',
      'ELECTED 和秀云 青岭镇人大副主席',
    ]);
    // ordinary words between the verb and 为 are no name
    expect(factStrings(meeting + '大会选举工作为大会重要议程。', 'ELECTED')).toEqual([]);
  });

  it('reads 递补 with a titled list: the titled names are promoted, not 递补 kept in the post', () => {
    const plenum = '中共松川县第十五届委员会第五次全体会议召开。';
    expect(factStrings(plenum + '全会递补县委候补委员甘露、蓝海为县委委员。', 'ELECTED', 'HOLDS')).toEqual([
      'HOLDS 甘露 县委候补委员',
      'HOLDS 蓝海 县委候补委员',
      'ELECTED 甘露 县委委员',
      'HOLDS 甘露 县委委员',
      'ELECTED 蓝海 县委委员',
      'HOLDS 蓝海 县委委员',
    ]);
  });

  it('reads an election roster after the verb (选举产生了新一届县委常委:甲、乙) and 主席团成员 as a post', () => {
    const plenum = '中共松川县第十五届委员会第一次全体会议召开。';
    expect(factStrings(plenum + '全会选举产生了新一届县委常委:甘露、蓝海、钟明。', 'ELECTED')).toEqual([
      'ELECTED 甘露 县委常委',
      'ELECTED 蓝海 县委常委',
      'ELECTED 钟明 县委常委',
    ]);
    expect(factStrings(meeting + '大会选举许晴为镇人大主席团成员。', 'ELECTED')).toEqual(['ELECTED 许晴 镇人大主席团成员']);
    // a colon after words that are no post names no one
    expect(factStrings(meeting + '大会选举产生了以下结果:甘露、蓝海。', 'ELECTED')).toEqual([]);
  });

  it('reads a list opened by a colon, and a post without its bracketed note or the decision it is written in', () => {
    const committee = '松川县十八届人大常委会召开第十一次会议。';
    expect(factStrings(committee + '会议决定任命:柯明远为县财政局局长;单于飞为县审计局局长。', 'ELECTED')).toEqual([
      'ELECTED 柯明远 县财政局局长',
      'ELECTED 单于飞 县审计局局长',
    ]);
    expect(factStrings(committee + '会议任命孟冬同志为县公安局副局长(试用期一年)。', 'ELECTED')).toEqual(['ELECTED 孟冬 县公安局副局长']);
    expect(factStrings('政协松川县第十届委员会常务委员会第五次会议召开。会议协商通过了增补柯明远为政协松川县第十届委员会委员的决定。', 'ELECTED')).toEqual([
      'ELECTED 柯明远 政协松川县第十届委员会委员',
    ]);
  });

  it('reads 增选 (members added to a committee) as an election, beside 补选', () => {
    const session = '政协松川县第十届委员会第四次会议闭幕。';
    expect(factStrings(session + '会议补选柯明远为县政协副主席,增选单于飞、孟冬为县政协常务委员。', 'ELECTED')).toEqual([
      'ELECTED 柯明远 县政协副主席',
      'ELECTED 单于飞 县政协常务委员',
      'ELECTED 孟冬 县政协常务委员',
    ]);
  });

  it('does not read removals or nominees as elections', () => {
    expect(factStrings(meeting + '会议决定免去甘露的副镇长职务。镇长候选人邝文斌作报告。', 'ELECTED', 'HOLDS')).toEqual([]);
  });
});
