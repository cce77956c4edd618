// Chinese surnames (general knowledge: the Hundred Family Surnames plus other common ones).
// A person name in this genre is a surname followed by one or two given-name characters.
// The list is used to accept a name in weak contexts (no title before it); after a title
// a name is accepted on its boundary alone, so a rare surname missing here costs little.
import { codeSet } from '../code-set';

const SINGLE =
  '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎' +
  '鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄' +
  '穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭' +
  '梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚' +
  '程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫' +
  '宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴鬱胥能苍双' +
  '闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容' +
  '向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空' +
  '曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公晋楚闫法汝鄢涂钦岳帅缑亢况有琴商牟佘佴伯赏墨哈谯' +
  '笪年爱阳佟言福付覃肖兰代粟揭练虎敬冼种练麦植晏谌隋展占蒿丘官郑苑迟邸亓仝禚衣丛矫郄智户修铁敖栗寇邝禤庹凃苟斯琚鲜晏芦楼漆辜鹿朴';

const COMPOUND = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯',
  '轩辕', '令狐', '端木', '独孤', '南宫', '西门', '澹台', '公冶', '宗政', '濮阳', '淳于', '单于', '太叔',
  '申屠', '仲孙', '钟离', '闾丘', '东郭', '百里', '呼延', '万俟', '司空', '左丘', '拓跋', '第五',
];

// (by char code: a name scan asks this of many characters)
const singleCodes = codeSet(SINGLE);

/** True when `ch` (one character) is a common single-character surname. */
export function isSingleSurname(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && singleCodes.has(ch.charCodeAt(0));
}

/** Length of the compound surname starting at `text[i]`, else 0. */
export function compoundSurnameAt(text: string, i: number): number {
  const two = text.slice(i, i + 2);
  return COMPOUND.includes(two) ? 2 : 0;
}
