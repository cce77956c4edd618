import { analysePost } from '../../src/extract/result';

describe('analysePost', () => {
  it('strips the jurisdiction for the canonical title and finds the organisation', () => {
    expect(analysePost('镇党委副书记', '青岭镇')).toEqual({ orgName: '镇党委', orgType: 'party_committee', canonical: '党委副书记', place: '青岭镇' });
    expect(analysePost('青岭镇人民政府镇长')).toMatchObject({ orgType: 'government', canonical: '镇长', place: '青岭镇' });
    expect(analysePost('县人大常委会副主任', '青岭镇')).toMatchObject({ orgType: 'standing_committee', canonical: '人大常委会副主任', place: undefined });
    expect(analysePost('副县长')).toMatchObject({ orgType: 'government', canonical: '副县长' });
  });
});
