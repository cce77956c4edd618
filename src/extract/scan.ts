// Regex scanning inside one sentence. A global regex exec'd on the whole article from a
// sentence's start would run on past the sentence end when nothing matches inside it;
// scanning the sentence's own slice keeps every rule linear in the sentence length.
import { codeSet } from './code-set';

/** All matches of the global regex `re` inside text[start, end), with indices into `text`. */
export function matchesIn(re: RegExp, text: string, start: number, end: number): RegExpExecArray[] {
  const slice = text.slice(start, end);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    m.index += start;
    out.push(m);
  }
  return out;
}

// (by char code: every character of a clause is tested)
const OPENERS = codeSet('《(“');
const CLOSERS = codeSet('》)”');
const CLAUSE_BREAK = codeSet(',;:。!?\n');

/**
 * Where the clause starting at `from` ends (index of the comma, semicolon, full stop…),
 * not counting breaks inside 《…》, (…) or “…”: a report title may hold a comma.
 * `stopAt(i)` may end the clause earlier (e.g. before "并完成…").
 */
export function clauseEnd(text: string, from: number, limit: number, stopAt?: (i: number) => boolean): number {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (OPENERS.has(code)) depth++;
    else if (CLOSERS.has(code)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (CLAUSE_BREAK.has(code) || stopAt?.(i))) return i;
  }
  return limit;
}

/** Start of the clause that holds `index` (just after the last break before it). */
export function clauseStart(text: string, from: number, index: number): number {
  for (let k = index - 1; k >= from; k--) if (CLAUSE_BREAK.has(text.charCodeAt(k))) return k + 1;
  return from;
}
