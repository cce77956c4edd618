// kg extract's fact lines name a meeting canonically and, when the article designates it in
// another form (an abbreviation), give that form too: a reader checking the line against the
// article finds the words the article uses. Invented places and people.
import { extract } from '../../src/extract';
import { factLines } from '../../src/cli/commands/extract';

const lines = (text: string) => factLines('t.txt', extract(text)).trim().split('\n').map((l) => JSON.parse(l) as { type: string; meeting?: string });

describe('meeting names in fact lines', () => {
  it('give the abbreviated designation as written after the canonical name', () => {
    const presided = lines('政协云杉市五届三次常委会议昨日召开。市政协主席林照川主持会议。').find((l) => l.type === 'PRESIDED');
    expect(presided?.meeting).toContain('第五届第三次常委会会议');
    expect(presided?.meeting).toContain('（政协云杉市五届三次常委会议）');
  });

  it('give the canonical name alone when the article writes the full form', () => {
    const presided = lines('云杉镇第四届人民代表大会第二次会议开幕。镇党委书记林照川主持会议。').find((l) => l.type === 'PRESIDED');
    expect(presided?.meeting).toBe('云杉镇第四届人民代表大会第二次会议');
  });
});
