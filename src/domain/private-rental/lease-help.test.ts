import { describe, expect, it } from 'vitest';
import { checkLeaseHelp, nextStatuses, type LeaseHelpState } from './lease-help.js';

const TODAY = '2026-06-01';
const started: LeaseHelpState = { status: 'in_progress', startedOn: '2026-03-01', landlordId: null, leaseStartsOn: null, outcomeOn: null };
const codes = (before: LeaseHelpState | null, after: LeaseHelpState) => checkLeaseHelp(before, after, TODAY).map((p) => `${p.path}:${p.code}`);

describe('private lease help', () => {
  it('starts in progress without an outcome, not ahead of today', () => {
    expect(codes(null, started)).toEqual([]);
    expect(codes(null, { ...started, startedOn: '2026-06-02' })).toEqual(['startedOn:in_future']);
    expect(codes(null, { ...started, outcomeOn: '2026-04-01' })).toEqual(['outcomeOn:outcome_while_in_progress']);
  });

  it('is signed only with a landlord, the lease start and the outcome date', () => {
    expect(codes(started, { ...started, status: 'signed', landlordId: 'l1', leaseStartsOn: '2026-07-01', outcomeOn: '2026-05-20' })).toEqual([]);
    expect(codes(started, { ...started, status: 'signed', outcomeOn: '2026-05-20' })).toEqual(['landlordId:required_when_signed', 'leaseStartsOn:required_when_signed']);
    expect(codes(started, { ...started, status: 'signed', landlordId: 'l1', leaseStartsOn: '2026-07-01' })).toEqual(['outcomeOn:required']);
  });

  it('dates the outcome between the start of the help and today', () => {
    expect(codes(started, { ...started, status: 'not_found', outcomeOn: '2026-02-28' })).toEqual(['outcomeOn:before_started']);
    expect(codes(started, { ...started, status: 'ended', outcomeOn: '2026-06-02' })).toEqual(['outcomeOn:in_future']);
    expect(codes(started, { ...started, status: 'ended', outcomeOn: TODAY })).toEqual([]);
  });

  it('keeps an outcome final', () => {
    const signed: LeaseHelpState = { ...started, status: 'signed', landlordId: 'l1', leaseStartsOn: '2026-07-01', outcomeOn: '2026-05-20' };
    expect(codes(signed, { ...signed, status: 'ended' })).toEqual(['status:outcome_final']);
    expect(codes(signed, { ...signed, status: 'in_progress', outcomeOn: null })).toEqual(['status:outcome_final']);
    expect(codes(signed, signed)).toEqual([]);
    expect(nextStatuses('in_progress')).toEqual(['signed', 'not_found', 'ended']);
    expect(nextStatuses('not_found')).toEqual([]);
  });
});
