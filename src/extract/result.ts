// The last stage: facts over names → the ExtractionResult contract (types.ts): entities
// with local ids, relations pointing at them, evidence mapped to the original input.
import type {
  Evidence, ExtractMeta, ExtractionResult, ItemEntity, MeetingEntity, OrganizationEntity, OrganizationType,
  PersonEntity, PlaceEntity, PostEntity, Relation,
} from './types';
import { originalSpan, type NormalizedText } from './normalize';
import { sentenceAt, type Sentence } from './sentences';
import type { MeetingMention } from './mentions/meetings';
import type { PersonMention } from './mentions/people';
import type { Fact } from './relations/fact';
import { findPlaces } from './places/recognize';
import { dateMeetingsToldWithin } from './told-within';
import { findPublished, partOfYearReported, sessionDates, yearsDiscussed, yearsReviewed } from './mentions/dates';
import { leadTitle } from './headline';
import { similarNames } from './coreference';
import { placeLevel } from '../gazetteer/levels';
import { NOT_PLACES } from './lexicon/places';
import { ORGANIZATION_WORDS } from './lexicon/organizations';
import { withoutLeadingVerb } from './mentions/titles';
import { PRESIDIUM, bodyBefore, bodyForm, bodyOfListedLine, communityOf, isMeetingRole, leadingArticlePlace, namedOffice, otherLevelWord, representedBody } from './bodies';
import { seemsTruncated } from './truncation';
import { designationVariant } from './grammar/designation';

export interface ResultInput {
  input: string;
  meta: ExtractMeta;
  norm: NormalizedText;
  sentences: Sentence[];
  /** The lines of lists of links to other articles (noise, not among `sentences`). */
  linkLists: ReadonlyArray<{ start: number; end: number }>;
  meetingMentions: MeetingMention[];
  meetingOf: (MeetingMention | undefined)[];
  mentions: PersonMention[];
  facts: Fact[];
}

const LEADING_PLACE = /^(?:中共)?(?:[\u4e00-\u9fff]{1,4}?(?:省|市|州|县|区|旗))?(?:[\u4e00-\u9fff]{1,4}?(?:街道|镇|乡))?/;
const STARTS_WITH_DIGIT = /^\d/;
const MEETING_WORD = /会议|大会|召开|闭幕|开幕|务虚会|党代会|人代会/;
const DATED = /\d月\d|\d日|今天|今日|昨天|昨日|前天/;
const HEAD_OF_GOVERNMENT = /^(?:常务)?(?:副)?(?:代理|代)?(?:镇|乡|县|区|市|省)长$/;
const LABEL_MARK = /[:：]/;
const ORGANIZATION_WORD_LIST = ORGANIZATION_WORDS.map(([w]) => w);
const BARE_LEVEL_PREFIX = /^(?:镇|乡|县|区|市|省|街道)(?=[\u4e00-\u9fff])/;

type EvidenceOf = (start: number, end: number, sentenceIndex: number) => Evidence;

const placeId = (name: string) => `place:${name}`;

export function buildResult(r: ResultInput): ExtractionResult {
  const { input, meta, norm, sentences } = r;
  const evidence: EvidenceOf = (start, end, sentenceIndex) => {
    const span = originalSpan(norm, start, end);
    return { text: input.slice(span.start, span.end), start: span.start, end: span.end, sentence: sentences[sentenceIndex]?.text ?? '', sentenceIndex };
  };
  const warnings: string[] = [];
  const published = meta.published ?? findPublished(norm.text);
  const places = placeEntities(r);
  const primaryPlace = places[0]?.name;
  const meetings = meetingRegistry(r, places, primaryPlace, published, evidence);
  for (const m of r.meetingMentions) if (!m.reference) meetings.entity(m);
  if (!meetings.list.length) warnings.push('no meeting found in the article: facts that need a meeting (PRESIDED, REPORTED, ELECTED, APPROVED, SPOKE) were not extracted');
  const posts = postRegistry(primaryPlace, places.map((p) => p.name), norm.text, sentences);
  const people = personRegistry(primaryPlace);
  for (const m of r.mentions) people.entity(m.name).mentions.push(evidence(m.start, m.end, m.sentenceIndex));
  for (const [a, b] of similarNames(people.list.map((p) => p.name))) {
    people.entity(a).flags.push(`similar-name:${b}`);
    people.entity(b).flags.push(`similar-name:${a}`);
    warnings.push(`two names differ by one character: ${a} / ${b} (kept apart; check the article)`);
  }
  const items = itemRegistry();
  const { relations, droppedIn } = relationsOf(r.facts, { meetings, posts, people, items }, evidence);
  if (meetings.list.length && droppedIn.size) {
    const indexes = [...droppedIn].sort((a, b) => a - b);
    // the first sentence quoted, so a reader finds it without counting
    const first = r.sentences[indexes[0]]?.text ?? '';
    const quoted = first.length > 40 ? `${first.slice(0, 40)}…` : first;
    warnings.push(`no meeting is known for the news item of sentence(s) ${indexes.join(', ')} («${quoted}»; the article names a meeting only later, or in a form not recognised): their PRESIDED/REPORTED/ELECTED/APPROVED/SPOKE facts were dropped rather than given to another meeting; check the article`);
  }
  dateMeetingsToldWithin(meetings.list);
  warnings.push(...textWarnings(norm.text));
  const headline = headlineOf(norm, sentences);
  return {
    article: {
      ...(meta.source ? { source: meta.source } : {}),
      ...(headline ? { title: headline } : {}),
      published,
      placeIds: places.map((p) => p.id),
      format: norm.format,
      converted: norm.converted,
      chars: input.length,
    },
    places,
    organizations: posts.organizations,
    posts: posts.list,
    people: people.list,
    meetings: meetings.list,
    items: items.list,
    relations,
    warnings,
  };
}

/** Places: recognised against the gazetteer, with the places the meetings are named after. */
function placeEntities(r: ResultInput): PlaceEntity[] {
  const placeMentions = findPlaces(withoutLinkLists(r.norm.text, r.linkLists), r.meetingMentions.filter((m) => !m.reference).map((m) => m.place ?? ''));
  const places: PlaceEntity[] = [];
  for (const p of placeMentions) {
    const level = p.level ?? placeLevel(p.name);
    if (!level) continue;
    places.push({
      id: placeId(p.name), name: p.name, level, ...(p.parent ? { parentId: placeId(p.parent) } : {}),
      ...(p.code ? { code: p.code } : {}), ...(p.unlisted ? { unlisted: true } : {}), ...(p.candidates ? { candidates: p.candidates } : {}),
    });
  }
  for (const p of places) if (p.parentId && !places.some((q) => q.id === p.parentId)) places.push({ id: p.parentId, name: p.parentId.slice(6), level: placeLevel(p.parentId.slice(6)) ?? 'county' });
  return places;
}

/** The text with its lists of links to other articles blanked, at the same offsets: their places are other articles'. */
function withoutLinkLists(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string {
  if (!spans.length) return text;
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    parts.push(text.slice(at, s.start), ' '.repeat(s.end - s.start));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The name and place of a meeting, its place filled in from the article's where the name leaves it out. */
function placedMeetingName(best: MeetingMention, primaryPlace: string | undefined, places: PlaceEntity[]): { name: string; place: string | undefined } {
  let name = best.name;
  let place = best.place;
  if (!place && primaryPlace && !best.parent && !name.includes(primaryPlace)) {
    // a meeting named without a place (第十三届人民代表大会第三次会议, 村民委换届选举大会)
    // is the article's own place's
    // (镇纪委… in an article about 青柳镇: the bare 镇 is that town)
    const level = /(?:街道|镇|乡|县|区|市|旗)$/.exec(primaryPlace)?.[0];
    // (after the words that name the organisation: 共青团第十八届… → 共青团某县第十八届…)
    const lead = /^(?:中共|共青团)/.exec(name)?.[0] ?? '';
    const rest = name.slice(lead.length);
    name = lead + primaryPlace + (level && rest.startsWith(level) ? rest.slice(level.length) : rest);
    place = primaryPlace;
  } else if (!place && primaryPlace && !best.parent && name.startsWith(primaryPlace)) {
    // (a community's meeting named with it: 某村选举大会 in an article about that village)
    place = primaryPlace;
  } else if (place && place.length === 1 && primaryPlace && placeLevel(primaryPlace) === 'town' && (best.kind === 'congress' || best.kind === 'party_congress' || best.kind === 'party_plenum' || best.kind === 'work_meeting' || (best.kind === 'presidium' && !best.parent) || (best.kind === 'mass_organization' && /^[镇乡]$/.test(place))) && !name.includes(primaryPlace)) {
    // (after the words that name the organisation: 中共镇… → 中共某镇…)
    const party = /^中共/.exec(name)?.[0] ?? '';
    name = party + primaryPlace + name.slice(party.length).replace(/^(?:镇|乡|街道)/, '');
    place = primaryPlace;
  }
  // 县政协…, 区十届人大常委会…: a bare level word is the one place of that level the article is about
  const bare = place && place.length === 1 ? places.filter((p) => p.name.endsWith(place!) && p.level !== 'village' && p.level !== 'town') : [];
  // (after the words that name the organisation: 中共县… , 共青团县…)
  const lead = place ? /^(?:中共|共青团|中国人民政治协商会议第[^届]+届)?/.exec(name)![0] : '';
  if (bare.length === 1 && place && name.startsWith(place, lead.length)) {
    name = lead + bare[0].name + name.slice(lead.length + 1);
    place = bare[0].name;
  } else if (bare.length === 1 && best.kind === 'work_meeting' && !name.includes(bare[0].name)) {
    // 我县召开…推进会: a work meeting of the place its level word stands for (named after it
    // unless its name says whose it is: 中央、省委…讨论会)
    if (!/^(?:中央|全国|省|市|县|区|镇|乡)|[、,]/.test(name)) name = bare[0].name + name;
    place = bare[0].name;
  }
  return { name, place };
}

/** Meetings by mention key, made on first use; sittings under their session. */
/** The designation as written, when the article writes it otherwise than the canonical name. */
function writtenForm(text: string, mention: MeetingMention, name: string): { written?: string } {
  const written = text.slice(mention.start, mention.end).replace(/\s+/g, '');
  return written && written !== name && !name.endsWith(written) && !mention.reference ? { written } : {};
}

function meetingRegistry(r: ResultInput, places: PlaceEntity[], primaryPlace: string | undefined, published: string | null, evidence: EvidenceOf) {
  const meetings: MeetingEntity[] = [];
  const meetingByKey = new Map<string, MeetingEntity>();
  const years = yearsDiscussed(r.norm.text);
  const hints = { partOfYear: partOfYearReported(r.norm.text), reviewed: yearsReviewed(r.norm.text) };
  const mentionsByKey = new Map<string, MeetingMention[]>();
  for (const m of r.meetingMentions) (mentionsByKey.get(m.key) ?? mentionsByKey.set(m.key, []).get(m.key)!).push(m);
  // the dated sentences of each meeting, the first few (a session's days are told early)
  const datedSentences = new Map<string, string[]>();
  for (const s of r.sentences) {
    const key = r.meetingOf[s.index]?.key;
    if (!key || s.heading || !DATED.test(s.text)) continue;
    const list = datedSentences.get(key) ?? datedSentences.set(key, []).get(key)!;
    if (list.length < 6) list.push(s.text);
  }
  const meetingEntity = (mention: MeetingMention): MeetingEntity => {
    const existing = meetingByKey.get(mention.key);
    if (existing) return existing;
    const sameKey = mentionsByKey.get(mention.key) ?? [mention];
    // the mention naming its place most fully, then the longest name (the full form over the abbreviation)
    const fuller = (a: MeetingMention, b: MeetingMention) => (b.place?.length ?? 0) - (a.place?.length ?? 0) || (b.reference === a.reference ? b.name.length - a.name.length : 0);
    const best = sameKey.reduce((a, b) => (fuller(a, b) > 0 ? b : a), mention);
    const { name, place } = placedMeetingName(best, primaryPlace, places);
    const dated = datedSentences.get(mention.key);
    const date = dated ? sessionDates(dated, published, years, hints) : undefined;
    const variant = best.designation ? designationVariant(best.designation) : undefined;
    // a body whose meetings share their kind with another's (a 纪委 plenum is a party plenum
    // like the committee's, with the same numbers at a first sitting): its name keeps the ids apart
    const [family, ...rest] = mention.key.split('/');
    const id = `meeting:${place ?? '-'}/${best.kind}/${rest.join('/')}${variant && family !== best.kind ? `/${variant}` : ''}`;
    const entity: MeetingEntity = {
      id, name, kind: best.kind, body: best.body || place || '', ...(place ? { placeId: placeId(place) } : {}),
      ...(best.term !== undefined ? { term: best.term } : {}), ...(best.session !== undefined ? { session: best.session } : {}),
      ...(variant ? { variant } : {}),
      ...writtenForm(r.norm.text, best, name),
      start: date?.start ?? null, end: date?.end ?? date?.start ?? null, ...(date ? { dateText: date.text } : {}),
      mentions: sameKey.map((m) => evidence(m.start, m.end, sentenceAt(r.sentences, m.start)?.index ?? 0)),
    };
    meetingByKey.set(mention.key, entity);
    meetings.push(entity);
    if (best.parent) {
      entity.parentId = meetingEntity(best.parent).id;
      // a presidium meeting of the session (主席团第三次会议) is held within it like a sitting:
      // so the graph keys it under the session, and two of them never merge
      // (and so is a sitting the grammar read in the designation: 预备会议, 第二次全体会议)
      const within = best.kind === 'presidium' ? /主席团第[^次]+次会议$/.exec(name)?.[0] : best.designation?.sitting && name.endsWith(best.designation.sitting) ? best.designation.sitting : undefined;
      if (within) entity.sitting = within;
    }
    return entity;
  };
  const meetingById = new Map<string, MeetingEntity>();
  const sittingEntity = (parent: MeetingEntity, sitting: string): MeetingEntity => {
    const id = `${parent.id}/${sitting}`;
    let entity = meetingById.get(id);
    if (!entity) {
      entity = { id, name: `${parent.name}${sitting}`, kind: parent.kind, body: parent.body, placeId: parent.placeId, term: parent.term, session: parent.session, sitting, parentId: parent.id, start: null, end: null, mentions: [] };
      meetings.push(entity);
      meetingById.set(id, entity);
    }
    return entity;
  };
  return { list: meetings, entity: meetingEntity, sitting: sittingEntity };
}

/** Posts by title, each with the organization its title names, made on first use. */
function postRegistry(primaryPlace: string | undefined, placeNames: readonly string[], text: string, sentences: readonly Sentence[]) {
  const organizations: OrganizationEntity[] = [];
  const posts: PostEntity[] = [];
  const postByTitle = new Map<string, PostEntity>();
  const postIds = new Set<string>();
  const organizationIds = new Set<string>();
  const postFor = (title: string, body = ''): PostEntity => {
    const cached = postByTitle.get(body + title);
    if (cached) return cached;
    const { orgName, orgType, canonical, place, otherLevel } = analysePost(body + title, primaryPlace, placeNames);
    let organizationId: string | undefined;
    if (orgType) {
      // a body of another level (县委 in a town article) has no place of the article's: the
      // graph puts it in the division of its level word (graph/ingest/map.ts)
      const orgPlace = otherLevel ? undefined : place ?? primaryPlace;
      // offices of no typed body and a session's bodies are told apart by name (某乡财政所, 主席团)
      const named = orgType === 'other' || orgType === 'meeting_body' ? `/${orgName}` : '';
      organizationId = (otherLevel ? `org:${primaryPlace}/${otherLevel}/${orgType}` : `org:${orgPlace ?? '-'}/${orgType}`) + named;
      if (!organizationIds.has(organizationId)) {
        organizationIds.add(organizationId);
        organizations.push({ id: organizationId, name: orgName!, type: orgType, ...(orgPlace ? { placeId: placeId(orgPlace) } : {}) });
      }
    }
    const id = `post:${organizationId ?? 'org:-'}/${canonical}`;
    const post: PostEntity = { id: postIds.has(id) ? `${id}#${title}` : id, title, canonical, ...(organizationId ? { organizationId } : {}) };
    postIds.add(id);
    posts.push(post);
    postByTitle.set(body + title, post);
    return post;
  };
  // a post written without its body (副主任 after 县人大常委会主任某某,): the body named before it in the sentence
  const typed = new Map<string, boolean>();
  const namesItsBody = (title: string) => typed.get(title) ?? typed.set(title, !!analysePost(title, primaryPlace, placeNames).orgType).get(title)!;
  // a bare post labelling its line of a list (委员:某某): the body of the labels above it
  const listedBody = (title: string, sentence: Sentence, at: number): string => {
    if (at !== sentence.start || !LABEL_MARK.test(text.charAt(at + title.length))) return '';
    const linesBefore = sentences.slice(Math.max(0, sentence.index - 8), sentence.index).map((s) => s.text);
    return bodyOfListedLine(linesBefore, title, ORGANIZATION_WORD_LIST) ?? '';
  };
  // a village's or community's committee named without it (当选为居委会成员): the one named before it
  const villages = placeNames.filter((p) => placeLevel(p) === 'village');
  const bodyOf = (f: Fact): string => {
    const sentence = sentences[f.sentenceIndex];
    if (!f.title || !sentence) return '';
    const named = namesItsBody(f.title);
    if (named && !villages.length) return '';
    const at = text.lastIndexOf(f.title, f.end);
    if (at < sentence.start) return '';
    const body = named ? '' : (bodyBefore(text.slice(sentence.start, at), f.title, ORGANIZATION_WORD_LIST) ?? representedBody(text.slice(at + f.title.length, sentence.end), f.title, ORGANIZATION_WORD_LIST) ?? listedBody(f.title, sentence, at));
    return (villages.length ? communityOf(body + f.title, text, at, villages) ?? '' : '') + body;
  };
  return { organizations, list: posts, entity: postFor, bodyOf };
}

/** People by name, placed in the article's place, made on first use. */
function personRegistry(primaryPlace: string | undefined) {
  const people: PersonEntity[] = [];
  const personByName = new Map<string, PersonEntity>();
  const personFor = (name: string): PersonEntity => {
    let p = personByName.get(name);
    if (!p) {
      p = { id: `person:${name}`, name, mentions: [], flags: [], ...(primaryPlace ? { placeId: placeId(primaryPlace) } : {}) };
      people.push(p);
      personByName.set(name, p);
    }
    return p;
  };
  return { list: people, entity: personFor };
}

/** Items by title, made on first use, each collecting its mentions. */
function itemRegistry() {
  const items: ItemEntity[] = [];
  const itemByTitle = new Map<string, ItemEntity>();
  const itemFor = (title: string, kind: ItemEntity['kind'], ev: Evidence): ItemEntity => {
    let item = itemByTitle.get(title);
    if (!item) {
      item = { id: `item:${title}`, title, kind, mentions: [] };
      items.push(item);
      itemByTitle.set(title, item);
    }
    item.mentions.push(ev);
    return item;
  };
  return { list: items, entity: itemFor };
}

interface Registries {
  meetings: ReturnType<typeof meetingRegistry>;
  posts: ReturnType<typeof postRegistry>;
  people: ReturnType<typeof personRegistry>;
  items: ReturnType<typeof itemRegistry>;
}

/** Relations over the entities, one per (type, ends); meeting facts with no meeting are dropped and their sentences named. */
function relationsOf(facts: Fact[], reg: Registries, evidence: EvidenceOf): { relations: Relation[]; droppedIn: Set<number> } {
  const relations: Relation[] = [];
  const seen = new Set<string>();
  // sentences whose meeting facts were dropped because no meeting is known for their news item
  const droppedIn = new Set<number>();
  for (const f of dropWeakHolds(facts)) {
    if (f.type !== 'HOLDS' && f.type !== 'LEFT' && !f.meeting) {
      droppedIn.add(f.sentenceIndex);
      continue;
    }
    const ev = evidence(f.start, f.end, f.sentenceIndex);
    const rel: Relation = { type: f.type, evidence: ev };
    if (f.person) rel.personId = reg.people.entity(f.person).id;
    if (f.title) rel.postId = reg.posts.entity(withoutLeadingVerb(f.title), reg.posts.bodyOf(f)).id;
    if (f.item) rel.itemId = reg.items.entity(f.item, f.itemKind ?? 'other', ev).id;
    if (f.mode) rel.mode = f.mode;
    if (f.leave) rel.leave = f.leave;
    if (f.meeting) {
      const session = reg.meetings.entity(f.meeting);
      rel.meetingId = f.sitting ? reg.meetings.sitting(session, f.sitting).id : session.id;
    }
    const key = [rel.type, rel.personId, rel.meetingId, rel.postId, rel.itemId].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    relations.push(rel);
  }
  return { relations, droppedIn };
}

/** Warnings about the text as a whole: cut off, or empty. */
function textWarnings(text: string): string[] {
  const warnings: string[] = [];
  if (seemsTruncated(text)) warnings.push('the article seems truncated (its last line of prose stops in mid-sentence)');
  if (text.trim().length === 0) warnings.push('the article is empty');
  return warnings;
}

/** The headline: the first heading about a meeting, else the first heading of some length, else the first line of text. */
function headlineOf(norm: NormalizedText, sentences: Sentence[]): string | undefined {
  const headings = sentences.filter((s) => s.heading && !s.byline && s.text.length >= 6 && !STARTS_WITH_DIGIT.test(s.text) && !s.text.startsWith('('));
  return norm.htmlTitle ?? (headings.find((s) => MEETING_WORD.test(s.text)) ?? headings[0])?.text.replace(/^[—\-|]+|[|]+$/g, '') ?? leadTitle(norm.text);
}


// "林某主席" after "镇人大主席林某": the short form names a post already known in full.
function dropWeakHolds(facts: Fact[]): Fact[] {
  const fullTitles = new Map<string, string[]>();
  for (const g of facts) if (g.type === 'HOLDS' && !g.weak && g.person && g.title) (fullTitles.get(g.person) ?? fullTitles.set(g.person, []).get(g.person)!).push(g.title);
  return facts.filter((f) => {
    if (f.type !== 'HOLDS' || !f.weak) return true;
    return !(fullTitles.get(f.person ?? '') ?? []).some((t) => f.core !== undefined && t.endsWith(f.core));
  });
}

/** The organisation, jurisdiction and canonical form of a post as written. */
export function analysePost(written: string, primaryPlace?: string, articlePlaces: readonly string[] = []): { orgName?: string; orgType?: OrganizationType; canonical: string; place?: string; otherLevel?: string } {
  const title = bodyForm(written);
  const known = leadingArticlePlace(title, articlePlaces);
  let placeMatch = known?.written ?? LEADING_PLACE.exec(title)?.[0] ?? '';
  if (!known && (title.startsWith('长', placeMatch.length) || /^[副代正常]/.test(placeMatch) || NOT_PLACES.has(placeMatch))) placeMatch = ''; // 副县长, 社区建设科 name no place
  let place = known ? known.place : placeMatch && placeLevel(placeMatch) ? placeMatch.replace(/^中共/, '') : undefined;
  // 团县委书记: the league's county committee, no place named 团县
  if (!known && /^团(?:县|区|市|旗)$/.test(placeMatch)) {
    placeMatch = '';
    place = undefined;
  }
  let rest = title.slice(placeMatch.length);
  // 某县委书记: the county's committee, written with the place's own level word
  if (place && rest.startsWith('委') && /[县区市旗州]$/.test(placeMatch)) rest = placeMatch.slice(-1) + rest;
  if (!rest) {
    rest = title;
    place = undefined;
  }
  // 镇党委书记 → 党委书记, but 镇长 and 县委常委 keep their level word (it is part of the word)
  let bare = BARE_LEVEL_PREFIX.exec(rest);
  if (bare && !place && (ORGANIZATION_WORDS.some(([w]) => rest.startsWith(w, bare![0].length)) || rest.startsWith('第', bare[0].length))) rest = rest.slice(bare[0].length);
  else bare = null;
  const office = namedOffice(rest);
  // a group sent by a body (县委第二督导组|组长) is a body of its own, not its sender
  const group = office?.endsWith('组') ? ([office, 'other'] as const) : undefined;
  const org = group ?? ORGANIZATION_WORDS.find(([w]) => rest.includes(w)) ?? (HEAD_OF_GOVERNMENT.test(rest) ? (['', 'government'] as const) : office ? ([office, 'other'] as const) : undefined);
  let canonical = rest;
  if (org && org[0] && (org[1] === 'government' || org[1] === 'subdistrict')) canonical = rest.slice(rest.indexOf(org[0]) + org[0].length) || rest;
  // 代理县长 is the 县长 post, held as acting (the title as written keeps 代理)
  canonical = canonical.replace(/^(?:代理|代)(?=[镇乡县区市省旗]长$)/, '');
  // 副县长 in an article about a town: the county's government, named by its level word
  const headLevel = org && !org[0] && !place ? /(镇|乡|县|区|市|省)长$/.exec(rest)?.[1] : undefined;
  const headOfOther = headLevel && otherLevelWord(headLevel, primaryPlace) ? headLevel : '';
  let orgName = org ? (org[0] ? `${place ?? (bare ? bare[0] : '')}${rest.slice(0, rest.indexOf(org[0]) + org[0].length)}` : `${place ?? headOfOther}人民政府`) : undefined;
  // 某县|县委 → 某县委
  if (place && orgName?.startsWith(place + place.slice(-1) + '委')) orgName = place + orgName.slice(place.length + 1);
  // 大会执行主席, 大会秘书长: the session's own roles, chosen by and from its presidium
  if (!org && isMeetingRole(rest)) return { orgName: PRESIDIUM, orgType: 'meeting_body', canonical: rest.replace(/^大会/, ''), ...(place ? { place } : {}) };
  // a bare level word (镇党委) means the article's own place when the levels agree; another
  // level (县委, 县人大常委会 in a town article) is that division's body, not the town's
  const sameLevel = bare && primaryPlace && placeLevel(bare[0]) === placeLevel(primaryPlace);
  const otherLevel = !place && !sameLevel ? otherLevelWord(orgName, primaryPlace) : undefined;
  return { orgName, orgType: org?.[1], canonical, place: place ?? (sameLevel ? primaryPlace : undefined), ...(otherLevel ? { otherLevel } : {}) };
}
