// Two names one character apart (钱立新 / 钱新, 王晓明 / 王小明) in one article and one body:
// possibly one person written two ways, a typo the reader should check. Flagged, never joined.

/** True when `a` becomes `b` by changing, adding or removing exactly one character. */
export function oneCharacterApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    let diff = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
    return diff === 1;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}
