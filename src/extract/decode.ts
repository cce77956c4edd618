// Stage 0 — bytes → string. Reads: raw bytes. Adds: the article text.
//
// UTF-8 first (a BOM is stripped; invalid sequences make it fail rather than produce
// U+FFFD). Otherwise GB18030 (a superset of GBK and GB2312, the usual legacy encoding of
// Chinese government sites) when the result decodes cleanly and reads as Chinese.
// Anything else is binary junk and gets a clear error instead of garbage facts.
import iconv from 'iconv-lite';

/** Default per-article size limit: 5 MB. A meeting article is a few KB; 5 MB is a whole site dump. */
export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export class DecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

export interface DecodeOptions {
  /** Refuse inputs larger than this many bytes (default DEFAULT_MAX_ARTICLE_BYTES). */
  maxBytes?: number;
}

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16' | 'gb18030';
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

// Control characters other than tab/newline/carriage return/form feed: many of them mean binary.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;
const CJK = /[\u4e00-\u9fff]/g;

/** Throws DecodeError with the reason when the bytes are not a readable article. */
export function decodeArticle(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  if (bytes.length > maxBytes) {
    throw new DecodeError(
      `input is ${bytes.length} bytes, over the ${maxBytes}-byte article limit; split it into articles or raise the limit (KG_MAX_ARTICLE_BYTES)`,
    );
  }
  let text: string | undefined;
  let encoding: Decoded['encoding'] = 'utf-8';
  // UTF-16 announces itself with a byte-order mark (Windows "Unicode" text files)
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const utf16 = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
    if (looksBinary(utf16)) throw new DecodeError('input has a UTF-16 byte-order mark but is not text');
    return { text: utf16, encoding: 'utf-16' };
  }
  try {
    text = utf8.decode(bytes); // TextDecoder strips a UTF-8 BOM by itself
  } catch {
    const gb = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'gb18030');
    if (!gb.includes('\ufffd') && looksLikeChinese(gb)) {
      text = gb;
      encoding = 'gb18030';
    }
  }
  if (text === undefined || looksBinary(text)) {
    throw new DecodeError('input is neither UTF-8 nor GB18030/GBK Chinese text (binary data?); give a text or HTML article');
  }
  return { text, encoding };
}

function looksLikeChinese(text: string): boolean {
  const cjk = text.match(CJK)?.length ?? 0;
  return cjk > 0 && cjk >= text.length * 0.1;
}

function looksBinary(text: string): boolean {
  if (text.length === 0) return false;
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls > Math.max(2, text.length * 0.01);
}
