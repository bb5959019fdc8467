import { describe, expect, it } from 'vitest';
import { isQuotaGroup, QUOTA_GROUP_LABELS, QUOTA_GROUPS, quotaGroupLabel, requiredUnits } from './quotas.js';

describe('quota groups', () => {
  it('labels every group in nb, nn and en', () => {
    for (const key of QUOTA_GROUPS) {
      const label = QUOTA_GROUP_LABELS[key];
      expect(label.nb.length).toBeGreaterThan(0);
      expect(label.nn.length).toBeGreaterThan(0);
      expect(label.en.length).toBeGreaterThan(0);
    }
    expect(quotaGroupLabel('disabled', 'en')).toBe('People with disabilities');
    expect(quotaGroupLabel('gone', 'nb')).toBe('gone');
  });

  it('knows its own keys only', () => {
    expect(isQuotaGroup('elderly')).toBe(true);
    expect(isQuotaGroup('students')).toBe(false);
  });

  it('requires the share rounded up from the minimum size', () => {
    const rule = { groupKey: 'disabled', sharePercent: 10, minUnits: 20 };
    expect(requiredUnits(rule, 19)).toBe(0);
    expect(requiredUnits(rule, 20)).toBe(2);
    expect(requiredUnits(rule, 25)).toBe(3);
    expect(requiredUnits(rule, 30)).toBe(3);
    expect(() => requiredUnits(rule, 1.5)).toThrow(RangeError);
  });
});
