import { describe, expect, it } from 'vitest';
import { STARTUP_CHECKLIST } from './checklist.js';
import { checkQuotas } from './quota-check.js';

const quotas = [
  { groupKey: 'disabled', sharePercent: 10, minUnits: 20 },
  { groupKey: 'municipal_rental', sharePercent: 5, minUnits: 0 },
  { groupKey: 'elderly', sharePercent: 15, minUnits: 60 },
];

describe('the quota check', () => {
  it('requires the share rounded up for each quota the project reaches, and says how many units are short', () => {
    // 45 units: disabled 10 % = 4.5 → 5; municipal rental 5 % = 2.25 → 3; elderly needs 60 units → does not apply.
    const result = checkQuotas(45, quotas, { disabled: 3, municipal_rental: 3, elderly: 0 });
    expect(result.lines).toEqual([
      { groupKey: 'disabled', sharePercent: 10, minUnits: 20, applies: true, requiredUnits: 5, plannedUnits: 3, met: false, shortBy: 2 },
      { groupKey: 'municipal_rental', sharePercent: 5, minUnits: 0, applies: true, requiredUnits: 3, plannedUnits: 3, met: true, shortBy: 0 },
      { groupKey: 'elderly', sharePercent: 15, minUnits: 60, applies: false, requiredUnits: 0, plannedUnits: 0, met: true, shortBy: 0 },
    ]);
    expect(result).toMatchObject({ compliant: false, shortCount: 1 });
  });

  it('is compliant when every applying quota is met; a group with no planned row counts 0', () => {
    // 20 units: disabled 10 % = 2 exactly; municipal rental 5 % = 1.
    expect(checkQuotas(20, quotas, { disabled: 2, municipal_rental: 4 })).toMatchObject({ compliant: true, shortCount: 0 });
    expect(checkQuotas(20, quotas, { disabled: 2 }).lines[1]).toMatchObject({ requiredUnits: 1, plannedUnits: 0, shortBy: 1 });
    expect(checkQuotas(20, [], {})).toEqual({ lines: [], compliant: true, shortCount: 0 });
  });
});

describe('the start-up meeting checklist', () => {
  it('has about ten items with unique keys and a text in every language', () => {
    expect(STARTUP_CHECKLIST.length).toBeGreaterThanOrEqual(10);
    expect(new Set(STARTUP_CHECKLIST.map((i) => i.key)).size).toBe(STARTUP_CHECKLIST.length);
    for (const item of STARTUP_CHECKLIST) for (const text of [item.nb, item.nn, item.en]) expect(text.length).toBeGreaterThan(10);
  });
});
