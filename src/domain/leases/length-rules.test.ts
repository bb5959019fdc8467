import { describe, expect, it } from 'vitest';
import { ageOn, hasChildUpTo, isShorterThanMinimum, lastDayAfterYears, leaseTerm } from './length-rules.js';
import { DEFAULT_LEASE_POLICY, LEASE_POLICIES } from './policy.js';

const oslo = LEASE_POLICIES.find((p) => p.id === 'oslo')!;

describe('ageOn', () => {
  it.each([
    ['2012-05-10', '2026-05-09', 13],
    ['2012-05-10', '2026-05-10', 14],
    ['2012-02-29', '2026-02-28', 13],
    ['2012-02-29', '2026-03-01', 14],
    ['2012-02-29', '2028-02-29', 16],
  ])('someone born %s is %i on %s', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });
});

describe('hasChildUpTo', () => {
  it.each([
    [['1980-01-01', '2011-06-01'], '2026-06-01', false, 'a child who turned 15 that day'],
    [['1980-01-01', '2011-06-02'], '2026-06-01', true, 'a child aged 14 years and 364 days'],
    [['1980-01-01', '2026-06-01'], '2026-06-01', true, 'a child born that day'],
    [['1980-01-01', '2026-07-01'], '2026-06-01', false, 'a birth date after the start (not yet born)'],
    [['1980-01-01', null], '2026-06-01', false, 'an unknown birth date'],
    [[], '2026-06-01', false, 'no members'],
  ])('%j on %s → %s (%s)', (dates, on, expected) => {
    expect(hasChildUpTo(dates, on, 14)).toBe(expected);
  });
});

describe('leaseTerm', () => {
  const family = ['1985-03-01', '2018-09-09'];
  const single = ['1985-03-01'];
  it.each([
    [DEFAULT_LEASE_POLICY, single, false, 3, '2029-01-31', 'default/1:first:no_children'],
    [DEFAULT_LEASE_POLICY, family, true, 3, '2029-01-31', 'default/1:renewal:children'],
    [oslo, family, false, 7, '2033-01-31', 'oslo/1:first:children'],
    [oslo, family, true, 5, '2031-01-31', 'oslo/1:renewal:children'],
    [oslo, single, false, 5, '2031-01-31', 'oslo/1:first:no_children'],
    [oslo, single, true, 3, '2029-01-31', 'oslo/1:renewal:no_children'],
  ])('%#: %s years, last day %s', (policy, dates, renewal, years, endDate, rule) => {
    expect(leaseTerm(policy, { startDate: '2026-02-01', memberBirthDates: dates, renewal })).toEqual({ years, endDate, rule });
  });

  it('ends the day before the anniversary, also from 29 February', () => {
    expect(lastDayAfterYears('2028-02-29', 3)).toBe('2031-02-27');
    expect(lastDayAfterYears('2026-01-01', 3)).toBe('2028-12-31');
  });
});

describe('isShorterThanMinimum (§ 9-3)', () => {
  it.each([
    ['2026-01-01', '2028-12-31', false],
    ['2026-01-01', '2028-12-30', true],
    ['2026-01-01', '2029-06-30', false],
    ['2026-01-01', null, false],
  ])('%s – %s → %s', (start, end, expected) => {
    expect(isShorterThanMinimum(start, end)).toBe(expected);
  });
});
