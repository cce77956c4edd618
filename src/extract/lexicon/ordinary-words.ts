// Whether the characters before a level word (县, 市, 镇, 街道…) are a name or prose that
// runs into the level word: 出席县第十五届党代会 ("attend the county's…"), 决定市十七届人大
// ("decided that the city's…"), 截至目前市… ("so far, the city's…"). A name the gazetteer
// does not list is accepted only when it is not made of ordinary words; jieba's dictionary
// (lexicon/dictionary.ts) tells verbs, prepositions, adverbs and time words from names.
import { wordTag } from './dictionary';
import { ORGANIZATION_ENDINGS } from './organizations';

/**
 * jieba's tags of the words that run into a level word in prose: verbs (v, vn, vd),
 * prepositions (p), adverbs (d, ad), conjunctions (c), pronouns (r), time words (t),
 * locality words (f), particles (u…). Numerals are left out: 五里店, 十八里 are names.
 */
const PROSE_TAG = /^(?:v|vn|vd|p|d|ad|c|r|t|f|u)/;
/** A word less frequent than this in jieba's corpus is as likely a name as a word. */
const PROSE_FREQ = 500;
const LONGEST_WORD = 4;
const ORGANIZATION_LAST = new RegExp(`(?:${ORGANIZATION_ENDINGS.filter((w) => w.length >= 2).join('|')})$`);

function isProseWord(word: string): boolean {
  const w = wordTag(word);
  return w !== undefined && w.freq >= PROSE_FREQ && PROSE_TAG.test(w.tag) && !w.tag.startsWith('ns');
}

/** The longest dictionary word (two to four characters) at the start of `text`. */
function wordAtStart(text: string): string | undefined {
  for (let len = Math.min(LONGEST_WORD, text.length); len >= 2; len--) {
    const word = text.slice(0, len);
    if (wordTag(word)) return word;
  }
  return undefined;
}

/**
 * True when `stem` (a place candidate without its level word) is prose, not a name: it
 * starts with a verb, preposition, adverb or time word (出席|县, 截至目前|市), it is an
 * organisation's name (市委|市政府), prose follows a place inside it (某镇出席|县), or it is
 * made of such words from end to end.
 */
export function isProseStem(stem: string): boolean {
  if (!stem) return false;
  let answer = proseStems.get(stem);
  if (answer === undefined) {
    if (proseStems.size >= REMEMBERED_STEMS) proseStems.clear();
    proseStems.set(stem, (answer = readProseStem(stem)));
  }
  return answer;
}
// the same candidates come back in every article (each place written before a level word)
const proseStems = new Map<string, boolean>();
const REMEMBERED_STEMS = 20000;

function readProseStem(stem: string): boolean {
  // 某镇出席|县…: a place and prose after it is no longer name
  const inner = /(?:街道|镇|乡|县|区|市|旗)(?=[\u4e00-\u9fff]{2,}$)/.exec(stem);
  if (inner && isProseStem(stem.slice(inner.index + inner[0].length))) return true;
  if (ORGANIZATION_LAST.test(stem)) return true;
  const first = wordAtStart(stem);
  if (first && isProseWord(first)) return true;
  // every word of it ordinary: 目前|现在, 同时|进一步
  let rest = stem;
  while (rest) {
    const word = wordAtStart(rest);
    if (!word || !isProseWord(word)) return false;
    rest = rest.slice(word.length);
  }
  return true;
}
