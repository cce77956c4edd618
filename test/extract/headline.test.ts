// An article's title: its headline when it has one, else its first line of text, so that
// no article is known only by its file path.
import { extract } from '../../src/extract/pipeline';
import { LEAD_TITLE_MAX_CHARS, leadTitle } from '../../src/extract/headline';

describe('leadTitle', () => {
  it('takes the first sentence of the first line', () => {
    expect(leadTitle('5月8日，青禾镇召开第三届人民代表大会第二次会议。会议由镇党委书记主持。\n第二段。')).toBe('5月8日，青禾镇召开第三届人民代表大会第二次会议');
  });

  it('passes over captions, credit lines and short labels', () => {
    const text = '（会场一角）\n\n通讯员 石见川\n现场图片\n青禾镇人代会选出新一届领导班子\n正文。';
    expect(leadTitle(text)).toBe('青禾镇人代会选出新一届领导班子');
  });

  it('cuts a long first sentence to the length of a headline, marked with an ellipsis', () => {
    const line = `青禾镇${'代表们认真审议各项报告并提出意见建议'.repeat(4)}。`;
    const title = leadTitle(line)!;
    expect(title).toHaveLength(LEAD_TITLE_MAX_CHARS);
    expect(title.endsWith('…')).toBe(true);
    expect(line.startsWith(title.slice(0, -1))).toBe(true);
  });

  it('gives nothing for a text without words', () => {
    expect(leadTitle('\n  \n1234\n(图)\n')).toBeUndefined();
  });
});

describe('extract', () => {
  it('titles an article that starts straight with its news by that first sentence, and keeps the path as its source', () => {
    const result = extract('3月2日上午，青禾镇第三届人民代表大会第二次会议在镇会堂开幕。应到代表58名。\n会议由镇党委书记石见川主持。', { source: '/home/someone/articles/0042.txt' });
    // (in the normalised text's punctuation, as evidence quotes it)
    expect(result.article.title).toBe('3月2日上午,青禾镇第三届人民代表大会第二次会议在镇会堂开幕');
    expect(result.article.source).toBe('/home/someone/articles/0042.txt');
  });

  it('keeps a real headline over the first line of text', () => {
    const result = extract('青禾镇召开第三届人民代表大会第二次会议\n\n3月2日上午，会议在镇会堂开幕。会议由镇党委书记石见川主持。');
    expect(result.article.title).toBe('青禾镇召开第三届人民代表大会第二次会议');
  });
});
