// Stage 1 — original input → normalised text with an offset map.
// Reads: the input string (plain text or HTML). Adds: `text` (simplified Chinese, markup
// removed, full-width ASCII folded, pinyin glosses and garbage removed, whitespace folded)
// and, for every index of `text`, the span of the original input it came from.
//
// Every later stage works on `text`; evidence is mapped back with `originalSpan`.
import * as OpenCC from 'opencc-js';
import { CharStream, TextSource, type CharSource } from './char-stream';
import { htmlToText, looksLikeHtml } from './html';
import { codeSet } from './code-set';

export interface NormalizedText {
  /** The normalised text the rules read. */
  text: string;
  /** starts[i]/ends[i]: the span of the original input that text[i] stands for. */
  starts: Int32Array;
  ends: Int32Array;
  format: 'text' | 'html';
  /** True when traditional characters were converted to simplified ones. */
  converted: boolean;
  /** <title> of an HTML page. */
  htmlTitle?: string;
  originalLength: number;
}

// opencc-js builds its dictionaries once; traditional (any region) → mainland simplified.
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
// Characters that only occur in traditional text, frequent in this genre: a cheap test that
// spares simplified articles (nearly all of them) the conversion.
// (by char code: a loop over the codes is quicker than the regex of the same class)
const TRADITIONAL_HINT = codeSet('會議屆鎮縣區長黨奮與為這說國開發們來時經過對從關於當選舉報員團聯衛屬體濟書實際證務');

function holdsTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (TRADITIONAL_HINT.has(text.charCodeAt(i))) return true;
  return false;
}

const NEWLINE = 10;
const SPACE = 32;
const QUESTION_MARK = 63;
const REPLACEMENT_CHARACTER = 0xfffd;

/** Normalises `input`; `format` forces HTML or text handling (sniffed when absent). */
export function normalize(input: string, format?: 'text' | 'html'): NormalizedText {
  const isHtml = format ? format === 'html' : looksLikeHtml(input);
  let raw: CharSource;
  let htmlTitle: string | undefined;
  let converted = false;
  if (isHtml) {
    const stream = new CharStream(input.length + 1);
    htmlTitle = htmlToText(input, stream).title;
    const text = stream.toString();
    converted = holdsTraditional(text) && convertTraditional(stream, text);
    raw = stream;
  } else if (holdsTraditional(input)) {
    const stream = CharStream.identity(input);
    converted = convertTraditional(stream, input);
    raw = stream;
  } else {
    // (nearly every article: plain simplified text is read where it is, not copied first)
    raw = new TextSource(input);
  }
  const folded = fold(raw);
  const { starts, ends } = folded.spans();
  return {
    text: folded.toString(),
    starts,
    ends,
    format: isHtml ? 'html' : 'text',
    converted,
    htmlTitle: htmlTitle && convertString(htmlTitle),
    originalLength: input.length,
  };
}

/** The original-input span of normalised text[start, end). */
export function originalSpan(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (n.starts.length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), n.starts.length - 1);
  const e = Math.min(Math.max(end - 1, s), n.ends.length - 1);
  return { start: n.starts[s], end: Math.max(n.ends[e], n.starts[s]) };
}

function convertString(s: string): string {
  return holdsTraditional(s) ? toSimplified(s) : s;
}

// Converts the stream (`before` is it as a string, holding traditional characters) in place.
// opencc's t→cn tables can map a phrase to one of another length; then we convert character
// by character, which always keeps the offsets exact.
function convertTraditional(stream: CharStream, before: string): boolean {
  const after = toSimplified(before);
  if (after.length === before.length) {
    for (let i = 0; i < after.length; i++) stream.setCode(i, after.charCodeAt(i));
  } else {
    for (let i = 0; i < before.length; i++) {
      const one = toSimplified(before[i]);
      if (one.length === 1) stream.setCode(i, one.charCodeAt(0));
    }
  }
  return after !== before;
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}
function isSpaceLike(c: number): boolean {
  return c === SPACE || c === 9 || c === 0xa0 || c === 0x3000 || c === 0x2002 || c === 0x2003 || c === 0x200a;
}
function isLineBreak(c: number): boolean {
  return c === NEWLINE || c === 13 || c === 0x2028 || c === 0x2029 || c === 12 || c === 11;
}
function isInvisible(c: number): boolean {
  return c === 0xfeff || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xad;
}
// letters of a pinyin gloss, with tone marks: (shí), (zhèn)
function isPinyinLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xfc) || (c >= 0x101 && c <= 0x1dc);
}

/** Folds width, removes glosses and garbage, folds whitespace. */
// The folded stream is written into one stream kept for the process and copied out (text and
// spans): normalisation is synchronous and never re-entered, so each article reuses its arrays.
const FOLDED = new CharStream(1 << 14);

function fold(src: CharSource): CharStream {
  const out = FOLDED;
  out.clear();
  const n = src.length;
  let i = 0;
  let lineStart = 0;
  while (i < n) {
    let c = src.codeAt(i);
    if (isInvisible(c)) {
      i++;
      continue;
    }
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // full-width ASCII → ASCII
    if (isSpaceLike(c) || isLineBreak(c)) {
      // a run of whitespace: one newline if it breaks a line, else a space only between ASCII words
      let j = i;
      let newlineAt = -1;
      while (j < n) {
        const d = src.codeAt(j);
        if (isLineBreak(d)) {
          if (newlineAt < 0) newlineAt = j;
        } else if (!isSpaceLike(d) && !isInvisible(d)) break;
        j++;
      }
      const prev = out.length > 0 ? out.codeAt(out.length - 1) : NEWLINE;
      if (newlineAt >= 0) {
        const wrapped = j < n && isCjk(foldedCode(src.codeAt(j))) && isHardWrap(out, lineStart);
        if (prev !== NEWLINE && !wrapped) {
          out.push(NEWLINE, src.startAt(newlineAt), src.endAt(newlineAt));
          lineStart = out.length;
        }
      } else if (j < n && isAsciiWordChar(prev) && isAsciiWordChar(foldedCode(src.codeAt(j)))) {
        out.push(SPACE, src.startAt(i), src.endAt(i));
      }
      i = j;
      continue;
    }
    if (c === 42) {
      // runs of '*' are masking garbage inside Chinese text (某***乡长)
      i++;
      continue;
    }
    if (c === QUESTION_MARK && isLostCharacter(src, i, out)) c = REPLACEMENT_CHARACTER;
    if (c === 40 && out.length > 0 && isCjk(out.codeAt(out.length - 1))) {
      const skip = pinyinGlossLength(src, i);
      if (skip > 0) {
        i += skip;
        continue;
      }
    }
    out.push(c, src.startAt(i), src.endAt(i));
    i++;
  }
  // drop a trailing newline
  if (out.length > 0 && out.codeAt(out.length - 1) === NEWLINE) out.length--;
  return out;
}

// A page decoded with the wrong code page shows a character it could not map as '?' followed
// by the ASCII byte of its code (宁?h委员会): a lost character inside a word, not the end of a
// question. It becomes U+FFFD so that no sentence or clause ends there.
function isLostCharacter(src: CharSource, i: number, out: CharStream): boolean {
  if (out.length === 0 || !isCjk(out.codeAt(out.length - 1)) || i + 1 >= src.length) return false;
  const next = src.codeAt(i + 1);
  return (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
}

// A long line that stops mid-sentence (no closing punctuation) and runs on in Chinese on
// the next line was wrapped by the page, not ended: "…深刻理解践行“三个\n务必”,坚定信心…".
// Headlines and captions are short and unpunctuated, so they keep their line break.
const WRAP_MIN_LINE = 30;
function isHardWrap(out: CharStream, lineStart: number): boolean {
  if (out.length - lineStart < WRAP_MIN_LINE) return false;
  const last = out.codeAt(out.length - 1);
  if (!(isCjk(last) || last === 0x201c || last === 0x3001)) return false; // a character, “ or 、
  for (let k = lineStart; k < out.length; k++) {
    const c = out.codeAt(k);
    if (c === 44 || c === 0x3002 || c === 59 || c === 0x3001) return true; // , 。 ; 、: running prose
  }
  return false;
}

function foldedCode(c: number): number {
  return c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
}

// Length of "(pinyin)" at src[i] (i at '('), or 0 when it is not a gloss.
function pinyinGlossLength(src: CharSource, i: number): number {
  let j = i + 1;
  const limit = Math.min(src.length, i + 10);
  while (j < limit && isPinyinLetter(src.codeAt(j))) j++;
  if (j === i + 1 || j >= src.length) return 0;
  const close = foldedCode(src.codeAt(j));
  return close === 41 ? j - i + 1 : 0;
}
