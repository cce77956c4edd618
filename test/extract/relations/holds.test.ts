import { factStrings } from '../helpers';

describe('HOLDS', () => {
  it('gives one fact per post of a chain and none to nominees', () => {
    expect(factStrings('镇党委副书记、镇长邝文斌出席。镇长人选甘露作报告。', 'HOLDS')).toEqual(['HOLDS 邝文斌 镇党委副书记', 'HOLDS 邝文斌 镇长']);
  });

  it('gives former holders (原镇长) nothing', () => {
    expect(factStrings('原镇长邝文斌、镇长甘露出席。', 'HOLDS')).toEqual(['HOLDS 甘露 镇长']);
  });

  it('reads 某某同志任…', () => {
    expect(factStrings('蓝海同志任青岭镇人民政府副镇长。', 'HOLDS')).toEqual(['HOLDS 蓝海 青岭镇人民政府副镇长']);
  });

  it('reads a name written before its title once, not again as a short form', () => {
    expect(factStrings('会上,邝文斌镇长作报告。', 'HOLDS')).toEqual(['HOLDS 邝文斌 镇长']);
    expect(factStrings('镇人大主席韦岚主持。韦岚主席作报告。', 'HOLDS')).toEqual(['HOLDS 韦岚 镇人大主席']);
  });

  it('does not take reporters for officials', () => {
    expect(factStrings('(通讯员甘露 记者蓝海)', 'HOLDS')).toEqual([]);
  });
});
