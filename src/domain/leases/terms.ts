import { compareDates, type IsoDate } from '../deadlines/calendar.js';
import { isShorterThanMinimum } from './length-rules.js';

/**
 * The terms of a lease checked against husleieloven before it is drafted or signed.
 * Expected refusals are values: a list of problems, each a field path and a stable code
 * (the server turns them into field errors; docs/adr/0003).
 */

export interface Problem {
  path: string;
  code: string;
}

/** husleieloven § 3-5: deposit in a blocked account in the tenant's name; NAV's guarantee (depositumsgaranti); or none. */
export const DEPOSIT_TYPES = ['blocked_account', 'nav_guarantee', 'none'] as const;
export type DepositType = (typeof DEPOSIT_TYPES)[number];

/** husleieloven § 3-5: a deposit (or guarantee [R]) may not exceed six months' rent. */
export const MAX_DEPOSIT_MONTHS = 6;

export const RENT_MODELS = ['market', 'gjengs', 'index', 'cost'] as const;
export type RentModel = (typeof RENT_MODELS)[number];

export interface DepositFacts {
  depositType: DepositType;
  depositAmount: number;
  monthlyRent: number;
}

/** The deposit rule: at most six months' rent; an amount needs a type and a type an amount. */
export function checkDeposit(facts: DepositFacts): Problem[] {
  if (facts.depositType === 'none') return facts.depositAmount > 0 ? [{ path: 'depositAmount', code: 'deposit_without_type' }] : [];
  if (facts.depositAmount <= 0) return [{ path: 'depositAmount', code: 'required' }];
  if (facts.depositAmount > MAX_DEPOSIT_MONTHS * facts.monthlyRent) return [{ path: 'depositAmount', code: 'deposit_above_six_months' }];
  return [];
}

export interface LeaseTermsFacts extends DepositFacts {
  startDate: IsoDate;
  /** Last day; null for an open-ended lease. */
  endDate: IsoDate | null;
  section111: boolean;
  section111NoticeOn: IsoDate | null;
  shortTermReason: string | null;
}

/**
 * Every problem with a lease's terms at once:
 * - the end comes after the start;
 * - husleieloven § 9-3: a term shorter than three years needs the reason given to the tenant in
 *   writing (`shortTermReason`); a § 11-1 lease may be shorter, and Husly asks for the reason
 *   there too, since the exception is read narrowly (domain.md § 2.3) [I];
 * - § 11-1: a notice date only belongs to a § 11-1 lease;
 * - the deposit rule (§ 3-5).
 */
export function checkLeaseTerms(facts: LeaseTermsFacts): Problem[] {
  const problems: Problem[] = [];
  if (facts.endDate !== null && compareDates(facts.endDate, facts.startDate) <= 0) {
    problems.push({ path: 'endDate', code: 'before_start' });
  } else if (isShorterThanMinimum(facts.startDate, facts.endDate) && !facts.shortTermReason?.trim()) {
    problems.push({ path: 'shortTermReason', code: 'short_term_reason_required' });
  }
  if (!facts.section111 && facts.section111NoticeOn !== null) problems.push({ path: 'section111NoticeOn', code: 'not_section_11_1' });
  return [...problems, ...checkDeposit(facts)];
}

export interface SigningFacts {
  section111: boolean;
  section111NoticeOn: IsoDate | null;
  signedOn: IsoDate;
  today: IsoDate;
}

/**
 * Whether the lease may be signed on `signedOn`. husleieloven § 11-1: a lease of a dwelling
 * for people in difficulty gives fewer rights only when the tenant was told so **in writing
 * before signing** — without the notice date (or with one after signing) it cannot be signed
 * as a § 11-1 lease.
 */
export function checkSigning(facts: SigningFacts): Problem[] {
  const problems: Problem[] = [];
  if (compareDates(facts.signedOn, facts.today) > 0) problems.push({ path: 'signedOn', code: 'in_future' });
  if (facts.section111) {
    if (facts.section111NoticeOn === null) problems.push({ path: 'section111NoticeOn', code: 'section_11_1_notice_missing' });
    else if (compareDates(facts.section111NoticeOn, facts.signedOn) > 0) problems.push({ path: 'section111NoticeOn', code: 'section_11_1_notice_after_signing' });
  }
  return problems;
}
