// What counts as an article with nothing to read.
import { blankPageReason, blankTextReason, hasVisibleText } from '../../src/extract/blank';

describe('blankTextReason', () => {
  it('calls an empty text empty', () => {
    expect(blankTextReason('')).toMatch(/empty/);
  });
  it.each([
    ['white space', ' \n\t\r\u3000'],
    ['control characters', '\u0001\u0002\u0007\u001b\n'],
    ['zero-width and byte-order marks', '\u200b\ufeff\u200d'],
    ['replacement characters of undecodable bytes', '\ufffd\ufffd \ufffd'],
  ])('refuses %s', (_what, text) => {
    expect(blankTextReason(text)).toMatch(/no text, only white space or control characters/);
    expect(hasVisibleText(text)).toBe(false);
  });
  it.each(['某镇召开会议。', '\u0001会', 'a', '1'])('accepts a text with one visible character: %j', (text) => {
    expect(blankTextReason(text)).toBeUndefined();
  });
});

describe('blankPageReason', () => {
  it('refuses a page of markup only', () => {
    expect(blankPageReason('<html><head><title> </title></head><body><p>\u00a0</p><br></body></html>', 'html')).toMatch(/shows no text/);
  });
  it('accepts a page with a sentence', () => {
    expect(blankPageReason('<html><body><p>青柳镇召开人代会。</p></body></html>', 'html')).toBeUndefined();
  });
});
