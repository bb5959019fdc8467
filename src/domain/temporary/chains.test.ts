import { describe, expect, it } from 'vitest';
import { continuousChains, flagStays, stayFlags, type StayFacts } from './chains.js';

const stay = (id: string, startDate: string, endDate: string | null, more: Partial<StayFacts> = {}): StayFacts => ({
  id,
  householdId: 'h1',
  startDate,
  endDate,
  childrenPresent: false,
  nightShelter: false,
  ...more,
});

describe('continuousChains (stays joined when the gap is at most one day)', () => {
  it.each([
    ['2026-02-01', true],
    ['2026-02-02', true],
    ['2026-02-03', false],
  ] as const)('a stay ending 2026-02-01 and the next beginning %s are one chain: %s', (nextStart, joined) => {
    const chains = continuousChains([stay('a', '2026-01-01', '2026-02-01'), stay('b', nextStart, '2026-03-01')]);
    expect(chains).toHaveLength(joined ? 1 : 2);
    if (joined) expect(chains[0]).toMatchObject({ startDate: '2026-01-01', endDate: '2026-03-01', firstStayId: 'a' });
  });

  it('sorts by start, keeps households apart, and marks children present in any stay', () => {
    const chains = continuousChains([
      stay('b', '2026-02-01', null, { childrenPresent: true }),
      stay('x', '2026-01-10', '2026-01-12', { householdId: 'h2' }),
      stay('a', '2026-01-01', '2026-02-01'),
    ]);
    expect(chains.map((c) => [c.householdId, c.firstStayId, c.endDate, c.childrenPresent])).toEqual([
      ['h1', 'a', null, true],
      ['h2', 'x', '2026-01-12', false],
    ]);
  });

  it('lets an open stay absorb a later one and keeps the chain open', () => {
    const chains = continuousChains([stay('a', '2026-01-01', null), stay('b', '2026-03-01', '2026-03-05')]);
    expect(chains).toHaveLength(1);
    expect(chains[0]?.endDate).toBeNull();
  });

  it('keeps the later end when a short stay lies inside a longer one', () => {
    const chains = continuousChains([stay('a', '2026-01-01', '2026-03-01'), stay('b', '2026-01-10', '2026-01-12')]);
    expect(chains[0]?.endDate).toBe('2026-03-01');
  });
});

describe('stayFlags', () => {
  const flagsOn = (s: StayFacts, today: string) => stayFlags(s, continuousChains([s])[0]!, today);

  it.each([
    ['2026-03-14', 13, true],
    ['2026-03-15', 14, true],
    ['2026-03-16', 15, false],
  ] as const)('a stay from 2026-03-01 to %s has %i days and shortStay %s', (endDate, days, shortStay) => {
    const flags = flagsOn(stay('a', '2026-03-01', endDate), '2026-06-01');
    expect(flags).toMatchObject({ days, continuousDays: days, shortStay, over3Months: false, childrenOver3Months: false });
  });

  it.each([
    ['2026-04-15', false],
    ['2026-04-16', true],
  ] as const)('a family with a child since 2026-01-15 is over three months on %s: %s', (today, over) => {
    const flags = flagsOn(stay('a', '2026-01-15', null, { childrenPresent: true }), today);
    expect(flags).toMatchObject({ threeMonthsOn: '2026-04-15', over3Months: over, childrenOver3Months: over });
  });

  it('flags an adult over three months without the children flag', () => {
    expect(flagsOn(stay('a', '2026-01-15', null), '2026-04-16')).toMatchObject({ over3Months: true, childrenOver3Months: false });
  });

  it('carries the night-shelter flag of the stay itself', () => {
    expect(flagsOn(stay('a', '2026-03-01', '2026-03-02', { nightShelter: true }), '2026-06-01').nightShelter).toBe(true);
  });

  it('measures a stay after a move from its household’s first stay', () => {
    const flags = flagStays([stay('a', '2026-01-01', '2026-02-10'), stay('b', '2026-02-11', null), stay('z', '2026-05-01', null, { householdId: 'h2' })], '2026-04-02');
    expect(flags.get('b')).toMatchObject({ days: 50, continuousSince: '2026-01-01', continuousDays: 91, over3Months: true });
    expect(flags.get('z')).toMatchObject({ days: 0, shortStay: true });
  });
});
