import { describe, expect, it } from 'vitest';
import { computeIndicator } from '../indicators/engine.js';
import { dwellings, fixedHistory, history } from '../indicators/fixtures.js';
import type { DwellingFacts } from '../indicators/history.js';
import { form13Figures } from './form13.js';
import { form13Rows } from './rows.js';

const NEW_YEARS_EVE = { from: '2025-12-31', to: '2025-12-31' };

/**
 * The fixed history of domain/indicators/fixtures.ts, year 2025, read 15 February 2026. Each
 * figure is worked out in the indicators' own tests; here they are gathered into the form.
 */
describe('KOSTRA form 13 for 2025', () => {
  const f = form13Figures(fixedHistory(), 2025);

  it('measures the stock on 31 December of a complete year', () => {
    expect(f).toMatchObject({ year: 2025, asOf: '2026-02-15', measuredOn: '2025-12-31', yearComplete: true, inhabitants: 10_000 });
  });

  it('splits the stock d1 d2 d3 d6 by disposal form and wheelchair access', () => {
    expect(f.stock).toEqual({
      total: 4,
      wheelchairAccessible: 2, // d1, d3
      byDisposalForm: {
        municipally_owned: { total: 2, wheelchairAccessible: 1 }, // d1 (wheelchair), d6
        leased_from_private: { total: 1, wheelchairAccessible: 0 }, // d2
        private_with_allocation_right: { total: 1, wheelchairAccessible: 1 }, // d3
      },
      notInUse: 1, // d6
    });
  });

  it('counts let d1 d2, each with a running lease (l2, l3)', () => {
    expect(f.let).toEqual({ total: 2, withoutRunningLease: 0, runningLeaseNotLet: 0 });
  });

  it('counts new applications a1 a2 a7 a8 = 4 and refusals a2 a6 = 2', () => {
    expect(f.applications).toEqual({ newReceived: 4, newRefused: 2 });
  });

  it('counts the newly housed by main reason, a refugee settled six years ago under other, and e7 without one', () => {
    expect(f.newlyHoused).toEqual({
      total: 7,
      byReason: { refugee: 2, mental_illness: 1, substance_use: 0, mental_illness_and_substance_use: 0, adapted_dwelling: 0, other: 2, no_needs_test: 1 },
      withoutReason: 1,
    });
  });

  it('counts new applicants waiting on 31 December by main reason: w1 (refugee settled 2018 → other), w2 (settled 2023 → refugee), w6; not the change w7', () => {
    expect(f.waitingList).toEqual({
      total: 3,
      byReason: { refugee: 1, mental_illness: 0, substance_use: 0, mental_illness_and_substance_use: 0, adapted_dwelling: 1, other: 1, no_needs_test: 0 },
      withoutReason: 0,
    });
  });

  it('takes the temporary-accommodation figures from domain/temporary', () => {
    expect(f.temporary).toEqual({ households: 6, shortStay: 2, over3Months: 2, withChildren: 2, childrenOver3Months: 1, nightShelter: 1 });
  });

  it('gives the derived rows: 4 / 10 000 × 1 000 = 0.4, owned 2 / 4, wheelchair 2 / 4, let 2 / 4, refused 2 / 4', () => {
    const rows = new Map(form13Rows(f).map((r) => [r.key, r.value]));
    expect(rows.get('derived.per_1000_inhabitants')).toBeCloseTo(0.4, 10);
    expect(['derived.municipally_owned_share', 'derived.wheelchair_share', 'derived.let_share', 'derived.refusal_share'].map((k) => rows.get(k))).toEqual([50, 50, 50, 50]);
    expect(rows.get('stock.private_with_allocation_right.wheelchair')).toBe(1);
    expect(rows.get('newly_housed.without_reason')).toBe(1);
  });

  it('agrees with the indicators the council report uses', () => {
    const h = fixedHistory();
    expect(computeIndicator('stock.dwellings', h, NEW_YEARS_EVE).municipality.value).toBe(f.stock.total);
    expect(computeIndicator('stock.let', h, NEW_YEARS_EVE).municipality.value).toBe(f.let.total);
    expect(computeIndicator('housed.new', h, { from: '2025-01-01', to: '2025-12-31' }).municipality.value).toBe(f.newlyHoused.total);
  });
});

describe('stock at 31 December equals the dwelling register at that date', () => {
  /** The register read directly: the status period covering 31 December, not sold. */
  const registerOn = (ds: readonly DwellingFacts[], day: string) =>
    ds.filter((d) => d.statusPeriods.some((p) => p.fromDate <= day && (p.toDate === null || p.toDate > day) && p.status !== 'sold')).length;

  it('counts a dwelling bought on 31 December, not one sold that day or bought on 1 January', () => {
    const bought: DwellingFacts = { ...dwellings()[0]!, id: 'd7', districtCode: 'B', statusPeriods: [{ status: 'vacant', fromDate: '2025-12-31', toDate: null }] };
    const h = history({ dwellings: [...dwellings(), bought] });
    const f = form13Figures(h, 2025);
    // d1 d2 d3 d6 d7; d4 sold on 31 December, d5 first registered on 1 January 2026.
    expect(f.stock.total).toBe(5);
    expect(f.stock.total).toBe(registerOn(h.dwellings, '2025-12-31'));
  });

  it('adds up over the districts: A d1 d2 d6 + B d3 + none unassigned = 4', () => {
    const r = computeIndicator('stock.dwellings', fixedHistory(), NEW_YEARS_EVE);
    expect([...r.districts.map((d) => d.value.value), r.unassigned.value]).toEqual([3, 1, 0]);
    expect(form13Figures(fixedHistory(), 2025).stock.total).toBe(registerOn(dwellings(), '2025-12-31'));
  });
});

describe('a year that is not over', () => {
  it('measures on the day the history was read', () => {
    const f = form13Figures(history({ asOf: '2025-10-01', dwellings: dwellings() }), 2025);
    expect(f).toMatchObject({ measuredOn: '2025-10-01', yearComplete: false });
    expect(f.stock.total).toBe(5); // d1 d2 d3 d4 d6
  });

  it('refuses a year that has not begun', () => {
    expect(() => form13Figures(history(), 2027)).toThrow(RangeError);
  });
});
