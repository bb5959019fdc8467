import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../deadlines/calendar.js';
import { DEFAULT_LEASE_POLICY, LEASE_POLICIES, selectLeasePolicy, type LeasePolicy } from './policy.js';

describe('LEASE_POLICIES', () => {
  it('has a default and gives every policy a source, a real date, whole-year lengths and a due day 1–28', () => {
    expect(LEASE_POLICIES.filter((p) => p.municipality === null)).toHaveLength(1);
    for (const p of LEASE_POLICIES) {
      expect(toIsoDate(p.effectiveFrom)).toBe(p.effectiveFrom);
      expect(p.source.trim()).not.toBe('');
      const years = [p.length.firstLease, p.length.renewal].flatMap((t) => [t.withChildren, t.withoutChildren]);
      for (const y of years) expect(Number.isInteger(y) && y > 0).toBe(true);
      expect(p.dueDay >= 1 && p.dueDay <= 28).toBe(true);
    }
  });
});

describe('selectLeasePolicy', () => {
  const oslo2 = { ...LEASE_POLICIES.find((p) => p.id === 'oslo')!, version: 2, effectiveFrom: '2027-01-01', dueDay: 5 } satisfies LeasePolicy;
  const policies = [...LEASE_POLICIES, oslo2];
  it.each([
    ['0301', '2023-12-31', 'default', 1],
    ['0301', '2024-01-01', 'oslo', 1],
    ['0301', '2026-12-31', 'oslo', 1],
    ['0301', '2027-01-01', 'oslo', 2],
    ['5001', '2026-05-01', 'trondheim', 1],
    ['9999', '2026-05-01', 'default', 1],
  ])('for %s on %s uses %s version %i', (knr, date, id, version) => {
    const p = selectLeasePolicy(knr, date, policies);
    expect([p.id, p.version]).toEqual([id, version]);
  });

  it('throws when not even a default is in force', () => {
    expect(() => selectLeasePolicy('9999', '1999-12-31', [DEFAULT_LEASE_POLICY])).toThrow(/no lease policy/);
  });
});
