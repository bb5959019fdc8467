import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../domain/access/roles.js';
import { canChangeAddress, canSeePerson, canWithdrawConsent } from './people.policy.js';

const none = { cases: [], consentsInForce: [] } as const;

describe('canSeePerson', () => {
  it('lets the caseworker see every person, and roles without the register none', () => {
    expect(canSeePerson('caseworker', none)).toBe(true);
    for (const role of ['neighbourhood', 'property_manager', 'manager', 'admin'] as const) {
      expect(canSeePerson(role, { cases: [{ caseType: 'temporary_accommodation', consentsInForce: ['nav', 'followup_team'] }], consentsInForce: ['nav'] })).toBe(false);
    }
  });

  it('lets NAV see a person in a § 27 case, or in another case or on their own with consent to NAV', () => {
    expect(canSeePerson('nav_adviser', none)).toBe(false);
    expect(canSeePerson('nav_adviser', { cases: [{ caseType: 'temporary_accommodation', consentsInForce: [] }], consentsInForce: [] })).toBe(true);
    expect(canSeePerson('nav_adviser', { cases: [{ caseType: 'rental_dwelling', consentsInForce: [] }], consentsInForce: [] })).toBe(false);
    expect(canSeePerson('nav_adviser', { cases: [{ caseType: 'rental_dwelling', consentsInForce: ['nav'] }], consentsInForce: [] })).toBe(true);
    expect(canSeePerson('nav_adviser', { cases: [], consentsInForce: ['nav'] })).toBe(true);
    expect(canSeePerson('nav_adviser', { cases: [], consentsInForce: ['followup_team'] })).toBe(false);
  });

  it('lets the follow-up team see a person only with consent to the team', () => {
    expect(canSeePerson('followup', { cases: [{ caseType: 'temporary_accommodation', consentsInForce: [] }], consentsInForce: [] })).toBe(false);
    expect(canSeePerson('followup', { cases: [], consentsInForce: ['followup_team'] })).toBe(true);
  });
});

describe('canChangeAddress', () => {
  it('lets the roles that may see a fortrolig address write any address, and others only unprotected ones', () => {
    for (const role of ['caseworker', 'nav_adviser'] as const) {
      expect(canChangeAddress(role, 'strengt_fortrolig', 'strengt_fortrolig')).toBe(true);
      expect(canChangeAddress(role, 'none', 'fortrolig')).toBe(true);
    }
    expect(canChangeAddress('followup', 'none', 'none')).toBe(true);
    expect(canChangeAddress('followup', 'none', 'fortrolig')).toBe(false);
    expect(canChangeAddress('followup', 'fortrolig', 'none')).toBe(false);
    for (const role of ROLES.filter((r) => !['caseworker', 'nav_adviser', 'followup'].includes(r))) {
      expect(canChangeAddress(role, 'none', 'none')).toBe(false);
    }
  });
});

describe('canWithdrawConsent', () => {
  it('lets an agency withdraw only a consent to itself; the caseworker any', () => {
    expect(canWithdrawConsent('caseworker', 'husbanken')).toBe(true);
    expect(canWithdrawConsent('nav_adviser', 'nav')).toBe(true);
    expect(canWithdrawConsent('nav_adviser', 'followup_team')).toBe(false);
    expect(canWithdrawConsent('followup', 'followup_team')).toBe(true);
    expect(canWithdrawConsent('manager', 'nav')).toBe(false);
  });
});
