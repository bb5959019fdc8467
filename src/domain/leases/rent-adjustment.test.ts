import { describe, expect, it } from 'vitest';
import { checkAdjustment, gjengsPeriodStart, kpiAdjustedRent, rentLastFixedOn, type AdjustmentLease, type AdjustmentRequest } from './rent-adjustment.js';

const codes = (problems: Array<{ path: string; code: string }>) => problems.map((p) => `${p.path}:${p.code}`);

const lease: AdjustmentLease = { startDate: '2024-01-01', endDate: '2030-12-31', lastIndexAdjustmentOn: '2025-03-01', lastGjengsAdjustmentOn: null };
const today = '2026-06-15';

describe('checkAdjustment: index (husleieloven § 4-2)', () => {
  it.each<[string, Partial<AdjustmentRequest>, string[]]>([
    ['12 months after the last, one month notice', { noticeSentOn: '2026-01-31', effectiveOn: '2026-03-01' }, []],
    ['11 months after the last', { noticeSentOn: '2026-01-01', effectiveOn: '2026-02-01' }, ['effectiveOn:index_within_12_months']],
    ['three weeks of notice', { noticeSentOn: '2026-02-09', effectiveOn: '2026-03-02' }, ['noticeSentOn:notice_too_short']],
    ['both at once', { noticeSentOn: '2026-01-15', effectiveOn: '2026-02-01' }, ['effectiveOn:index_within_12_months', 'noticeSentOn:notice_too_short']],
    ['notice not yet sent', { noticeSentOn: '2026-06-16', effectiveOn: '2026-08-01' }, ['noticeSentOn:in_future']],
    ['after the lease ends', { noticeSentOn: '2026-06-01', effectiveOn: '2031-01-01' }, ['effectiveOn:after_lease_end']],
  ])('%s', (_name, change, expected) => {
    expect(codes(checkAdjustment(lease, { kind: 'index', noticeSentOn: '2026-01-01', effectiveOn: '2026-03-01', ...change }, today))).toEqual(expected);
  });

  it('counts 12 months from the start when there was no adjustment, and from a gjengs change', () => {
    expect(rentLastFixedOn({ ...lease, lastIndexAdjustmentOn: null })).toBe('2024-01-01');
    expect(rentLastFixedOn({ ...lease, lastGjengsAdjustmentOn: '2025-09-01' })).toBe('2025-09-01');
    const fresh = { ...lease, startDate: '2026-01-01', lastIndexAdjustmentOn: null };
    expect(codes(checkAdjustment(fresh, { kind: 'index', noticeSentOn: '2026-06-01', effectiveOn: '2026-12-01' }, today))).toEqual(['effectiveOn:index_within_12_months']);
  });
});

describe('checkAdjustment: gjengs leie (husleieloven § 4-3)', () => {
  it.each<[string, AdjustmentLease, Partial<AdjustmentRequest>, string[]]>([
    ['2½ years after the start, six months notice', lease, { noticeSentOn: '2026-07-01', effectiveOn: '2027-01-01' }, []],
    ['before 2½ years', lease, { noticeSentOn: '2026-06-30', effectiveOn: '2027-01-01' }, ['noticeSentOn:gjengs_within_30_months']],
    ['five months of notice', lease, { noticeSentOn: '2026-07-01', effectiveOn: '2026-12-01' }, ['noticeSentOn:notice_too_short']],
    ['2½ years after the last gjengs change', { ...lease, lastGjengsAdjustmentOn: '2024-06-01' }, { noticeSentOn: '2026-07-01', effectiveOn: '2027-01-01' }, ['noticeSentOn:gjengs_within_30_months']],
  ])('%s', (_name, l, change, expected) => {
    expect(codes(checkAdjustment(l, { kind: 'gjengs', noticeSentOn: '2026-07-01', effectiveOn: '2027-01-01', ...change }, '2026-07-01'))).toEqual(expected);
  });

  it('ignores index adjustments when counting the 2½ years', () => {
    expect(gjengsPeriodStart({ ...lease, lastIndexAdjustmentOn: '2026-03-01' })).toBe('2024-01-01');
  });
});

describe('kpiAdjustedRent', () => {
  it.each([
    [10_000, 130.0, 133.9, 10_300],
    [8_450, 128.4, 134.6, 8_858],
    [9_999, 100.0, 100.1, 10_009],
    [7_000, 120.0, 118.8, 6_930],
    [5_000, 200.0, 200.1, 5_003],
    [0, 100, 110, 0],
  ])('%i kr from KPI %d to %d → %i kr', (rent, from, to, expected) => {
    expect(kpiAdjustedRent(rent, from, to)).toBe(expected);
  });

  it('refuses non-positive indices, indices with two decimals and fractional rents', () => {
    expect(() => kpiAdjustedRent(1000, 0, 100)).toThrow(RangeError);
    expect(() => kpiAdjustedRent(1000.5, 100, 101)).toThrow(RangeError);
    expect(() => kpiAdjustedRent(1000, 100, 100.05)).toThrow(RangeError);
  });
});
