import { describe, expect, it } from 'vitest';
import { canChangeStatus, checkStatusChange, DWELLING_STATUSES, STATUS_TRANSITIONS } from './status.js';

describe('dwelling status transitions', () => {
  it('never lets a sold dwelling change status', () => {
    for (const to of DWELLING_STATUSES) expect(canChangeStatus('sold', to)).toBe(false);
  });

  it('refuses a change to the same status', () => {
    for (const s of DWELLING_STATUSES) expect(canChangeStatus(s, s)).toBe(false);
  });

  it('lets a let dwelling become vacant or go to maintenance, but not be sold or reserved directly', () => {
    expect(canChangeStatus('let', 'vacant')).toBe(true);
    expect(canChangeStatus('let', 'maintenance')).toBe(true);
    expect(canChangeStatus('let', 'sold')).toBe(false);
    expect(canChangeStatus('let', 'reserved')).toBe(false);
  });

  it('names only known statuses as targets', () => {
    for (const targets of Object.values(STATUS_TRANSITIONS)) for (const t of targets) expect(DWELLING_STATUSES).toContain(t);
  });
});

describe('checkStatusChange', () => {
  const today = '2025-03-11';
  const current = { status: 'let' as const, fromDate: '2024-01-01' };

  it('accepts a valid change', () => {
    expect(checkStatusChange(current, { status: 'vacant', fromDate: '2025-03-01' }, today)).toEqual([]);
  });

  it('reports every problem at once', () => {
    expect(checkStatusChange({ status: 'sold', fromDate: '2025-01-01' }, { status: 'maintenance', fromDate: '2025-01-01' }, today)).toEqual([
      { path: 'status', code: 'invalid_transition' },
      { path: 'fromDate', code: 'before_current_status' },
      { path: 'expectedReadyOn', code: 'required' },
    ]);
  });

  it('refuses a start in the future and a start on or before the current period', () => {
    expect(checkStatusChange(current, { status: 'vacant', fromDate: '2025-03-12' }, today)).toEqual([{ path: 'fromDate', code: 'in_future' }]);
    expect(checkStatusChange(current, { status: 'vacant', fromDate: '2024-01-01' }, today)).toEqual([
      { path: 'fromDate', code: 'before_current_status' },
    ]);
    expect(checkStatusChange(current, { status: 'vacant', fromDate: today }, today)).toEqual([]);
  });

  it('requires an expected ready date for maintenance, not before its start, and only for maintenance', () => {
    expect(checkStatusChange(current, { status: 'maintenance', fromDate: '2025-03-01', expectedReadyOn: '2025-04-01' }, today)).toEqual([]);
    expect(checkStatusChange(current, { status: 'maintenance', fromDate: '2025-03-01', expectedReadyOn: '2025-02-01' }, today)).toEqual([
      { path: 'expectedReadyOn', code: 'before_from_date' },
    ]);
    expect(checkStatusChange(current, { status: 'vacant', fromDate: '2025-03-01', expectedReadyOn: '2025-04-01' }, today)).toEqual([
      { path: 'expectedReadyOn', code: 'not_applicable' },
    ]);
  });

  it('checks a new dwelling only for dates', () => {
    expect(checkStatusChange(undefined, { status: 'sold', fromDate: '2020-01-01' }, today)).toEqual([]);
  });
});
