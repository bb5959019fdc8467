import type { z } from 'zod';
import type { alarmListSchema, expiringListSchema, signalsRunSchema } from '../../../contracts/leases.js';
import { addMonths, compareDates } from '../../../domain/deadlines/calendar.js';
import { decideLeaseSignals, renewalOpensOn, section92Alarm } from '../../../domain/leases/signals.js';
import { recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { raiseArrearsTasks } from './arrears-signal.js';
import { policyOf, todayOf } from './lease-access.js';
import * as records from './lease-records.repo.js';
import { raiseLeaseTask, renewalTask, section92Task } from './lease-tasks.js';
import { assert, assertLeaseArea, canRunSignals } from './leases.policy.js';
import { presentSummary } from './leases.present.js';
import * as repo from './leases.repo.js';
import { leasesOwing } from './rent.repo.js';
import { signalsRanOn } from './signals.repo.js';

/**
 * The daily lease job (docs/adr/0007): opens renewal assessments, raises § 9-2 (3) alarms and
 * arrears warnings as tasks. There are no background timers: it runs when started by hand
 * (POST /api/leases/signals/run) and, at most once a day per municipality, when someone opens
 * one of the caseworker's lists. Every write is idempotent (one assessment per lease, one open
 * task per signal key), so two runs on one day change nothing the second time.
 */

type RunResult = z.infer<typeof signalsRunSchema>;

/** The lease job inside the caller's transaction (the demo seed runs it as the demo caseworker). */
export async function runLeaseSignalsIn(ctx: ServiceContext, tx: Tx, today: string): Promise<RunResult> {
  const { municipalityId } = ctx.actor;
  const policy = policyOf(ctx, today);
  // One month of margin: month arithmetic is not symmetric at month ends (30 April + 6 months is
  // 30 October, but 31 October − 6 months is 30 April); the domain decides which are due.
  const candidates = await repo.runningLeasesEndingBy(tx, municipalityId, addMonths(today, policy.renewalMonthsBeforeEnd + 1));
  const renewals = await records.renewalIdsByLease(tx, municipalityId, candidates.map((c) => c.lease.id));
  const decision = decideLeaseSignals(
    candidates.map(({ lease: l }) => ({ id: l.id, status: l.status, endDate: l.endDate, noticeGivenOn: l.noticeGivenOn, hasRenewalAssessment: renewals.has(l.id) })),
    today,
    policy,
  );
  let renewalsOpened = 0;
  for (const r of decision.renewals) {
    const opened = await records.openRenewal(tx, municipalityId, r.leaseId, today);
    if (!opened) continue;
    renewalsOpened++;
    await recordEvent(tx, ctx, { type: 'renewal.opened', subjectType: 'lease', subjectId: r.leaseId, data: { renewalId: opened.id, endDate: r.endDate } });
    await raiseLeaseTask(tx, ctx, renewalTask(r.leaseId, opened.id, r.endDate, today));
  }
  let alarmsRaised = 0;
  for (const { leaseId, alarm } of decision.alarms) {
    if (await raiseLeaseTask(tx, ctx, section92Task(leaseId, alarm, today))) alarmsRaised++;
  }
  const arrearsTasksRaised = await raiseArrearsTasks(ctx, tx, await leasesOwing(tx, municipalityId, today), today);
  const result = { today, renewalsOpened, alarmsRaised, arrearsTasksRaised };
  await recordEvent(tx, ctx, { type: 'lease.signals_run', subjectType: 'municipality', subjectId: String(municipalityId), data: result });
  return result;
}

/** Runs the lease job now. @throws forbidden for roles other than caseworker and admin. */
export async function runLeaseSignals(ctx: ServiceContext): Promise<RunResult> {
  assert(canRunSignals(ctx.actor.role));
  return ctx.transaction((tx) => runLeaseSignalsIn(ctx, tx, todayOf(ctx)));
}

/** Runs the lease job unless it has run today for the municipality (its audit event says so). */
export async function ensureSignalsToday(ctx: ServiceContext): Promise<void> {
  const today = todayOf(ctx);
  await ctx.transaction(async (tx) => {
    const since = new Date(ctx.clock.now().getTime() - 36 * 3600_000);
    const done = await signalsRanOn(tx, ctx.actor.municipalityId, today, since);
    if (!done) await runLeaseSignalsIn(ctx, tx, today);
  });
}

/** Running leases ending within `within` months, with when their renewal assessment opens. @throws forbidden. */
export async function listExpiring(ctx: ServiceContext, within: number): Promise<z.infer<typeof expiringListSchema>> {
  assertLeaseArea(ctx.actor);
  await ensureSignalsToday(ctx);
  const today = todayOf(ctx);
  const months = policyOf(ctx, today).renewalMonthsBeforeEnd;
  return ctx.transaction(async (tx) => {
    const rows = (await repo.runningLeasesEndingBy(tx, ctx.actor.municipalityId, addMonths(today, within))).filter(
      (r) => r.lease.endDate !== null && compareDates(r.lease.endDate, today) >= 0,
    );
    const renewals = await records.renewalIdsByLease(tx, ctx.actor.municipalityId, rows.map((r) => r.lease.id));
    return {
      items: rows.map((r) => ({
        ...presentSummary(r, ctx.actor.role),
        renewalOpensOn: renewalOpensOn(r.lease.endDate ?? today, months),
        renewalId: renewals.get(r.lease.id) ?? null,
      })),
    };
  });
}

/** Leases with a § 9-2 (3) alarm today, the most urgent first. @throws forbidden. */
export async function listAlarms(ctx: ServiceContext): Promise<z.infer<typeof alarmListSchema>> {
  assertLeaseArea(ctx.actor);
  await ensureSignalsToday(ctx);
  const today = todayOf(ctx);
  const criticalDays = policyOf(ctx, today).section92CriticalDays;
  return ctx.transaction(async (tx) => {
    const rows = await repo.runningLeasesEndingBy(tx, ctx.actor.municipalityId, today);
    const items = rows.flatMap((r) => {
      const alarm = section92Alarm(r.lease, today, criticalDays);
      return alarm ? [{ ...presentSummary(r, ctx.actor.role), alarm }] : [];
    });
    return { items: items.sort((a, b) => a.alarm.daysLeft - b.alarm.daysLeft) };
  });
}
