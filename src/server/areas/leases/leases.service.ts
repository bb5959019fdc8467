import { randomUUID } from 'node:crypto';
import type { CreateLeaseBody, LeaseDetail, LeaseListQuery, LeaseSummary, SignLeaseBody } from '../../../contracts/leases.js';
import { leaseTerm } from '../../../domain/leases/length-rules.js';
import { checkLeaseTerms, checkSigning, type Problem } from '../../../domain/leases/terms.js';
import { logAccess, recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, notFound, pgConstraint, pgErrorCode } from '../../platform/errors.js';
import { moveDwellingStatus } from './dwelling-status.js';
import { getLeaseRow, policyOf, statusError, todayOf } from './lease-access.js';
import * as records from './lease-records.repo.js';
import { problemsError, refuseIf } from './leases.http.js';
import { assertLeaseArea } from './leases.policy.js';
import { presentDetail, presentSummary } from './leases.present.js';
import * as repo from './leases.repo.js';

/** Dwelling statuses a lease can never start in (the register's `sold` and `not_in_use`). */
const UNAVAILABLE = new Set(['sold', 'not_in_use']);

/**
 * Maps the database's refusals to the one error shape: the exclusion constraint lease_no_overlap
 * (23P01) is the guarantee that one dwelling is never let twice at once, under any concurrency.
 */
export function mapLeaseConstraint(error: unknown): unknown {
  const code = pgErrorCode(error);
  const constraint = pgConstraint(error);
  if (code === '23P01' && constraint === 'lease_no_overlap') {
    return new AppError('conflict', 'error.lease.dwelling_already_let', [{ path: 'dwellingId', code: 'dwelling_already_let', messageKey: 'field.lease.dwelling_already_let' }]);
  }
  if (code === '23514' && constraint === 'lease_deposit_check') {
    return problemsError('rule_violation', [{ path: 'depositAmount', code: 'deposit_above_six_months' }]);
  }
  return error;
}

async function checkReferences(ctx: ServiceContext, tx: Tx, body: CreateLeaseBody): Promise<void> {
  const { municipalityId } = ctx.actor;
  const problems: Problem[] = [];
  if (!(await repo.findDwelling(tx, municipalityId, body.dwellingId))) problems.push({ path: 'dwellingId', code: 'not_found' });
  if (!(await repo.householdExists(tx, municipalityId, body.householdId))) problems.push({ path: 'householdId', code: 'not_found' });
  if (body.decisionId && !(await repo.decisionExists(tx, municipalityId, body.decisionId))) problems.push({ path: 'decisionId', code: 'not_found' });
  refuseIf('validation_failed', problems);
  const status = await repo.dwellingStatusOn(tx, municipalityId, body.dwellingId, body.startDate);
  if (status && UNAVAILABLE.has(status)) refuseIf('rule_violation', [{ path: 'dwellingId', code: 'dwelling_not_available' }]);
}

/** The end date: as given, open-ended (null), or by the municipality's length rule when left out. */
async function termOf(ctx: ServiceContext, tx: Tx, body: CreateLeaseBody): Promise<{ endDate: string | null; lengthRule: string }> {
  if (body.endDate === null) return { endDate: null, lengthRule: 'open_ended' };
  if (body.endDate !== undefined) return { endDate: body.endDate, lengthRule: 'manual' };
  const { municipalityId } = ctx.actor;
  const term = leaseTerm(policyOf(ctx, body.startDate), {
    startDate: body.startDate,
    memberBirthDates: await repo.memberBirthDates(tx, municipalityId, body.householdId, body.startDate),
    renewal: await repo.hasEarlierLease(tx, municipalityId, body.householdId),
  });
  return { endDate: term.endDate, lengthRule: term.rule };
}

/**
 * Drafts a lease for a dwelling and a household. A draft already holds the dwelling for its
 * dates. @throws forbidden, validation_failed (unknown dwelling, household or decision),
 * rule_violation (the terms break husleieloven; the dwelling is sold or not in use),
 * conflict `dwelling_already_let` (another lease overlaps — refused by the database).
 */
export async function createLease(ctx: ServiceContext, body: CreateLeaseBody): Promise<LeaseDetail> {
  assertLeaseArea(ctx.actor);
  try {
    return await ctx.transaction(async (tx) => {
      await checkReferences(ctx, tx, body);
      const { endDate, lengthRule } = await termOf(ctx, tx, body);
      refuseIf('rule_violation', checkLeaseTerms({ ...body, endDate }));
      const id = randomUUID();
      await repo.insertLease(tx, {
        municipalityId: ctx.actor.municipalityId,
        id,
        dwellingId: body.dwellingId,
        householdId: body.householdId,
        decisionId: body.decisionId ?? null,
        startDate: body.startDate,
        endDate,
        status: 'draft',
        section111: body.section111,
        section111NoticeOn: body.section111NoticeOn,
        shortTermReason: body.shortTermReason,
        lengthRule,
        depositType: body.depositType,
        depositAmount: body.depositAmount,
        rentModel: body.rentModel,
        monthlyRent: body.monthlyRent,
      });
      await recordEvent(tx, ctx, {
        type: 'lease.drafted',
        subjectType: 'lease',
        subjectId: id,
        data: { dwellingId: body.dwellingId, householdId: body.householdId, startDate: body.startDate, endDate, lengthRule, monthlyRent: body.monthlyRent },
      });
      return readDetail(ctx, tx, id);
    });
  } catch (error) {
    throw mapLeaseConstraint(error);
  }
}

/**
 * Signs a draft; the dwelling becomes `let` from the lease's start. § 11-1: refused without the
 * written notice on or before the signing day. @throws not_found, rule_violation.
 */
export async function signLease(ctx: ServiceContext, id: string, body: SignLeaseBody): Promise<LeaseDetail> {
  assertLeaseArea(ctx.actor);
  const today = todayOf(ctx);
  return ctx.transaction(async (tx) => {
    const row = await getLeaseRow(ctx, tx, id, { forUpdate: true });
    if (row.status !== 'draft') throw statusError();
    const noticeOn = body.section111NoticeOn ?? row.section111NoticeOn;
    const problems: Problem[] = body.section111NoticeOn !== undefined && !row.section111 ? [{ path: 'section111NoticeOn', code: 'not_section_11_1' }] : [];
    refuseIf('rule_violation', [...problems, ...checkSigning({ section111: row.section111, section111NoticeOn: noticeOn, signedOn: body.signedOn, today })]);
    await repo.updateLease(tx, ctx.actor.municipalityId, id, { status: 'signed', signedOn: body.signedOn, section111NoticeOn: noticeOn });
    await moveDwellingStatus(ctx, tx, row.dwellingId, 'let', row.startDate, id);
    await recordEvent(tx, ctx, { type: 'lease.signed', subjectType: 'lease', subjectId: id, data: { signedOn: body.signedOn, section111: row.section111, section111NoticeOn: noticeOn } });
    return readDetail(ctx, tx, id);
  });
}

/** Cancels a draft (it then no longer holds the dwelling). @throws not_found, rule_violation when it is not a draft. */
export async function cancelLease(ctx: ServiceContext, id: string, reason: string): Promise<LeaseDetail> {
  assertLeaseArea(ctx.actor);
  return ctx.transaction(async (tx) => {
    const row = await getLeaseRow(ctx, tx, id, { forUpdate: true });
    if (row.status !== 'draft') throw statusError();
    await repo.updateLease(tx, ctx.actor.municipalityId, id, { status: 'cancelled' });
    await recordEvent(tx, ctx, { type: 'lease.cancelled', subjectType: 'lease', subjectId: id, reason });
    return readDetail(ctx, tx, id);
  });
}

/** The lease page; the read goes to the access log. @throws forbidden, not_found. */
export async function getLease(ctx: ServiceContext, id: string): Promise<LeaseDetail> {
  assertLeaseArea(ctx.actor);
  return ctx.transaction(async (tx) => {
    const detail = await readDetail(ctx, tx, id);
    await logAccess(tx, ctx, { subjectType: 'lease', subjectId: id, purpose: 'lease.view' });
    return detail;
  });
}

/** The lease as the actor may see it, inside the caller's transaction. @throws not_found. */
export async function readDetail(ctx: ServiceContext, tx: Tx, id: string): Promise<LeaseDetail> {
  const { municipalityId } = ctx.actor;
  const row = await repo.findSummary(tx, municipalityId, id);
  if (!row) throw notFound();
  const today = todayOf(ctx);
  return presentDetail(row, ctx.actor.role, {
    steps: await records.listEvictionSteps(tx, municipalityId, id),
    adjustments: await records.listAdjustments(tx, municipalityId, [id]),
    renewal: await records.findRenewalByLease(tx, municipalityId, id),
    criticalDays: policyOf(ctx, today).section92CriticalDays,
    today,
  });
}

/** Leases by dwelling, household or status, one page (not logged per lease, like the work list; docs/adr/0007). */
export async function listLeases(ctx: ServiceContext, query: LeaseListQuery): Promise<{ total: number; items: LeaseSummary[] }> {
  assertLeaseArea(ctx.actor);
  const { items, total } = await ctx.transaction((tx) => repo.pageSummaries(tx, ctx.actor.municipalityId, query, query));
  return { total, items: items.map((r) => presentSummary(r, ctx.actor.role)) };
}
