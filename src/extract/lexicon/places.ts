// The grammar around place names in this genre; the level words themselves are the
// gazetteer's (src/gazetteer/levels.ts).
/**
 * Words that end in a place suffix but are not places (全镇 "the whole town", 本区, 城区, 社区 alone…).
 * Checked on the whole candidate.
 */
export const NOT_PLACES = new Set([
  '全镇', '全乡', '全县', '全区', '全市', '全省', '本镇', '本乡', '本县', '本区', '本市', '我镇', '我乡', '我县',
  '我区', '我市', '该镇', '该乡', '该县', '该区', '城区', '社区', '街区', '园区', '景区', '小区', '辖区', '片区',
  '地区', '山区', '新区', '老区', '库区', '矿区', '农村', '乡村', '城乡', '城镇', '集镇', '各乡镇', '乡镇',
  '各镇', '各乡', '各村', '行政村', '自然村', '试点村', '示范村', '郊区', '市区', '县区', '湾区', '特区', '街道',
  '开发区', '高新区', '经开区', '工业区', '保税区', '管理区', '示范区', '功能区',
]);

// What follows a place where the grammar shows it names the place a meeting is held for:
// 某镇第十届…, 某县十六届人大…, 某镇召开…, 某区人大常委会第…, 某县委员会第… (政协),
// 某镇2024年…工作会议.
export const MEETING_AFTER_PLACE =
  /^(?:[:：]?(?:组织|隆重|胜利|顺利)?(?:召开|举行|举办)|第[零〇一二两三四五六七八九十百\d]+[届次]|[零〇一二两三四五六七八九十百\d]+届|人代会|党代会|(?:人大|人大常委会|人民代表大会常务委员会|政协|党委|党工委|人大主席团|委员会)(?:召开|举行|第[零〇一二两三四五六七八九十百\d]+[届次]|[零〇一二两三四五六七八九十百\d]+届)|\d{4}年度?[\u4e00-\u9fff]{0,12}?(?:工作会议|工作大会|务虚会|人代会|代表大会))/;

// What follows a place named as the jurisdiction of a body: 某镇党委, 某县人民政府, 某区委.
export const BODY_AFTER_PLACE =
  /^(?:党委|党工委|人民政府|政府|人大|人民代表大会|政协|纪委|监委|监察委员会|委员会|委|常委会|街道办事处|办事处|议政代表|选民代表|人民法院|人民检察院|法院|检察院|领导班子|党政领导班子|党政班子|机关|居民委员会|居委会|村民委员会|村委会|党总支|党支部|两委|“两委”|妇女联合会|妇联|总工会|残疾人联合会|残联)/;

// A body's website named after the place (某县人大网, 某区政府网): a source line, no subject.
export const SOURCE_AFTER_PLACE = /^(?:人大|政府|政协|党委|纪委)(?:新闻|门户)?网(?![格络点])/;

// What stands before a place in the name of a party or CPPCC body: 中共某县…, 政协某县…
export const BODY_BEFORE_PLACE = /(?:中共|中国共产党|政协|政治协商会议|第[零〇一二两三四五六七八九十百\d]+届)$/;

// A village or community (某村, 某社区) is a place only in a body or meeting position, under
// a place the article names: 某社区居民委员会换届…, 某村召开…, 某镇某村党总支.
export const VILLAGE_AFTER = /^(?:(?:村民|居民)代表(?:大会|会议)|居民委员会|居委会|村民委员会|村委会|党委|党总支|党支部|团支部|支部委员会|“两委”|两委|召开|举行|换届|第[零〇一二两三四五六七八九十百\d]+届|在[\u4e00-\u9fff]{2,12}召开|通过[\u4e00-\u9fff]{0,6}选举|(?:和|与)[\u4e00-\u9fff]{2,5}(?:社区|村)(?:召开|举行|换届|通过[\u4e00-\u9fff]{0,6}选举))/;

/** After a village: it holds the meeting or the election (某社区召开…, 某社区通过居民代表选举…). */
export const VILLAGE_MEETING_AFTER = /^(?:(?:村民|居民)代表(?:大会|会议)|召开|举行|换届|第|在|(?:居民委员会|村民委员会|团?支部(?:委员会)?)(?:换届|选举)|通过[\u4e00-\u9fff]{0,6}选举|(?:和|与)[\u4e00-\u9fff]{2,5}(?:社区|村)(?:召开|举行|换届|通过))/;

/** Generic words that end like a village or community but name none (试点村, 各社区…). */
export const NOT_VILLAGES = /^(?:.*[各全本该每此][村社]|.*(?:试点|示范|行政|自然|城中|中心|重点|贫困|先进|美丽|文明|和美|宜居|乡|城|农|渔|山|新)村|.*(?:城市|农村|城乡|涉农|新型|和谐|文明|智慧|美丽|老旧|中心|重点|先进|示范|试点|村|各个|相关|全部|所有|部分)社区|.*[的了在和与及是为对把将从向于])$/;
