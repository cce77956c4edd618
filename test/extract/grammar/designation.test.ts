// The grammar of meeting designations as a table: each row a way the genre writes a
// meeting (invented places and numbers), its structure and its canonical name.
import { normalize } from '../../../src/extract/normalize';
import { chineseNumeral, designationKey, parseDesignation, renderDesignation, type Designation } from '../../../src/extract/grammar/designation';

type Row = [written: string, canonical: string, structure: Partial<Designation>];

const ROWS: Row[] = [
  // people's congress sessions, full and abbreviated, 第 or not, Chinese or Arabic numerals
  ['柏溪镇第六届人民代表大会第八次会议', '柏溪镇第六届人民代表大会第八次会议', { family: 'people_congress', places: ['柏溪镇'], term: 6, session: 8 }],
  ['柏溪镇六届人大八次会议', '柏溪镇第六届人民代表大会第八次会议', { family: 'people_congress', term: 6, session: 8 }],
  ['柏溪镇第6届人大第8次会议', '柏溪镇第六届人民代表大会第八次会议', { family: 'people_congress', term: 6, session: 8 }],
  ['第十七届人民代表大会第二次会议', '第十七届人民代表大会第二次会议', { family: 'people_congress', term: 17, session: 2 }],
  ['十七届人大二次会议', '第十七届人民代表大会第二次会议', { family: 'people_congress', term: 17, session: 2 }],
  ['云岭乡第十二届人大第三次会议', '云岭乡第十二届人民代表大会第三次会议', { term: 12, session: 3 }],
  ['石桥县第二十届人民代表大会第一次全体会议', '石桥县第二十届人民代表大会第一次会议', { term: 20, session: 1 }],
  ['金沙镇第十五届人大会第七次会议', '金沙镇第十五届人民代表大会第七次会议', { term: 15, session: 7 }],
  ['桃源镇第十九届第一次人民代表大会', '桃源镇第十九届人民代表大会第一次会议', { term: 19, session: 1 }],
  ['县十五届人大四次会议主席团第二次会议', '县第十五届人民代表大会第四次会议主席团第二次会议', { family: 'people_congress', term: 15, session: 4, sitting: '主席团第二次会议' }],
  ['青山区十九届人大二次会议预备会议', '青山区第十九届人民代表大会第二次会议预备会议', { sitting: '预备会议' }],
  ['枫林县第十八届人民代表大会第三次会议第二次全体会议', '枫林县第十八届人民代表大会第三次会议第二次全体会议', { sitting: '第二次全体会议' }],
  ['柳塘乡十一届人大七次', '柳塘乡第十一届人民代表大会第七次会议', { term: 11, session: 7 }],
  ['月湖区第一届人民代表大会第七次会议', '月湖区第一届人民代表大会第七次会议', { term: 1, session: 7 }],
  ['乌溪镇镇第三届人民代表大会第二次会议', '乌溪镇镇第三届人民代表大会第二次会议', { places: ['乌溪镇镇'] }],
  ['白水县十八届人代会三次会议', '白水县第十八届人民代表大会第三次会议', { term: 18, session: 3 }],
  ['柏溪鎮第六屆人民代表大會第八次會議', '柏溪镇第六届人民代表大会第八次会议', { term: 6, session: 8 }],
  ['雲嶺鄉十二屆人大三次會議', '云岭乡第十二届人民代表大会第三次会议', { term: 12, session: 3 }],
  // standing committees of people's congresses and their directors' councils
  ['县十六届人大常委会第三十一次会议', '县第十六届人大常委会第三十一次会议', { family: 'standing_committee', term: 16, session: 31 }],
  ['北岭区第六届人民代表大会常务委员会第二次会议', '北岭区第六届人大常委会第二次会议', { family: 'standing_committee', term: 6, session: 2 }],
  ['青川市四届人大常委会第33次会议', '青川市第四届人大常委会第三十三次会议', { term: 4, session: 33 }],
  ['区十届人大常委会第36次会议', '区第十届人大常委会第三十六次会议', { term: 10, session: 36 }],
  ['人大常委会第十六届第二十次会议', '第十六届人大常委会第二十次会议', { term: 16, session: 20 }],
  ['县人大常委会第十二次主任会议', '县人大常委会第十二次主任会议', { council: 'directors', session: 12 }],
  ['县十三届人大常委会第二十一次主任会议', '县第十三届人大常委会第二十一次主任会议', { family: 'standing_committee', council: 'directors', term: 13, session: 21 }],
  ['青岭县第九届人民代表大会常务委员会第14次主任会议', '青岭县第九届人大常委会第十四次主任会议', { council: 'directors', term: 9, session: 14 }],
  ['新区二届人大常委会第八次全体会议', '新区第二届人大常委会第八次会议', { term: 2, session: 8 }],
  ['縣十六屆人大常委會第三十一次會議', '县第十六届人大常委会第三十一次会议', { term: 16, session: 31 }],
  // CPPCC: the term after the place, the term before it, abbreviated, standing committee, chair's meetings
  ['中国人民政治协商会议石门县第十一届委员会第一次会议', '石门县政协第十一届委员会第一次会议', { family: 'cppcc', places: ['石门县'], term: 11, session: 1 }],
  ['中国人民政治协商会议第九届宁远县委员会第四次会议', '中国人民政治协商会议第九届宁远县委员会第四次会议', { family: 'cppcc', term: 9, session: 4, termFirst: true }],
  ['中国人民政治协商会议第四届云州市委员会第二次会议', '中国人民政治协商会议第四届云州市委员会第二次会议', { termFirst: true, places: ['云州市'] }],
  ['政协西岭县第十四届委员会第二次会议', '西岭县政协第十四届委员会第二次会议', { term: 14, session: 2 }],
  ['太平县政协十届一次会议', '太平县政协第十届委员会第一次会议', { term: 10, session: 1 }],
  ['县政协十一届六次会议', '县政协第十一届委员会第六次会议', { term: 11, session: 6 }],
  ['中国人民政治协商会议东海市临江区第五届委员会第四次会议', '东海市临江区政协第五届委员会第四次会议', { places: ['东海市', '临江区'] }],
  ['东坡区政协十届十四次常委会会议', '东坡区政协第十届第十四次常委会会议', { council: 'standing', term: 10, session: 14 }],
  ['政协第十届东坡区委员会常务委员会第十四次会议', '中国人民政治协商会议第十届东坡区委员会常务委员会第十四次会议', { council: 'standing', term: 10, session: 14 }],
  ['政协汶川县第十一届委员会常务委员会第九次会议', '汶川县政协第十一届委员会常务委员会第九次会议', { council: 'standing', term: 11, session: 9 }],
  ['南江市政协十四届六十次主席会议', '南江市政协第十四届第六十次主席会议', { council: 'chair', term: 14, session: 60 }],
  ['县政协召开第十二次主席会议', '县政协第十二次主席会议', { council: 'chair', session: 12 }],
  ['政协北川县第十届第五次主席会议', '北川县政协第十届第五次主席会议', { council: 'chair', term: 10, session: 5 }],
  ['县政协十一届第6次常委会议', '县政协第十一届第六次常委会会议', { council: 'standing', session: 6 }],
  ['政協西嶺縣第十四屆委員會第二次會議', '西岭县政协第十四届委员会第二次会议', { term: 14, session: 2 }],
  // party committees: full form, abbreviations, the committee between the numbers, extended plenums
  ['中国共产党青川市第八届委员会第一次全体会议', '中共青川市第八届委员会第一次全体会议', { family: 'party_committee', party: true, term: 8, session: 1 }],
  ['中共青川市委八届一次全会', '中共青川市第八届委员会第一次全体会议', { family: 'party_committee', term: 8, session: 1 }],
  ['八届市委一次全会', '中共市第八届委员会第一次全体会议', { family: 'party_committee', term: 8, session: 1 }],
  ['第七届南岭区委第一次全体会议', '中共南岭区第七届委员会第一次全体会议', { family: 'party_committee', term: 7, session: 1 }],
  ['中国共产党石门县第十二届委员会第四次全体(扩大)会议', '中共石门县第十二届委员会第四次全体(扩大)会议', { extended: true, term: 12, session: 4 }],
  ['石门县委十二届四次全会(扩大)', '中共石门县第十二届委员会第四次全体(扩大)会议', { extended: true }],
  ['中共宜水区委一届十二次全体会议', '中共宜水区第一届委员会第十二次全体会议', { term: 1, session: 12 }],
  ['镇党委十四届六次全会', '中共镇第十四届委员会第六次全体会议', { term: 14, session: 6 }],
  ['十三届五次全委扩大会议', '第十三届委员会第五次全体(扩大)会议', { term: 13, session: 5, extended: true }],
  ['中共柳林镇委员会十三届五次全会', '中共柳林镇第十三届委员会第五次全体会议', { term: 13, session: 5 }],
  ['中國共產黨石門縣第十二屆委員會第四次全體會議', '中共石门县第十二届委员会第四次全体会议', { term: 12, session: 4 }],
  // discipline commissions, written either way
  ['中国共产党青川市第八届纪律检查委员会第一次全体会议', '中共青川市第八届纪律检查委员会第一次全体会议', { family: 'discipline_commission', term: 8, session: 1 }],
  ['八届市纪委一次全会', '中共市第八届纪律检查委员会第一次全体会议', { family: 'discipline_commission', term: 8, session: 1 }],
  ['扶林县纪委十四届七次全会', '中共扶林县第十四届纪律检查委员会第七次全体会议', { family: 'discipline_commission', places: ['扶林县'] }],
  ['县纪委第十四届委员会第七次全体会议', '中共县第十四届纪律检查委员会第七次全体会议', { family: 'discipline_commission', term: 14, session: 7 }],
  ['镇纪委第一次全体会议', '中共镇纪律检查委员会第一次全体会议', { family: 'discipline_commission', session: 1 }],
  // party congresses: counted in 次 or 届, 党员代表大会, 党代会, their sessions and sittings
  ['中国共产党松溪镇第十六次党员代表大会第三次会议', '中共松溪镇第十六次代表大会第三次会议', { family: 'party_congress', term: 16, termInCi: true, session: 3 }],
  ['中国共产党柳镇镇第十四次代表大会', '中共柳镇镇第十四次代表大会', { family: 'party_congress', places: ['柳镇镇'], term: 14 }],
  ['中共青峰土家族乡第八次党员代表大会', '中共青峰土家族乡第八次代表大会', { term: 8, termInCi: true }],
  ['春林镇第一次党代会', '中共春林镇第一次代表大会', { term: 1 }],
  ['中共临海市东山区第七届代表大会第一次会议', '中共临海市东山区第七届代表大会第一次会议', { term: 7, session: 1, places: ['临海市', '东山区'] }],
  ['东山区七届一次党代会', '中共东山区第七届代表大会第一次会议', { term: 7, session: 1 }],
  ['中国共产党金川市北城区第六次代表大会预备会议', '中共金川市北城区第六次代表大会预备会议', { term: 6, sitting: '预备会议' }],
  ['第十次党代会', '第十次代表大会', { family: 'party_congress', term: 10 }],
  // government plenums and executive meetings
  ['西湾区政府第十九届第二次全体(扩大)会议', '西湾区人民政府第十九届第二次全体(扩大)会议', { family: 'government', term: 19, session: 2, extended: true }],
  ['县政府第七次常务会议', '县人民政府第七次常务会议', { family: 'government', council: 'executive', session: 7 }],
  ['南门区五届104次区政府常务会议', '南门区人民政府第五届第一百零四次常务会议', { council: 'executive', term: 5, session: 104 }],
  ['大关区政府第25次常务会议', '大关区人民政府第二十五次常务会议', { session: 25 }],
  ['市人民政府第三次全体会议', '市人民政府第三次全体会议', { family: 'government', session: 3 }],
  ['縣政府第七次常務會議', '县人民政府第七次常务会议', { council: 'executive', session: 7 }],
  // mass organisations and their executive committees
  ['共青团平水县第二十次代表大会', '共青团平水县第二十次代表大会', { family: 'mass_organization', organisation: '共青团', term: 20 }],
  ['西湖管理区第三次妇女代表大会', '西湖管理区第三次妇女代表大会', { family: 'mass_organization', organisation: '妇联', term: 3, places: ['西湖管理区'] }],
  ['区妇联第三次代表大会', '区第三次妇女代表大会', { organisation: '妇联', term: 3 }],
  // the organisations named in full before the number (科学技术协会 = 科协, 残疾人联合会 = 残联)
  ['平水县科学技术协会第五次代表大会', '平水县科学技术协会第五次代表大会', { family: 'mass_organization', organisation: '科协', term: 5, places: ['平水县'] }],
  ['平水县科协第五次代表大会', '平水县科学技术协会第五次代表大会', { family: 'mass_organization', organisation: '科协', term: 5 }],
  ['建安市残疾人联合会第四次代表大会', '建安市残疾人联合会第四次代表大会', { family: 'mass_organization', organisation: '残联', term: 4 }],
  ['县工商业联合会第十二次会员代表大会', '县工商业联合会第十二次代表大会', { family: 'mass_organization', organisation: '工商联', term: 12 }],
  // a union's congress written with its members (会员), the union before the number or after it
  ['平水县总工会第十次会员代表大会', '平水县第十次工会会员代表大会', { family: 'mass_organization', organisation: '工会', term: 10 }],
  ['平水县第十次工会会员代表大会', '平水县第十次工会会员代表大会', { family: 'mass_organization', organisation: '工会', term: 10 }],
  ['建安市第十六次妇女代表大会', '建安市第十六次妇女代表大会', { organisation: '妇联', term: 16 }],
  ['市妇联第十六届一次执委会议', '市妇联第十六届一次执委会议', { council: 'executive_committee', term: 16, session: 1 }],
  ['市妇联第十六届执委会第一次会议', '市妇联第十六届一次执委会议', { council: 'executive_committee', term: 16, session: 1 }],
  ['十三届一次执委会议', '第十三届一次执委会议', { family: 'mass_organization', council: 'executive_committee', term: 13, session: 1 }],
  ['市妇联十三届一次执委会', '市妇联第十三届一次执委会议', { council: 'executive_committee', term: 13, session: 1 }],
  ['共青团平水县第十八届委员会第一次全体会议', '共青团平水县第十八届委员会第一次全体会议', { family: 'mass_organization', organisation: '共青团', council: 'committee', term: 18, session: 1 }],
  ['团县委十八届一次全会', '共青团第十八届委员会第一次全体会议', { family: 'mass_organization', organisation: '共青团', council: 'committee', term: 18, session: 1 }],
  ['共青团沙河镇第十六次代表大会', '共青团沙河镇第十六次代表大会', { organisation: '共青团', term: 16 }],
  ['第十届团代会', '共青团第十届代表大会', { organisation: '共青团', term: 10 }],
  ['县总工会第十五次会员代表大会', '县第十五次工会会员代表大会', { organisation: '工会', term: 15 }],
  ['第十届职工代表大会第二次会议', '第十届工会会员代表大会第二次会议', { organisation: '工会', term: 10, session: 2 }],
  // assemblies of a subdistrict or a community
  ['板石街道第一届议政代表大会第一次会议', '板石街道第一届议政代表大会第一次会议', { family: 'assembly', body: '议政代表大会', term: 1, session: 1 }],
  ['京川路街道首届选民代表议政会第一次会议', '京川路街道第一届选民代表议政会第一次会议', { family: 'assembly', term: 1, session: 1 }],
  ['良田街道第一届居民议事会议第一次会议', '良田街道第一届居民议事会第一次会议', { family: 'assembly', body: '居民议事会' }],
  ['遵化街道第一届选民代表会议第三次会议', '遵化街道第一届选民代表会议第三次会议', { body: '选民代表会议', session: 3 }],
  ['棉山街道第一届居民议事会', '棉山街道第一届居民议事会', { term: 1 }],
  ['笔山街道第一届选民代表大会第一次会议', '笔山街道第一届选民代表大会第一次会议', { body: '选民代表大会' }],
  // elections of village and community bodies, with their whole place chain
  ['镇远县青石关镇营盘村第十届村民委员会换届选举大会', '镇远县青石关镇营盘村第十届村民委员会换届选举大会', { family: 'election', places: ['镇远县', '青石关镇', '营盘村'], term: 10 }],
  ['桥西社区居委会换届选举大会', '桥西社区居民委员会换届选举大会', { family: 'election', places: ['桥西社区'] }],
  ['兴和社区首届党支部选举大会', '兴和社区第一届党支部选举大会', { family: 'election', term: 1, body: '党支部' }],
  ['鹿岛镇第十一届村民委员会换届选举大会', '鹿岛镇第十一届村民委员会换届选举大会', { term: 11 }],
  ['安北社区党员大会', '安北社区党员大会', { family: 'party_members', places: ['安北社区'] }],
  ['小河社区换届选举党员大会', '小河社区党员大会', { family: 'party_members' }],
  // work meetings named by their topic
  ['2017年全镇农业农村工作会议', '2017年全镇农业农村工作会议', { family: 'work_meeting', year: 2017 }],
  ['青木镇村(社区)党组织换届选举工作动员部署会', '青木镇村(社区)党组织换届选举工作动员部署会', { family: 'work_meeting', places: ['青木镇'] }],
  ['乡村振兴重点项目推进会', '乡村振兴重点项目推进会', { family: 'work_meeting', topic: '乡村振兴重点项目推进会' }],
  ['经济工作分组研讨会', '经济工作分组研讨会', { family: 'work_meeting' }],
];

describe('the grammar of meeting designations', () => {
  it('has a row for every family, at least 80 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(80);
    const families = new Set(ROWS.map(([, , s]) => parseDesignation(normalize(ROWS.find((r) => r[2] === s)![0]).text)?.family));
    for (const f of ['people_congress', 'standing_committee', 'cppcc', 'party_committee', 'discipline_commission', 'party_congress', 'government', 'mass_organization', 'assembly', 'election', 'party_members', 'work_meeting']) expect(families).toContain(f);
  });

  it.each(ROWS)('%s → %s', (written, canonical, structure) => {
    const d = parseDesignation(normalize(written).text);
    expect(d).toBeDefined();
    expect(d).toMatchObject(structure);
    expect(renderDesignation(d!)).toBe(normalize(canonical).text);
  });

  it('gives the abbreviated and the full form of one meeting one key', () => {
    const key = (s: string) => designationKey(parseDesignation(normalize(s).text)!);
    expect(key('柏溪镇六届人大八次会议')).toBe(key('柏溪镇第六届人民代表大会第八次会议'));
    expect(key('中共青川市委八届一次全会')).toBe(key('中国共产党青川市第八届委员会第一次全体会议'));
    expect(key('太平县政协十届一次会议')).toBe(key('中国人民政治协商会议第十届太平县委员会第一次会议'));
    expect(key('东山区七届一次党代会')).toBe(key('中共临海市东山区第七届代表大会第一次会议'));
    expect(key('县十六届人大常委会第31次会议')).toBe(key('第十六届人民代表大会常务委员会第三十一次会议'));
  });

  it('keeps apart the meetings that share their numbers', () => {
    const key = (s: string) => designationKey(parseDesignation(s)!);
    // a party committee's plenum and its discipline commission's, on the same day and numbers
    expect(key('八届市委一次全会')).not.toBe(key('八届市纪委一次全会'));
    // a CPPCC session and a meeting of its standing committee
    expect(key('县政协十届四次会议')).not.toBe(key('县政协十届四次常委会会议'));
    // the standing committee's meeting in both conventions is one
    expect(key('东坡区政协十届十四次常委会会议')).toBe(key('政协东坡区第十届委员会常务委员会第十四次会议'));
    // a session and a sitting within it
    expect(key('县十五届人大四次会议')).not.toBe(key('县十五届人大四次会议主席团第二次会议'));
    // a people's congress and a party congress
    expect(key('第十届人民代表大会第一次会议')).not.toBe(key('第十届代表大会第一次会议'));
  });

  it('refuses what is not a designation', () => {
    for (const s of ['代表资格审查委员会主任委员', '人民代表大会制度', '会议', '召开', '第十次']) expect(parseDesignation(s)).toBeUndefined();
  });

  it('writes numbers as the canonical names do', () => {
    expect([1, 10, 11, 20, 31, 60, 100, 104, 110, 119].map(chineseNumeral)).toEqual(['一', '十', '十一', '二十', '三十一', '六十', '一百', '一百零四', '一百一十', '一百一十九']);
  });
});
