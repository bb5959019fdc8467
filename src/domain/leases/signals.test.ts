import { describe, expect, it } from 'vitest';
import { DEFAULT_LEASE_POLICY } from './policy.js';
import { decideLeaseSignals, renewalDue, renewalOpensOn, section92Alarm, section92Deadline, type SignalLease } from './signals.js';

const lease: SignalLease = { id: 'l1', status: 'signed', endDate: '2026-08-31', noticeGivenOn: null, hasRenewalAssessment: false };

describe('renewal assessment (expiry − 6 months)', () => {
  it.each<[string, Partial<SignalLease>, string, boolean]>([
    ['the day it opens', {}, '2026-02-28', true],
    ['the day before', {}, '2026-02-27', false],
    ['long after (late is still due)', {}, '2026-08-01', true],
    ['already opened', { hasRenewalAssessment: true }, '2026-03-01', false],
    ['an open-ended lease', { endDate: null }, '2026-03-01', false],
    ['a terminated lease', { status: 'terminated' }, '2026-03-01', false],
    ['a draft', { status: 'draft' }, '2026-03-01', false],
  ])('%s', (_name, change, today, expected) => {
    expect(renewalDue({ ...lease, ...change }, today, 6)).toBe(expected);
  });

  it('opens on the same day number six months before, or the month end', () => {
    expect(renewalOpensOn('2026-08-31', 6)).toBe('2026-02-28');
    expect(renewalOpensOn('2026-12-15', 6)).toBe('2026-06-15');
  });
});

describe('§ 9-2 (3) alarm', () => {
  it.each<[string, Partial<SignalLease>, string, string | null]>([
    ['the day before the end', {}, '2026-08-30', null],
    ['on the end date', {}, '2026-08-31', 'alarm'],
    ['31 days before the deadline', {}, '2026-10-30', 'alarm'],
    ['30 days before the deadline', {}, '2026-10-31', 'critical'],
    ['on the deadline', {}, '2026-11-30', 'critical'],
    ['after the deadline', {}, '2026-12-01', 'lapsed'],
    ['with a written notice to leave', { noticeGivenOn: '2026-06-01' }, '2026-11-01', null],
    ['terminated (oppsigelse is a written demand)', { status: 'terminated' }, '2026-11-01', null],
    ['ended', { status: 'ended' }, '2026-11-01', null],
    ['open-ended', { endDate: null }, '2026-11-01', null],
  ])('%s → %s', (_name, change, today, level) => {
    expect(section92Alarm({ ...lease, ...change }, today, 30)?.level ?? null).toBe(level);
  });

  it('gives the deadline three months after the end and the days left', () => {
    expect(section92Deadline('2026-08-31')).toBe('2026-11-30');
    expect(section92Alarm(lease, '2026-11-20', 30)).toEqual({ level: 'critical', endDate: '2026-08-31', deadline: '2026-11-30', daysLeft: 10 });
  });
});

describe('decideLeaseSignals', () => {
  it('opens renewals and raises alarms for the right leases only', () => {
    const leases: SignalLease[] = [
      { ...lease, id: 'ends-in-6-months', endDate: '2027-01-15' },
      { ...lease, id: 'ends-in-7-months', endDate: '2027-02-16' },
      { ...lease, id: 'three-months-past', endDate: '2026-04-15', hasRenewalAssessment: true },
      { ...lease, id: 'past-with-notice', endDate: '2026-04-15', noticeGivenOn: '2026-01-10', hasRenewalAssessment: true },
    ];
    const decision = decideLeaseSignals(leases, '2026-07-15', DEFAULT_LEASE_POLICY);
    expect(decision.renewals.map((r) => r.leaseId)).toEqual(['ends-in-6-months']);
    expect(decision.alarms).toEqual([{ leaseId: 'three-months-past', alarm: { level: 'critical', endDate: '2026-04-15', deadline: '2026-07-15', daysLeft: 0 } }]);
  });
});
