// The body a post belongs to, as the genre writes it, read to one form before the post is
// analysed (result.ts analysePost):
//   - a term number names the body's term, not another body or post (镇第十八届人大主席 is
//     the town congress's 主席; 县十六届人大常委会主任 the county standing committee's 主任);
//   - the CPPCC and the standing committee have a long and a short name (中国人民政治协商会议
//     某县委员会主席 = 某县政协主席; 人民代表大会常务委员会 = 人大常委会);
//   - the place a title starts with is read against the article's own places first (某旗乡|
//     人大主席 is the township's, not a banner's);
//   - a body named by a bare level word (县委, 区人大常委会, 副县长) belongs to the division of
//     that level: in an article about a town, the enclosing county's, never the town's.
import { placeLevel } from './lexicon/places';
import type { PlaceLevel } from './types';

const NUMERAL = '[零〇一二两三四五六七八九十百\\d]';
const TERM = new RegExp(`(?:第${NUMERAL}+届|${NUMERAL}+届|新一届|本届|上一届|上届)`, 'g');
const PROVINCE_TO_TOWN = '(?:街道|镇|乡|县|区|市|旗|州|盟|省)';
const CPPCC_FULL = /^(?:中国人民政治协商会议|政协)(.{2,16}?)委员会(?!主任)/;
const CPPCC_COMMITTEE = /政协委员会/;
// 县政协委员会 is said once: 政协 already names the committee
const LEVEL_WORDS: Record<string, PlaceLevel> = { 县: 'county', 区: 'county', 旗: 'county', 市: 'city', 省: 'province', 镇: 'town', 乡: 'town' };

/** A post's title with its body written in one form (no term number, short names). */
export function bodyForm(title: string): string {
  let t = title.replace(/^中国共产党/, '中共').replace(TERM, '');
  const cppcc = CPPCC_FULL.exec(t);
  if (cppcc && new RegExp(`${PROVINCE_TO_TOWN}$`).test(cppcc[1])) t = `${cppcc[1]}政协${t.slice(cppcc[0].length)}`;
  t = t.replace(/^中国人民政治协商会议/, '政协').replace(CPPCC_COMMITTEE, '政协').replace('人民代表大会常务委员会', '人大常委会');
  return t || title;
}

/**
 * The chain of the article's places a title starts with (松江区泖港镇|党委书记), longest
 * first, and the last place of it; undefined when the title starts with none of them.
 */
export function leadingArticlePlace(title: string, places: readonly string[]): { written: string; place: string } | undefined {
  let i = title.startsWith('中共') ? 2 : 0;
  const from = i;
  let last: string | undefined;
  for (;;) {
    const next = places.filter((p) => p.length >= 2 && title.startsWith(p, i)).sort((a, b) => b.length - a.length)[0];
    if (!next) break;
    last = next;
    i += next.length;
  }
  if (!last || i === from || i >= title.length) return undefined;
  return { written: title.slice(0, i), place: last };
}

/** The level a bare level word names (县 → county, 乡 → town), or undefined. */
export function levelOfWord(word: string): PlaceLevel | undefined {
  return LEVEL_WORDS[word];
}

/**
 * The level word of a body written without its place (县委, 区人大常委会, 县人民政府 → 县),
 * when it names another level than the article's place: such a body is that division's,
 * not the article's place's. Undefined when the body is the article place's own.
 */
export function otherLevelWord(orgName: string | undefined, primaryPlace: string | undefined): string | undefined {
  if (!orgName || !primaryPlace) return undefined;
  const word = orgName.charAt(0);
  const level = LEVEL_WORDS[word];
  const own = placeLevel(primaryPlace);
  return level && own && level !== own ? word : undefined;
}

// where a list of posts starts over: the end of a clause
const CLAUSE_END = /[,，、;；:：。(（\s]/;
const LONGEST_PREFIX = 10;
// titles of a meeting's own roles (大会执行主席, 大会秘书长): no body's post
const MEETING_ROLE = /^(?:大会|执行|会议)/;

/**
 * The body a post written without one belongs to, from the post before it in the same
 * sentence: 县人大常委会主任某某,副主任某某、某某 (the 副主任 are the standing
 * committee's); 区委常委、组织部部长某某 (the district committee's department). The body
 * is the last organisation word written before the title, with the place or level word in
 * front of it (县人大常委会, 区委). Undefined when the sentence names none before it.
 */
export function bodyBefore(before: string, title: string, organizationWords: readonly string[]): string | undefined {
  if (MEETING_ROLE.test(title)) return undefined;
  let best: { at: number; word: string } | undefined;
  for (const word of organizationWords) {
    const at = before.lastIndexOf(word);
    if (at >= 0 && (!best || at > best.at || (at === best.at && word.length > best.word.length))) best = { at, word };
  }
  if (!best) return undefined;
  // the words in front of it back to the start of the clause: its place or level word
  let start = best.at;
  while (start > 0 && best.at - start < LONGEST_PREFIX && !CLAUSE_END.test(before[start - 1])) start--;
  return before.slice(start, best.at) + best.word;
}
