import { factStrings, factsOf } from '../helpers';
import { extract } from '../../../src/extract/pipeline';
import { splitItems } from '../../../src/extract/relations/approved';

const meeting = '6月2日,青岭镇第九届人民代表大会第二次会议召开。';

describe('APPROVED', () => {
  it('gives one fact per listed item', () => {
    expect(factStrings(meeting + '大会表决通过了政府工作报告、人大工作报告和镇2024年财政决算。', 'APPROVED')).toEqual([
      'APPROVED 政府工作报告',
      'APPROVED 人大工作报告',
      'APPROVED 镇2024年财政决算',
    ]);
  });

  it('reads 审查和批准, 审议并通过 and 票决确定…等N个项目为…', () => {
    expect(factStrings(meeting + '大会审查和批准了青岭镇2024年决算。', 'APPROVED')).toEqual(['APPROVED 青岭镇2024年决算']);
    expect(factStrings(meeting + '会议票决确定了村道拓宽工程等6个项目为2025年度民生实事项目。', 'APPROVED')).toEqual([
      'APPROVED 村道拓宽工程',
      'APPROVED 2025年度民生实事项目',
    ]);
  });

  it('drops a trailing count (…等三项报告)', () => {
    expect(factStrings(meeting + '会议审议通过了《青岭镇人民政府工作报告》等三项报告。', 'APPROVED')).toEqual(['APPROVED 青岭镇人民政府工作报告']);
  });

  it('resolves 以上报告 to the reports the meeting heard', () => {
    expect(factStrings(meeting + '会议听取和审议了《政府工作报告》和《财政预算报告》。代表们一致通过了以上报告和决议草案。', 'APPROVED')).toEqual([
      'APPROVED 政府工作报告',
      'APPROVED 财政预算报告',
    ]);
  });

  it('does not read heard or reviewed items, or 通过 meaning "by means of"', () => {
    expect(factStrings(meeting + '大会听取并审议了政府工作报告,书面审议了财政预算报告。', 'APPROVED')).toEqual([]);
    expect(factStrings(meeting + '《报告》通过三个方面总结了工作。要通过招商引资推动发展。', 'APPROVED')).toEqual([]);
    expect(factStrings(meeting + '大会通过无记名投票方式选举邝文斌为青岭镇镇长。', 'APPROVED')).toEqual([]);
  });
});

describe('APPROVED: where a list of approved items stops', () => {
  it('does not take the next agenda point, a clause with its own verb after a ;, for one more item', () => {
    expect(factStrings(meeting + '会议首先通过了大会议程;会议认真听取审议了《政府工作报告》、《财政工作报告》;依法选举了镇长。', 'APPROVED')).toEqual(['APPROVED 大会议程']);
    expect(factStrings(meeting + '大会共有三项议程:通过《工作报告》和《全会决议》;县纪委副书记柯望川作专题辅导报告。', 'APPROVED')).toEqual(['APPROVED 工作报告', 'APPROVED 全会决议']);
    expect(factStrings(meeting + '表决确定了出席县党代会代表候选人预备人选;讨论了镇党委向镇党代会所作的两个工作报告。', 'APPROVED')).toEqual(['APPROVED 出席县党代会代表候选人预备人选']);
  });

  it('ends the list at a comma followed by another verb (协商讨论了…)', () => {
    expect(factStrings(meeting + '会议原则通过了会议议程、日程,协商讨论了《常委会工作报告》(讨论稿),决定了报告人。', 'APPROVED')).toEqual(['APPROVED 会议议程', 'APPROVED 日程']);
  });

  it('does not take a meeting, or a person\'s appointment, for an approved item', () => {
    expect(factStrings('5月9日,青岭区第四次妇女代表大会召开。大会审议并通过了区妇联第四次代表大会,选举产生了新一届执委。', 'APPROVED')).toEqual([]);
    expect(factStrings('5月6日,青岭县第八届人大常委会第九次会议召开。会议表决通过了对柳方同志的任命。', 'APPROVED')).toEqual([]);
  });

  it('reads a CPPCC body\'s 协商通过, and 范围 as an item', () => {
    expect(factStrings('1月5日,青岭县政协第六届常委会第九次会议召开。会议审议通过了增补委员建议名单;协商通过了县政协第六届委员会第三次会议列席人员范围。', 'APPROVED')).toEqual([
      'APPROVED 增补委员建议名单',
      'APPROVED 县政协第六届委员会第三次会议列席人员范围',
    ]);
  });

  it('reads a plenum\'s 全会通过《…》 and a vote count before 通过 (以高票通过, 1票弃权通过)', () => {
    expect(factStrings('4月2日,中共青岭县第十四届委员会第五次全体会议召开。全会通过《中共青岭县委关于制定发展规划的建议》。', 'APPROVED')).toEqual([
      'APPROVED 中共青岭县委关于制定发展规划的建议',
    ]);
    const standing = '5月6日,青岭县第八届人大常委会第九次会议召开。';
    expect(factStrings(standing + '会议以高票通过《青岭县物业管理条例》和《青岭县河道管理规定》。', 'APPROVED')).toEqual(['APPROVED 青岭县物业管理条例', 'APPROVED 青岭县河道管理规定']);
    expect(factStrings(standing + '会议以23票赞成、0票反对、1票弃权通过《青岭县预算调整方案》。', 'APPROVED')).toEqual(['APPROVED 青岭县预算调整方案']);
  });

  it('reads an executive meeting\'s 研究通过 and 审定通过', () => {
    const executive = '4月8日,青岭区政府召开第十二次常务会议。';
    expect(factStrings(executive + '会议研究通过《青岭区老旧小区改造实施方案》;审定通过《青岭区2025年投资计划》。', 'APPROVED')).toEqual([
      'APPROVED 青岭区老旧小区改造实施方案',
      'APPROVED 青岭区2025年投资计划',
    ]);
  });

  it('reads 请示 as items of a list', () => {
    expect(factStrings('3月2日,青岭县政府召开第九次常务会议。会议讨论通过了关于县医院招聘护士的请示、《青岭县水价补贴管理办法》、关于申请建设粮库的请示。', 'APPROVED')).toEqual([
      'APPROVED 关于县医院招聘护士的请示',
      'APPROVED 青岭县水价补贴管理办法',
      'APPROVED 关于申请建设粮库的请示',
    ]);
  });

  it('is not what a meeting is to do (本次大会的主要任务是…;…;)', () => {
    expect(factStrings(meeting + '本次大会的主要任务是听取和审议政府工作报告;审查和批准青岭镇2024年财政预算的报告;选举事项。', 'APPROVED')).toEqual([]);
    expect(factStrings(meeting + '会议通过了大会议程,会议还将审议通过青岭镇2025年财政预算。', 'APPROVED')).toEqual(['APPROVED 大会议程']);
  });
});

describe('APPROVED: items written in other shapes', () => {
  it('splits two items with one head noun (甲情况和乙情况)', () => {
    expect(factStrings(meeting + '会议表决通过了大会筹备情况和代表分组情况。', 'APPROVED')).toEqual(['APPROVED 大会筹备情况', 'APPROVED 代表分组情况']);
  });

  it('gives each body its own list or report when they share the tail', () => {
    expect(factStrings(meeting + '会议通过了大会主席团和秘书长名单、计票委员会和监票委员会名单及大会议程。', 'APPROVED')).toEqual([
      'APPROVED 大会主席团名单',
      'APPROVED 秘书长名单',
      'APPROVED 计票委员会名单',
      'APPROVED 监票委员会名单',
      'APPROVED 大会议程',
    ]);
    expect(factStrings(meeting + '大会审议通过了人大常委会和“一府两院”的各项工作报告。', 'APPROVED')).toEqual(['APPROVED 人大常委会工作报告', 'APPROVED “一府两院”的各项工作报告']);
  });

  it('resolves 四个报告 to the reports heard, quoted or not (甲情况和乙情况报告 is two)', () => {
    expect(factStrings(meeting + '大会听取了镇长所作的《政府工作报告》和《人大工作报告》,书面审议了防汛工作情况和财政收支情况报告。大会审议并通过了四个报告。', 'APPROVED')).toEqual([
      'APPROVED 政府工作报告',
      'APPROVED 人大工作报告',
      'APPROVED 防汛工作情况报告',
      'APPROVED 财政收支情况报告',
    ]);
  });

  it('does not take 各项报告 heard for a report named', () => {
    expect(factStrings(meeting + '会议听取和审议了各项报告。与会代表一致通过了以上报告。', 'APPROVED')).toEqual([]);
  });

  it('keeps 三个报告的决议 as written when the reports were never named', () => {
    expect(factStrings(meeting + '会议以举手表决的方式通过了三个报告的决议。', 'APPROVED')).toEqual(['APPROVED 三个报告的决议']);
  });

  it('reads the projects a vote chose, summed up as 等N项…项目', () => {
    expect(factStrings(meeting + '代表们投票选出并公布了村道硬化、河塘清淤、路灯安装等8项民生实事项目。', 'APPROVED')).toEqual(['APPROVED 8项民生实事项目']);
  });

  it('reads a passive approval of what was heard (两项草案一致获得通过)', () => {
    expect(factStrings(meeting + '会议听取并审议了《议事会议事规则(草案)》和《实事项目票选办法(草案)》,经过表决,两项草案一致获得通过。', 'APPROVED')).toEqual([
      'APPROVED 议事会议事规则(草案)',
      'APPROVED 实事项目票选办法(草案)',
    ]);
  });

  it('reads a quoted subject passed by vote (《甲》以全票获得通过), and 批准了这个报告', () => {
    expect(factStrings(meeting + '《青岭镇2025年财政预算(草案)》以全票获得通过。', 'APPROVED')).toEqual(['APPROVED 青岭镇2025年财政预算(草案)']);
    expect(factStrings(meeting + '会议听取和审议了镇长柳方所作的政府工作报告,批准了这个报告。', 'APPROVED')).toEqual(['APPROVED 政府工作报告']);
  });

  it('reads a vote that agrees (经表决一致同意《甲》《乙》)', () => {
    expect(factStrings(meeting + '会议经表决一致同意《街道办事处工作报告》《街道人大工委工作报告》。', 'APPROVED')).toEqual([
      'APPROVED 街道办事处工作报告',
      'APPROVED 街道人大工委工作报告',
    ]);
  });

  it('resolves an executive meeting\'s 原则同意该《简称》 to the title heard before', () => {
    const executive = '4月8日,青岭区政府召开第十二次常务会议。';
    expect(factStrings(executive + '会议听取了区水务局关于《青岭区河道保洁责任清单(送审稿)》的情况汇报。会议原则同意该《责任清单》。', 'APPROVED')).toEqual([
      'APPROVED 青岭区河道保洁责任清单(送审稿)',
    ]);
  });
});

describe('splitItems', () => {
  it('distributes a shared head and keeps non-items with the next item', () => {
    expect(splitItems('镇党委、纪委工作报告的决议')).toEqual(['镇党委工作报告的决议', '纪委工作报告的决议']);
    expect(splitItems('总监票人、监票人名单')).toEqual(['总监票人、监票人名单']);
    expect(splitItems('选举办法、总监票人和监票人名单及选举注意事项')).toEqual(['选举办法', '总监票人和监票人名单', '选举注意事项']);
    expect(splitItems('《甲报告》《乙报告》')).toEqual(['甲报告', '乙报告']);
  });

  it('names each project of a list the text counts (甲、乙、丙三个民生实事项目), only when the count agrees', () => {
    expect(splitItems('了村道拓宽、文化广场修缮和河堤加固三个民生实事项目')).toEqual(['村道拓宽', '文化广场修缮', '河堤加固']);
    expect(splitItems('村道拓宽、文化广场修缮两项民生实事项目')).toEqual(['村道拓宽', '文化广场修缮']);
    // (a count that does not agree: the list is not the projects)
    expect(splitItems('村道拓宽、文化广场修缮三个民生实事项目')).toHaveLength(1);
  });

  it('splits two titles joined by 和 whatever they end with', () => {
    expect(splitItems('《青岭街道2025年党建工作要点》和《青岭街道党工委议事规则(修订)》')).toEqual(['青岭街道2025年党建工作要点', '青岭街道党工委议事规则(修订)']);
  });

  it('drops a headline that sums up the projects the body then names one by one', () => {
    const body = '3月2日,青岭社区居民代表大会召开。会议以举手表决方式通过了村道拓宽、文化广场修缮两个民生实事项目。';
    expect(factStrings('青岭社区居民代表大会票决2025年民生实事项目\n' + body, 'APPROVED')).toEqual(['APPROVED 村道拓宽', 'APPROVED 文化广场修缮']);
    // (a headline whose body names no project: its item stays)
    expect(factStrings('青岭社区居民代表大会票决2025年民生实事项目\n3月2日,青岭社区居民代表大会召开。会议听取了工作报告。', 'APPROVED')).toEqual(['APPROVED 2025年民生实事项目']);
  });
});

describe('APPROVED: a resolution on reports it does not name', () => {
  it('reads nothing from 通过了对报告的决议 after reports heard only in general', () => {
    expect(factStrings(meeting + '三天里,与会代表认真审议了各项报告,并通过了对报告的决议。', 'APPROVED')).toEqual([]);
    expect(factStrings(meeting + '大会表决通过了关于各项报告的决议。', 'APPROVED')).toEqual([]);
  });

  it('still reads a resolution on a named report', () => {
    expect(factStrings(meeting + '大会表决通过了关于政府工作报告的决议。', 'APPROVED')).toEqual(['APPROVED 关于政府工作报告的决议']);
    expect(factStrings('4月2日,共青团青岭县第九次代表大会召开。大会通过了工作报告的决议。', 'APPROVED')).toEqual(['APPROVED 工作报告的决议']);
  });
});

describe('APPROVED: topics counted, then told one after each ordinal', () => {
  const council = meeting;

  it('reads each topic after 一是, 二是, up to its first comma, across a ;', () => {
    expect(factStrings(council + '会议研究通过了两个议题,一是为辖区独居老人安装烟雾报警器,由社区统一采购;二是对柳荫小区3栋外墙进行防水修缮。', 'APPROVED')).toEqual([
      'APPROVED 为辖区独居老人安装烟雾报警器',
      'APPROVED 对柳荫小区3栋外墙进行防水修缮',
    ]);
  });

  it('reads topics told with commas in one sentence', () => {
    expect(factStrings(council + '会议表决通过了三项事项:一是增设两处共享停车位,二是修订社区公约,三是组建老年志愿服务队。', 'APPROVED')).toEqual([
      'APPROVED 增设两处共享停车位',
      'APPROVED 修订社区公约',
      'APPROVED 组建老年志愿服务队',
    ]);
  });

  it('reads nothing from a count with no ordinals after it, nor 一是 without a count before', () => {
    expect(factStrings(council + '会议研究通过了两个议题。一是要提高认识;二是要压实责任。', 'APPROVED')).toEqual([]);
    expect(factStrings(council + '会议强调,一是要提高认识;二是要压实责任。', 'APPROVED')).toEqual([]);
  });
});

describe('APPROVED: a report named by who made it', () => {
  it('names the report 甲代表某机构所作的工作报告 by the body it was made for', () => {
    expect(factStrings(meeting + '大会审议通过了柳青山代表青岭镇人大主席团所作的工作报告和韦成钢代表镇人民政府所作的政府工作报告。', 'APPROVED')).toEqual([
      'APPROVED 青岭镇人大主席团工作报告',
      'APPROVED 政府工作报告',
    ]);
    expect(factStrings(meeting + '大会审议通过了柳青山代表中共青岭镇第八届委员会所作的报告。', 'APPROVED')).toEqual(['APPROVED 中共青岭镇第八届委员会的报告']);
  });

  it('keeps a sentence whole across a character lost to a wrong code page', () => {
    expect(factStrings(meeting + '大会审议通过了青岭?h人大常委会工作报告。', 'APPROVED')).toEqual(['APPROVED 青岭\ufffdh人大常委会工作报告']);
  });
});

describe('APPROVED: a congress session told with the meetings held before it', () => {
  it('gives what the credentials committee\'s meeting adopted to that meeting, the lead\'s to the session', () => {
    const text = [
      '●预备会议由柳青山主持,通过了大会议程',
      '●代表资格审查委员会会议听取了代表资格初步审查情况的汇报,通过了《关于代表资格的审查报告》',
      '3月2日下午,中国共产党青岭县第九次代表大会举行预备会议和代表资格审查委员会会议。预备会议由县委书记柳青山主持。',
    ].join('\n');
    expect(factsOf(text).filter((f) => f.type === 'APPROVED').map((f) => `${f.object} @ ${f.meeting}`)).toEqual([
      '大会议程 @ 中共青岭县第九次代表大会',
      '关于代表资格的审查报告 @ 中共青岭县第九次代表大会代表资格审查委员会会议',
    ]);
  });
});

describe('APPROVED: a plenum decides when and where a meeting to come is held', () => {
  const plenum = '8月5日,中国共产党青岭县第九届委员会第六次全体会议召开。';

  it('starts no news item of the meeting to come: what the plenum adopts after it stays the plenum’s', () => {
    // (the date decision itself is no approved item: GOLD's verbs of adopting are 通过, 批准, 票决…)
    expect(factsOf(plenum + '全会决定,中国共产党青岭县第十次代表大会于2026年10月在县会堂召开。全会审议通过了《青岭县委员会工作规则》。').filter((f) => f.type === 'APPROVED').map((f) => `${f.object} @ ${f.meeting}`)).toEqual([
      '青岭县委员会工作规则 @ 中共青岭县第九届委员会第六次全体会议',
    ]);
  });

  it('reads no decision from a meeting only announced (将于…召开) or a decision of another kind', () => {
    const text = plenum + '中国共产党青岭县第十次代表大会将于10月召开。全会决定,增补柳青山为县委委员。';
    expect(factStrings(text, 'APPROVED')).toEqual([]);
    // (the congress announced is not held; the plenum's own decision elects)
    expect(extract(text).meetings.map((m) => m.name)).toEqual(['中共青岭县第九届委员会第六次全体会议']);
    expect(factsOf(text).filter((f) => f.type === 'ELECTED').map((f) => `${f.person} ${f.object} @ ${f.meeting}`)).toEqual(['柳青山 县委委员 @ 中共青岭县第九届委员会第六次全体会议']);
  });
});

describe('APPROVED: a presidium decides a list of people', () => {
  const presidium = '3月1日,青岭县第九届人民代表大会第三次会议主席团第一次会议召开。';

  it('reads 决定了…名单 and 决定了…人选 as adopted', () => {
    expect(factStrings(presidium + '会议通过了大会议程,决定了大会副秘书长名单;会议还决定了各代表团召集人人选。', 'APPROVED')).toEqual([
      'APPROVED 大会议程',
      'APPROVED 大会副秘书长名单',
      'APPROVED 各代表团召集人人选',
    ]);
  });

  it('reads nothing from 决定了 a speaker or a matter', () => {
    expect(factStrings(presidium + '会议讨论了工作报告稿,决定了报告人。会议还决定了有关人事任免。', 'APPROVED')).toEqual([]);
  });
});

describe('APPROVED: a report someone makes after the list is not one more item', () => {
  it('ends the list before ",某某代表某委员会作了…工作报告"', () => {
    const members = '4月6日,青岭村党支部召开党员大会。';
    expect(factStrings(members + '会议首先通过了大会选举办法和监票人名单,柳青山代表上一届村党支部委员会作了三年来的工作报告。', 'APPROVED')).toEqual([
      'APPROVED 大会选举办法',
      'APPROVED 监票人名单',
    ]);
  });
});

describe('APPROVED: a list going on over ",以及《…》"', () => {
  it('takes a title holding a verb (…的决定) for one more item, without 以及', () => {
    const standing = '6月3日,青岭区第二届人大常委会第九次会议召开。';
    expect(factStrings(standing + '会议表决通过了关于批准2025年区级决算的决议,以及《青岭区人民代表大会常务委员会关于加强河道保护工作的决定》。', 'APPROVED')).toEqual([
      'APPROVED 关于批准2025年区级决算的决议',
      'APPROVED 青岭区人民代表大会常务委员会关于加强河道保护工作的决定',
    ]);
  });

  it('still ends the list at a clause with a verb of its own after the comma', () => {
    const standing = '6月3日,青岭区第二届人大常委会第九次会议召开。';
    expect(factStrings(standing + '会议表决通过了关于批准2025年区级决算的决议,决定任命柳青山为区人民政府副区长。', 'APPROVED')).toEqual([
      'APPROVED 关于批准2025年区级决算的决议',
    ]);
  });
});

describe('APPROVED: titles in a row and a newspaper page jump', () => {
  const standing = '7月8日,政协青岭市九届二次常委会议召开。';

  it('takes each title of 《甲》《乙》 for an item, whatever its last word', () => {
    expect(factStrings(standing + '会议审议通过《青岭市政协委员履职登记制度》《青岭市政协常务委员会关于委员联络工作的决定》。', 'APPROVED')).toEqual([
      'APPROVED 青岭市政协委员履职登记制度',
      'APPROVED 青岭市政协常务委员会关于委员联络工作的决定',
    ]);
  });

  it('does not take a page jump, (下转A2版), for an item of the list cut at the page end', () => {
    expect(factStrings(standing + '会议审议通过《青岭市政协全体会议工作规则》;\n(下转A2版)', 'APPROVED')).toEqual(['APPROVED 青岭市政协全体会议工作规则']);
  });
});
