import { describe, expect, it } from 'vitest';
import { ROLES } from './roles.js';
import { canHandleCase, canSeeAddress, canSeeCase, canSeeNote, consentInForce } from './person-access.js';

describe('canSeeCase', () => {
  it('lets the caseworker see every case and managers and admins none', () => {
    for (const caseType of ['housing_help', 'rental_dwelling', 'temporary_accommodation', 'startlan'] as const) {
      expect(canSeeCase('caseworker', { caseType, consentsInForce: [] })).toBe(true);
      expect(canSeeCase('manager', { caseType, consentsInForce: ['nav', 'followup_team'] })).toBe(false);
      expect(canSeeCase('admin', { caseType, consentsInForce: ['nav'] })).toBe(false);
    }
  });

  it('lets NAV see § 27 cases always and other cases only with consent to NAV', () => {
    expect(canSeeCase('nav_adviser', { caseType: 'temporary_accommodation', consentsInForce: [] })).toBe(true);
    expect(canSeeCase('nav_adviser', { caseType: 'rental_dwelling', consentsInForce: [] })).toBe(false);
    expect(canSeeCase('nav_adviser', { caseType: 'rental_dwelling', consentsInForce: ['nav'] })).toBe(true);
    expect(canSeeCase('nav_adviser', { caseType: 'rental_dwelling', consentsInForce: ['specialist_health'] })).toBe(false);
  });

  it('lets the follow-up team see cases only with consent to the team', () => {
    expect(canSeeCase('followup', { caseType: 'housing_help', consentsInForce: ['followup_team'] })).toBe(true);
    expect(canSeeCase('followup', { caseType: 'housing_help', consentsInForce: ['nav'] })).toBe(false);
  });
});

describe('canHandleCase, canSeeNote, canSeeAddress', () => {
  it('gives § 27 cases to NAV and the others to the housing office', () => {
    expect(canHandleCase('nav_adviser', 'temporary_accommodation')).toBe(true);
    expect(canHandleCase('caseworker', 'temporary_accommodation')).toBe(false);
    expect(canHandleCase('caseworker', 'rental_dwelling')).toBe(true);
    expect(canHandleCase('nav_adviser', 'rental_dwelling')).toBe(false);
  });

  it('keeps health and substance-use notes from NAV and from roles without case access', () => {
    expect(canSeeNote('caseworker', 'substance_use')).toBe(true);
    expect(canSeeNote('followup', 'health')).toBe(true);
    expect(canSeeNote('nav_adviser', 'health')).toBe(false);
    expect(canSeeNote('nav_adviser', 'none')).toBe(true);
    for (const role of ROLES.filter((r) => !['caseworker', 'nav_adviser', 'followup'].includes(r))) {
      expect(canSeeNote(role, 'none')).toBe(false);
    }
  });

  it('shows a strictly protected address to nobody and a confidential one only to caseworker and NAV', () => {
    for (const role of ROLES) expect(canSeeAddress(role, 'strengt_fortrolig')).toBe(false);
    expect(canSeeAddress('caseworker', 'fortrolig')).toBe(true);
    expect(canSeeAddress('nav_adviser', 'fortrolig')).toBe(true);
    expect(canSeeAddress('followup', 'fortrolig')).toBe(false);
    expect(canSeeAddress('followup', 'none')).toBe(true);
    expect(canSeeAddress('manager', 'none')).toBe(false);
  });
});

describe('consentInForce', () => {
  const c = { validFrom: '2026-01-01', validTo: '2026-12-31', withdrawnOn: null };
  it.each([
    ['2025-12-31', false],
    ['2026-01-01', true],
    ['2026-12-31', true],
    ['2027-01-01', false],
  ])('on %s is %s', (today, expected) => {
    expect(consentInForce(c, today)).toBe(expected);
  });
  it('ends on the day it is withdrawn', () => {
    expect(consentInForce({ ...c, withdrawnOn: '2026-06-01' }, '2026-06-01')).toBe(false);
    expect(consentInForce({ ...c, withdrawnOn: '2026-06-01' }, '2026-05-31')).toBe(true);
    expect(consentInForce({ ...c, validTo: null }, '2030-01-01')).toBe(true);
  });
});
