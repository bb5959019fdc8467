import { describe, expect, it } from 'vitest';
import { ageBandOf, fairnessReport, householdTypeOf, median, type WaitRecord } from './monitor.js';

const rec = (over: Partial<WaitRecord>): WaitRecord => ({
  householdType: 'single',
  ageBand: '26-35',
  gender: 'female',
  refugee: 'no',
  needCategory: 'other',
  outcome: 'housed',
  waitDays: 100,
  ...over,
});

describe('fairness monitor', () => {
  it('takes the median of an odd and an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 4])).toBe(3);
    expect(median([])).toBeNull();
  });

  it('bands ages and types households', () => {
    expect([17, 18, 25, 26, 50, 51, 66, 67].map(ageBandOf)).toEqual(['unknown', '18-25', '18-25', '26-35', '36-50', '51-66', '51-66', '67+']);
    expect([householdTypeOf(1, 0), householdTypeOf(1, 2), householdTypeOf(2, 0), householdTypeOf(2, 1), householdTypeOf(3, 0)]).toEqual([
      'single',
      'single_parent',
      'couple',
      'couple_with_children',
      'other',
    ]);
  });

  it('flags a group whose median wait is beyond the threshold, both ways, and not one inside it', () => {
    const records = [
      ...Array.from({ length: 10 }, () => rec({ refugee: 'no', waitDays: 100 })),
      ...Array.from({ length: 6 }, () => rec({ refugee: 'yes', waitDays: 200, gender: 'male' })),
      ...Array.from({ length: 6 }, () => rec({ householdType: 'single_parent', waitDays: 60 })),
    ];
    const report = fairnessReport(records);
    expect(report.medianWaitDays).toBe(100);
    expect(report.dimensions.refugee.find((g) => g.group === 'yes')).toMatchObject({ households: 6, medianWaitDays: 200, ratio: 2, flagged: 'longer' });
    expect(report.dimensions.householdType.find((g) => g.group === 'single_parent')).toMatchObject({ medianWaitDays: 60, flagged: 'shorter' });
    expect(report.dimensions.refugee.find((g) => g.group === 'no')?.flagged).toBe(false);
    expect(fairnessReport(records, { threshold: 0.99 }).dimensions.refugee.find((g) => g.group === 'yes')?.flagged).toBe('longer');
  });

  it('suppresses a group of 1–4 households entirely and never flags it, and outcome cells of 1–4', () => {
    const records = [...Array.from({ length: 8 }, () => rec({})), ...Array.from({ length: 4 }, () => rec({ gender: 'other', waitDays: 900 }))];
    const other = fairnessReport(records).dimensions.gender.find((g) => g.group === 'other');
    expect(other).toEqual({ group: 'other', households: null, suppressed: true, medianWaitDays: null, ratio: null, outcomes: { housed: null, waiting: null, lapsed: null }, flagged: false });
    const mixed = fairnessReport([...Array.from({ length: 7 }, () => rec({})), ...Array.from({ length: 3 }, () => rec({ outcome: 'waiting' }))]);
    expect(mixed.dimensions.gender[0]?.outcomes).toEqual({ housed: 7, waiting: null, lapsed: 0 });
  });

  it('shows no overall median for fewer than five households', () => {
    expect(fairnessReport([rec({})]).medianWaitDays).toBeNull();
  });
});
