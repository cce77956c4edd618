// The extraction contract: what `extract(text, meta)` returns.
//
// This file is shared by three layers: src/extract produces it, src/graph turns it into
// nodes and relationships, src/cli prints it. Change it deliberately and in one commit
// with every consumer.
//
// Offsets: every `start`/`end` is a JavaScript string index (UTF-16 code units) into the
// ORIGINAL input text as the caller passed it (before HTML stripping, traditional →
// simplified conversion or whitespace folding), `end` exclusive. So
// `input.slice(e.start, e.end)` is the supporting text as published.

/** The characters that support an entity mention or a relation. */
export interface Evidence {
  /** The supporting span, as it stands in the original input. */
  text: string;
  start: number;
  end: number;
  /** The whole sentence around the span (normalised text: simplified, markup removed). */
  sentence: string;
  /** Index of that sentence in the article (0-based). */
  sentenceIndex: number;
}

import type { PlaceLevel } from '../gazetteer/levels';

export type { PlaceLevel };

export interface PlaceEntity {
  /** Local id within this result, e.g. "place:泖港镇". */
  id: string;
  /** Full name as written, e.g. 泖港镇, 松江区, 禾丰县. */
  name: string;
  level: PlaceLevel;
  /** Id of the enclosing place when the article tells it (禾丰县柳塘镇 → 柳塘镇 IN 禾丰县). */
  parentId?: string;
  /** Statistical division code (泖港镇 → 310117109) when the article tells which division it is. */
  code?: string;
  /** True for a name the gazetteer does not list, kept because the grammar is strong. */
  unlisted?: boolean;
  /** The division codes it may be, when the gazetteer lists the name several times and the article does not tell which. */
  candidates?: string[];
}

export type OrganizationType =
  | 'party_committee' // 党委, 县委, 党工委
  | 'discipline_commission' // 纪委
  | 'congress' // 人民代表大会 / 人大 (incl. 人大主席团 of a town)
  | 'standing_committee' // 人大常委会
  | 'government' // 人民政府
  | 'cppcc' // 政协
  | 'court' // 法院
  | 'procuratorate' // 检察院
  | 'subdistrict' // 街道办事处
  | 'meeting_body' // 大会主席团, 大会执行主席团: bodies of one meeting
  | 'other';

export interface OrganizationEntity {
  /** Local id, e.g. "org:泖港镇/party_committee". */
  id: string;
  /** Display name with jurisdiction where known, e.g. 泖港镇党委, 县人大常委会. */
  name: string;
  type: OrganizationType;
  /** Jurisdiction, when the article tells it (explicitly or as the article's own place). */
  placeId?: string;
}

export interface PostEntity {
  /** Local id, e.g. "post:org:泖港镇/party_committee/党委书记". */
  id: string;
  /** The post as written in the article, without the person's name (镇党委副书记). */
  title: string;
  /** The post without jurisdiction prefixes (党委副书记, 镇长, 人大常委会副主任). */
  canonical: string;
  organizationId?: string;
}

export interface PersonEntity {
  /** Local id, e.g. "person:杜立松". */
  id: string;
  /** The name only, without titles or 同志; stray spaces removed. */
  name: string;
  /** Every place the person is mentioned by name or resolved by coreference. */
  mentions: Evidence[];
  /** Jurisdiction the person serves in, as far as the article tells (their post's place, else the article's). */
  placeId?: string;
  /**
   * Notes for a human reviewer, e.g. "similar-name:杜立松" when another name in the
   * article differs by one character (flagged, never silently merged).
   */
  flags: string[];
}

export type MeetingKind =
  | 'congress' // 人民代表大会第N次会议
  | 'party_congress' // 党代会, 党员代表大会
  | 'party_plenum' // 全委会, 全体会议 of a party committee
  | 'standing_committee' // 人大常委会第N次会议
  | 'cppcc' // 政协 session
  | 'presidium' // 大会主席团会议
  | 'work_meeting' // 工作会议, 务虚会, 工作大会
  | 'assembly' // 议政代表会, 选民代表会议, 居民代表会议, 居民议事会 (numbered or not)
  | 'mass_organization' // 团代会, 妇代会, 工代会
  | 'election' // 村/居民委员会换届选举大会, 选举大会
  | 'party_members' // 党员大会 of a branch or a community party organisation
  | 'other';

export interface MeetingEntity {
  /** Local id, e.g. "meeting:泖港镇/congress/6/8". */
  id: string;
  /** Full name, built from what the article says: 泖港镇第六届人民代表大会第八次会议. */
  name: string;
  kind: MeetingKind;
  /** The body that meets, e.g. 泖港镇人民代表大会, 县人大常委会, 镇党委. */
  body: string;
  placeId?: string;
  /** 届 (term), when stated. */
  term?: number;
  /** 次 (session within the term), when stated. */
  session?: number;
  /**
   * The body, when one kind of meeting has several with the same numbers in one place:
   * discipline (纪委 plenum), standing / chair / directors / executive_committee (a council),
   * government, or a mass organisation (妇联…). Part of the meeting's identity.
   */
  variant?: string;
  /**
   * The designation as the article writes it (九届二次常委会议), when it differs from `name`:
   * the canonical name keys and displays the meeting, the written form is its evidence.
   */
  written?: string;
  /** For a sitting (预备会议, 第一次全体会议, 闭幕会…): its name; the session is `parentId`. */
  sitting?: string;
  parentId?: string;
  /** ISO dates (YYYY-MM-DD) when the year can be told, else null; the raw text is kept. */
  start: string | null;
  end: string | null;
  dateText?: string;
  mentions: Evidence[];
}

export type ItemKind = 'report' | 'budget' | 'project' | 'resolution' | 'other';

/** Something a meeting heard or approved: a report, a budget, a project, a resolution, a list, a method. */
export interface ItemEntity {
  /** Local id, e.g. "item:政府工作报告". */
  id: string;
  /** As written, without 《》 (镇2024年预算执行情况和2025年预算草案报告). */
  title: string;
  kind: ItemKind;
  mentions: Evidence[];
}

export type RelationType = 'HOLDS' | 'PRESIDED' | 'REPORTED' | 'ELECTED' | 'APPROVED' | 'SPOKE' | 'ATTENDED' | 'LEFT';

/**
 * One fact. Which ids are set depends on the type:
 * HOLDS person+post · PRESIDED/SPOKE/ATTENDED person+meeting · REPORTED person+item+meeting ·
 * ELECTED person+post+meeting · APPROVED item+meeting · LEFT person+post (+meeting when one decided it).
 */
export interface Relation {
  type: RelationType;
  personId?: string;
  meetingId?: string;
  postId?: string;
  itemId?: string;
  evidence: Evidence;
  /** Set for ELECTED: 补选 (by-election), 选举, 当选, 任命 (appointment by a standing committee). */
  mode?: 'elected' | 'by_election' | 'appointed';
  /** Set for LEFT: removed (免去), resigned (辞去, 接受…辞职) or ended (不再担任). */
  leave?: 'removed' | 'resigned' | 'ended';
}

export interface ArticleInfo {
  /** File name or URL the text came from, when the caller tells it. */
  source?: string;
  /** The headline, when one can be told (first short line, or <title>). */
  title?: string;
  /** Publication date (ISO) if the text shows one, else null. */
  published: string | null;
  /** Ids of the places the article is about, most specific first. */
  placeIds: string[];
  /** Input form the normaliser detected. */
  format: 'text' | 'html';
  /** True when the input was in traditional characters and was converted. */
  converted: boolean;
  /** Length of the original input, in UTF-16 code units. */
  chars: number;
}

export interface ExtractionResult {
  article: ArticleInfo;
  places: PlaceEntity[];
  organizations: OrganizationEntity[];
  posts: PostEntity[];
  people: PersonEntity[];
  meetings: MeetingEntity[];
  items: ItemEntity[];
  relations: Relation[];
  /** Things a reader should know: no meeting found, truncated text, similar names… */
  warnings: string[];
  /**
   * Coverage: sentences with a trigger word (主持, 当选, 通过, 作…报告, 讲话…) that yielded no
   * fact of the kind it announces, so a user sees what was not read (see coverage.ts).
   */
  unread?: UnreadSentence[];
}

/** What the caller may tell the extractor about the text. */
export interface ExtractMeta {
  source?: string;
  /** Publication date (ISO) when known from outside the text; wins over dates found in it. */
  published?: string;
  /** Force the input format; by default it is sniffed. */
  format?: 'text' | 'html';
}

export interface UnreadSentence {
  sentenceIndex: number;
  /** The sentence as normalised (simplified, markup removed). */
  sentence: string;
  /** The relation kinds its triggers announce but no fact of the sentence has. */
  unread: RelationType[];
  /** The trigger words found, as written in the normalised text. */
  triggers: string[];
  /** Span of the sentence in the original input. */
  start: number;
  end: number;
}
