// HTML → text units, each mapped back to its span in the original page.
//
// Scripts, styles and navigation-like parts (nav, header, footer, menus, breadcrumbs) are
// dropped; block elements become line breaks; entities are decoded here (not by the
// parser) so that every decoded character keeps the span of its entity in the input.
import { Parser } from 'htmlparser2';
import type { CharStream } from './char-stream';

const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'select', 'nav', 'header', 'footer', 'svg', 'button', 'form', 'head']);
const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'section', 'article', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'blockquote', 'pre', 'hr', 'dd', 'dt', 'dl', 'center', 'figcaption', 'figure', 'main', 'aside',
]);
// class/id values that mark page furniture rather than the article
const NOISE_ATTRIBUTE = /(^|[\s_-])(nav|navbar|menu|breadcrumb|crumb|footer|header|sidebar|share|copyright|toolbar)([\s_-]|$)/i;

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', emsp: ' ', ensp: ' ', times: '×', copy: '©', bull: '•',
};
const NEWLINE = 10;
const ENTITY = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/;

export interface HtmlText {
  title?: string;
}

/** True when the text looks like an HTML page or fragment rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<(!doctype|html|body|p|div|br|span|table|td|meta|head)\b[^>]*>/i.test(text.slice(0, 20000));
}

/** Appends the readable text of `html` to `out`; returns the <title> when there is one. */
export function htmlToText(html: string, out: CharStream): HtmlText {
  let skipDepth = 0; // >0 while inside a skipped element
  const openSkipped: string[] = [];
  let inTitle = false;
  let title = '';
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'title') inTitle = true;
        const noisy = NOISE_ATTRIBUTE.test(attribs.class ?? '') || NOISE_ATTRIBUTE.test(attribs.id ?? '');
        if (SKIPPED_TAGS.has(name) || (noisy && name !== 'body' && name !== 'html')) {
          skipDepth++;
          openSkipped.push(name);
          return;
        }
        if (skipDepth === 0 && BLOCK_TAGS.has(name)) out.push(NEWLINE, parser.startIndex, parser.startIndex);
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (skipDepth > 0 && openSkipped[openSkipped.length - 1] === name) {
          openSkipped.pop();
          skipDepth--;
          return;
        }
        if (skipDepth === 0 && BLOCK_TAGS.has(name)) out.push(NEWLINE, parser.startIndex, parser.startIndex);
      },
      ontext(data) {
        if (inTitle) title += data;
        if (skipDepth > 0) return;
        pushDecoded(data, parser.startIndex, out);
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const cleanTitle = decodeEntities(title).replace(/\s+/g, ' ').trim();
  return cleanTitle ? { title: cleanTitle } : {};
}

function pushDecoded(data: string, offset: number, out: CharStream): void {
  for (let i = 0; i < data.length; i++) {
    const ch = data[i];
    if (ch === '&') {
      const m = ENTITY.exec(data.slice(i, i + 12));
      if (m) {
        const decoded = decodeEntity(m[1]);
        if (decoded !== undefined) {
          for (let k = 0; k < decoded.length; k++) out.push(decoded.charCodeAt(k), offset + i, offset + i + m[0].length);
          i += m[0].length - 1;
          continue;
        }
      }
    }
    out.push(data.charCodeAt(i), offset + i, offset + i + 1);
  }
}

function decodeEntity(body: string): string | undefined {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return NAMED_ENTITIES[body.toLowerCase()];
}

function decodeEntities(s: string): string {
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (all, body: string) => decodeEntity(body) ?? all);
}
