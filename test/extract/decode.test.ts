import iconv from 'iconv-lite';
import { decodeArticle, DecodeError } from '../../src/extract/decode';

describe('decodeArticle', () => {
  const text = '7月3日,青山镇第九届人民代表大会第二次会议召开。';

  it('reads UTF-8 and strips a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    expect(decodeArticle(bytes)).toEqual({ text, encoding: 'utf-8' });
  });

  it('detects and decodes GBK/GB18030 bytes', () => {
    const bytes = iconv.encode(text, 'gbk');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeArticle(bytes)).toEqual({ text, encoding: 'gb18030' });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeArticle(bytes)).toEqual({ text, encoding: 'utf-16' });
  });

  it('refuses binary junk with a clear error', () => {
    const junk = Buffer.alloc(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
    expect(() => decodeArticle(junk)).toThrow(DecodeError);
    expect(() => decodeArticle(junk)).toThrow(/neither UTF-8 nor GB18030/);
  });

  it('refuses NUL-filled input', () => {
    expect(() => decodeArticle(Buffer.alloc(100))).toThrow(/binary/);
  });

  it('enforces the size limit before decoding', () => {
    expect(() => decodeArticle(Buffer.alloc(2000, 0x41), { maxBytes: 1000 })).toThrow(/2000 bytes, over the 1000-byte article limit/);
  });

  it('accepts empty input as empty text', () => {
    expect(decodeArticle(new Uint8Array(0)).text).toBe('');
  });
});
