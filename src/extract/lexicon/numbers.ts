// Chinese numerals as they appear in meeting names (第十七届, 第三十一次, 六届人大八次会议).

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Character class source for a numeral (Chinese or Arabic). */
export const NUMERAL = '[零〇一二两三四五六七八九十百0-9]+';

/** Parses 十七, 三十一, 一百零二, 31; returns undefined for anything else. */
export function parseNumeral(text: string): number | undefined {
  if (/^[0-9]+$/.test(text)) return Number(text);
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch in DIGITS) current = DIGITS[ch];
    else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else return undefined;
  }
  return total + current || undefined;
}
