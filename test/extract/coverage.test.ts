// Coverage: sentences with a trigger word that yielded no fact are listed.
import { extract } from '../../src/extract/pipeline';

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
