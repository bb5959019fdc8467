import { compareDates, type IsoDate } from '../deadlines/calendar.js';
import { RUNNING_STATUSES, type LeaseStatus } from '../leases/lease-status.js';

/**
 * Rent-to-own (leie til eie): a tenant in a dwelling marked with rent-to-own potential works
 * towards buying a home — often that dwelling — with a start loan (startlån, docs/domain.md
 * §§ 2.2, 8.1: «the loan frees up kommunalt disponerte boliger (e.g., a tenant buys)»). The plan
 * ends as `moved_to_owned` (the indicator «tenants moving from kommunal leie to eie», § 10.4) or
 * `ended` with a note. Pure rules; the service gathers the facts.
 */

export const RENT_TO_OWN_STATUSES = ['active', 'moved_to_owned', 'ended'] as const;
export type RentToOwnStatus = (typeof RENT_TO_OWN_STATUSES)[number];

export const RENT_TO_OWN_OUTCOMES = ['moved_to_owned', 'ended'] as const;
export type RentToOwnOutcome = (typeof RENT_TO_OWN_OUTCOMES)[number];

export type RentToOwnProblemCode = 'no_rent_to_own_potential' | 'lease_not_running' | 'before_start' | 'in_future' | 'note_required' | 'not_active';

export interface RentToOwnProblem {
  readonly path: string;
  readonly code: RentToOwnProblemCode;
}

/** Why a plan cannot start on this lease: its dwelling has no rent-to-own potential, or the lease does not run. */
export function startProblems(facts: { leaseStatus: LeaseStatus; rentToOwnPotential: boolean }): RentToOwnProblem[] {
  const problems: RentToOwnProblem[] = [];
  if (!facts.rentToOwnPotential) problems.push({ path: 'leaseId', code: 'no_rent_to_own_potential' });
  if (!RUNNING_STATUSES.includes(facts.leaseStatus)) problems.push({ path: 'leaseId', code: 'lease_not_running' });
  return problems;
}

/**
 * Why an outcome cannot be recorded: the plan is no longer active, the date is before the plan
 * started or after today, or an ended plan has no note saying why [I: «ended» without a reason
 * tells the indicators nothing].
 */
export function outcomeProblems(
  plan: { status: RentToOwnStatus; startedOn: IsoDate },
  outcome: { outcome: RentToOwnOutcome; outcomeOn: IsoDate; note: string | null },
  today: IsoDate,
): RentToOwnProblem[] {
  if (plan.status !== 'active') return [{ path: 'outcome', code: 'not_active' }];
  const problems: RentToOwnProblem[] = [];
  if (compareDates(outcome.outcomeOn, plan.startedOn) < 0) problems.push({ path: 'outcomeOn', code: 'before_start' });
  if (compareDates(outcome.outcomeOn, today) > 0) problems.push({ path: 'outcomeOn', code: 'in_future' });
  if (outcome.outcome === 'ended' && (outcome.note ?? '').trim() === '') problems.push({ path: 'note', code: 'note_required' });
  return problems;
}

/** Households that moved to an owned home in `year` (the indicator), from the plans' outcomes. */
export function movedToOwnedIn(plans: ReadonlyArray<{ status: RentToOwnStatus; outcomeOn: IsoDate | null }>, year: number): number {
  return plans.filter((p) => p.status === 'moved_to_owned' && p.outcomeOn !== null && p.outcomeOn.startsWith(`${year}-`)).length;
}
