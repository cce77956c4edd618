// A text with nothing to read: empty, or only white space, control and format characters
// (U+0000–U+001F, zero-width spaces, byte-order marks) or replacement characters (U+FFFD,
// what undecodable bytes become). Ingesting one would store an "article" without a word.
import { normalize } from './normalize';

// Stops at the first visible character: a real article answers at once, without a copy.
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Z}\uFFFD]/u;

export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}

/** Why the raw `text` is no article, or undefined when it has characters to read. */
export function blankTextReason(text: string): string | undefined {
  if (text.length === 0) return 'the article is empty (no characters at all)';
  if (!hasVisibleText(text)) return 'the article holds no text, only white space or control characters';
  return undefined;
}

/**
 * Why a page is no article though its source has characters (HTML of markup only), or
 * undefined. Normalises the text once more, so callers ask only when extraction found nothing.
 */
export function blankPageReason(text: string, format?: 'text' | 'html'): string | undefined {
  return hasVisibleText(normalize(text, format).text) ? undefined : 'the article shows no text (only markup, white space or control characters)';
}
