/** Small factories for the temporary-accommodation db tests; not used by production code. */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createTestApp, loginAs, type TestClient } from '../../../../test/app.js';
import { createMunicipality, createStaffUser, openTestDb } from '../../../../test/db.js';
import { helpRequest, household, householdMember, housingCase, person } from '../../../db/schema/index.js';
import { ROLES, type Role } from '../../../domain/access/roles.js';
import type { Husly } from '../../main.js';
import { fixedClock } from '../../platform/clock.js';
import { rows, withTenant, type DbHandle } from '../../platform/db.js';

export interface TemporaryTestEnv {
  handle: DbHandle;
  husly: Husly;
  clock: ReturnType<typeof fixedClock>;
  municipalityId: number;
  clients: Record<Role, TestClient>;
  userIds: Record<Role, string>;
  /** A NAV adviser of another municipality, for row-level security. */
  otherNav: TestClient;
  close(): Promise<void>;
}

/** A municipality with one logged-in user per role, a NAV adviser next door, and an app on a fixed clock. */
export async function setupTemporaryTest(now = '2026-06-01T10:00:00Z'): Promise<TemporaryTestEnv> {
  const handle = await openTestDb();
  const { id: municipalityId } = await createMunicipality(handle, 'Botilbudkommune');
  const other = await createMunicipality(handle, 'Nabokommune');
  const clock = fixedClock(now);
  // Sessions expire by the same clock; a long lifetime lets a test move it by months.
  const husly = await createTestApp(handle, { clock, config: { sessionHours: 24 * 800 } });
  const clients = {} as Record<Role, TestClient>;
  const userIds = {} as Record<Role, string>;
  for (const role of ROLES) {
    const user = await createStaffUser(handle, municipalityId, role, `t-${role}-${randomUUID().slice(0, 4)}`);
    userIds[role] = user.id;
    clients[role] = await loginAs(husly, user.username, user.password);
  }
  const nabo = await createStaffUser(handle, other.id, 'nav_adviser', `t-nabo-${randomUUID().slice(0, 4)}`);
  const otherNav = await loginAs(husly, nabo.username, nabo.password);
  return { handle, husly, clock, municipalityId, clients, userIds, otherNav, close: () => husly.close() };
}

/** A household with a head (and children, if asked), inserted as the owner. */
export async function createHousehold(
  env: Pick<TemporaryTestEnv, 'handle' | 'municipalityId'>,
  options: { givenName?: string; children?: number; addressProtection?: 'none' | 'fortrolig' | 'strengt_fortrolig' } = {},
) {
  const { municipalityId } = env;
  return withTenant(env.handle.db, { municipalityId }, async (tx) => {
    const addPerson = async (givenName: string, birthDate: string) => {
      const [row] = await tx
        .insert(person)
        .values({ municipalityId, givenName, familyName: 'Botilbud', birthDate, addressProtection: options.addressProtection ?? 'none' })
        .returning({ id: person.id });
      return row!.id;
    };
    const headId = await addPerson(options.givenName ?? 'Kari', '1988-04-12');
    const [hh] = await tx.insert(household).values({ municipalityId, headPersonId: headId }).returning({ id: household.id });
    const householdId = hh!.id;
    await tx.insert(householdMember).values({ municipalityId, householdId, personId: headId, relation: 'applicant' });
    for (let i = 0; i < (options.children ?? 0); i += 1) {
      const childId = await addPerson(`Barn${i + 1}`, '2019-09-01');
      await tx.insert(householdMember).values({ municipalityId, householdId, personId: childId, relation: 'child' });
    }
    return { householdId, personId: headId };
  });
}

let caseCounter = 0;

/** A case inserted directly (the cases area is not under test here). */
export async function insertCase(
  env: Pick<TemporaryTestEnv, 'handle' | 'municipalityId' | 'userIds'>,
  values: { householdId: string; personId: string; caseType: string; status?: string },
): Promise<{ id: string; caseNumber: string }> {
  caseCounter += 1;
  const caseNumber = `2026-${String(caseCounter).padStart(6, '0')}`;
  return withTenant(env.handle.db, { municipalityId: env.municipalityId }, async (tx) => {
    const [request] = await tx
      .insert(helpRequest)
      .values({ municipalityId: env.municipalityId, householdId: values.householdId, receivedOn: '2026-01-02', channel: 'meeting', summary: 'Test', createdBy: env.userIds.nav_adviser })
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
        status: values.status ?? 'received',
        receivedOn: '2026-01-02',
        legalBasisVersion: 'test',
      })
      .returning({ id: housingCase.id });
    return { id: row!.id, caseNumber };
  });
}

/** A provider with one place, made through the API by the NAV adviser. */
export async function createProviderWithPlace(
  env: Pick<TemporaryTestEnv, 'clients'>,
  options: { nightShelter?: boolean; checklist?: Partial<Record<'access24h' | 'cooking' | 'wcAndBath' | 'laundry', boolean>> } = {},
): Promise<{ providerId: string; placeId: string }> {
  const nav = env.clients.nav_adviser;
  const res = await nav.request({
    method: 'POST',
    url: '/api/temporary/providers',
    payload: { name: `Nødboliger ${randomUUID().slice(0, 4)}`, kind: 'municipal_emergency', nightShelter: options.nightShelter ?? false },
  });
  if (res.statusCode !== 201) throw new Error(`provider: ${res.statusCode} ${res.body}`);
  const providerId = (res.json() as { id: string }).id;
  const place = await nav.request({
    method: 'POST',
    url: `/api/temporary/providers/${providerId}/places`,
    payload: { label: 'Leilighet 1', access24h: true, cooking: true, wcAndBath: true, laundry: true, ...options.checklist },
  });
  if (place.statusCode !== 201) throw new Error(`place: ${place.statusCode} ${place.body}`);
  return { providerId, placeId: (place.json() as { id: string }).id };
}

/** A household with a § 27 case, ready for a stay. */
export async function householdWithCase(env: Pick<TemporaryTestEnv, 'handle' | 'municipalityId' | 'userIds'>, options: Parameters<typeof createHousehold>[1] = {}) {
  const h = await createHousehold(env, options);
  const c = await insertCase(env, { ...h, caseType: 'temporary_accommodation' });
  return { ...h, caseId: c.id, caseNumber: c.caseNumber };
}

/** Registers a stay as the NAV adviser; throws unless 201. */
export async function registerStay(env: Pick<TemporaryTestEnv, 'clients'>, payload: Record<string, unknown>) {
  const res = await env.clients.nav_adviser.request({ method: 'POST', url: '/api/temporary/stays', payload });
  if (res.statusCode !== 201) throw new Error(`stay: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string } & Record<string, unknown>;
}

/** Tasks for a signal key (owner connection). */
export function tasksFor(env: Pick<TemporaryTestEnv, 'handle'>, signalKey: string) {
  return rows<{ id: string; reason: string; assigned_role: string; subject_id: string; closed_on: string | null }>(
    env.handle.db,
    sql`select id, reason, assigned_role, subject_id, closed_on from task where signal_key = ${signalKey} order by created_on, id`,
  );
}

/** Audit events of a type for a subject (owner connection). */
export function eventsFor(env: Pick<TemporaryTestEnv, 'handle'>, type: string, subjectId: string) {
  return rows<{ data: Record<string, unknown>; actor_role: string }>(env.handle.db, sql`select data, actor_role from audit_event where type = ${type} and subject_id = ${subjectId}`);
}
