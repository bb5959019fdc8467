import type { z } from 'zod';
import { intakeBodySchema } from '../../../contracts/cases.js';
import type { RenewalOutcomeBody, renewalListSchema, renewalOutcomeResultSchema } from '../../../contracts/leases.js';
import { recordEvent } from '../../platform/audit.js';
import { inTransaction, type ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { registerIntake } from '../cases/intake.service.js';
import { getLeaseRow, todayOf } from './lease-access.js';
import * as records from './lease-records.repo.js';
import { closeSignalTask, signalKeys } from './lease-tasks.js';
import { refuseIf } from './leases.http.js';
import { assert, assertLeaseArea, canDecideRenewal } from './leases.policy.js';
import { presentRenewal, presentSummary } from './leases.present.js';
import * as repo from './leases.repo.js';
import { ensureSignalsToday } from './signals.service.js';

/** Renewal assessments (ny vurdering ved kontraktsutløp): the caseworker's list and the outcome. */

/** Renewal assessments by state, earliest lease end first (the daily signals run first). @throws forbidden. */
export async function listRenewals(ctx: ServiceContext, state: 'open' | 'decided' | 'all'): Promise<z.infer<typeof renewalListSchema>> {
  assertLeaseArea(ctx.actor);
  await ensureSignalsToday(ctx);
  return ctx.transaction(async (tx) => {
    const found = await records.listRenewals(tx, ctx.actor.municipalityId, state);
    const summaries = new Map((await repo.summariesByIds(tx, ctx.actor.municipalityId, found.map((f) => f.leaseId))).map((s) => [s.lease.id, s]));
    return {
      items: found.flatMap((f) => {
        const s = summaries.get(f.leaseId);
        return s ? [{ ...presentRenewal(f.renewal), lease: presentSummary(s, ctx.actor.role) }] : [];
      }),
    };
  });
}

/**
 * Opens the renewal case through the cases area's own intake, inside this transaction, so
 * the case, its number and its events exist exactly when the outcome does.
 */
async function openRenewalCase(ctx: ServiceContext, tx: Tx, leaseId: string, body: RenewalOutcomeBody) {
  const lease = await getLeaseRow(ctx, tx, leaseId);
  const inTx = inTransaction(ctx, tx);
  const intake = intakeBodySchema.parse({
    householdId: lease.householdId,
    channel: 'meeting',
    receivedOn: todayOf(ctx),
    summary: `Vurdering av fornyelse av leieavtale som utløper ${lease.endDate ?? ''}. ${body.note}`.slice(0, 4000),
    cases: [{ caseType: 'rental_dwelling', rentalKind: 'renewal' }],
    application: { housingSituation: 'time_limited_lease_under_6m', needCategory: body.needCategory ?? 'other' },
  });
  const result = await registerIntake(inTx, intake, ctx.actor.language);
  const opened = result.cases[0];
  if (!opened) throw new Error('intake opened no case');
  return opened;
}

/**
 * Records the outcome of a renewal assessment (once). `renew` opens a rental-dwelling case of
 * kind `renewal` for the household (the new decision is made there); the renewal task closes.
 * @throws forbidden (not a caseworker), not_found, rule_violation (`outcome: already_recorded`).
 */
export async function recordRenewalOutcome(ctx: ServiceContext, id: string, body: RenewalOutcomeBody): Promise<z.infer<typeof renewalOutcomeResultSchema>> {
  assert(canDecideRenewal(ctx.actor.role));
  const today = todayOf(ctx);
  return ctx.transaction(async (tx) => {
    const { municipalityId } = ctx.actor;
    const renewal = await records.findRenewal(tx, municipalityId, id, { forUpdate: true });
    if (!renewal) throw notFound();
    if (renewal.outcome !== null) refuseIf('rule_violation', [{ path: 'outcome', code: 'already_recorded' }]);
    const opened = body.outcome === 'renew' ? await openRenewalCase(ctx, tx, renewal.leaseId, body) : undefined;
    const updated = await records.updateRenewal(tx, municipalityId, id, { outcome: body.outcome, outcomeOn: today, note: body.note, caseId: opened?.id ?? null });
    await recordEvent(tx, ctx, {
      type: 'renewal.decided',
      subjectType: 'lease',
      subjectId: renewal.leaseId,
      data: { renewalId: id, outcome: body.outcome, caseId: opened?.id ?? null, caseNumber: opened?.caseNumber ?? null },
    });
    await closeSignalTask(tx, ctx, signalKeys.renewal(renewal.leaseId), today, `Vurdert: ${body.outcome}`);
    return { ...presentRenewal(updated), caseNumber: opened?.caseNumber ?? null };
  });
}
