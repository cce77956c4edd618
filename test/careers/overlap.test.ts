// When two tenures ran at once, and which tenures of one organization pair up, on invented tenures.
import { overlappingTenures, PlacedTenure } from '../../src/careers/colleagues';
import { overlapOf, spanOf } from '../../src/careers/overlap';
import type { Tenure } from '../../src/careers/tenure';

const edge = (date: string, explicit: boolean, how: string) => ({ date, precision: null, explicit, how: how as never, evidence: null, articleId: null });
function tenure(from: string | null, to: string | null, opts: { explicitEnd?: boolean; acting?: boolean } = {}): Tenure {
  return {
    start: from ? edge(from, true, 'elected') : null,
    end: to ? edge(to, opts.explicitEnd ?? false, opts.explicitEnd ? 'removed' : 'observed') : null,
    firstSeen: from,
    lastSeen: to,
    acting: opts.acting ?? false,
  };
}

describe('overlapOf', () => {
  it('gives the days both were in post, and nothing when one ended before the other began', () => {
    expect(overlapOf(tenure('2019-03-01', '2022-01-10'), tenure('2021-06-01', '2023-01-01'))).toEqual({ from: '2021-06-01', to: '2022-01-10' });
    expect(overlapOf(tenure('2019-03-01', '2020-01-10'), tenure('2021-06-01', '2023-01-01'))).toBeNull();
  });

  it('clips to the asked days', () => {
    const a = tenure('2019-03-01', '2022-01-10');
    const b = tenure('2018-01-01', '2024-01-01');
    expect(overlapOf(a, b, { from: '2020-01-01', to: null })).toEqual({ from: '2020-01-01', to: '2022-01-10' });
    expect(overlapOf(a, b, { from: null, to: '2019-12-31' })).toEqual({ from: '2019-03-01', to: '2019-12-31' });
    expect(overlapOf(a, b, { from: '2023-01-01', to: null })).toBeNull();
  });

  it('reads a date known only to the year or month as the whole of it', () => {
    expect(spanOf(tenure('2020', '2021-05'))).toEqual({ from: '2020-01-01', to: '2021-05-31' });
    expect(overlapOf(tenure('2020', '2020'), tenure('2020-11-30', '2022-01-01'))).toEqual({ from: '2020-11-30', to: '2020-12-31' });
  });

  it('takes a removal and an appointment on one day as a handover, but one day seen together as an overlap', () => {
    const removed = tenure('2019-03-01', '2022-01-10', { explicitEnd: true });
    const successor = tenure('2022-01-10', '2023-05-01');
    expect(overlapOf(removed, successor)).toBeNull();
    expect(overlapOf(successor, removed)).toBeNull();
    expect(overlapOf(tenure('2019-03-01', '2022-01-10'), successor)).toEqual({ from: '2022-01-10', to: '2022-01-10' });
  });

  it('leaves undated tenures out', () => {
    expect(spanOf(tenure(null, null))).toBeNull();
    expect(overlapOf(tenure(null, null), tenure('2020-01-01', '2021-01-01'))).toBeNull();
  });
});

describe('overlappingTenures', () => {
  const placed = (identity: string, postId: string, organizationId: string, t: Tenure): PlacedTenure<string> => ({ identity, postId, organizationId, tenure: t, row: `${identity} ${postId}` });

  it('pairs the asked person with others of the same organization only, merging one identity seen twice in a post', () => {
    const pairs = overlappingTenures('甲', [
      placed('甲', 'town/镇长', 'town-gov', tenure('2020-01-05', '2022-12-01')),
      // one deputy under two Person nodes of one identity: one tenure, from the first sighting to the last
      placed('乙', 'town/副镇长', 'town-gov', tenure('2019-01-01', '2020-06-01')),
      placed('乙', 'town/副镇长', 'town-gov', tenure('2021-01-01', '2021-09-01')),
      // the same years in another body: no tie
      placed('丙', 'party/书记', 'town-party', tenure('2020-01-01', '2023-01-01')),
      // the same body, later
      placed('丁', 'town/副镇长', 'town-gov', tenure('2023-02-01', '2024-01-01')),
    ]);
    expect(pairs.map((p) => [p.other.identity, p.from, p.to])).toEqual([['乙', '2020-01-05', '2021-09-01']]);
    expect(pairs[0].asked.row).toBe('甲 town/镇长');
  });

  it('pairs each post the asked person held, within the window', () => {
    const tenures = [
      placed('甲', 'county/副县长', 'county-gov', tenure('2015-01-01', '2018-01-01')),
      placed('甲', 'county/县长', 'county-gov', tenure('2018-01-01', '2021-01-01')),
      placed('乙', 'county/副县长', 'county-gov', tenure('2016-01-01', '2020-01-01')),
    ];
    expect(overlappingTenures('甲', tenures).map((p) => [p.asked.postId, p.from, p.to])).toEqual([
      ['county/副县长', '2016-01-01', '2018-01-01'],
      ['county/县长', '2018-01-01', '2020-01-01'],
    ]);
    expect(overlappingTenures('甲', tenures, { from: '2019-01-01', to: null }).map((p) => p.asked.postId)).toEqual(['county/县长']);
  });
});
