// What every relation rule produces: a fact over names and titles, with its evidence span
// in the normalised text. The pipeline turns facts into entities and relations.
import type { ItemKind, RelationType } from '../types';
import type { Sentence } from '../sentences';
import type { PersonMention } from '../mentions/people';
import type { MeetingMention } from '../mentions/meetings';

/**
 * What a rule declares it reads: its relation type, and the trigger words a reader would
 * expect a fact of it from. Coverage reports a sentence with a trigger and no such fact.
 */
export interface RuleTriggers {
  type: RelationType;
  /** global, so that every trigger of a sentence is found */
  triggers: RegExp;
}

export interface Fact {
  type: RelationType;
  person?: string;
  /** HOLDS/ELECTED: the post as written, and its title core. */
  title?: string;
  core?: string;
  /** REPORTED/APPROVED: the report or item as written (without 《》). */
  item?: string;
  itemKind?: ItemKind;
  meeting?: MeetingMention;
  /** A sitting of the meeting named in the evidence (预备会议, 第一次全体会议). */
  sitting?: string;
  mode?: 'elected' | 'by_election' | 'appointed';
  /** LEFT: removed (免去), resigned (辞去) or no longer holding the post (不再担任). */
  leave?: 'removed' | 'resigned' | 'ended';
  /** HOLDS read from "name + title" only: dropped when the person holds that title in a fuller form. */
  weak?: boolean;
  start: number;
  end: number;
  sentenceIndex: number;
}

/** What a relation rule reads about one sentence. */
export interface SentenceContext {
  text: string;
  sentence: Sentence;
  /** People mentioned in the sentence, in order. */
  people: PersonMention[];
  meeting?: MeetingMention;
  /** Names known in the article. */
  known: ReadonlySet<string>;
}

const LIST_GAP = /^(?:同志)?[、和与及]$/;
// titled people listed with commas (县委常委、副县长甲,副县长乙,…): each name carries its own
// title (a few characters of it may be read as a place of its own: ,某某开发区管委会副主任乙)
const TITLED_LIST_GAP = /^(?:同志)?(?:[、和与及]|,[\u4e00-\u9fff]{0,4})$/;

/**
 * `last` and the mentions listed right before it (甲、乙和丙): for 分别 (each of them).
 * With `commas`, a comma also joins the list where each name carries its own title.
 */
export function listEndingWith(ctx: SentenceContext, last: PersonMention, commas = false): PersonMention[] {
  const before = ctx.people.filter((p) => p.end <= last.spanStart);
  const all = [last];
  for (let i = before.length - 1; i >= 0; i--) {
    const gap = ctx.text.slice(before[i].end, all[0].spanStart);
    const joined = LIST_GAP.test(gap) || (commas && TITLED_LIST_GAP.test(gap) && before[i].posts.length > 0 && all[0].posts.length > 0);
    if (!joined) break;
    all.unshift(before[i]);
  }
  return all;
}

/** The mention ending closest before `index` in the sentence. */
export function mentionBefore(ctx: SentenceContext, index: number): PersonMention | undefined {
  let best: PersonMention | undefined;
  for (const p of ctx.people) if (p.end <= index) best = p;
  return best;
}
