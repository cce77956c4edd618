// Finds the supporting span inside its sentence, so the panel can mark it. The sentence is
// normalised text (simplified characters, markup removed) while the span is the text as
// published, so an exact match is tried first, then one that ignores white space.

export interface Highlighted {
  before: string;
  match: string;
  after: string;
}

export function highlightSpan(sentence: string, span: string): Highlighted | null {
  if (!span) return null;
  const exact = sentence.indexOf(span);
  if (exact >= 0) return { before: sentence.slice(0, exact), match: span, after: sentence.slice(exact + span.length) };

  // Match the span's non-space characters in order, allowing white space between them.
  const wanted = [...span.replace(/\s+/gu, '')];
  if (!wanted.length) return null;
  const chars = [...sentence];
  for (let start = 0; start < chars.length; start++) {
    if (chars[start] !== wanted[0]) continue;
    let i = start;
    let k = 0;
    while (i < chars.length && k < wanted.length) {
      if (chars[i] === wanted[k]) k++;
      else if (!/\s/u.test(chars[i])) break;
      i++;
    }
    if (k === wanted.length) return { before: chars.slice(0, start).join(''), match: chars.slice(start, i).join(''), after: chars.slice(i).join('') };
  }
  return null;
}
