// The Chinese word dictionary shipped with @node-rs/jieba (jieba's dict.txt: ~349k words,
// each with a corpus frequency and a part-of-speech tag). The extractor uses it to tell
// whether a span that starts with a surname character is a person's name or an ordinary
// word (全部, 常务, 宪法), instead of keeping hand lists of not-names.
//
// Only the words that matter for that question are kept: two to four characters, seen at
// least 100 times in jieba's corpus (~31k words). Loaded once, on first use.
import fs from 'node:fs';

/** Rarer words are not kept. */
const KEPT = 100;
/** A word at least this frequent in jieba's corpus is an ordinary word, not a name. */
const COMMON = 500;
/** A two-character word this frequent at the start of a candidate makes it a word, not a name. */
const VERY_COMMON = 1000;

interface Entry {
  freq: number;
  /** jieba tags person names nr (nrfg, nrt): such a word may be a name. */
  personTag: boolean;
  /** jieba's part-of-speech tag (v verb, p preposition, d adverb, t time, ns place name…). */
  tag: string;
}

let words: Map<string, Entry> | undefined;

function load(): Map<string, Entry> {
  const file = require.resolve('@node-rs/jieba/dict.txt');
  const map = new Map<string, Entry>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const a = line.indexOf(' ');
    if (a < 2 || a > 4) continue;
    const b = line.indexOf(' ', a + 1);
    const freq = Number(line.slice(a + 1, b));
    if (freq < KEPT) continue;
    const tag = line.slice(b + 1).trim();
    map.set(line.slice(0, a), { freq, personTag: tag.startsWith('nr'), tag });
  }
  return map;
}

function entry(word: string): Entry | undefined {
  words ??= load();
  return words.get(word);
}

/**
 * True when `word` is an ordinary word of the dictionary (frequent, not tagged as a name).
 * `veryCommon` asks for the higher bar, for places where a name is expected (after a title).
 */
export function isCommonWord(word: string, veryCommon = false, minFreq = veryCommon ? VERY_COMMON : COMMON): boolean {
  const e = entry(word);
  return e !== undefined && !e.personTag && e.freq >= minFreq;
}

/** True when `word` is in the dictionary at all, frequently enough to be read as a word first. */
export function isFrequentWord(word: string): boolean {
  const e = entry(word);
  return e !== undefined && e.freq >= KEPT;
}

/** True when the two characters at the start of a candidate are a very common word (全部…, 要紧…). */
export function startsWithCommonWord(candidate: string): boolean {
  const e = entry(candidate.slice(0, 2));
  return e !== undefined && !e.personTag && e.freq >= VERY_COMMON;
}

/** jieba's part-of-speech tag of `word` and how often its corpus has it, when the dictionary keeps the word. */
export function wordTag(word: string): { readonly tag: string; readonly freq: number } | undefined {
  // (the entry itself, read-only: the scans ask this of many words)
  return entry(word);
}

