// Regex scanning inside one sentence. A global regex exec'd on the whole article from a
// sentence's start would run on past the sentence end when nothing matches inside it;
// scanning the sentence's own slice keeps every rule linear in the sentence length.

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
