// The extraction pipeline: pure stages, text in, facts with evidence out.
//
//   normalize → sentences → meetings + sections → people (two passes: names found in the
//   first pass settle ambiguous name ends in the second) → relation rules per sentence →
//   entities and relations with evidence mapped back to the original input.
import type { ExtractMeta, ExtractionResult } from './types';
import { normalize } from './normalize';
import { sentenceAt, splitSentences, type Sentence } from './sentences';
import { findMeetings, type MeetingMention } from './mentions/meetings';
import { meetingPerSentence } from './sections';
import { barePeople, bracketedTitles, knownPeople, mergeMentions, nameBeforeTitle, surnameTitleReferences, titledPeople, type PersonMention, type PostMention } from './mentions/people';
import { bareTitleReferences, newHolderReferences } from './coreference';
import type { Fact, SentenceContext } from './relations/fact';
import { elected } from './relations/elected';
import { RELATION_RULES, newArticleState } from './relations';
import { buildResult } from './result';
import { unreadSentences } from './coverage';
import { originalSpan } from './normalize';
import { electionsAtTheFirstMeeting } from './relations/first-meeting-elections';
import { withoutHeadlineSummaries } from './relations/approved';
import { readAgain, readRemembering, type Reading } from './asked-names';

export function extract(input: string, meta: ExtractMeta = {}): ExtractionResult {
  const norm = normalize(input, meta.format);
  const text = norm.text;
  // page furniture (links to other articles…) is read for nothing
  const split = splitSentences(text);
  const sentences = split.filter((s) => !s.noise).map((s, index) => ({ ...s, index }));
  // (the lists of links to other articles: their places are the other articles')
  const linkLists = split.filter((s) => s.linkList);
  const meetingMentions = findMeetings(text).filter((m) => sentenceAt(sentences, m.start) !== undefined);
  const meetingOf = meetingPerSentence(sentences, meetingMentions);

  // pass 1: names that are certain (titled, comrades, elected) make the known-name set
  const known = new Set<string>();
  const titledAndBare = sentences.map((s) => {
    const titled = readRemembering(known, (names) => titledPeople(text, s, names));
    for (const p of titled.result) known.add(p.name);
    const bare = readRemembering(known, (names) => barePeople(text, s, names));
    for (const p of bare.result) known.add(p.name);
    for (const f of elected(context(text, s, [], meetingOf[s.index], known))) if (f.person) known.add(f.person);
    return { titled, bare };
  });
  const firstReadings: FirstReadings[] = sentences.map((s) => {
    const beforeTitle = readRemembering(known, (names) => nameBeforeTitle(text, s, names));
    for (const p of beforeTitle.result) known.add(p.name);
    return { ...titledAndBare[s.index], beforeTitle };
  });

  // pass 2: every mention, then the relation rules
  const peopleBySentence = sentences.map((s) => firstMentions(text, s, known, firstReadings[s.index]));
  const electedBySentence = sentences.map((s) => elected(context(text, s, peopleBySentence[s.index], meetingOf[s.index], known)));
  const electedByCore = new Map<string, string>();
  for (const facts of electedBySentence) for (const f of facts) if (f.type === 'ELECTED' && f.core && f.person) electedByCore.set(f.core, f.person);
  // who was presented with which title: for 柳主任 (by title core) and bare 镇长 (by title held)
  const coresByPerson = collect(peopleBySentence, (post) => post.core, false);
  for (const name of known) if (!coresByPerson.has(name)) coresByPerson.set(name, new Set());
  const people = [...coresByPerson.entries()].map(([name, cores]) => ({ name, cores }));
  const titlesByPerson = collect(peopleBySentence, (post) => post.title, true);

  const facts: Fact[] = [];
  const article = newArticleState(electedBySentence);
  const allMentions: PersonMention[] = [];
  const knownBySentence = knownPeople(text, sentences, known);
  let lastMeeting: MeetingMention | undefined;
  for (const s of sentences) {
    const meeting = meetingOf[s.index];
    if (meeting !== lastMeeting) article.speakers.lastSubject = undefined;
    lastMeeting = meeting;
    const mentions = mergeMentions([
      peopleBySentence[s.index],
      newHolderReferences(text, s, electedByCore, known),
      surnameTitleReferences(text, s, people),
      bareTitleReferences(text, s, titlesByPerson),
      knownBySentence[s.index],
    ]);
    allMentions.push(...mentions);
    const ctx = context(text, s, mentions, meeting, known);
    for (const rule of RELATION_RULES) facts.push(...rule.find(ctx, article));
  }
  const result = buildResult({ input, meta, norm, sentences, linkLists, meetingMentions, meetingOf, mentions: allMentions, facts: electionsAtTheFirstMeeting(withoutHeadlineSummaries(facts, sentences), meetingMentions) });
  // every fact a sentence gave counts, also one the result keeps with an earlier sentence's
  // evidence; a fact that needs a meeting and has none was not read
  const read = facts.filter((f) => f.type === 'HOLDS' || f.type === 'LEFT' || f.meeting).map((f) => ({ type: f.type, evidence: { sentenceIndex: f.sentenceIndex } }));
  result.unread = unreadSentences(sentences, read, (a, b) => originalSpan(norm, a, b));
  return result;
}

/** name → the set of `pick(post)` over every post written next to that name. */
function collect(mentions: PersonMention[][], pick: (post: PostMention) => string, heldOnly: boolean): Map<string, Set<string>> {
  const byPerson = new Map<string, Set<string>>();
  for (const list of mentions) {
    for (const p of list) {
      for (const post of p.posts) {
        if (heldOnly && post.nominee) continue;
        let set = byPerson.get(p.name);
        if (!set) byPerson.set(p.name, (set = new Set()));
        set.add(pick(post));
      }
    }
  }
  return byPerson;
}


/** What pass 1 read of one sentence, kept for pass 2 where the known names answer alike. */
interface FirstReadings {
  titled: Reading<PersonMention[]>;
  bare: Reading<PersonMention[]>;
  beforeTitle: Reading<PersonMention[]>;
}

function firstMentions(text: string, s: Sentence, known: ReadonlySet<string>, first: FirstReadings): PersonMention[] {
  const titled = readAgain(first.titled, known, (names) => titledPeople(text, s, names));
  const beforeTitle = readAgain(first.beforeTitle, known, (names) => nameBeforeTitle(text, s, names));
  return mergeMentions([titled, beforeTitle, bracketedTitles(text, s, known), readAgain(first.bare, known, (names) => barePeople(text, s, names))]);
}

function context(text: string, sentence: Sentence, people: PersonMention[], meeting: MeetingMention | undefined, known: ReadonlySet<string>): SentenceContext {
  return { text, sentence, people, meeting, known };
}
