// A title for an article that has no headline of its own: many reposted texts start straight
// with the news ("3月2日，某镇召开…"). Its first line of text stands in for the headline, cut
// to its first sentence and to the length of a headline, so that lists, evidence and exports
// show words a reader recognises instead of a file path.

/** Longest title taken from a body line, in characters (headlines of the genre run 15–35). */
export const LEAD_TITLE_MAX_CHARS = 40;

// a photo caption on a line of its own: (会议现场), 【图】, [现场]
const CAPTION = /^[(（【[][^)）】\]]*[)）】\]]$/;
const HAN = /[\u4e00-\u9fff]/g;
// fewer Han characters than this is a caption or a label (会议现场), not a headline
const MIN_HAN = 6;
// a credit line: 通讯员 某某, 记者 某某, 来源:…
const CREDIT = /^(通讯员|记者|来源|作者|编辑|责任编辑|摄影|图\s*[/／])/;
// decorations around a headline on a page: ——, |, >, bullet points
const EDGE_MARKS = /^[—\-|>·•\s]+|[—\-|>·•\s]+$/g;

/** The first line of the text that reads as words, as a title; undefined when there is none. */
export function leadTitle(text: string): string | undefined {
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+/g, ' ').replace(EDGE_MARKS, '');
    if ((line.match(HAN) ?? []).length < MIN_HAN || CAPTION.test(line) || CREDIT.test(line)) continue;
    const sentence = line.split(/(?<=[。！？!?])/)[0].replace(/[。！？!?]$/, '');
    return sentence.length <= LEAD_TITLE_MAX_CHARS ? sentence : `${sentence.slice(0, LEAD_TITLE_MAX_CHARS - 1)}…`;
  }
  return undefined;
}
