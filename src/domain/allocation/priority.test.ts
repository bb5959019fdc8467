import { describe, expect, it } from 'vitest';
import { household, TODAY } from './fixtures.js';
import { assessPriority } from './priority.js';
import { DEMO_9999_PRIORITY_V1, NABO_9998_PRIORITY_V1 } from './priority-rules/index.js';
import type { PriorityRuleSet } from './priority-types.js';

const demo = DEMO_9999_PRIORITY_V1;
const nabo = NABO_9998_PRIORITY_V1;
const codes = (result: { reasons: readonly { code: string }[] }): string[] => result.reasons.map((r) => r.code);

describe('assessPriority in Demo kommune (points, modelled on Sandnes)', () => {
  it('adds the housing situation and each prioritised group to the base points, with a reason for each', () => {
    // A 22-year-old sleeping rough, with substance use: «unge med sammensatte hjelpebehov».
    const result = assessPriority(demo, household('h', { housingSituation: 'no_roof', needCategory: 'substance_use', applicantAge: 22 }), TODAY);
    expect(result).toMatchObject({ active: true, points: 80, computedPoints: 80, band: 'A', waitingMonths: 6, ruleSet: { id: 'demo-9999-priority-v1', version: 1 } });
    expect(codes(result)).toEqual(['priority_base', 'priority_housing_situation', 'priority_need_category', 'priority_young_applicant', 'priority_band', 'priority_waiting_time']);
    expect(result.reasons[1]).toMatchObject({ ruleId: 'no-roof', params: { situation: 'no_roof', points: 40, band: null }, source: { document: expect.stringContaining('Sandnes') } });
    expect(result.reasons[3]?.params).toEqual({ age: 22, maxAge: 25, points: 15, band: null });
    expect(result.reasons[4]?.params).toEqual({ band: 'A', points: 80, rawPoints: 80, banding: 'by_points' });
  });

  it('counts children under 18 for barns beste, and an economically disadvantaged family', () => {
    const family = household('f', { housingSituation: 'emergency_accommodation', childrenAges: [3, 9, 18], persons: 4, economicallyDisadvantaged: true });
    const result = assessPriority(demo, family, TODAY);
    expect(result.points).toBe(10 + 30 + 15 + 15 + 2 * 5);
    expect(result.band).toBe('A');
    expect(result.reasons.find((r) => r.code === 'priority_children')?.params).toEqual({ children: 2, maxAge: 17, points: 25, band: null });
  });

  it('puts a household with only a lease running out in the lowest band', () => {
    const result = assessPriority(demo, household('l', { housingSituation: 'time_limited_lease_under_6m' }), TODAY);
    expect([result.points, result.band]).toEqual([20, 'C']);
  });

  it('reports the waiting time but lets it only break ties, never add points', () => {
    const early = assessPriority(demo, household('a', { decisionDate: '2023-09-15', validUntil: '2026-01-01' }), TODAY);
    const late = assessPriority(demo, household('b', { decisionDate: '2025-09-01' }), TODAY);
    expect(early.points).toBe(late.points);
    expect(early.reasons.find((r) => r.code === 'priority_waiting_time')?.params).toEqual({ decisionDate: '2023-09-15', months: 24, use: 'tie_breaker' });
  });

  it('takes a caseworker’s override with its written reason, and the band follows the new points', () => {
    const reason = '  Vold i nåværende bolig; må flytte straks. ';
    const result = assessPriority(demo, household('o', { override: { points: 120, reason } }), TODAY);
    expect(result).toMatchObject({ points: 120, computedPoints: 30, band: 'A' });
    const override = result.reasons.find((r) => r.code === 'priority_override');
    expect(override).toMatchObject({ params: { points: 120, computedPoints: 30, reason: 'Vold i nåværende bolig; må flytte straks.' }, source: demo.override.source });
    expect(result.reasons.find((r) => r.code === 'priority_band')?.params).toMatchObject({ band: 'A', points: 120, rawPoints: 30 });
  });

  it('refuses an override without a proper written reason or with points out of range', () => {
    expect(() => assessPriority(demo, household('o', { override: { points: 50, reason: 'Fordi.' } }), TODAY)).toThrow(/override_reason_too_short/);
    expect(() => assessPriority(demo, household('o', { override: { points: 201, reason: 'Særlig tungtveiende grunner.' } }), TODAY)).toThrow(/override_points_invalid/);
    expect(() => assessPriority(demo, household('o', { override: { points: 0, reason: 'Særlig tungtveiende grunner.' } }), TODAY)).toThrow(/override_points_invalid/);
    const locked: PriorityRuleSet = { ...demo, override: { ...demo.override, allowed: false } };
    expect(() => assessPriority(locked, household('o', { override: { points: 50, reason: 'Særlig tungtveiende grunner.' } }), TODAY)).toThrow(/override_not_allowed/);
  });

  it('marks a household whose approval has run out as not active, and still explains its points', () => {
    const result = assessPriority(demo, household('x', { decisionDate: '2024-09-01', validUntil: '2025-09-01' }), TODAY);
    expect(result.active).toBe(false);
    expect(result.reasons.at(-1)).toEqual({ code: 'priority_approval_expired', params: { validUntil: '2025-09-01' } });
    expect(assessPriority(demo, household('x', { validUntil: TODAY }), TODAY).active).toBe(true);
  });

  it('refuses invalid dates and a decision dated after the round', () => {
    expect(() => assessPriority(demo, household('x'), '2025-02-30')).toThrow(RangeError);
    expect(() => assessPriority(demo, household('x', { decisionDate: '2025-10-01' }), TODAY)).toThrow(/after/);
  });
});

describe('assessPriority in Nabo kommune (bands by rule, modelled on Bergen)', () => {
  it('puts households without a dwelling in band A, and orders them by points within it', () => {
    const rough = assessPriority(nabo, household('r', { housingSituation: 'no_roof' }), TODAY);
    const hostel = assessPriority(nabo, household('h', { housingSituation: 'emergency_accommodation' }), TODAY);
    expect([rough.band, rough.points]).toEqual(['A', 300 + 1 + 20]);
    expect([hostel.band, hostel.points]).toEqual(['A', 301]);
    expect(rough.reasons.find((r) => r.code === 'priority_housing_situation')?.params).toEqual({ situation: 'no_roof', points: 0, band: 'A' });
  });

  it('keeps a family with many children staying with relatives below band A', () => {
    const family = household('f', { housingSituation: 'staying_with_friends_family', childrenAges: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16], persons: 18 });
    const result = assessPriority(nabo, family, TODAY);
    expect([result.band, result.points]).toEqual(['B', 299]);
    expect(result.reasons.find((r) => r.code === 'priority_band')?.params).toEqual({ band: 'B', points: 299, rawPoints: 1 + 20 + 80, banding: 'by_rule' });
  });

  it('gives points for health needs that make suitable dwellings scarce, within band C', () => {
    const result = assessPriority(nabo, household('w', { housingSituation: 'unsuitable_dwelling', specialNeeds: { ...household('w').specialNeeds, wheelchair: true } }), TODAY);
    expect([result.band, result.points]).toEqual(['C', 111]);
    expect(result.reasons.find((r) => r.code === 'priority_special_needs')?.params).toEqual({ needs: ['wheelchair'], points: 10, band: null });
  });

  it('ignores waiting time; ties go to the round’s lottery', () => {
    const result = assessPriority(nabo, household('a', { decisionDate: '2024-01-10', validUntil: '2026-01-10' }), TODAY);
    expect(result.reasons.find((r) => r.code === 'priority_waiting_time')?.params).toMatchObject({ months: 20, use: 'ignored' });
  });
});
