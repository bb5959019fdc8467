import { describe, expect, it } from 'vitest';
import { HOMELESS_CATEGORIES } from './categories.js';
import { ageBand, classify, countedHouseholds, countFigures, durationBand, figuresAsText, type CaseFact, type HouseholdFacts } from './count.js';
import { isoWeekDates } from './week.js';

const week = isoWeekDates(2026, 48); // 2026-11-23 – 2026-11-29

const kase = (over: Partial<CaseFact> = {}): CaseFact => ({
  caseId: 'c1',
  caseNumber: '2026-000001',
  receivedOn: '2026-09-01',
  closedOn: null,
  forwardedOn: null,
  housingSituation: 'staying_with_friends_family',
  ...over,
});
const adult = (birthDate: string, gender: 'female' | 'male' | null = 'female') => ({ birthDate, gender, joinedOn: null, leftOn: null });
const household = (id: string, over: Partial<HouseholdFacts> = {}): HouseholdFacts => ({
  householdId: id,
  cases: [],
  stays: [],
  leases: [],
  members: [adult('1990-01-01')],
  ...over,
});

describe('classifying a household for the week', () => {
  it('uses the open case’s housing situation, and the five categories only', () => {
    expect(classify(household('a', { cases: [kase()] }), week)).toEqual({ category: 'staying_with_friends_family', since: '2026-09-01', caseId: 'c1', caseNumber: '2026-000001' });
    expect(classify(household('a', { cases: [kase({ housingSituation: 'unsuitable_dwelling' })] }), week)).toBeNull();
    expect(classify(household('a', { cases: [kase({ housingSituation: null })] }), week)).toBeNull();
  });

  it('leaves out cases closed or forwarded before the Monday and cases received after the Sunday', () => {
    expect(classify(household('a', { cases: [kase({ closedOn: '2026-11-22' })] }), week)).toBeNull();
    expect(classify(household('a', { cases: [kase({ closedOn: '2026-11-23' })] }), week)).not.toBeNull();
    expect(classify(household('a', { cases: [kase({ forwardedOn: '2026-11-01' })] }), week)).toBeNull();
    expect(classify(household('a', { cases: [kase({ receivedOn: '2026-11-30' })] }), week)).toBeNull();
  });

  it('puts a household with a stay overlapping the week in emergency accommodation, before the case’s situation', () => {
    const h = household('a', { cases: [kase({ housingSituation: 'no_roof' })], stays: [{ startDate: '2026-11-28', endDate: null }] });
    expect(classify(h, week)).toEqual({ category: 'emergency_accommodation', since: '2026-09-01', caseId: 'c1', caseNumber: '2026-000001' });
    // A stay alone (no housing case) counts, since its start.
    expect(classify(household('b', { stays: [{ startDate: '2026-06-01', endDate: '2026-11-23' }] }), week)).toMatchObject({ category: 'emergency_accommodation', since: '2026-06-01', caseId: null });
    // A stay that ended the Sunday before does not.
    expect(classify(household('c', { stays: [{ startDate: '2026-06-01', endDate: '2026-11-22' }] }), week)).toBeNull();
  });

  it('does not count a household with a municipal lease running in the week', () => {
    const h = household('a', { cases: [kase()], stays: [{ startDate: '2026-10-01', endDate: null }], leases: [{ startDate: '2026-11-29', endDate: null }] });
    expect(classify(h, week)).toBeNull();
    expect(classify({ ...h, leases: [{ startDate: '2025-01-01', endDate: '2026-10-31' }] }, week)).not.toBeNull();
  });

  it('takes the latest received open case when there are several', () => {
    const h = household('a', { cases: [kase({ caseId: 'old', receivedOn: '2026-03-01', housingSituation: 'no_roof' }), kase({ caseId: 'new', caseNumber: '2026-000009', receivedOn: '2026-10-01', housingSituation: 'prison_release_2m' })] });
    expect(classify(h, week)).toEqual({ category: 'prison_release_2m', since: '2026-03-01', caseId: 'new', caseNumber: '2026-000009' });
  });
});

describe('age and duration bands', () => {
  it('reads age at the week’s Monday and months back from it', () => {
    expect(ageBand('2008-11-23', week.from)).toBe('18_24'); // 18 on the Monday
    expect(ageBand('2008-11-24', week.from)).toBe('under_18');
    expect(ageBand('1959-11-23', week.from)).toBe('67_plus');
    expect(ageBand(null, week.from)).toBe('unknown');
    expect(durationBand('2026-08-24', week.from)).toBe('under_3m');
    expect(durationBand('2026-08-23', week.from)).toBe('3_6m'); // exactly three months
    expect(durationBand('2026-05-23', week.from)).toBe('6_12m');
    expect(durationBand('2025-11-23', week.from)).toBe('12m_plus');
  });
});

describe('the form’s figures', () => {
  // Hand-worked: A family of three (mother 35, children 10 and 4) in a stay since 2026-11-01 → category 2, < 3 months.
  // B single man 22 with case «friends» since 2026-04-01 → category 5, 6–12 months.
  // C woman 50, case «no roof» since 2025-06-01 → category 1, 12 months +.
  // D has a lease in the week → not counted. E case «unsuitable dwelling» → not counted.
  const households: HouseholdFacts[] = [
    household('A', { stays: [{ startDate: '2026-11-01', endDate: null }], members: [adult('1991-05-05'), adult('2016-02-02', 'male'), adult('2022-01-01', null)] }),
    household('B', { cases: [kase({ caseId: 'b', receivedOn: '2026-04-01' })], members: [adult('2004-01-01', 'male')] }),
    household('C', { cases: [kase({ caseId: 'c', receivedOn: '2025-06-01', housingSituation: 'no_roof' })], members: [adult('1976-03-03')] }),
    household('D', { cases: [kase()], leases: [{ startDate: '2026-01-01', endDate: null }] }),
    household('E', { cases: [kase({ housingSituation: 'unsuitable_dwelling' })] }),
  ];

  it('counts each household once, in category order', () => {
    expect(countedHouseholds(households, week).map((c) => [c.householdId, c.classification.category, c.persons, c.children])).toEqual([
      ['C', 'no_roof', 1, 0],
      ['A', 'emergency_accommodation', 3, 2],
      ['B', 'staying_with_friends_family', 1, 0],
    ]);
  });

  it('adds up persons, children, age bands, gender and duration', () => {
    const f = countFigures(households, week);
    expect(f).toMatchObject({ households: 3, persons: 5, children: 2 });
    expect(f.byCategory).toEqual({
      no_roof: { households: 1, persons: 1, children: 0 },
      emergency_accommodation: { households: 1, persons: 3, children: 2 },
      prison_release_2m: { households: 0, persons: 0, children: 0 },
      institution_release_2m: { households: 0, persons: 0, children: 0 },
      staying_with_friends_family: { households: 1, persons: 1, children: 0 },
    });
    expect(f.ageBands).toEqual({ under_18: 2, '18_24': 1, '25_34': 0, '35_44': 1, '45_66': 1, '67_plus': 0, unknown: 0 });
    expect(f.gender).toEqual({ female: 2, male: 2, other: 0, unknown: 1 });
    expect(f.duration).toEqual({ under_3m: 1, '3_6m': 0, '6_12m': 1, '12m_plus': 1 });
    expect(Object.keys(f.byCategory)).toEqual([...HOMELESS_CATEGORIES]);
  });

  it('shows counts from 1 to 4 as «<5» when suppressed, exact otherwise', () => {
    const f = countFigures(households, week);
    expect(figuresAsText(f, true)).toMatchObject({ households: '<5', persons: '5', byCategory: { prison_release_2m: { households: '0' } } });
    expect(figuresAsText(f, false)).toMatchObject({ households: '3', persons: '5' });
  });
});
