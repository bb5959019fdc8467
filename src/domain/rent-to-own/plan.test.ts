import { describe, expect, it } from 'vitest';
import { movedToOwnedIn, outcomeProblems, startProblems } from './plan.js';

describe('startProblems', () => {
  it('allows a running lease on a dwelling with rent-to-own potential', () => {
    expect(startProblems({ leaseStatus: 'signed', rentToOwnPotential: true })).toEqual([]);
    expect(startProblems({ leaseStatus: 'terminated', rentToOwnPotential: true })).toEqual([]);
  });

  it('refuses a dwelling without the potential and a lease that does not run, on the lease field', () => {
    expect(startProblems({ leaseStatus: 'ended', rentToOwnPotential: false })).toEqual([
      { path: 'leaseId', code: 'no_rent_to_own_potential' },
      { path: 'leaseId', code: 'lease_not_running' },
    ]);
    expect(startProblems({ leaseStatus: 'draft', rentToOwnPotential: true })).toEqual([{ path: 'leaseId', code: 'lease_not_running' }]);
  });
});

describe('outcomeProblems', () => {
  const plan = { status: 'active' as const, startedOn: '2026-01-10' };
  it('accepts moved to owned home on a date from the start to today', () => {
    expect(outcomeProblems(plan, { outcome: 'moved_to_owned', outcomeOn: '2026-01-10', note: null }, '2026-03-01')).toEqual([]);
  });

  it('wants a note when the plan ends, and a date within the plan', () => {
    expect(outcomeProblems(plan, { outcome: 'ended', outcomeOn: '2026-01-09', note: '  ' }, '2026-03-01')).toEqual([
      { path: 'outcomeOn', code: 'before_start' },
      { path: 'note', code: 'note_required' },
    ]);
    expect(outcomeProblems(plan, { outcome: 'moved_to_owned', outcomeOn: '2026-03-02', note: null }, '2026-03-01')).toEqual([{ path: 'outcomeOn', code: 'in_future' }]);
  });

  it('refuses a second outcome', () => {
    expect(outcomeProblems({ ...plan, status: 'moved_to_owned' }, { outcome: 'ended', outcomeOn: '2026-02-01', note: 'x' }, '2026-03-01')).toEqual([{ path: 'outcome', code: 'not_active' }]);
  });
});

describe('movedToOwnedIn', () => {
  it('counts the plans that ended in an owned home in the year', () => {
    const plans = [
      { status: 'moved_to_owned' as const, outcomeOn: '2025-06-01' },
      { status: 'moved_to_owned' as const, outcomeOn: '2026-02-01' },
      { status: 'ended' as const, outcomeOn: '2025-07-01' },
      { status: 'active' as const, outcomeOn: null },
    ];
    expect(movedToOwnedIn(plans, 2025)).toBe(1);
  });
});
