// Organisation words: what a post belongs to. Used to tell an organisation name
// (泖港镇人民政府张某 = "Zhang of the town government", not a post) from a post, to set
// OrganizationEntity.type, and to strip the jurisdiction from a title for `canonical`.
import type { OrganizationType } from '../types';

/** Organisation words, longest first, with their type. */
export const ORGANIZATION_WORDS: ReadonlyArray<readonly [string, OrganizationType]> = ([
  ['人大常委会', 'standing_committee'],
  ['人民代表大会常务委员会', 'standing_committee'],
  ['人大主席团', 'congress'],
  ['大会执行主席团', 'meeting_body'],
  ['大会主席团', 'meeting_body'],
  ['执行主席团', 'meeting_body'],
  ['主席团', 'meeting_body'],
  ['人民代表大会', 'congress'],
  ['人大', 'congress'],
  ['党工委', 'party_committee'],
  ['党委', 'party_committee'],
  ['县委', 'party_committee'],
  ['区委', 'party_committee'],
  ['市委', 'party_committee'],
  ['省委', 'party_committee'],
  ['镇委', 'party_committee'],
  ['旗委', 'party_committee'],
  ['州委', 'party_committee'],
  // mass organisations: typed other, told apart by name (团县委 is the league's, not the party's)
  ['团县委', 'other'],
  ['团区委', 'other'],
  ['团市委', 'other'],
  ['团旗委', 'other'],
  ['团委', 'other'],
  ['妇女联合会', 'other'],
  ['妇联', 'other'],
  ['总工会', 'other'],
  ['工会', 'other'],
  ['乡委', 'party_committee'],
  ['纪工委', 'discipline_commission'],
  ['纪委', 'discipline_commission'],
  ['监察委', 'discipline_commission'],
  ['监委', 'discipline_commission'],
  ['人民政府', 'government'],
  ['政府', 'government'],
  ['政协', 'cppcc'],
  ['人民法院', 'court'],
  ['法院', 'court'],
  ['人民检察院', 'procuratorate'],
  ['检察院', 'procuratorate'],
  ['街道办事处', 'subdistrict'],
  ['办事处', 'subdistrict'],
] as Array<[string, OrganizationType]>).sort((a, b) => b[0].length - a[0].length);

/** Words that make a phrase an organisation when it ends with them (镇人民政府, 县人大). */
export const ORGANIZATION_ENDINGS = ORGANIZATION_WORDS.map(([w]) => w);
