// holders on a day and the chain of holders, on invented tenures.
import { holdersOn, succession, HeldTenure } from '../../src/careers/succession';
import type { Tenure } from '../../src/careers/tenure';

const edge = (date: string, explicit: boolean, how: string) => ({ date, precision: 'day' as const, explicit, how: how as never, evidence: null, articleId: null });
function held(name: string, from: string, to: string, opts: { identity?: string; acting?: boolean; explicitEnd?: boolean } = {}): HeldTenure {
  const tenure: Tenure = { start: edge(from, true, 'elected'), end: edge(to, opts.explicitEnd ?? false, opts.explicitEnd ? 'removed' : 'observed'), firstSeen: from, lastSeen: to, acting: opts.acting ?? false };
  return { person: `person:x/${name}`, name, identity: opts.identity ?? `person:x/${name}`, tenure };
}

describe('holdersOn', () => {
  const tenures = [held('柏文涛', '2019-01-05', '2021-12-01', { explicitEnd: true }), held('左明', '2022-01-08', '2024-05-01')];
  it('finds the holder of a day, and nobody before the first or after the last sighting', () => {
    expect(holdersOn(tenures, '2020-06-01').map((h) => h.name)).toEqual(['柏文涛']);
    expect(holdersOn(tenures, '2023-06-01').map((h) => h.name)).toEqual(['左明']);
    expect(holdersOn(tenures, '2018-06-01')).toEqual([]);
    expect(holdersOn(tenures, '2025-06-01')).toEqual([]);
  });
});

describe('succession', () => {
  it('orders holders, marks the gap between them, an overlap and an acting holder', () => {
    const chain = succession([held('左明', '2022-01-08', '2024-05-01', { acting: true }), held('柏文涛', '2019-01-05', '2021-12-01'), held('祝一鸣', '2024-03-01', '2025-01-01')]);
    expect(chain.map((s) => s.name)).toEqual(['柏文涛', '左明', '祝一鸣']);
    expect(chain[0].gapDays).toBeNull();
    expect(chain[1].gapDays).toBe(38);
    expect(chain[1].tenure.acting).toBe(true);
    expect(chain[2].overlaps).toBe(true);
  });

  it('merges two Person nodes of one identity into one step', () => {
    const chain = succession([held('柏文涛', '2019-01-05', '2020-01-01', { identity: 'id:1' }), { ...held('柏文涛', '2020-06-01', '2021-12-01', { identity: 'id:1' }), person: 'person:y/柏文涛' }]);
    expect(chain).toHaveLength(1);
    expect(chain[0].tenure.firstSeen).toBe('2019-01-05');
    expect(chain[0].tenure.lastSeen).toBe('2021-12-01');
  });
});
