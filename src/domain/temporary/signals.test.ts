import { describe, expect, it } from 'vitest';
import type { StayFacts } from './chains.js';
import { longStayReason, longStaySignals } from './signals.js';

const stay = (id: string, startDate: string, endDate: string | null, more: Partial<StayFacts> = {}): StayFacts => ({
  id,
  householdId: 'h1',
  startDate,
  endDate,
  childrenPresent: false,
  nightShelter: false,
  ...more,
});

describe('longStaySignals', () => {
  it.each([
    ['2026-04-15', 0],
    ['2026-04-16', 1],
  ] as const)('an open stay begun 2026-01-15 raises %s → %i signals', (today, count) => {
    expect(longStaySignals([stay('a', '2026-01-15', null)], today)).toHaveLength(count);
  });

  it('keys the signal by the first stay of the chain and names the current stay', () => {
    const [signal] = longStaySignals([stay('a', '2026-01-01', '2026-02-10'), stay('b', '2026-02-10', null)], '2026-05-01');
    expect(signal).toMatchObject({ signalKey: 'temp-stay-3m:a', stayId: 'b', firstStayId: 'a', since: '2026-01-01', overSince: '2026-04-02' });
  });

  it('raises nothing for a stay that has ended, however long it was', () => {
    expect(longStaySignals([stay('a', '2025-01-01', '2025-12-01')], '2026-05-01')).toEqual([]);
  });

  it('says in plain words when a family with children is past three months (the national goal)', () => {
    const [signal] = longStaySignals([stay('a', '2026-01-15', null, { childrenPresent: true })], '2026-04-16');
    expect(signal?.childrenPresent).toBe(true);
    expect(signal?.reason).toContain('Barnefamilie');
    expect(signal?.reason).toContain('15.01.2026');
    expect(signal?.reason).toContain('Nasjonalt mål');
    expect(longStayReason('2026-01-15', false)).toContain('Husstanden har bodd i midlertidig botilbud');
  });
});
