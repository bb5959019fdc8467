import { describe, expect, it } from 'vitest';
import { allowedNextSteps, checkEvictionStep, type EvictionStep, type RecordedStep } from './eviction.js';

const codes = (problems: Array<{ path: string; code: string }>) => problems.map((p) => `${p.path}:${p.code}`);
const steps = (...names: EvictionStep[]): RecordedStep[] => names.map((step, i) => ({ step, stepOn: `2026-0${i + 1}-01` }));

describe('eviction steps in order', () => {
  it.each<[EvictionStep[], EvictionStep, boolean]>([
    [[], 'warning', true],
    [[], 'termination_notice', true],
    [[], 'eviction_request', false],
    [[], 'cancelled', false],
    [['warning'], 'warning', true],
    [['warning'], 'eviction_request', true],
    [['termination_notice'], 'eviction_request', true],
    [['termination_notice'], 'eviction_carried_out', false],
    [['warning', 'eviction_request'], 'eviction_carried_out', true],
    [['warning', 'eviction_request'], 'cancelled', true],
    [['warning', 'eviction_request', 'eviction_carried_out'], 'cancelled', false],
    [['warning', 'cancelled'], 'warning', true],
    [['warning', 'cancelled'], 'eviction_request', false],
  ])('after %j, %s allowed: %s', (before, next, ok) => {
    const problems = checkEvictionStep(steps(...before), { step: next, stepOn: '2026-09-01' }, '2026-10-01');
    expect(problems.length === 0).toBe(ok);
    expect(allowedNextSteps(steps(...before)).includes(next)).toBe(ok);
  });

  it('refuses a step dated before the previous one or in the future, with every reason', () => {
    expect(codes(checkEvictionStep(steps('warning', 'termination_notice'), { step: 'eviction_carried_out', stepOn: '2026-01-15' }, '2026-01-10'))).toEqual([
      'step:invalid_step_order',
      'stepOn:before_previous_step',
      'stepOn:in_future',
    ]);
  });
});
