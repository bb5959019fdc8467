import { describe, expect, it } from 'vitest';
import { canHandleCase, canUsePersonRegister } from './person-access.js';
import { AREA_ACCESS, AREAS, canOpenArea, isRole, PERSON_DATA_ROLES, ROLES } from './roles.js';
import { CASE_TYPES } from '../cases/case-types.js';
import { canReadDwellings } from '../dwellings/access.js';

describe('roles', () => {
  it('gives every role the start page and only admin the users, audit and access log', () => {
    for (const role of ROLES) {
      expect(canOpenArea(role, 'start')).toBe(true);
      for (const area of ['users', 'audit', 'access_log'] as const) expect(canOpenArea(role, area)).toBe(role === 'admin');
    }
  });

  it('opens the person register to the roles person-access.ts lets use it, and the work list to those who handle cases', () => {
    for (const role of ROLES) {
      expect(canOpenArea(role, 'persons')).toBe(canUsePersonRegister(role));
      expect(canOpenArea(role, 'worklist')).toBe(CASE_TYPES.some((type) => canHandleCase(role, type)));
    }
  });

  it('shows the eligibility rules to the admin who maintains them and the caseworker who applies them', () => {
    expect(ROLES.filter((role) => canOpenArea(role, 'rules'))).toEqual(['caseworker', 'admin']);
  });

  it('opens the dwelling register to the roles domain/dwellings/access.ts lets read the stock', () => {
    for (const role of ROLES) expect(canOpenArea(role, 'dwellings')).toBe(canReadDwellings(role));
    expect(ROLES.filter((role) => canOpenArea(role, 'dwellings'))).toEqual(['caseworker', 'property_manager']);
  });

  it('opens the lease lists to the caseworker and the property manager', () => {
    expect(ROLES.filter((role) => canOpenArea(role, 'leases'))).toEqual(['caseworker', 'property_manager']);
  });

  it('opens temporary accommodation to the NAV adviser who owns the stays and the caseworker who reads them', () => {
    expect(ROLES.filter((role) => canOpenArea(role, 'temporary'))).toEqual(['caseworker', 'nav_adviser']);
  });

  it('opens allocation to the caseworker and the fairness monitor to the caseworker and the manager (allocation.policy.ts)', () => {
    expect(ROLES.filter((role) => canOpenArea(role, 'allocation'))).toEqual(['caseworker']);
    expect(ROLES.filter((role) => canOpenArea(role, 'fairness'))).toEqual(['caseworker', 'manager']);
  });

  it('opens the calculators to the roles that meet households (calculators.policy.ts)', () => {
    expect(ROLES.filter((role) => canOpenArea(role, 'calculators'))).toEqual(['caseworker', 'nav_adviser', 'followup']);
  });

  it('never lets the manager read person data', () => {
    expect(PERSON_DATA_ROLES).not.toContain('manager');
  });

  it('names only known areas', () => {
    for (const areas of Object.values(AREA_ACCESS)) for (const area of areas) expect(AREAS).toContain(area);
  });

  it('recognises role names', () => {
    expect(isRole('caseworker')).toBe(true);
    expect(isRole('superuser')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
