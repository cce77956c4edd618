import { isName, nameLengthAt } from '../../../src/extract/mentions/names';

describe('nameLengthAt', () => {
  const at = (text: string, options = {}) => nameLengthAt(text, 0, text.length, options);

  it('ends a name at punctuation', () => {
    expect(at('柳青山、')).toBe(3);
    expect(at('韦岚,')).toBe(2);
  });

  it('ends a name where a following verb starts', () => {
    expect(at('柳青山主持会议')).toBe(3);
    expect(at('韦岚代表镇政府')).toBe(2);
    expect(at('韦岚作报告')).toBe(2);
    expect(at('邝文斌同志')).toBe(3);
    expect(at('章柯等当选')).toBe(2);
  });

  it('reads compound surnames and minority names', () => {
    expect(at('欧阳振宇出席')).toBe(4);
    expect(at('阿依古丽·买买提出席')).toBe('阿依古丽·买买提'.length);
  });

  it('prefers names known in the article', () => {
    expect(at('柳青在会上', { known: new Set(['柳青']) })).toBe(2);
  });

  it('refuses words that merely start with a surname character', () => {
    expect(at('全体代表')).toBe(0);
    expect(at('代表镇政府')).toBe(0);
    expect(at('关于坚持')).toBe(0);
    expect(at('余书记强调')).toBe(0);
  });

  it('needs a known surname unless 同志 follows', () => {
    expect(at('主席台就座')).toBe(0);
    expect(at('丌官明同志', { allowUnknownSurname: true })).toBe(3);
  });
});

describe('isName', () => {
  it('accepts whole names only', () => {
    expect(isName('柳青山')).toBe(true);
    expect(isName('柳青山主持')).toBe(false);
    expect(isName('政府办')).toBe(false);
  });
});
