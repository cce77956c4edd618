import { highlightSpan } from '../../src/explore/web/highlight';

describe('highlightSpan', () => {
  it('marks the span where it stands in the sentence', () => {
    expect(highlightSpan('镇长林雨桥作政府工作报告。', '林雨桥作政府工作报告')).toEqual({ before: '镇长', match: '林雨桥作政府工作报告', after: '。' });
  });

  it('finds a span whose white space differs from the sentence', () => {
    expect(highlightSpan('会议由 白 小 川 主持。', '白小川主持')).toEqual({ before: '会议由 ', match: '白 小 川 主持', after: '。' });
    expect(highlightSpan('会议由白小川主持。', '白 小川')).toEqual({ before: '会议由', match: '白小川', after: '主持。' });
  });

  it('gives up (null) when the span is not in the sentence', () => {
    expect(highlightSpan('会议由白小川主持。', '黄一鸣')).toBeNull();
    expect(highlightSpan('会议。', '')).toBeNull();
  });
});
