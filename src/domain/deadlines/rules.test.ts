import { describe, expect, it } from 'vitest';
import { toIsoDate } from './calendar.js';
import { DEADLINE_RULES, applyRule, deadlineRuleOn, type DeadlineRule, type DeadlineRuleId } from './rules.js';

const IDS: readonly DeadlineRuleId[] = ['preliminary_reply', 'preliminary_reply_warning', 'appeal', 'late_appeal_cutoff'];

describe('DEADLINE_RULES', () => {
  it('has a first version of every rule, each with a source and a whole positive period', () => {
    for (const id of IDS) expect(DEADLINE_RULES.some((r) => r.id === id && r.version === 1)).toBe(true);
    for (const rule of DEADLINE_RULES) {
      expect(toIsoDate(rule.effectiveFrom)).toBe(rule.effectiveFrom);
      expect(rule.source.trim()).not.toBe('');
      expect(rule.description.trim()).not.toBe('');
      expect(Number.isInteger(rule.period.amount) && rule.period.amount > 0).toBe(true);
    }
  });

  it('numbers the versions of a rule 1, 2, … in the order they take effect', () => {
    for (const id of IDS) {
      const versions = DEADLINE_RULES.filter((r) => r.id === id);
      const byDate = [...versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
      expect(byDate.map((r) => r.version)).toEqual(versions.map((_, i) => i + 1));
    }
  });
});

describe('deadlineRuleOn', () => {
  const v2: DeadlineRule = {
    id: 'appeal',
    version: 2,
    effectiveFrom: '2027-01-01',
    source: 'test only',
    period: { amount: 4, unit: 'weeks' },
    rollToWorkingDay: true,
    description: 'test only',
  };
  const rules = [...DEADLINE_RULES, v2];

  it('uses the version in force on the start date', () => {
    expect(deadlineRuleOn('appeal', '2026-12-31', rules).version).toBe(1);
    expect(deadlineRuleOn('appeal', '2027-01-01', rules).version).toBe(2);
    expect(applyRule(deadlineRuleOn('appeal', '2027-01-04', rules), '2027-01-04')).toBe('2027-02-01');
  });

  it('refuses a date before any version', () => {
    expect(() => deadlineRuleOn('appeal', '1969-12-31')).toThrow(RangeError);
  });

  it('counts days as well as weeks and months', () => {
    const days: DeadlineRule = { ...v2, period: { amount: 10, unit: 'days' }, rollToWorkingDay: false };
    expect(applyRule(days, '2025-05-07')).toBe('2025-05-17');
    expect(applyRule(days, '2025-05-07', true)).toBe('2025-05-19');
  });
});
