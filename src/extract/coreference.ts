// Coreference inside one article.
//   新当选镇长 (no name)          → the person the meeting elected to that post
//   two names one character apart → flagged on both people (never merged): a typo or two people?
// (会议/大会 → the section's meeting is in sections.ts; 柳主任 → mentions/people.ts.)
import type { Sentence } from './sentences';
import type { PersonMention } from './mentions/people';
import { TITLE_CORE_RE } from './mentions/titles';
import { nameLengthAt } from './mentions/names';
import { TITLES_AFTER_NAME } from './lexicon/titles';
import { matchesIn } from './scan';

const NEW_HOLDER = /新当选(?:的)?/g;

/** "新当选镇长作表态发言": a mention of whoever was elected to 镇长. */
export function newHolderReferences(text: string, s: Sentence, electedByCore: ReadonlyMap<string, string>, known: ReadonlySet<string>): PersonMention[] {
  const found: PersonMention[] = [];
  for (const m of matchesIn(NEW_HOLDER, text, s.start, s.end)) {
    const after = m.index + m[0].length;
    const core = matchesIn(TITLE_CORE_RE, text, after, Math.min(s.end, after + 16))[0];
    if (!core) continue;
    const coreEnd = core.index + core[0].length;
    if (nameLengthAt(text, coreEnd, s.end, { known, strict: true }) > 0) continue; // named: not a reference
    const title = text.slice(after, coreEnd);
    const person = [...electedByCore.entries()].find(([c]) => title.endsWith(c) && !(title.includes('副') && !c.includes('副')))?.[1];
    if (person) found.push({ name: person, start: m.index, end: coreEnd, spanStart: m.index, posts: [], sentenceIndex: s.index, kind: 'coref' });
  }
  return found;
}

/** Pairs of names of equal length that differ in exactly one character. */
export function similarNames(names: readonly string[]): Array<[string, string]> {
  // names that differ only at position k share the key "name with k masked"
  const pairs: Array<[string, string]> = [];
  const buckets = new Map<string, string[]>();
  for (const name of new Set(names)) {
    if (name.length < 3) continue;
    for (let k = 0; k < name.length; k++) {
      const key = `${k}:${name.slice(0, k)}\u0000${name.slice(k + 1)}`;
      const bucket = buckets.get(key);
      if (bucket) {
        for (const other of bucket) pairs.push([other, name]);
        bucket.push(name);
      } else buckets.set(key, [name]);
    }
  }
  return pairs;
}

const BARE_TITLE = new RegExp(`(?:^|[,;:。!?\\n])((?:[镇乡县区市]|街道)?(?:${TITLES_AFTER_NAME.join('|')}))(?=作|主持|代表|在|指出|强调|要求|表示|提出|讲话|宣读|传达|就|向|对|所作)`, 'g');

/**
 * "会上,镇长作政府工作报告": a head's title with no name, at the head of a clause, refers
 * to the one person the article presented with that title (none when two could be meant).
 */
export function bareTitleReferences(text: string, s: Sentence, titlesByPerson: ReadonlyMap<string, ReadonlySet<string>>): PersonMention[] {
  const found: PersonMention[] = [];
  for (const m of matchesIn(BARE_TITLE, text, s.start, s.end)) {
    const title = m[1];
    const start = m.index + m[0].length - title.length;
    const deputy = title.includes('副');
    const bare = title.replace(/^(?:[镇乡县区市]|街道)/, '');
    const holders = [...titlesByPerson.entries()].filter(([, titles]) => [...titles].some((t) => t.endsWith(bare) && t.includes('副') === deputy));
    if (holders.length === 1) found.push({ name: holders[0][0], start, end: start + title.length, spanStart: start, posts: [], sentenceIndex: s.index, kind: 'coref' });
  }
  return found;
}
