/** Small factories for the follow-up db tests; not used by production code. */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, loginAs, type TestClient } from '../../../../test/app.js';
import { createMunicipality, createStaffUser, openTestDb } from '../../../../test/db.js';
import type { FollowupPlan } from '../../../contracts/followup.js';
import { dwelling, household, householdMember, lease, person, task } from '../../../db/schema/index.js';
import { ROLES, type Role } from '../../../domain/access/roles.js';
import type { ConsentRecipient } from '../../../domain/cases/case-types.js';
import type { Husly } from '../../main.js';
import { fixedClock } from '../../platform/clock.js';
import { rows, withTenant, type DbHandle } from '../../platform/db.js';

export interface FollowupTestEnv {
  handle: DbHandle;
  husly: Husly;
  clock: ReturnType<typeof fixedClock>;
  municipalityId: number;
  clients: Record<Role, TestClient>;
  userIds: Record<Role, string>;
  /** A second member of the follow-up team. */
  otherWorker: { id: string; client: TestClient };
  /** A caseworker of another municipality (row-level security must hide everything). */
  otherCaseworker: TestClient;
  close(): Promise<void>;
}

/** A municipality with one logged-in user per role (and a second follow-up worker), a caseworker next door, and an app on a fixed clock. */
export async function setupFollowupTest(now = '2026-11-20T09:00:00Z'): Promise<FollowupTestEnv> {
  const handle = await openTestDb();
  const { id: municipalityId } = await createMunicipality(handle, 'Oppfølgingskommune');
  const other = await createMunicipality(handle, 'Nabokommune');
  const clock = fixedClock(now);
  const husly = await createTestApp(handle, { clock, config: { sessionHours: 24 * 800 } });
  const clients = {} as Record<Role, TestClient>;
  const userIds = {} as Record<Role, string>;
  for (const role of ROLES) {
    const user = await createStaffUser(handle, municipalityId, role, `f-${role}-${randomUUID().slice(0, 4)}`);
    userIds[role] = user.id;
    clients[role] = await loginAs(husly, user.username, user.password);
  }
  const second = await createStaffUser(handle, municipalityId, 'followup', `f-followup2-${randomUUID().slice(0, 4)}`);
  const otherWorker = { id: second.id, client: await loginAs(husly, second.username, second.password) };
  const nabo = await createStaffUser(handle, other.id, 'caseworker', `f-nabo-${randomUUID().slice(0, 4)}`);
  const otherCaseworker = await loginAs(husly, nabo.username, nabo.password);
  return { handle, husly, clock, municipalityId, clients, userIds, otherWorker, otherCaseworker, close: () => husly.close() };
}

/** A household with a head, inserted as the owner. */
export async function createHousehold(env: Pick<FollowupTestEnv, 'handle' | 'municipalityId'>, options: { givenName?: string; addressProtection?: 'none' | 'fortrolig' | 'strengt_fortrolig' } = {}) {
  const { municipalityId } = env;
  return withTenant(env.handle.db, { municipalityId }, async (tx) => {
    const [head] = await tx
      .insert(person)
      .values({
        municipalityId,
        givenName: options.givenName ?? 'Kari',
        familyName: 'Oppfølging',
        birthDate: '1985-03-02',
        addressLine: 'Fjordveien 4',
        postalCode: '8000',
        postalCity: 'Testby',
        addressProtection: options.addressProtection ?? 'none',
      })
      .returning({ id: person.id });
    const [hh] = await tx.insert(household).values({ municipalityId, headPersonId: head!.id }).returning({ id: household.id });
    await tx.insert(householdMember).values({ municipalityId, householdId: hh!.id, personId: head!.id, relation: 'applicant' });
    return { householdId: hh!.id, personId: head!.id };
  });
}

/** A signed lease for the household in a new dwelling (the leases area is not under test here). */
export async function createLease(env: Pick<FollowupTestEnv, 'handle' | 'municipalityId'>, householdId: string, startDate: string): Promise<string> {
  const { municipalityId } = env;
  return withTenant(env.handle.db, { municipalityId }, async (tx) => {
    const dwellingId = randomUUID();
    await tx.insert(dwelling).values({
      municipalityId,
      id: dwellingId,
      knr: '8000',
      gnr: Math.floor(Math.random() * 1_000_000),
      bnr: 1,
      streetName: 'Fjordveien',
      houseNumber: '4',
      postalCode: '8000',
      postalCity: 'Testby',
      dwellingType: 'apartment',
      disposalForm: 'municipal',
      bedrooms: 2,
      monthlyRent: 9000,
    });
    const [row] = await tx
      .insert(lease)
      .values({ municipalityId, dwellingId, householdId, startDate, status: 'signed', depositType: 'none', rentModel: 'gjengs', monthlyRent: 9000, signedOn: startDate })
      .returning({ id: lease.id });
    return row!.id;
  });
}

/** The open move-in visit task another part of the follow-up area raises (signal key `move-in-visit:<leaseId>`). */
export async function raiseMoveInTask(env: Pick<FollowupTestEnv, 'handle' | 'municipalityId'>, leaseId: string, householdId: string, createdOn: string): Promise<void> {
  await withTenant(env.handle.db, { municipalityId: env.municipalityId }, (tx) =>
    tx.insert(task).values({
      municipalityId: env.municipalityId,
      kind: 'move_in_visit',
      signalKey: `move-in-visit:${leaseId}`,
      subjectType: 'lease',
      subjectId: leaseId,
      assignedRole: 'followup',
      reason: 'Besøk etter innflytting',
      data: { leaseId, householdId },
      createdOn,
    }),
  );
}

/** Registers a consent through the people area as the caseworker; returns its id. */
export async function giveConsent(env: Pick<FollowupTestEnv, 'clients'>, personId: string, recipient: ConsentRecipient, validFrom = '2026-01-01'): Promise<string> {
  const res = await env.clients.caseworker.request({
    method: 'POST',
    url: `/api/persons/${personId}/consents`,
    payload: { recipient, purpose: 'Samarbeid om oppfølging i hjemmet', scope: 'Oppfølgingsplan, besøk og notater', validFrom },
  });
  if (res.statusCode !== 201) throw new Error(`consent: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: string }).id;
}

/** Withdraws a consent through the people area as the caseworker. */
export async function withdrawConsent(env: Pick<FollowupTestEnv, 'clients'>, personId: string, consentId: string): Promise<void> {
  const res = await env.clients.caseworker.request({ method: 'POST', url: `/api/persons/${personId}/consents/${consentId}/withdraw`, payload: { note: 'Trakk samtykket i møte' } });
  if (res.statusCode !== 200) throw new Error(`withdraw: ${res.statusCode} ${res.body}`);
}

/** Opens a plan as the caseworker with the given responsible worker; throws unless 201. */
export async function createPlan(env: Pick<FollowupTestEnv, 'clients' | 'userIds'>, householdId: string, overrides: Record<string, unknown> = {}): Promise<FollowupPlan> {
  const res = await env.clients.caseworker.request({
    method: 'POST',
    url: '/api/followup/plans',
    payload: { householdId, responsibleTeam: 'home_followup', responsibleWorkerId: env.userIds.followup, goals: ['Betale husleia selv'], visitEveryDays: 14, startedOn: '2026-10-01', ...overrides },
  });
  if (res.statusCode !== 201) throw new Error(`plan: ${res.statusCode} ${res.body}`);
  return res.json() as FollowupPlan;
}

/** The body of a JSON answer, typed. */
export const json = <T>(res: LightMyRequestResponse): T => res.json() as T;

/** Field error paths and codes of an error answer. */
export const fieldErrors = (res: LightMyRequestResponse) => (res.json() as { error: { fieldErrors?: Array<{ path: string; code: string; message: string }> } }).error.fieldErrors ?? [];

/** Access-log rows for a subject (owner connection). */
export function readsOf(env: Pick<FollowupTestEnv, 'handle'>, subjectId: string) {
  return rows<{ actor_role: string; subject_type: string; purpose: string }>(env.handle.db, sql`select actor_role, subject_type, purpose from access_log where subject_id = ${subjectId} order by occurred_at, id`);
}

/** Audit events of a type for a subject (owner connection). */
export function eventsFor(env: Pick<FollowupTestEnv, 'handle'>, type: string, subjectId: string) {
  return rows<{ data: Record<string, unknown>; actor_role: string; reason: string | null }>(
    env.handle.db,
    sql`select data, actor_role, reason from audit_event where type = ${type} and subject_id = ${subjectId} order by occurred_at`,
  );
}

/** Tasks for a signal key (owner connection). */
export function tasksFor(env: Pick<FollowupTestEnv, 'handle'>, signalKey: string) {
  return rows<{ id: string; closed_on: string | null; outcome: string | null }>(env.handle.db, sql`select id, closed_on::text, outcome from task where signal_key = ${signalKey} order by created_on, id`);
}
