import { describe, expect, it } from 'vitest';
import { NOTE_SENSITIVITIES, type ConsentRecipient } from '../cases/case-types.js';
import { canCreateFollowupPlans, canSeeFollowup, canSeeFollowupNote, canWriteFollowup } from './followup-access.js';
import { canOpenArea, ROLES } from './roles.js';

const facts = (consentsInForce: ConsentRecipient[], isResponsibleWorker = false) => ({ consentsInForce, isResponsibleWorker });

describe('canSeeFollowup', () => {
  it('lets the caseworker see every household, with or without consents', () => {
    expect(canSeeFollowup('caseworker', facts([]))).toBe(true);
  });

  it('lets the follow-up team see a household that consented to the team, or one it is responsible for', () => {
    expect(canSeeFollowup('followup', facts(['followup_team']))).toBe(true);
    expect(canSeeFollowup('followup', facts([], true))).toBe(true);
    expect(canSeeFollowup('followup', facts(['nav', 'specialist_health']))).toBe(false);
  });

  it('lets NAV and the specialist health service see a household only while the consent to their own agency is in force', () => {
    expect(canSeeFollowup('nav_adviser', facts(['nav']))).toBe(true);
    expect(canSeeFollowup('nav_adviser', facts(['followup_team', 'specialist_health']))).toBe(false);
    expect(canSeeFollowup('nav_adviser', facts([], true))).toBe(false);
    expect(canSeeFollowup('specialist_health', facts(['specialist_health']))).toBe(true);
    expect(canSeeFollowup('specialist_health', facts(['nav', 'followup_team']))).toBe(false);
  });

  it('shows nothing to the roles without the follow-up area, whatever the consents', () => {
    const all = facts(['nav', 'specialist_health', 'followup_team', 'housing_office', 'husbanken'], true);
    for (const role of ROLES) {
      if (!canOpenArea(role, 'followup')) expect(canSeeFollowup(role, all)).toBe(false);
    }
  });
});

describe('canWriteFollowup', () => {
  it('lets the caseworker and the follow-up team change what they may see, and NAV and the specialist only read', () => {
    expect(canWriteFollowup('caseworker', facts([]))).toBe(true);
    expect(canWriteFollowup('followup', facts([], true))).toBe(true);
    expect(canWriteFollowup('followup', facts([]))).toBe(false);
    expect(canWriteFollowup('nav_adviser', facts(['nav']))).toBe(false);
    expect(canWriteFollowup('specialist_health', facts(['specialist_health']))).toBe(false);
    expect(ROLES.filter(canCreateFollowupPlans)).toEqual(['caseworker', 'followup']);
  });
});

describe('canSeeFollowupNote', () => {
  it('keeps flagged notes from NAV, substance-use notes from the specialist health service, and shows the rest', () => {
    const seen = (role: Parameters<typeof canSeeFollowupNote>[0]) => NOTE_SENSITIVITIES.filter((s) => canSeeFollowupNote(role, s));
    expect(seen('caseworker')).toEqual(['none', 'health', 'substance_use']);
    expect(seen('followup')).toEqual(['none', 'health', 'substance_use']);
    expect(seen('nav_adviser')).toEqual(['none']);
    expect(seen('specialist_health')).toEqual(['none', 'health']);
    for (const role of ['neighbourhood', 'property_manager', 'manager', 'admin'] as const) expect(seen(role)).toEqual([]);
  });
});
