// Coverage: sentences with a trigger word that yielded no fact are listed.
import { extract } from '../../src/extract/pipeline';
import { unreadSentences } from '../../src/extract/coverage';
import { RULE_TRIGGERS } from '../../src/extract/relations';
import { ELECTION_VERBS } from '../../src/extract/relations/elected';

describe('unread sentences', () => {
  const text = '1月6日,青柳镇第九届人民代表大会第三次会议召开。镇党委书记柏云主持会议。会上,全体代表为本镇发展积极建言并提出要求。';

  it('lists a sentence whose trigger gave no fact, with its span in the input', () => {
    const result = extract(text);
    const unread = result.unread ?? [];
    expect(unread.map((u) => u.unread)).toEqual([['SPOKE']]);
    expect(text.slice(unread[0].start, unread[0].end)).toContain('提出要求');
  });

  it('does not list a sentence whose trigger was read', () => {
    const result = extract(text);
    expect(result.relations.some((r) => r.type === 'PRESIDED')).toBe(true);
    expect((result.unread ?? []).some((u) => u.sentence.includes('主持'))).toBe(false);
  });
});

describe('coverage reads its triggers from the rules', () => {
  const sentenceOf = (text: string) => [{ index: 0, text, start: 0, end: text.length }];
  const same = (start: number, end: number) => ({ start, end });

  it('expects an ELECTED fact wherever the elected rule reads a verb', () => {
    for (const verb of ELECTION_VERBS) {
      const text = `大会${verb}柏云为委员。`;
      expect(unreadSentences(sentenceOf(text), [], same).map((u) => u.unread)).toEqual([['ELECTED']]);
      expect(unreadSentences(sentenceOf(text), [{ type: 'ELECTED', evidence: { sentenceIndex: 0 } }], same)).toEqual([]);
    }
  });

  it('declares triggers for every rule whose facts a reader expects from a verb, each once', () => {
    const types = RULE_TRIGGERS.map((r) => r.type);
    expect(new Set(types).size).toBe(types.length);
    expect([...types].sort()).toEqual(['APPROVED', 'ELECTED', 'LEFT', 'PRESIDED', 'REPORTED', 'SPOKE']);
    for (const r of RULE_TRIGGERS) expect(r.triggers.flags).toContain('g');
  });
});
