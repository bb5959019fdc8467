import type { Section92Alarm } from '../../../domain/leases/signals.js';
import { recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { closeTask, findOpenTask, raiseTask, type RaiseTaskInput } from '../tasks/tasks.repo.js';

/**
 * The tasks leases raise, by signal key (one open task per key; tasks.repo.ts):
 * `renewal:<leaseId>` (caseworker), `lease-9-2:<leaseId>` (caseworker),
 * `arrears:<leaseId>` (caseworker) and `arrears-followup:<leaseId>` (follow-up team).
 */
export const signalKeys = {
  renewal: (leaseId: string) => `renewal:${leaseId}`,
  section92: (leaseId: string) => `lease-9-2:${leaseId}`,
  arrears: (leaseId: string) => `arrears:${leaseId}`,
  arrearsFollowup: (leaseId: string) => `arrears-followup:${leaseId}`,
};

type LeaseTask = Omit<RaiseTaskInput, 'municipalityId' | 'subjectType'> & { dueOn: string | null };

/** The renewal assessment's task for the caseworker, due on the lease's last day. */
export function renewalTask(leaseId: string, renewalId: string, endDate: string, today: string): LeaseTask {
  return {
    kind: 'lease_renewal',
    signalKey: signalKeys.renewal(leaseId),
    subjectId: leaseId,
    assignedRole: 'caseworker',
    reason: `Leieavtalen utløper ${endDate}. Vurder fornyelse, startlån, privat leie eller avslutning.`,
    data: { leaseId, renewalId, endDate },
    createdOn: today,
    dueOn: endDate,
  };
}

/** The § 9-2 (3) alarm's task for the caseworker, due on the last day a notice helps. */
export function section92Task(leaseId: string, alarm: Section92Alarm, today: string): LeaseTask {
  return {
    kind: 'lease_9_2_alarm',
    signalKey: signalKeys.section92(leaseId),
    subjectId: leaseId,
    assignedRole: 'caseworker',
    reason: `Leieavtalen utløp ${alarm.endDate} uten skriftlig varsel om fraflytting. Den blir tidsubestemt etter ${alarm.deadline} (husleieloven § 9-2 tredje ledd).`,
    data: { leaseId, ...alarm },
    createdOn: today,
    dueOn: alarm.deadline,
  };
}

export interface ArrearsFacts {
  leaseId: string;
  householdId: string;
  arrears: number;
  missedPayments: number;
  reasons: readonly string[];
}

/** The early warning's two tasks: the caseworker's and the follow-up team's. */
export function arrearsTasks(a: ArrearsFacts, today: string): [LeaseTask, LeaseTask] {
  const reason = `Husleierestanse ${a.arrears} kr, ${a.missedPayments} ubetalte terminer`;
  const data = { leaseId: a.leaseId, householdId: a.householdId, arrears: a.arrears, missedPayments: a.missedPayments, reasons: [...a.reasons] };
  const common = { subjectId: a.leaseId, reason, data, createdOn: today, dueOn: null };
  return [
    { ...common, kind: 'arrears', signalKey: signalKeys.arrears(a.leaseId), assignedRole: 'caseworker' },
    { ...common, kind: 'arrears_followup', signalKey: signalKeys.arrearsFollowup(a.leaseId), assignedRole: 'followup' },
  ];
}

/** Raises a task for a lease unless one is open for the key, with its audit event. Returns whether one was raised. */
export async function raiseLeaseTask(tx: Tx, ctx: ServiceContext, input: Omit<RaiseTaskInput, 'municipalityId' | 'subjectType'>): Promise<boolean> {
  const id = await raiseTask(tx, { ...input, municipalityId: ctx.actor.municipalityId, subjectType: 'lease' });
  if (id === undefined) return false;
  await recordEvent(tx, ctx, { type: 'task.raised', subjectType: 'lease', subjectId: input.subjectId, data: { taskId: id, kind: input.kind, assignedRole: input.assignedRole, signalKey: input.signalKey } });
  return true;
}

/** Closes the open task of a signal, if there is one, with an outcome and its audit event. */
export async function closeSignalTask(tx: Tx, ctx: ServiceContext, signalKey: string, today: string, outcome: string): Promise<void> {
  const open = await findOpenTask(tx, ctx.actor.municipalityId, signalKey);
  if (!open) return;
  if (await closeTask(tx, ctx.actor.municipalityId, open.id, today, outcome)) {
    await recordEvent(tx, ctx, { type: 'task.closed', subjectType: open.subjectType, subjectId: open.subjectId, data: { taskId: open.id, kind: open.kind, outcome } });
  }
}
