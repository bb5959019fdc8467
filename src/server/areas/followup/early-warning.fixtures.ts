/** Small factories for the early-warning and move-in db tests; not used by production code. */
import { sql } from 'drizzle-orm';
import { loginAs, type TestClient } from '../../../../test/app.js';
import { createStaffUser } from '../../../../test/db.js';
import { followupContact, followupPlan, neighbourCase, neighbourCaseParty, tempProvider, tempStay } from '../../../db/schema/index.js';
import { rows, withTenant } from '../../platform/db.js';
import { setupLeaseTest, type LeaseTestEnv } from '../leases/leases.fixtures.js';

export interface SignalTestEnv extends LeaseTestEnv {
  /** A second follow-up worker: sees the team's tasks, never another worker's. */
  colleague: { id: string; client: TestClient };
}

/** The leases test municipality (one user per role, fixed clock) plus a second follow-up worker. */
export async function setupSignalTest(now: string): Promise<SignalTestEnv> {
  const env = await setupLeaseTest(now);
  const user = await createStaffUser(env.handle, env.municipalityId, 'followup', `kollega-${env.municipalityId}`);
  return { ...env, colleague: { id: user.id, client: await loginAs(env.husly, user.username, user.password) } };
}

const inTenant = <T>(env: Pick<LeaseTestEnv, 'handle' | 'municipalityId'>, fn: Parameters<typeof withTenant<T>>[2]) => withTenant(env.handle.db, { municipalityId: env.municipalityId }, fn);

/** An open follow-up plan for the household with the given responsible worker. */
export async function createPlan(env: LeaseTestEnv, householdId: string, workerId: string, startedOn = '2025-01-01'): Promise<string> {
  return inTenant(env, async (tx) => {
    const [row] = await tx
      .insert(followupPlan)
      .values({ municipalityId: env.municipalityId, householdId, responsibleTeam: 'home_followup', responsibleWorkerId: workerId, startedOn, createdBy: workerId })
      .returning({ id: followupPlan.id });
    return row!.id;
  });
}

/** A visit in the home with the given status on a day (held ones are held that day). */
export async function recordVisit(env: LeaseTestEnv, planId: string, workerId: string, status: 'held' | 'missed' | 'planned' | 'cancelled', on: string): Promise<void> {
  await inTenant(env, (tx) =>
    tx.insert(followupContact).values({ municipalityId: env.municipalityId, planId, kind: 'home_visit', status, plannedOn: on, heldOn: status === 'held' ? on : null, workerId }),
  );
}

/** A neighbour case (open unless closed) with the household as the respondent. */
export async function createNeighbourCase(env: LeaseTestEnv, householdId: string, workerId: string, options: { reportedOn: string; closed?: boolean }): Promise<string> {
  return inTenant(env, async (tx) => {
    const [row] = await tx
      .insert(neighbourCase)
      .values({
        municipalityId: env.municipalityId,
        kind: 'complaint',
        buildingKey: `8000-1/${Math.floor(Math.random() * 1e6)}/0/0`,
        buildingLabel: 'Leieveien 1',
        description: 'Støy om natten',
        reportedOn: options.reportedOn,
        status: options.closed ? 'closed' : 'open',
        outcome: options.closed ? 'Løst ved dialog' : null,
        closedOn: options.closed ? options.reportedOn : null,
        responsibleWorkerId: workerId,
        createdBy: workerId,
      })
      .returning({ id: neighbourCase.id });
    await tx.insert(neighbourCaseParty).values({ municipalityId: env.municipalityId, caseId: row!.id, role: 'respondent', householdId, label: 'Leietaker i 2. etasje' });
    return row!.id;
  });
}

/** A temporary stay (no end) from `startDate` at a municipal emergency provider. */
export async function createStay(env: LeaseTestEnv, householdId: string, startDate: string, createdBy: string): Promise<string> {
  return inTenant(env, async (tx) => {
    const [provider] = await tx.insert(tempProvider).values({ municipalityId: env.municipalityId, name: 'Nødbolig', kind: 'municipal_emergency' }).returning({ id: tempProvider.id });
    const [stay] = await tx.insert(tempStay).values({ municipalityId: env.municipalityId, householdId, providerId: provider!.id, startDate, createdBy }).returning({ id: tempStay.id });
    return stay!.id;
  });
}

export interface TaskRowLite {
  id: string;
  kind: string;
  signal_key: string;
  assigned_role: string;
  assigned_to_id: string | null;
  closed_on: string | null;
  outcome: string | null;
  reason: string;
  data: Record<string, unknown>;
}

/** The tasks of a signal key, oldest first (as the owner, bypassing the roles' queues). */
export function tasksOf(env: Pick<LeaseTestEnv, 'handle' | 'municipalityId'>, signalKey: string): Promise<TaskRowLite[]> {
  return rows<TaskRowLite>(
    env.handle.db,
    sql`select id, kind, signal_key, assigned_role, assigned_to_id, closed_on::text, outcome, reason, data from task
        where municipality_id = ${env.municipalityId} and signal_key = ${signalKey} order by created_on, closed_on nulls last`,
  );
}

export const csvOf = (lines: string[]): string => ['dato;beløp;referanse;leieforhold', ...lines].join('\n');
