// Post titles of Chinese local government, party and congress bodies.
//
// A post as written is "jurisdiction + organisation + title core" (镇党委副书记,
// 县人大常委会副主任, 镇第六届人民代表大会财政预算审查委员会主任委员). The extractor finds
// the title core, then widens leftwards over the organisation words (see mentions/titles.ts).

/** The words a post ends with, longest first so that a regex alternation prefers them. */
export const TITLE_CORES: readonly string[] = [
  // congress and meeting bodies
  '主任委员', '副主任委员', '常务主席', '执行主席', '秘书长', '副秘书长',
  // heads of government
  '镇长', '乡长', '县长', '区长', '市长', '省长', '州长', '旗长', '盟长',
  '街道办主任',
  // party
  '副书记', '书记', '常委', '委员',
  // generic heads
  '副主任', '主任', '副主席', '主席', '部长', '庭长', '院长', '检察长', '局长', '处长', '科长', '所长',
  '站长', '队长', '行长', '校长', '社长', '会长', '理事长', '董事长', '总经理', '经理', '主委', '主任科员', '负责人',
  '审判员', '检察员', '陪审员', '党组成员',
  // a village's book-keeper for the town's accounting agency (村报账员)
  '报账员',
  '调研员', '巡视员', '督学', '讲师', '教授', '政委', '司令员', '团长', '组长',
].sort((a, b) => b.length - a.length);

/**
 * Title cores that, written right after a name (詹某镇长, 陈某副书记), still read as a post.
 * Kept short: after a name only a head's title is usual.
 */
export const TITLES_AFTER_NAME: readonly string[] = [
  '副书记', '书记', '副镇长', '镇长', '副乡长', '乡长', '副县长', '县长', '副区长', '区长', '副市长', '市长',
  '副主任', '主任', '副主席', '主席', '部长', '院长', '检察长', '局长', '委员',
].sort((a, b) => b.length - a.length);

/** Words that end the organisation part when a title is widened leftwards (they are not part of a post). */
export const TITLE_LEFT_STOPS: readonly string[] = [
  '由', '了', '的', '和', '与', '及', '是', '对', '向', '经', '被', '请', '邀请', '为', '在', '从', '受', '将',
  '听取', '审议', '选举', '任命', '补选', '递补', '增补', '推选', '宣布', '会上', '其中', '以及', '并', '同时', '首先', '其次', '最后',
  '随后', '分别', '新当选', '当选', '新任', '原', '前任', '来自', '包括', '有', '看望', '陪同', '通讯员', '记者',
  '主持人', '领导', '同志们', '讯', '产生',
];

/** Words after a title that mark a nominee rather than a holder (GOLD: 人选/候选人 are not holders). */
export const NOMINEE_MARKERS = ['候选人', '人选', '提名人选'];

