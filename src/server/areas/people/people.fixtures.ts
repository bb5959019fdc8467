import { withControlDigits } from '../../../domain/identity/fnr.js';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createTestApp, loginAs, type TestClient } from '../../../../test/app.js';
import { createMunicipality, createStaffUser, openTestDb } from '../../../../test/db.js';
import { helpRequest, housingCase } from '../../../db/schema/index.js';
import { ROLES, type Role } from '../../../domain/access/roles.js';
import type { CaseType } from '../../../domain/cases/case-types.js';
import type { Husly } from '../../main.js';
import { fixedClock } from '../../platform/clock.js';
import { rows, withTenant, type DbHandle } from '../../platform/db.js';

/**
 * Test helpers for the people area (not a test file itself). Every national id here is
 * computed from a date and an individnummer; none is copied from anywhere.
 */

/** A valid number for `ddmmyy` (add 40 to the day for a D-nummer), individnummer counting down from `individual`. */
export function nationalId(ddmmyy: string, individual = 499): string {
  for (let i = individual; i > individual - 30 && i >= 0; i -= 1) {
    const valid = withControlDigits(`${ddmmyy}${String(i).padStart(3, '0')}`);
    if (valid !== undefined) return valid;
  }
  throw new Error(`no number for ${ddmmyy}`);
}

/** The same number with its last digit changed: a checksum error. */
export const wrongChecksum = (valid: string): string => `${valid.slice(0, 10)}${(Number(valid[10]) + 1) % 10}`;

/** Monday 2 March 2026, 11:00 in Oslo. */
export const TEST_NOW = '2026-03-02T10:00:00Z';

export interface PeopleTestEnv {
  handle: DbHandle;
  husly: Husly;
  municipalityId: number;
  clock: ReturnType<typeof fixedClock>;
  clients: Record<Role, TestClient>;
  userIds: Record<Role, string>;
}

/** A municipality with one logged-in user per role, on a fresh database with a fixed clock. */
export async function setupPeopleTest(options: { logStream?: NodeJS.WritableStream } = {}): Promise<PeopleTestEnv> {
  const handle = await openTestDb();
  const municipalityId = (await createMunicipality(handle)).id;
  const clock = fixedClock(TEST_NOW);
  const husly = await createTestApp(handle, {
    clock,
    ...(options.logStream ? { logStream: options.logStream, config: { logLevel: 'info' } } : {}),
  });
  const clients = {} as Record<Role, TestClient>;
  const userIds = {} as Record<Role, string>;
  for (const role of ROLES) {
    const u = await createStaffUser(handle, municipalityId, role, `p-${role}-${randomUUID().slice(0, 4)}`);
    userIds[role] = u.id;
    clients[role] = await loginAs(husly, u.username, u.password);
  }
  return { handle, husly, municipalityId, clock, clients, userIds };
}

let caseCounter = 0;

/** Inserts a help request and a case directly (the cases area is not under test here). */
export async function insertCase(
  env: PeopleTestEnv,
  values: { householdId: string; personId: string; caseType: CaseType },
): Promise<{ id: string; caseNumber: string }> {
  caseCounter += 1;
  const caseNumber = `2026-${String(caseCounter).padStart(6, '0')}`;
  return withTenant(env.handle.db, { municipalityId: env.municipalityId }, async (tx) => {
    const [request] = await tx
      .insert(helpRequest)
      .values({
        municipalityId: env.municipalityId,
        householdId: values.householdId,
        receivedOn: '2026-02-20',
        channel: 'meeting',
        summary: 'Test',
        createdBy: env.userIds.caseworker,
      })
      .returning({ id: helpRequest.id });
    const [row] = await tx
      .insert(housingCase)
      .values({
        municipalityId: env.municipalityId,
        caseNumber,
        requestId: request!.id,
        householdId: values.householdId,
        personId: values.personId,
        caseType: values.caseType,
        status: 'received',
        receivedOn: '2026-02-20',
        legalBasisVersion: 'test',
      })
      .returning({ id: housingCase.id });
    return { id: row!.id, caseNumber };
  });
}

/** Registers a person as the caseworker and returns the response body. */
export async function createPersonAs(client: TestClient, payload: Record<string, unknown>): Promise<{ id: string } & Record<string, unknown>> {
  const res = await client.request({ method: 'POST', url: '/api/persons', payload });
  if (res.statusCode !== 201) throw new Error(`create person failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Creates a household headed by `headPersonId` and returns its id. */
export async function createHouseholdAs(client: TestClient, headPersonId: string): Promise<string> {
  const res = await client.request({ method: 'POST', url: '/api/households', payload: { headPersonId } });
  if (res.statusCode !== 201) throw new Error(`create household failed: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: string }).id;
}

/** Rows of the access log for one subject, oldest first. */
export function accessRows(env: PeopleTestEnv, subjectId: string) {
  return rows<{ actor_username: string; subject_type: string; purpose: string }>(
    env.handle.db,
    sql`select actor_username, subject_type, purpose from access_log where subject_id = ${subjectId} order by occurred_at, id`,
  );
}

/** Audit events of one type for one subject. */
export function auditRows(env: PeopleTestEnv, type: string, subjectId: string) {
  return rows<{ data: Record<string, unknown>; reason: string | null; request_id: string | null }>(
    env.handle.db,
    sql`select data, reason, request_id from audit_event where type = ${type} and subject_id = ${subjectId}`,
  );
}
