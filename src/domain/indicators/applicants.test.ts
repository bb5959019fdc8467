import { describe, expect, it } from 'vitest';
import { isNewApplicant, isNewRentalApplication, isRefugeeOn, mainReason } from './applicants.js';
import { application } from './fixtures.js';

describe('isNewApplicant (KOSTRA: not living in a municipal dwelling when applying)', () => {
  it.each([
    ['new, not a municipal tenant', 'new', false, true],
    ['an old row without a kind, not a municipal tenant', null, false, true],
    ['new, but already renting from the municipality', 'new', true, false],
    ['a change (bytte)', 'change', true, false],
    ['a change recorded without the tenancy', 'change', false, false],
    ['a renewal (forlengelse)', 'renewal', true, false],
  ] as const)('%s → %s', (_name, rentalKind, livedInMunicipalDwelling, expected) => {
    expect(isNewApplicant({ rentalKind, livedInMunicipalDwelling })).toBe(expected);
  });

  it('counts only applications for a municipal rental dwelling', () => {
    expect(isNewRentalApplication(application('x', {}))).toBe(true);
    expect(isNewRentalApplication(application('y', { caseType: 'housing_help', rentalKind: null }))).toBe(false);
  });
});

describe('isRefugeeOn (the settlement year and the four after it)', () => {
  it.each([
    ['2020-12-15', '2020-12-15', true, 'the day of settlement (year 1)'],
    ['2020-12-15', '2024-12-31', true, 'the last day of year 5'],
    ['2020-12-15', '2025-01-01', false, 'year 6, although not five years by the date'],
    ['2019-06-01', '2025-06-01', false, 'settled six years ago'],
    ['2020-02-29', '2024-02-29', true, 'a leap day, year 5'],
    ['2020-02-29', '2025-02-28', false, 'a leap day, year 6'],
    ['2025-07-01', '2025-06-30', false, 'not yet settled'],
    [null, '2025-06-30', false, 'never settled'],
  ] as const)('settled %s, on %s: %s (%s)', (settledOn, on, expected, _why) => {
    expect(isRefugeeOn(settledOn, on)).toBe(expected);
  });
});

describe('mainReason (the settlement date decides refugee status)', () => {
  it.each([
    ['refugee', '2022-08-01', 'refugee', 'recorded refugee, in year 4'],
    ['refugee', '2019-03-01', 'other', 'recorded refugee, settled six years ago'],
    ['refugee', null, null, 'recorded refugee, no settlement date: cannot be judged'],
    ['adapted_dwelling', '2021-10-01', 'refugee', 'another reason recorded, but in year 5'],
    ['mental_illness', null, 'mental_illness', 'not a refugee'],
    [null, null, null, 'nothing recorded'],
  ] as const)('%s settled %s → %s (%s)', (needCategory, refugeeSettledOn, expected, _why) => {
    expect(mainReason({ needCategory, refugeeSettledOn }, '2025-06-01')).toBe(expected);
  });
});
