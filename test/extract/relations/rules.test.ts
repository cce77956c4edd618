// The relation rules as one list: the pipeline runs it, coverage reads its triggers from it.
import { RELATION_RULES, RULE_TRIGGERS, newArticleState } from '../../../src/extract/relations';
import { splitSentences } from '../../../src/extract/sentences';

describe('the relation rules', () => {
  it('are named once each, and every rule with trigger words gives them to coverage', () => {
    const names = RELATION_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(RULE_TRIGGERS).toEqual(RELATION_RULES.filter((r) => r.triggers).map((r) => r.triggers));
  });

  it('find facts through the declared finder with the article state (the elected rule reads the facts read first)', () => {
    const text = '镇长林照川主持会议。';
    const [sentence] = splitSentences(text).map((s, index) => ({ ...s, index }));
    const electedFact = { type: 'ELECTED' as const, person: '某人', start: 0, end: 1, sentenceIndex: 0 };
    const article = newArticleState([[electedFact as never]]);
    const ctx = { text, sentence, people: [], meeting: undefined, known: new Set<string>() };
    const elected = RELATION_RULES.find((r) => r.name === 'elected')!;
    expect(elected.find(ctx, article)).toEqual([electedFact]);
  });
});
