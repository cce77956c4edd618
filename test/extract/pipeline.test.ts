import { extract } from '../../src/extract/pipeline';
import { factStrings } from './helpers';

describe('extract: bad and odd input', () => {
  it('returns an empty result with a warning for empty text', () => {
    const r = extract('');
    expect(r.relations).toEqual([]);
    expect(r.warnings.join(' ')).toMatch(/empty/);
    expect(r.article.chars).toBe(0);
  });

  it('warns when there is no meeting, but still reads posts', () => {
    const r = extract('镇党委书记柳青山到村里调研农业生产。');
    expect(r.warnings.join(' ')).toMatch(/no meeting found/);
    expect(r.relations.map((x) => x.type)).toEqual(['HOLDS']);
  });

  it('reads a truncated article up to where it stops, and says so', () => {
    const r = extract('6月2日,青岭镇第九届人民代表大会第二次会议召开。镇长邝文斌作政府工作报告。大会审议通过了政府工作报告、人大工');
    expect(r.warnings.join(' ')).toMatch(/truncated/);
    expect(r.relations.some((x) => x.type === 'REPORTED')).toBe(true);
  });

  it('does not hang on long runs of punctuation or repeated titles', () => {
    const noisy = '书记'.repeat(5000) + '、'.repeat(5000) + '主持'.repeat(5000);
    const t0 = Date.now();
    extract(noisy);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

describe('extract: random input', () => {
  it('never throws and always gives evidence that slices the input', () => {
    const pieces = ['镇长', '书记', '主持', '、', ',', '。', '同志', '选举', '为', '当选', '通过了', '《', '》', '作', '报告', '第', '届', '人民代表大会', '次会议', '常委会', '召开', '<p>', '&nbsp;', '(shí)', '他', '强调', '“', '”', '王', '欧阳', '·', '\n', ' ', '副', '主任', '等', '和', '3月5日', '分别', '新当选', '任命', '原', '人选', '以上报告', '票决', '党代会', '务虚会', '镇', '县'];
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 500; i++) {
      let text = '';
      for (let k = 1 + Math.floor(next() * 60); k > 0; k--) text += pieces[Math.floor(next() * pieces.length)];
      const r = extract(text);
      for (const rel of r.relations) expect(text.slice(rel.evidence.start, rel.evidence.end)).toBe(rel.evidence.text);
    }
  });
});

describe('extract: page furniture', () => {
  it('reads nothing from links to other articles', () => {
    const r = extract('6月2日,青岭镇第九届人民代表大会第二次会议召开。\n上一篇:县长蓝海到白石镇调研\n下一篇:白石镇召开第三届人民代表大会第一次会议');
    expect(r.relations).toEqual([]);
    expect(r.meetings.map((m) => m.name)).toEqual(['青岭镇第九届人民代表大会第二次会议']);
  });
});

describe('extract: articles with several news items', () => {
  it('files each item under its own meeting', () => {
    const text = [
      '青岭镇召开年度工作务虚会',
      '12月3日,青岭镇召开年度工作务虚会。镇党委书记柳青山主持会议并讲话。',
      '(镇党政办)',
      '青岭镇第九届人民代表大会第四次会议召开',
      '12月20日,青岭镇第九届人民代表大会第四次会议召开。镇长邝文斌作政府工作报告。',
    ].join('\n');
    const facts = factStrings(text, 'PRESIDED', 'REPORTED');
    expect(facts).toEqual(['PRESIDED 柳青山', 'REPORTED 邝文斌 政府工作报告']);
    const r = extract(text);
    const meetingOf = (type: string) => r.meetings.find((m) => m.id === r.relations.find((x) => x.type === type)?.meetingId)?.name;
    expect(meetingOf('PRESIDED')).toBe('青岭镇年度工作务虚会');
    expect(meetingOf('REPORTED')).toBe('青岭镇第九届人民代表大会第四次会议');
  });
});

describe('extract: entities', () => {
  const text = '发布日期:2025-01-10\n1月8日,青岭镇第九届人民代表大会第四次会议召开。镇党委副书记、镇长邝文斌作政府工作报告。镇长邝文彬出席。';
  const r = extract(text, { source: 'a.txt' });

  it('names the meeting in full with its dates and place', () => {
    expect(r.meetings[0]).toMatchObject({ name: '青岭镇第九届人民代表大会第四次会议', kind: 'congress', term: 9, session: 4, start: '2025-01-08', placeId: 'place:青岭镇' });
    expect(r.article).toMatchObject({ source: 'a.txt', published: '2025-01-10', placeIds: ['place:青岭镇'] });
  });

  it('makes one post per title of a chain, canonical without the jurisdiction', () => {
    expect(r.posts.map((p) => [p.title, p.canonical])).toEqual([
      ['镇党委副书记', '党委副书记'],
      ['镇长', '镇长'],
    ]);
  });

  it('flags names one character apart instead of merging them', () => {
    expect(r.people.find((p) => p.name === '邝文斌')?.flags).toEqual(['similar-name:邝文彬']);
    expect(r.warnings.join(' ')).toMatch(/邝文斌 \/ 邝文彬/);
  });

  it('gives every relation evidence that is a slice of the input', () => {
    for (const rel of r.relations) {
      expect(text.slice(rel.evidence.start, rel.evidence.end)).toBe(rel.evidence.text);
      expect(rel.evidence.sentence.length).toBeGreaterThan(0);
    }
  });
});
