import { describe, expect, it } from 'vitest';
import type { LeaseDetail } from '../../../contracts/leases';
import { ROLES } from '../../../domain/access/roles';
import { canDecideRenewal, canDraftLease, canUseLeases, leaseActions } from './lease-access';

const lease = (overrides: Partial<LeaseDetail>): LeaseDetail => ({
  id: '00000000-0000-4000-8000-000000000001',
  dwellingId: '00000000-0000-4000-8000-000000000002',
  dwellingAddress: 'Storgata 1, 9999 Demo',
  householdId: '00000000-0000-4000-8000-000000000003',
  tenantName: 'Ola Nordmann',
  tenantProtected: false,
  status: 'signed',
  startDate: '2026-01-01',
  endDate: '2028-12-31',
  monthlyRent: 9000,
  rentModel: 'gjengs',
  section111: false,
  signedOn: '2025-12-20',
  noticeGivenOn: null,
  endedOn: null,
  decisionId: null,
  section111NoticeOn: null,
  shortTermReason: null,
  lengthRule: 'default/1:first:no_children',
  depositType: 'none',
  depositAmount: 0,
  lastIndexAdjustmentOn: null,
  lastGjengsAdjustmentOn: null,
  endReason: null,
  moveIn: null,
  moveOut: null,
  evictionSteps: [],
  allowedEvictionSteps: ['warning', 'termination_notice'],
  adjustments: [],
  renewal: null,
  section92: null,
  ...overrides,
});

describe('the web mirror of leases.policy.ts', () => {
  it('gives leases to the caseworker and the property manager, renewal outcomes and drafting to the caseworker', () => {
    expect(ROLES.filter(canUseLeases)).toEqual(['caseworker', 'property_manager']);
    expect(ROLES.filter(canDecideRenewal)).toEqual(['caseworker']);
    expect(ROLES.filter(canDraftLease)).toEqual(['caseworker']);
  });

  it('offers the actions the lease status allows', () => {
    expect(leaseActions('caseworker', lease({ status: 'draft', allowedEvictionSteps: [] }))).toEqual(['sign', 'cancel']);
    expect(leaseActions('property_manager', lease({}))).toEqual(['moveIn', 'notice', 'adjustRent', 'eviction', 'end', 'moveOut']);
    expect(leaseActions('caseworker', lease({ moveIn: {}, noticeGivenOn: '2028-10-01', allowedEvictionSteps: [] }))).toEqual(['adjustRent', 'end', 'moveOut']);
    expect(leaseActions('caseworker', lease({ endDate: null }))).not.toContain('notice');
    expect(leaseActions('caseworker', lease({ status: 'ended', allowedEvictionSteps: [] }))).toEqual(['moveOut']);
    expect(leaseActions('caseworker', lease({ status: 'ended', moveOut: {}, allowedEvictionSteps: [] }))).toEqual([]);
    expect(leaseActions('caseworker', lease({ status: 'cancelled' }))).toEqual([]);
    expect(leaseActions('nav_adviser', lease({}))).toEqual([]);
  });
});
