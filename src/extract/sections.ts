// Which meeting each sentence talks about ("会议/大会/本次会议" → the meeting of the current
// section). An article can hold several news items, each about its own meeting; an item
// starts at a headline naming a meeting, or after a byline such as "(镇党政办)", or at a
// sentence reporting that another meeting was held.
//
// An item whose text never names its meeting (a continuation page, a body printed apart
// from its headline) takes the meeting of the nearest headline that has no body of its
// own, else the meeting of the item before it; never the meeting of a later item, and
// never another item's meeting when its own headline names a meeting not recognised.
import type { Sentence } from './sentences';
import { SPOKEN_AT_AFTER, type MeetingMention } from './mentions/meetings';
import type { MeetingKind } from './types';

const HELD = /召开|举行|开幕|闭幕|举办/;
// "决定市第五次代表大会于5月6日召开" (or 决定,…), "将于近期召开", "审议了召开…会议的有关事项":
// a meeting convened for later, not held here, so no news item of its own starts at it
const CONVENED_LATER = /(?:决定[,:]?|定于|将于|拟于)[^。,;]{0,30}?于[^。,;]{0,30}?(?:召开|举行)|(?:将|拟)于[^。,;]{0,20}?(?:召开|举行)|(?:召开|举行)[^。,;]{0,30}?的(?:有关|相关)?(?:事项|决定|议案|准备|筹备)/g;

function reportsHeld(sentence: Sentence): boolean {
  return HELD.test(sentence.text.replace(CONVENED_LATER, ''));
}

// a photographer's credit, "(记者 某某 摄)": it closes a photo caption, not a news item
const PHOTO_CREDIT = /摄[)）】\]]$/;
// 列席了 + a meeting: the sentence goes on about that meeting
const ATTENDED_BEFORE = /(?:列席|出席|参加)了[^,，。;；]{0,8}$/;
// what a meeting does as the subject of its sentence
const MEETING_ACTS = '选举|听取|审议|通过|讨论|决定|表决';
// a sentence whose subject is a meeting of its own: 某某委员会会议听取了…
const OWN_MEETING_SUBJECT = new RegExp(`^[^\\u4e00-\\u9fff]{0,3}(?!本次|此次|这次|大会|会议)[\\u4e00-\\u9fff]{2,20}(?:会议|全会)(?:${MEETING_ACTS})`);

// a headline reporting a meeting held in a form not recognised (某镇党委召开全体会议): a news
// item of its own, whose meeting is unknown
const UNNAMED_MEETING_HEADLINE = /(?:召开|举行)[^,。]{0,24}?(?:会议|全会|大会|会)$/;

// the kind of meeting such a headline speaks of, when its words tell (人代会 → congress)
const HEADLINE_KINDS: ReadonlyArray<readonly [RegExp, MeetingKind]> = [
  [/常委会/, 'standing_committee'],
  [/政协/, 'cppcc'],
  [/人代会|人民代表大会|人大会议/, 'congress'],
  [/党代会|党员代表大会/, 'party_congress'],
  [/全会|全体(?:\(扩大\))?会议|全委(?:扩大)?会/, 'party_plenum'],
];

// "在随后召开的…会议上" / "同日召开的…会议": a meeting held within the news item, about which
// only this sentence speaks; the item goes on about its own meeting after it
const EPISODE_BEFORE = /^[^\u4e00-\u9fff]{0,2}在?(?:随后|会后|紧接着|随即|当天|同日|当日|同时)(?:召开|举行)的[^,，。;；]{0,8}$/;

// "随后,某党委召开第一次会议,选举…" / "大会闭幕后,随后召开了…第一次全体会议,选举…": the first
// meeting of a body the congress just elected, told in the rest of one sentence; the article
// goes on about the congress (a sentence that stops at the meeting leaves it to the next ones)
const EPISODE_HELD_BEFORE = /^[^\u4e00-\u9fff]{0,2}(?:[^,，。;；]{0,10}后[,，])?(?:随后|会后|紧接着|随即)[,，]?[^,，。;；]{0,12}?(?:召开|举行)了?[^,，。;；]{0,14}$/;

function isEpisode(s: Sentence, m: MeetingMention): boolean {
  const before = s.text.slice(0, m.start - s.start);
  return EPISODE_BEFORE.test(before) || (EPISODE_HELD_BEFORE.test(before) && /^[,，]/.test(text(s, m)));
}

// "县纪委第一次全体会议选举某某为书记": a sentence whose subject is a meeting (its body's words
// before it, an act of it right after) speaks of that meeting
const SUBJECT_ACT = new RegExp(`^(?:${MEETING_ACTS})`);
function opensAsSubject(s: Sentence, m: MeetingMention): boolean {
  const before = s.text.slice(0, m.start - s.start);
  return /^[^\u4e00-\u9fff]{0,2}[\u4e00-\u9fff]{0,12}$/.test(before) && !/[了的在]/.test(before) && SUBJECT_ACT.test(s.text.slice(m.end - s.start));
}

/** 县委第一次全体会议 after 中共某县第九届委员会第一次全体会议: the same meeting, its term left out. */
function shortFormOf(m: MeetingMention, meeting: MeetingMention): boolean {
  const a = m.designation;
  const b = meeting.designation;
  return !!a && !!b && a.family === b.family && a.council === b.council && a.session !== undefined && a.session === b.session && a.term === undefined && b.term !== undefined;
}

// "某某作全镇党员大会讲话": a speech the sentence places at the meeting it names
const SPEECH_AT_BEFORE = /作[^,，。;；作]{0,8}$/;
function speechGivenAt(s: Sentence, m: MeetingMention): boolean {
  return SPEECH_AT_BEFORE.test(s.text.slice(0, m.start - s.start)) && SPOKEN_AT_AFTER.test(s.text.slice(m.end - s.start, m.end - s.start + 8));
}

/** What the sentence says right after the mention. */
function text(s: Sentence, m: MeetingMention): string {
  return s.text.slice(m.end - s.start, m.end - s.start + 2);
}

// the meetings held in sittings (开幕会, 闭幕大会) with a presidium, and the words for those
const HAS_SITTINGS: ReadonlySet<MeetingKind> = new Set(['congress', 'party_congress', 'cppcc', 'mass_organization']);
const CONGRESS_SITTING = /闭幕(?:大会|会|式)|开幕(?:大会|会|式)|大会主席团|预备会议/;

interface Section {
  meeting?: MeetingMention;
  /** Starts at a headline of a meeting not recognised: never borrows another item's meeting. */
  unknownMeeting?: boolean;
  /** The kind that headline names, if its words tell. */
  headlineKind?: MeetingKind;
  hasBody: boolean;
  sentences: number[];
}

/** The article's one meeting, when every meeting it names is that one (or held within it). */
function onlyMeeting(mentions: MeetingMention[]): MeetingMention | undefined {
  let only: MeetingMention | undefined;
  for (const m of mentions) {
    if (m.reference) continue;
    const top = m.parent ?? m;
    if (only && only.key !== top.key) return undefined;
    if (!only || (only !== m && !m.parent)) only = top;
  }
  return only;
}

/** For every sentence, the meeting mention its facts belong to (undefined when none is known). */
export function meetingPerSentence(sentences: Sentence[], mentions: MeetingMention[]): (MeetingMention | undefined)[] {
  const bySentence = mentionsBySentence(sentences, mentions);
  const sections = cutIntoSections(sentences, bySentence);
  const result = meetingsOfSections(sections, sentences);
  giveLeadToTheOnlyMeeting(result, sections[0], sentences, mentions, bySentence);
  giveSittingsBackToTheCongress(result, sentences, bySentence);
  bindSentencesSetAtAMeeting(result, sentences, bySentence);
  bindSentencesOpeningWithACommunity(result, sentences, mentions);
  return result;
}

/**
 * Elections of several communities told in one item (某社区和某社区通过…选举): a sentence that
 * opens with one of those communities (某社区甲、乙当选为…) speaks of that community's election.
 */
function bindSentencesOpeningWithACommunity(result: (MeetingMention | undefined)[], sentences: Sentence[], mentions: MeetingMention[]): void {
  const elections = mentions.filter((m) => m.kind === 'election' && !m.reference && m.place && m.place.length > 1);
  if (elections.length < 2) return;
  for (let i = 0; i < sentences.length; i++) {
    if (result[i]?.kind !== 'election') continue;
    const opening = sentences[i].text.replace(/^[^\u4e00-\u9fff]{0,2}/, '');
    const own = elections.find((m) => opening.startsWith(m.place!));
    if (own) result[i] = own;
  }
}

/** The meetings each sentence names (references left out). */
function mentionsBySentence(sentences: Sentence[], mentions: MeetingMention[]): MeetingMention[][] {
  const bySentence: MeetingMention[][] = sentences.map(() => []);
  let k = 0;
  for (const m of mentions) {
    if (m.reference) continue;
    while (k < sentences.length && sentences[k].end <= m.start) k++;
    if (k < sentences.length && m.start >= sentences[k].start) bySentence[k].push(m);
  }
  return bySentence;
}

/** The news items of the article: a new one where another meeting is headlined or reported held. */
function cutIntoSections(sentences: Sentence[], bySentence: MeetingMention[][]): Section[] {
  const sections: Section[] = [];
  let current: Section = { hasBody: false, sentences: [] };
  sections.push(current);
  const startSection = () => {
    current = { hasBody: false, sentences: [] };
    sections.push(current);
  };
  sentences.forEach((s, i) => {
    const named = bySentence[i][0];
    if (s.byline && !PHOTO_CREDIT.test(s.text)) {
      current.sentences.push(i);
      startSection();
      return;
    }
    if (!named && s.heading && UNNAMED_MEETING_HEADLINE.test(s.text)) {
      if (current.meeting || current.hasBody) startSection();
      current.unknownMeeting = true;
      current.headlineKind = HEADLINE_KINDS.find(([re]) => re.test(s.text))?.[1];
    }
    if (named) {
      // (a meeting held within the section's session, its presidium, is not a new item)
      const differs = current.meeting && current.meeting.key !== named.key && named.parent?.key !== current.meeting.key;
      if (differs && !isEpisode(s, named) && (s.heading || reportsHeld(s))) startSection();
      // an item whose meeting is still unknown ends where another meeting is headlined or
      // reported held: its sentences must not take a meeting introduced only later
      // (unless the item's own headline spoke of a meeting of that kind: 某镇召开人代会)
      else if (current.meeting === undefined && current.hasBody && (s.heading || reportsHeld(s)) && current.headlineKind !== named.kind) startSection();
      // an item headlined with a meeting not recognised takes a meeting named later in its
      // body only when that sentence reports it held, or it is of the headline's kind
      const mentionedLater = current.unknownMeeting && current.hasBody && !reportsHeld(s) && current.headlineKind !== named.kind;
      // "代表资格审查委员会会议听取了…" in a lead before the session is named: a meeting held
      // within the session speaks for its own sentence only, the item is the session's
      const sittingAsSubject = named.parent !== undefined && opensAsSubject(s, named) && !reportsHeld(s);
      if (!current.meeting && !mentionedLater && !sittingAsSubject) current.meeting = named;
    }
    if (!s.heading) current.hasBody = true;
    current.sentences.push(i);
  });
  return sections;
}

/** Each item's sentences take its meeting (or a headline-only item's, or the one before). */
function meetingsOfSections(sections: Section[], sentences: Sentence[]): (MeetingMention | undefined)[] {
  const result: (MeetingMention | undefined)[] = new Array(sentences.length).fill(undefined);
  const used = new Set<Section>();
  sections.forEach((section, k) => {
    let meeting = section.meeting;
    if (!meeting && section.hasBody && !section.unknownMeeting) {
      const headlineOnly = sections.slice(0, k).reverse().find((x) => x.meeting && !x.hasBody && !used.has(x));
      if (headlineOnly) {
        used.add(headlineOnly);
        meeting = headlineOnly.meeting;
      } else {
        // never a meeting introduced only later in the article: no meeting (the facts that
        // need one are dropped, with a warning) is better than the wrong one
        meeting = sections.slice(0, k).reverse().find((x) => x.meeting)?.meeting;
      }
    }
    // a photo caption between two bylines, "(某某作报告)", belongs to the item it sits in
    if (!meeting && !section.hasBody && section.sentences.every((i) => sentences[i].byline)) {
      meeting = sections.slice(0, k).reverse().find((x) => x.meeting)?.meeting;
    }
    for (const i of section.sentences) result[i] = meeting;
  });
  return result;
}

/** An article about one meeting gives its lead, written before the meeting is named, to it. */
function giveLeadToTheOnlyMeeting(result: (MeetingMention | undefined)[], lead: Section, sentences: Sentence[], mentions: MeetingMention[], bySentence: MeetingMention[][]): void {
  // an article about one meeting: a lead written before the meeting is named (a photo
  // caption "某某在会上讲话") is about that meeting too, unless a sentence of it opens with a
  // meeting of its own not recognised (某委员会会议听取了…); one recognised as held within
  // the session (its credentials committee's) takes that sentence (bindSentencesSetAtAMeeting)
  const only = onlyMeeting(mentions);
  // (a lead that reports a meeting held, 某镇党委召开全体会议, is an item of its own whose
  // meeting is not recognised)
  if (only && !lead.meeting && !lead.unknownMeeting && !lead.sentences.some((i) => reportsHeld(sentences[i]))) {
    for (const i of lead.sentences) {
      const ownSitting = bySentence[i].some((m) => m.parent?.key === only.key && opensAsSubject(sentences[i], m));
      if (!result[i] && (ownSitting || !OWN_MEETING_SUBJECT.test(sentences[i].text))) result[i] = only;
    }
  }
}

// "在主席团第三次会议上,…;表决通过…。": a sentence that names a meeting held within the
// section's session (its presidium) speaks of that meeting, up to the end of the full
// sentence (a ; does not end it)
// "在某妇联第十六届一次执委会议上,某某当选为主席": a sentence that sets itself at a meeting
// ("在…会议上", "…会议上,") speaks of that meeting, whichever the section's is
// "委员们列席了县人大第四次会议,听取了…": what follows in the sentence happened at the
// meeting its people attended; "某某作党员大会讲话": the speech, at the meeting it names
function setAtMeeting(s: Sentence, m: MeetingMention): boolean {
  return (
    (m.start - s.start <= 2 && /^上[,，]?/.test(text(s, m))) || opensAsSubject(s, m) ||
    isEpisode(s, m) || speechGivenAt(s, m) || (ATTENDED_BEFORE.test(s.text.slice(0, m.start - s.start)) && /^[,，]/.test(text(s, m)))
  );
}

/** A sentence about a congress's sittings after its first plenum's item is the congress's. */
function giveSittingsBackToTheCongress(result: (MeetingMention | undefined)[], sentences: Sentence[], bySentence: MeetingMention[][]): void {
  // "主席团常务主席某某主持闭幕大会" after a plenum held when the congress closed: a sentence
  // about a congress's sittings speaks of the congress, not of the body it elected
  let lastCongress: MeetingMention | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const meeting = result[i];
    if (meeting && HAS_SITTINGS.has(meeting.kind) && !meeting.designation?.council) lastCongress = meeting;
    else if (lastCongress && meeting && !meeting.parent && !bySentence[i].length && CONGRESS_SITTING.test(sentences[i].text)) result[i] = lastCongress;
  }
}

/** A sentence set at another meeting (or at a sitting of the item's) speaks of that one, up to its full stop. */
function bindSentencesSetAtAMeeting(result: (MeetingMention | undefined)[], sentences: Sentence[], bySentence: MeetingMention[][]): void {
  for (let i = 0; i < sentences.length; i++) {
    const child = bySentence[i].find((m) => (m.parent && result[i] && m.parent.key === result[i]!.key) || (result[i] && m.key !== result[i]!.key && !shortFormOf(m, result[i]!) && setAtMeeting(sentences[i], m)));
    if (!child) continue;
    for (let j = i; j < sentences.length; j++) {
      result[j] = child;
      if (!/[;；]\s*$/.test(sentences[j].text)) break;
    }
  }
}
