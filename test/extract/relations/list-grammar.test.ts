// The genre's list grammar: several people, or several items, in one clause.
// Texts written for these tests: invented names and towns.
import { factStrings, factsOf } from '../helpers';
import { extract } from '../../../src/extract/pipeline';

const congress = '1月6日,青柳镇第九届人民代表大会第三次会议召开。';

describe('names listed before 当选', () => {
  it('reads 、 and a final 和 as one list', () => {
    expect(factStrings(congress + '经投票,贺知远、卢清和林一鸣当选副镇长。', 'ELECTED')).toEqual([
      'ELECTED 贺知远 副镇长',
      'ELECTED 卢清 副镇长',
      'ELECTED 林一鸣 副镇长',
    ]);
  });

  it('drops vote counts and 等N名代表 from the names', () => {
    expect(factStrings(congress + '经过计票,岑望舒以86票当选为镇人大主席,毛雨田等12名代表当选为镇人大主席团成员委员。', 'ELECTED')).toEqual([
      'ELECTED 岑望舒 镇人大主席',
      'ELECTED 毛雨田 镇人大主席团成员委员',
    ]);
  });

  it('takes rare-surname and minority names its neighbours vouch for', () => {
    expect(factStrings(congress + '赵一禾、乌兰其其格、钱岳当选为镇人大代表资格审查委员会委员。', 'ELECTED')).toEqual([
      'ELECTED 赵一禾 镇人大代表资格审查委员会委员',
      'ELECTED 乌兰其其格 镇人大代表资格审查委员会委员',
      'ELECTED 钱岳 镇人大代表资格审查委员会委员',
    ]);
  });
});

describe('选举甲为A, 乙为B', () => {
  it('goes on over ; to the next 乙为B of the same election', () => {
    expect(factStrings(congress + '大会选举柏云为镇人大主席;鲁小满为镇长,房青、苗雨生为副镇长。', 'ELECTED')).toEqual([
      'ELECTED 柏云 镇人大主席',
      'ELECTED 鲁小满 镇长',
      'ELECTED 房青 副镇长',
      'ELECTED 苗雨生 副镇长',
    ]);
  });

  it('reads 等N人 and N位同志 after the names', () => {
    const cppcc = '2月3日,云台县政协第八届委员会第一次会议召开。';
    expect(factStrings(cppcc + '会议选举谭晓阳、孔立两位同志为县政协副主席,选举葛平、朱星宇等31人为县政协常务委员。', 'ELECTED')).toEqual([
      'ELECTED 谭晓阳 县政协副主席',
      'ELECTED 孔立 县政协副主席',
      'ELECTED 葛平 县政协常务委员',
      'ELECTED 朱星宇 县政协常务委员',
    ]);
  });
});

describe('approved lists', () => {
  it('goes on over ; through a list of 《》 titles', () => {
    expect(factStrings(congress + '预备会议审议并通过了《大会议程(草案)》;《大会选举办法(草案)》;《议案审查委员会名单(草案)》。', 'APPROVED')).toEqual([
      'APPROVED 大会议程(草案)',
      'APPROVED 大会选举办法(草案)',
      'APPROVED 议案审查委员会名单(草案)',
    ]);
  });

  it('reads a bare 通过 that opens an agenda line or a clause', () => {
    expect(factStrings(congress + '大会议程:1、听取政府工作报告;2、通过《关于民生实事项目的决议》。', 'APPROVED')).toEqual(['APPROVED 关于民生实事项目的决议']);
  });
});

describe('rosters: a post, then its holders', () => {
  it('reads 执行主席是:甲、乙 and 由甲、乙担任 as holders of the post', () => {
    expect(factStrings(congress + '本次大会的执行主席是:柏云、鲁小满、房青。', 'HOLDS')).toEqual([
      'HOLDS 柏云 执行主席',
      'HOLDS 鲁小满 执行主席',
      'HOLDS 房青 执行主席',
    ]);
    expect(factStrings(congress + '大会执行主席由柏云、苗雨生担任。', 'HOLDS')).toEqual(['HOLDS 柏云 大会执行主席', 'HOLDS 苗雨生 大会执行主席']);
  });

  it('reads the result lines of a village election as elections, a padded two-character name as one', () => {
    const text = '3月2日,云溪镇桃源村召开第八届村民委员会换届选举大会。选举结果如下。村委会主任:方志远 委员:柳 青、葛明轩';
    expect(factStrings(text, 'ELECTED')).toEqual(['ELECTED 方志远 村委会主任', 'ELECTED 柳青 委员', 'ELECTED 葛明轩 委员']);
  });

  it('does not read prose after 为 as a roster', () => {
    expect(factStrings(congress + '镇长为民办实事。', 'HOLDS')).toEqual([]);
  });
});

describe('other election verbs and list pieces', () => {
  const cppcc = '6月3日,云台县政协第八届委员会常务委员会第九次会议召开。';

  it('reads 增补 and 推选 as elections', () => {
    expect(factStrings(cppcc + '会议增补贺知远、卢 清为县政协委员。', 'ELECTED')).toEqual(['ELECTED 贺知远 县政协委员', 'ELECTED 卢清 县政协委员']);
    expect(factStrings(congress + '会议推选柏云、房青为大会主席团常务主席。', 'ELECTED')).toEqual(['ELECTED 柏云 大会主席团常务主席', 'ELECTED 房青 大会主席团常务主席']);
  });

  it('lets the names before it vouch for a piece that reads like a word (万家宁)', () => {
    expect(factStrings(congress + '副镇长柏云、房青、万家宁出席会议。', 'HOLDS')).toEqual(['HOLDS 柏云 副镇长', 'HOLDS 房青 副镇长', 'HOLDS 万家宁 副镇长']);
  });
});

describe('meetings inside a session and meetings referred to', () => {
  it('gives a presidium meeting of the session its own facts', () => {
    const text = '1月6日,青柳镇第九届人民代表大会第三次会议举行主席团第二次会议。会议通过了大会议程。';
    expect(factsOfMeeting(text)).toEqual(['APPROVED 大会议程 @ 青柳镇第九届人民代表大会第三次会议主席团第二次会议']);
  });

  it('does not take a meeting that is studied or prepared for the one reported', () => {
    const text = '3月9日,云台县第八届人大常委会召开第十一次会议。会议传达学习了县委八届五次全会精神。会议对召开县八届人大三次会议的时间作出了决定。';
    expect(extract(text).meetings.map((m) => m.name)).toEqual(['云台县第八届人大常委会第十一次会议']);
  });
});

function factsOfMeeting(text: string): string[] {
  return factsOf(text)
    .filter((f) => f.type === 'APPROVED')
    .map((f) => `${f.type} ${f.object} @ ${f.meeting}`);
}

describe('reports delivered', () => {
  it('reads 向大会报告 with its object, and 在会上作了《…》', () => {
    expect(factStrings(congress + '镇长鲁小满代表镇人民政府向大会报告了上半年工作。镇人大主席柏云在会上作了《镇人大主席团工作报告》。', 'REPORTED')).toEqual([
      'REPORTED 鲁小满 上半年工作',
      'REPORTED 柏云 镇人大主席团工作报告',
    ]);
  });

  it('knows 负责人 and 主任科员 as posts', () => {
    expect(factStrings(congress + '镇党委副书记、行政负责人房青作政府工作报告。', 'REPORTED', 'HOLDS')).toEqual([
      'HOLDS 房青 镇党委副书记',
      'HOLDS 房青 行政负责人',
      'REPORTED 房青 政府工作报告',
    ]);
  });
});

describe('more approvals', () => {
  it('reads bare items between semicolons, 投票表决确定 and 讨论通过', () => {
    expect(factStrings(congress + '会议表决通过大会议程;监票人名单;投票测评满意度;投票表决确定2025年民生实事项目。', 'APPROVED')).toEqual([
      'APPROVED 大会议程',
      'APPROVED 监票人名单',
      'APPROVED 2025年民生实事项目',
    ]);
    expect(factStrings(congress + '大会首先讨论通过《大会选举办法》。', 'APPROVED')).toEqual(['APPROVED 大会选举办法']);
  });

  it('gives each report its own resolution (甲报告、乙报告的两项决议)', () => {
    expect(factStrings(congress + '大会在通过镇党委工作报告、镇纪委工作报告的两项决议,并完成各项议程后闭幕。', 'APPROVED')).toEqual([
      'APPROVED 镇党委工作报告的决议',
      'APPROVED 镇纪委工作报告的决议',
    ]);
  });
});

describe('speeches', () => {
  it('reads 致开幕词, 讲了三点意见, 号召 and 就“…”指出 as speeches', () => {
    expect(factStrings(congress + '会议由镇党委书记柏云主持并致开幕词。', 'SPOKE')).toEqual(['SPOKE 柏云']);
    expect(factStrings(congress + '镇长房青就下一步任务讲了三点意见。', 'SPOKE')).toEqual(['SPOKE 房青']);
    expect(factStrings(congress + '镇党委书记柏云就“民生实事”指出,要抓好落实。', 'SPOKE')).toEqual(['SPOKE 柏云']);
  });
});

describe('approvals that point back at the reports heard', () => {
  it('reads 表决通过了三个报告的决议 as the reports heard, including those listed after a ;', () => {
    const text = congress + '大会听取了镇长房青所作的《政府工作报告》;《财政预算报告》和《民生实事报告》以书面形式印发。大会表决通过了三个报告的决议(草案)。';
    expect(factStrings(text, 'APPROVED')).toEqual(['APPROVED 政府工作报告', 'APPROVED 财政预算报告', 'APPROVED 民生实事报告']);
  });

  it('reads 决定批准这两个报告', () => {
    expect(factStrings(congress + '会议听取并审议了《政府工作报告》和《民生实事报告》,决定批准这两个报告。', 'APPROVED')).toEqual(['APPROVED 政府工作报告', 'APPROVED 民生实事报告']);
  });
});

describe('names of other traditions in lists', () => {
  it('reads a four-character Tibetan name after a title, and one in a list the others vouch for', () => {
    expect(factStrings(congress + '会议由镇人大主席扎西顿珠主持。', 'PRESIDED')).toEqual(['PRESIDED 扎西顿珠']);
    expect(factStrings(congress + '会议推选扎西顿珠、柏云、房青为大会主席团常务主席。', 'ELECTED')).toEqual([
      'ELECTED 扎西顿珠 大会主席团常务主席',
      'ELECTED 柏云 大会主席团常务主席',
      'ELECTED 房青 大会主席团常务主席',
    ]);
  });

  it('reads 和 after 、 as a surname (甲、和某某), not a conjunction', () => {
    expect(factStrings(congress + '会议选举柏云、和丽芬、房青为镇人大主席团成员委员。', 'ELECTED').map((f) => f.split(' ')[1])).toEqual(['柏云', '和丽芬', '房青']);
  });
});

describe('elected with a count before the post', () => {
  it('reads 选举产生了甲等9名党委委员、乙等5名纪委委员', () => {
    const text = '3月1日,中共青柳镇第十五次代表大会召开。大会选举产生了柏云等9名党委委员、房青等5名纪委委员。';
    expect(factStrings(text, 'ELECTED')).toEqual(['ELECTED 柏云 党委委员', 'ELECTED 房青 纪委委员']);
  });
});

describe('a vote between the name and 当选', () => {
  it('reads 甲以赞成票N票…的投票结果,当选为…', () => {
    const text = congress + '在投票选举环节,房青以赞成票90票、反对票0票、弃权票0票的投票结果,当选为青柳镇人民政府副镇长。';
    expect(factStrings(text, 'ELECTED')).toEqual(['ELECTED 房青 青柳镇人民政府副镇长']);
  });
});

describe('reports and speeches read from batch B shapes', () => {
  it('reads 通报了/汇报了 X and 关于…的汇报 as reports', () => {
    expect(factStrings(congress + '会上,副镇长房青通报了全镇重点项目推进情况。', 'REPORTED')).toEqual(['REPORTED 房青 全镇重点项目推进情况']);
    expect(factStrings(congress + '会议听取了镇人大主席柏云关于代表建议办理情况的汇报。', 'REPORTED')).toEqual(['REPORTED 柏云 关于代表建议办理情况的汇报']);
  });

  it('gives each of a list its speech with 先后发言, and reads 谈了打算', () => {
    expect(factStrings(congress + '副镇长柏云、房青结合分管工作先后发言。镇纪委书记葛云舟就加强监督谈了打算。', 'SPOKE')).toEqual(['SPOKE 柏云', 'SPOKE 房青', 'SPOKE 葛云舟']);
  });

  it('reads 和 after a title as a surname, not a conjunction', () => {
    expect(factStrings(congress + '镇党委书记和志远讲话。', 'SPOKE', 'HOLDS')).toEqual(['HOLDS 和志远 镇党委书记', 'SPOKE 和志远']);
    expect(factStrings(congress + '镇党委书记和副书记出席会议。', 'HOLDS')).toEqual([]);
  });
});
