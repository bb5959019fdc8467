import { describe, expect, it } from 'vitest';
import { findIndicator, getIndicator, INDICATORS } from './definitions.js';
import { computeIndicator, computeIndicators, computeMunicipality, restrictToDistrict } from './engine.js';
import { dwellings, fixedHistory, history, leases, Y2025 } from './fixtures.js';
import type { IndicatorValue } from './types.js';

describe('the indicator definitions', () => {
  it('have unique ids, texts in bokmål and English, and a basis', () => {
    expect(new Set(INDICATORS.map((d) => d.id)).size).toBe(INDICATORS.length);
    for (const d of INDICATORS) {
      expect(d.name.nb && d.name.en && d.definition.nb && d.definition.en && d.basis, d.id).toBeTruthy();
    }
  });

  it('name an existing parent for every breakdown, with a group', () => {
    for (const d of INDICATORS.filter((x) => x.parent !== undefined)) {
      expect(findIndicator(d.parent!), d.id).toBeDefined();
      expect(d.group, d.id).toBeDefined();
    }
  });

  it('cover the list of issue 7 § 1', () => {
    const required = [
      'temporary.households_on_day',
      'temporary.households_during',
      'temporary.short_stay_households',
      'temporary.over_3_months_households',
      'temporary.children_over_3_months_households',
      'waiting.households',
      'waiting.median_days',
      'waiting.median_days.bedrooms_2',
      'applications.new_received',
      'applications.new_approved',
      'applications.new_refused',
      'applications.new_refusal_share',
      'housed.new.refugee',
      'stock.turnover',
      'stock.vacancy_days',
      'stock.lost_rent',
      'evictions.requested',
      'evictions.carried_out',
      'housing_first.housed',
      'housing_first.retained_6_months',
      'housing_first.retained_12_months',
      'rent_to_own.moved_to_owned',
      'cases.preliminary_reply_overdue',
      'appeals.received',
      'appeals.concluded.reversed',
      'stock.per_1000_inhabitants',
      'stock.wheelchair_share',
    ];
    expect(required.filter((id) => findIndicator(id) === undefined)).toEqual([]);
  });

  it('refuses an unknown id', () => {
    expect(() => getIndicator('no.such')).toThrow(RangeError);
  });
});

/** The part of a value that adds up over districts: the count, or a ratio's two counts; a median adds up to nothing. */
const additive = (v: IndicatorValue): number[] | null => {
  if (v.observations !== undefined) return null;
  return v.numerator !== undefined ? [v.numerator, v.denominator ?? 0] : [v.value ?? 0];
};

describe('districts add up to the municipality', () => {
  it.each([
    ['2025', Y2025],
    ['31 December 2025', { from: '2025-12-31', to: '2025-12-31' }],
    ['Q1 2026 so far', { from: '2026-01-01', to: '2026-03-31' }],
  ])('for every count and every ratio\'s counts in %s', (_name, period) => {
    for (const r of computeIndicators(fixedHistory(), period)) {
      const whole = additive(r.municipality);
      if (whole === null) continue;
      const parts = [...r.districts.map((d) => d.value), r.unassigned].map((v) => additive(v)!);
      const sum = whole.map((_, i) => parts.reduce((s, p) => s + (p[i] ?? 0), 0));
      expect(sum, r.id).toEqual(whole);
    }
  });

  it('counts a fact with a district code the history does not list as unassigned', () => {
    const h = history({ appeals: [{ id: 'x', caseId: 'c', caseType: 'rental_dwelling', receivedOn: '2025-02-01', outcome: 'pending', outcomeOn: null, districtCode: 'Z' }] });
    const r = computeIndicator('appeals.received', h, Y2025);
    expect(r.districts.map((d) => d.value.value)).toEqual([0, 0]);
    expect(r.unassigned.value).toBe(1);
  });

  it('gives the unassigned slice the inhabitants outside the listed districts', () => {
    expect(restrictToDistrict(fixedHistory(), null).inhabitants).toBe(500);
    expect(restrictToDistrict(fixedHistory(), 'B').inhabitants).toBe(3_500);
  });
});

describe('periods', () => {
  it('cuts a period to the day the history was read', () => {
    expect(computeIndicator('stock.dwellings', fixedHistory(), { from: '2026-01-01', to: '2026-12-31' }).period).toEqual({ from: '2026-01-01', to: '2026-02-15' });
  });

  it('refuses a period that begins after the history was read, or ends before it begins', () => {
    expect(() => computeIndicator('stock.dwellings', fixedHistory(), { from: '2026-03-01', to: '2026-03-31' })).toThrow(RangeError);
    expect(() => computeIndicator('stock.dwellings', fixedHistory(), { from: '2025-03-01', to: '2025-02-28' })).toThrow(RangeError);
  });

  it('refuses a malformed date anywhere in the history, naming the field', () => {
    const badLease = history({ leases: [{ ...leases()[0]!, endedOn: '2025-02-30' }] });
    expect(() => computeIndicator('stock.turnover', badLease, Y2025)).toThrow(/leases\.endedOn/);
    const badStatus = history({ dwellings: [{ ...dwellings()[0]!, statusPeriods: [{ status: 'let', fromDate: '2025-1-01', toDate: null }] }] });
    expect(() => computeIndicators(badStatus, Y2025)).toThrow(/statusPeriods\.fromDate/);
  });

  it('computes only the indicators asked for', () => {
    expect(computeIndicators(fixedHistory(), Y2025, ['stock.dwellings', 'housed.new']).map((r) => [r.id, r.municipality.value])).toEqual([
      ['stock.dwellings', 4],
      ['housed.new', 7],
    ]);
  });
});

describe('computeMunicipality', () => {
  it("gives the same values as computeIndicators' municipality figure", () => {
    const full = computeIndicators(fixedHistory(), Y2025);
    const fast = computeMunicipality(fixedHistory(), Y2025);
    expect(fast.length).toBe(INDICATORS.length);
    expect(fast.map((r) => [r.id, r.value])).toEqual(full.map((r) => [r.id, r.municipality]));
  });
});
