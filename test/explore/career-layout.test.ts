import type { TenureEndInfo, TenureInfo } from '../../src/explore/web/api';
import { layoutCareer, rowLabel, yearFraction } from '../../src/explore/web/career-layout';

function end(date: string | null, explicit: boolean, how = explicit ? 'elected' : 'observed'): TenureEndInfo {
  return { date, precision: date ? (date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year') : null, explicit, how, evidence: null, articleId: null };
}

function tenure(post: string, title: string, start: TenureEndInfo | null, finish: TenureEndInfo | null, extra: Partial<TenureInfo> = {}): TenureInfo {
  return { personNode: 'person:1/甲乙', postId: post, title, organizationName: '人民政府', acting: false, firstSeen: start?.date ?? null, lastSeen: finish?.date ?? null, start, end: finish, ...extra };
}

describe('yearFraction', () => {
  it('reads a day, a month or a year as a point in the year', () => {
    expect(yearFraction('2021')).toBe(2021);
    expect(yearFraction('2021-07')).toBeCloseTo(2021 + 181 / 365, 6);
    expect(yearFraction('2021-12-31')).toBeCloseTo(2021 + 364 / 365, 6);
    expect(yearFraction(null)).toBeNull();
    expect(yearFraction('about spring')).toBeNull();
  });
});

describe('layoutCareer', () => {
  it('puts each tenure on a row of its own, in order, over whole years', () => {
    const layout = layoutCareer([
      tenure('post:a', '副镇长', end('2019-01-01', true), end('2021-01-01', true, 'removed')),
      tenure('post:b', '镇长', end('2021-01-01', true), end('2023-01-01', true, 'resigned')),
    ]);
    expect(layout.firstYear).toBe(2019);
    expect(layout.endYear).toBe(2024); // the year after the last end; nothing is open
    expect(layout.rows.map((r) => [r.label, r.from, r.to, r.open])).toEqual([
      ['副镇长 · 人民政府', 0, 2 / 5, false],
      ['镇长 · 人民政府', 2 / 5, 4 / 5, false],
    ]);
  });

  it('marks an end that was only observed as open, and leaves room after it', () => {
    const layout = layoutCareer([tenure('post:a', '县长', end('2020-01-01', true), end('2022-01-01', false))]);
    expect(layout.rows[0].open).toBe(true);
    expect(layout.endYear).toBe(2024); // one year more than a closed career would get
    expect(layout.rows[0].to).toBeCloseTo(2 / 4, 6);
    expect(layoutCareer([tenure('post:a', '县长', end('2020-01-01', true), null)]).rows[0].open).toBe(true);
  });

  it('starts an undated election at the first sighting, and lists a tenure with no date apart', () => {
    const observedOnly = tenure('post:a', '主任', end(null, true), null, { firstSeen: '2018-06-01', lastSeen: '2019-06-01' });
    const undated = tenure('post:b', '委员', null, null);
    const layout = layoutCareer([observedOnly, undated]);
    expect(layout.rows).toHaveLength(1);
    expect(layout.firstYear).toBe(2018);
    expect(layout.undated).toEqual([undated]);
    expect(layoutCareer([undated]).rows).toEqual([]);
  });

  it('never draws a bar that ends before it starts', () => {
    const odd = tenure('post:a', '书记', end('2022-05-01', true), end('2021-01-01', true, 'removed'));
    const [row] = layoutCareer([odd]).rows;
    expect(row.to).toBeGreaterThanOrEqual(row.from);
  });
});

describe('rowLabel', () => {
  it('gives the post, acting marked, and the body with its place when the body does not name it', () => {
    expect(rowLabel(tenure('p', '县长', null, null, { acting: true }), '临溪县')).toBe('县长（代理） · 临溪县 人民政府');
    expect(rowLabel(tenure('p', '县长', null, null, { organizationName: '临溪县人民政府' }), '临溪县')).toBe('县长 · 临溪县人民政府');
    expect(rowLabel(tenure('p', '主席', null, null, { organizationName: null }), undefined)).toBe('主席');
  });
});
