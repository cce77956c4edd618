// Coverage: the sentences a reader would expect facts from (they carry a trigger word such
// as 主持, 当选, 通过, 作…报告, 讲话) that yielded no fact of that kind. Users see from it what
// the extractor did not read; the team sees where the rules stop.
//
// Reads: the sentences and the final relations (with their evidence sentence). Adds: one
// entry per such sentence, with the triggers left unread and the sentence's span in the
// original input.
import type { RelationType, UnreadSentence } from './types';
import { RULE_TRIGGERS } from './relations';

export type { UnreadSentence };

// one test first: most sentences carry no trigger at all
const ANY_TRIGGER = new RegExp(RULE_TRIGGERS.map((r) => r.triggers.source).join('|'));
// words at a trigger that make it no fact: 通过无记名投票方式 (by means of), 选举办法 (a
// document), 讲话精神 (an earlier speech), 报…批准 (approval still to come)
const NOT_A_FACT = /^(?:通过(?:无记名|举手|投票|电子|视频|网络|线上|书面|现场|推选|民主|差额|集体|依法|多种)|选举(?:办法|工作|产生的|委员会|大会|法|权|结果|有效|环节|期间|程序)|主持人|讲话精神|重要讲话|当选证书|任命书|批准[。,]?$)/;
// a thing as the subject of a speech verb: 报告指出, 会议强调, 大会要求
const THING_BEFORE = /(?:报告|会议|大会|全会|文件|通知|决定|规划)(?:还|也|进一步|同时|明确)?$/;

export interface CoverageSentence {
  index: number;
  text: string;
  start: number;
  end: number;
  heading?: boolean;
}

/** The sentences with triggers that no relation of the announced kind came from. */
export function unreadSentences(
  sentences: readonly CoverageSentence[],
  relations: ReadonlyArray<{ type: RelationType; evidence: { sentenceIndex: number } }>,
  toOriginal: (start: number, end: number) => { start: number; end: number },
): UnreadSentence[] {
  const read = new Map<number, Set<RelationType>>();
  for (const r of relations) {
    const kinds = read.get(r.evidence.sentenceIndex) ?? new Set<RelationType>();
    kinds.add(r.type);
    read.set(r.evidence.sentenceIndex, kinds);
  }
  const out: UnreadSentence[] = [];
  for (const s of sentences) {
    if (!ANY_TRIGGER.test(s.text)) continue;
    const unread = new Set<RelationType>();
    const triggers: string[] = [];
    const readHere = read.get(s.index);
    for (const { triggers: re, type } of RULE_TRIGGERS) {
      if (readHere?.has(type)) continue;
      re.lastIndex = 0;
      // (exec, not matchAll: matchAll copies the regex for every sentence)
      for (let m = re.exec(s.text); m !== null; m = re.exec(s.text)) {
        const at = m.index;
        if (NOT_A_FACT.test(s.text.slice(at, at + m[0].length + 6))) continue;
        if (type === 'SPOKE' && THING_BEFORE.test(s.text.slice(Math.max(0, at - 6), at))) continue;
        if (type === 'APPROVED' && /报[^,。;]{0,10}$/.test(s.text.slice(Math.max(0, at - 12), at))) continue;
        unread.add(type);
        triggers.push(m[0].length > 8 ? m[0].slice(0, 2) : m[0]);
      }
    }
    if (!unread.size) continue;
    const span = toOriginal(s.start, s.end);
    out.push({ sentenceIndex: s.index, sentence: s.text, unread: [...unread], triggers: [...new Set(triggers)], start: span.start, end: span.end });
  }
  return out;
}
