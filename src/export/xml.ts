// XML text that any parser accepts, whatever the graph holds. Names and sentences come from
// scraped news pages, so they can contain markup characters, quotes, stray control
// characters from a bad encoding, or half of a surrogate pair; each is made safe here.

/**
 * Characters XML 1.0 cannot carry at all, not even as &#…; references: C0 controls other
 * than tab/newline/return, lone surrogates, U+FFFE and U+FFFF. They become U+FFFD (the
 * replacement character) so the reader sees that something was there.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// In attributes, tab/newline/return are written as references, else parsers fold them to spaces.
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

export function xmlText(value: string): string {
  return value.replace(NOT_XML_CHAR, '\uFFFD').replace(/[&<>]/g, (c) => TEXT_ESCAPES[c]);
}

export function xmlAttribute(value: string): string {
  return value.replace(NOT_XML_CHAR, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]);
}

/**
 * An XML NMTOKEN for an id (GraphML declares node ids as NMTOKEN). Our ids contain `/`
 * and may contain spaces or punctuation from titles; every character outside letters,
 * digits and `._:-` is written as `_xHHHH_` (and `_` itself as `_x5F_`), so the mapping is
 * one-to-one and two different ids never collide. The original id is kept as a data value.
 */
const TOKEN_CHAR = /^[\p{L}\p{Nd}.:-]$/u;

export function xmlToken(id: string): string {
  let out = '';
  for (const ch of id) {
    if (TOKEN_CHAR.test(ch)) out += ch;
    else out += `_x${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}_`;
  }
  return out || '_x0000_';
}
