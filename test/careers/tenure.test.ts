// Tenure inference on invented facts: explicit starts and ends, observed spans, precision.
import { isSingleHolderTitle, precisionOf, tenureOf, TenureFacts } from '../../src/careers/tenure';

const seen = (date: string, title = '镇长') => ({ date, text: `${title}柏文涛`, articleId: `a-${date}`, title });
const none: TenureFacts = { holds: [], elected: [], left: [], successors: [], singleHolder: true };

describe('tenureOf', () => {
  it('starts at the electing meeting, not at the first article that saw the person', () => {
    const t = tenureOf({ ...none, holds: [seen('2024-01-14'), seen('2024-06-02')], elected: [{ date: '2024-01-05', text: '柏文涛当选为镇长', articleId: 'a1', mode: 'elected' }] });
    expect(t.start).toMatchObject({ date: '2024-01-05', explicit: true, how: 'elected', precision: 'day', evidence: '柏文涛当选为镇长' });
    expect(t.firstSeen).toBe('2024-01-14');
    expect(t.end).toMatchObject({ date: '2024-06-02', explicit: false, how: 'observed' });
  });

  it('ends at a removal or resignation when one is told', () => {
    const t = tenureOf({ ...none, holds: [seen('2023-03-01')], left: [{ date: '2024-02-10', text: '接受柏文涛辞去镇长职务', articleId: 'a2', how: 'resigned' }] });
    expect(t.start).toMatchObject({ date: '2023-03-01', explicit: false, how: 'observed' });
    expect(t.end).toMatchObject({ date: '2024-02-10', explicit: true, how: 'resigned' });
  });

  it('ends a one-holder post when a successor is elected after the last sighting, not a shared one', () => {
    const successor = { date: '2025-01-08', text: '左明当选为镇长', articleId: 'a3', person: 'person:x/左明' };
    const head = tenureOf({ ...none, holds: [seen('2023-03-01'), seen('2024-05-01')], successors: [successor] });
    expect(head.end).toMatchObject({ date: '2025-01-08', explicit: true, how: 'succeeded' });
    const deputy = tenureOf({ ...none, singleHolder: false, holds: [seen('2023-03-01', '副镇长')], successors: [successor] });
    expect(deputy.end).toMatchObject({ explicit: false, how: 'observed' });
  });

  it('marks an acting holder', () => {
    expect(tenureOf({ ...none, holds: [seen('2024-01-01', '代理镇长')] }).acting).toBe(true);
    expect(tenureOf({ ...none, holds: [seen('2024-01-01', '镇长')] }).acting).toBe(false);
  });

  it('tells the precision of a date and which posts one person holds', () => {
    expect([precisionOf('2024-01-05'), precisionOf('2024-01'), precisionOf('2024'), precisionOf(null)]).toEqual(['day', 'month', 'year', null]);
    expect(isSingleHolderTitle('党委书记')).toBe(true);
    expect(isSingleHolderTitle('党委副书记')).toBe(false);
    expect(isSingleHolderTitle('人大常委会秘书长')).toBe(false);
  });
});
