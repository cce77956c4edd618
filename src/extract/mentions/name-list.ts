// Lists of names, the one grammar every relation of the genre uses for several people:
//
//   甲、乙和丙 · 甲同志、乙同志 · 甲(女)、乙 · 甲(兼)、乙(兼职) · 甲、乙等3名同志 · 甲、乙两位同志 ·
//   甲以190票的高票 · 甲、乙等20名代表 · 甲等47人
//
// Reads: a clause (or the text right after a verb). Adds: the names, in order, and where the
// list and its trailing noise (counts, votes, 同志) end, so the caller can read what follows
// (为…, 当选…). Names are told by mentions/names.ts; what sits between and after them here.
import { isName, nameLengthAt } from './names';
import { isFrequentWord } from '../lexicon/dictionary';

const COUNT = '[0-9零〇一二两三四五六七八九十百]+';
// The noise of the genre's name lists, as regex sources composed below:
const GENDER = '\\((?:女|男|[\\u4e00-\\u9fff]{1,3}族)\\)'; // 甲(女), 乙(藏族)
const VOTE = `以${COUNT}票(?:的高票)?|以全票|以高票|全票|高票`; // 以190票的高票, 全票
// 乙(兼), 丙(兼职): a deputy who keeps another post; the note is the list's, not the name's
const SIDE_NOTE = '\\((?:兼职?|专职|挂职)\\)';
const PER_NAME = `同志|${GENDER}|${SIDE_NOTE}|${VOTE}`;
const HEADCOUNT = `等?${COUNT}(?:名|位|个|人)(?:同志|代表|委员|党员|居民|村民|人员|人)?`; // 等20名代表, 两位同志
const PER_LIST = `${HEADCOUNT}|等(?:同志|人)?|同志|分别|均|都|光荣|顺利|依法|${VOTE}|的高票`;
/** What may follow one name in a list before the separator: 同志, (女), a vote count. */
const AFTER_ONE_NAME = new RegExp(`^(?:${PER_NAME})+`);
/** What may follow the whole list: 等N名同志, N位同志, 分别, 均, 光荣, 顺利… */
const AFTER_LIST = new RegExp(`^(?:${PER_LIST})+`);
const SEPARATOR = /^(?:、|和|及|与|以及|,(?=[\u4e00-\u9fff]{2,4}(?:同志)?[、,]))/;

export interface NameList {
  names: string[];
  /** Index just after the last name and its noise. */
  end: number;
}

export interface NameListOptions {
  known?: ReadonlySet<string>;
  /** Accept rare surnames (the end must then be certain). */
  allowUnknownSurname?: boolean;
  /** Where a "titled name" starts: its length, so a list may hold 县委副书记甲 (resolved by the caller). */
  titledAt?: (i: number) => { name: string; end: number } | undefined;
}

/** Reads a list of names starting exactly at `start` (forwards), or undefined when no name starts there. */
export function nameListAt(text: string, start: number, limit: number, options: NameListOptions = {}): NameList | undefined {
  const names: string[] = [];
  let j = start;
  let end = start;
  for (;;) {
    const titled = options.titledAt?.(j);
    let len = titled ? titled.end - j : nameLengthAt(text, j, limit, { known: options.known, allowUnknownSurname: options.allowUnknownSurname });
    // inside a list, a piece the name reader doubts (万家宁: 万家 is a word; 和某某 after 、,
    // where 和 cannot be a conjunction; 扎西顿珠) is vouched for by the names around it when
    // it runs exactly to the next separator
    if (!len && names.length) len = vouchedPiece(text, j, limit, text[j - 1] === '、');
    if (!len && !names.length && !titled) {
      const first = vouchedPiece(text, j, limit, false);
      if (first && text[j + first] === '、' && !VERB_FIRST.test(text.slice(j, j + 2)) && nameLengthAt(text, j + first + 1, limit, { known: options.known })) len = first;
    }
    if (!len) break;
    names.push(titled ? titled.name : text.slice(j, j + len).replace(/\s+/g, ''));
    j += len;
    j += AFTER_ONE_NAME.exec(text.slice(j, Math.min(limit, j + 14)))?.[0].length ?? 0;
    end = j;
    const sep = SEPARATOR.exec(text.slice(j, Math.min(limit, j + 8)));
    if (!sep) break;
    j += sep[0].length;
  }
  if (!names.length) return undefined;
  end += AFTER_LIST.exec(text.slice(end, Math.min(limit, end + 16)))?.[0].length ?? 0;
  return { names, end };
}

// a list that starts with a verb (选举甲、乙为…) starts after it
const VERB_FIRST = /^(?:选举|任命|补选|增补|推选|递补|决定|同意|通过|当选|提名|聘任|免去|接受)/;

function vouchedPiece(text: string, j: number, limit: number, afterComma: boolean): number {
  const piece = /^[\u4e00-\u9fff]{2,4}?(?=[、,。;)]|为|和|及|$)/.exec(text.slice(j, Math.min(limit, j + 5)));
  if (!piece) return 0;
  // (和 opens a name only right after 、: 甲、和某某; the given name is what is checked)
  const word = afterComma && piece[0][0] === '和' && piece[0].length > 2 ? piece[0].slice(1) : piece[0];
  return couldBeName(word) ? piece[0].length : 0;
}

/** The same noise read backwards, at the end of a clause (甲、乙等3名同志以全票) and of one piece. */
const TRAILING_NOISE = new RegExp(`(?:${PER_NAME}|${PER_LIST}|以)+$`);
const PIECE_NOISE = new RegExp(`(?:${PER_NAME})+$`);

/**
 * The names a clause ends with ("经计票,甲、乙和丙等3名同志" → 甲, 乙, 丙), read backwards
 * from the end of `clause`; words before the first name (宣布, 某某社区) are left out.
 */
export function namesEndingClause(clause: string, known?: ReadonlySet<string>): string[] {
  const c = clause.replace(TRAILING_NOISE, '');
  const parts = splitList(c);
  const names: string[] = [];
  // in a list of names, a piece that could be a name of a rare surname or a minority name
  // (巴图孟和, 其其格) is one: its neighbours vouch for it
  const vouched = parts.filter((p) => isName(p.replace(PIECE_NOISE, ''), known)).length >= 2;
  for (let k = parts.length - 1; k >= 0; k--) {
    const part = parts[k].replace(PIECE_NOISE, '').replace(/\s+/g, '');
    if (isName(part, known) || (vouched && k > 0 && couldBeName(part))) {
      names.unshift(part);
      continue;
    }
    // the first piece may carry the words before the list: "大会宣布甲", "某社区甲"
    if (k === 0 || names.length === 0) {
      const tail = [3, 2, 4].map((n) => part.slice(-n)).find((t) => t.length >= 2 && isName(t, known) && !headEndsInsideName(part, t) && introducesName(part.slice(0, -t.length), t, known));
      if (tail) names.unshift(tail);
    }
    break;
  }
  return names;
}

// What may stand right before a name at the head of a clause: nothing, a title, 宣布/经,
// a place or a community (某社区甲). A verb or adverb (表示荣幸…) does not introduce a name.
const NAME_INTRODUCER = /(?:^|[^\u4e00-\u9fff]|宣布|经|由|是|镇|乡|街道|区|县|市|旗|社区|村|长|书记|主任|主席|委员|代表|同志|成员|干部|党员)$/;

function introducesName(head: string, tail: string, known?: ReadonlySet<string>): boolean {
  return known?.has(tail) === true || NAME_INTRODUCER.test(head);
}

// "…议程为补选镇长杨某": a two-character tail whose preceding character is a surname-like
// character of a longer name is ambiguous; keep such cases to the name reader's verdict.
function headEndsInsideName(part: string, tail: string): boolean {
  return part.length > tail.length && /[\u4e00-\u9fff]/.test(part[part.length - tail.length - 1]) && tail.length === 2 && isName(part.slice(-3));
}

const NEVER_IN_NAME = /[的了是在和与及等为由对从将把被镇乡县区市村委会党府院局室所部团队长员记任席]/;

/** A piece of a name list that may be a name the surname list does not know: short, no word, no function character. */
export function couldBeName(piece: string): boolean {
  return /^[\u4e00-\u9fff]{2,5}$/.test(piece) && !NEVER_IN_NAME.test(piece) && !isFrequentWord(piece);
}

/** Splits at 、 and at 和/及/与 between two names. */
function splitList(clause: string): string[] {
  const pieces = clause.split('、');
  const out: string[] = [];
  for (const piece of pieces) {
    const m = /^(.+?)(?:和|及|与)([^和及与]{2,4})$/.exec(piece);
    if (m && isName(m[2].replace(PIECE_NOISE, '')) && isName(m[1].replace(PIECE_NOISE, '').slice(-3))) out.push(m[1], m[2]);
    else out.push(piece);
  }
  return out;
}
