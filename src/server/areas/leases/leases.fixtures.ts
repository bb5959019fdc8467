/** Small factories for the leases db tests; not used by production code. */
import { randomUUID } from 'node:crypto';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { createTestApp, loginAs, type TestClient } from '../../../../test/app.js';
import { createMunicipality, createStaffUser, openTestDb } from '../../../../test/db.js';
import type { CreateLeaseBody } from '../../../contracts/leases.js';
import { dwelling, dwellingStatusPeriod, household, householdMember, person } from '../../../db/schema/index.js';
import type { Role } from '../../../domain/access/roles.js';
import type { Husly } from '../../main.js';
import { fixedClock } from '../../platform/clock.js';
import type { Actor } from '../../platform/context.js';
import { rows, withTenant, type DbHandle } from '../../platform/db.js';

export const LEASE_TEST_ROLES = ['caseworker', 'property_manager', 'followup', 'manager', 'admin', 'nav_adviser'] as const satisfies readonly Role[];
type TestRole = (typeof LEASE_TEST_ROLES)[number];

export interface LeaseTestEnv {
  handle: DbHandle;
  husly: Husly;
  clock: ReturnType<typeof fixedClock>;
  municipalityId: number;
  kommunenummer: string;
  clients: Record<TestRole, TestClient>;
  actors: Record<TestRole, Actor>;
  /** A caseworker of another municipality (row-level security must hide everything). */
  otherCaseworker: TestClient;
  close(): Promise<void>;
}

/** A municipality with one logged-in user per role, a second municipality's caseworker and an app on a fixed clock. */
export async function setupLeaseTest(now: string): Promise<LeaseTestEnv> {
  const handle = await openTestDb();
  const { id: municipalityId, kommunenummer } = await createMunicipality(handle, 'Leiekommune');
  const other = await createMunicipality(handle, 'Annenkommune');
  const clock = fixedClock(now);
  const husly = await createTestApp(handle, { clock, config: { sessionHours: 24 * 2000 } });
  const clients = {} as Record<TestRole, TestClient>;
  const actors = {} as Record<TestRole, Actor>;
  for (const role of LEASE_TEST_ROLES) {
    const user = await createStaffUser(handle, municipalityId, role, `${role}-${municipalityId}`);
    clients[role] = await loginAs(husly, user.username, user.password);
    actors[role] = {
      userId: user.id,
      username: user.username,
      displayName: user.username,
      role,
      language: 'nb',
      municipalityId,
      kommunenummer,
      municipalityName: 'Leiekommune',
      sessionId: 'test',
      csrfToken: 'test',
    };
  }
  const otherUser = await createStaffUser(handle, other.id, 'caseworker', `other-${other.id}`);
  const otherCaseworker = await loginAs(husly, otherUser.username, otherUser.password);
  return { handle, husly, clock, municipalityId, kommunenummer, clients, actors, otherCaseworker, close: () => husly.close() };
}

/** A dwelling, vacant since `vacantFrom` in its status history (written as the dwellings register would). */
export async function createDwelling(env: Pick<LeaseTestEnv, 'handle' | 'municipalityId'>, options: { monthlyRent?: number; status?: string; vacantFrom?: string } = {}) {
  const { municipalityId } = env;
  return withTenant(env.handle.db, { municipalityId }, async (tx) => {
    const id = randomUUID();
    await tx.insert(dwelling).values({
      municipalityId,
      id,
      knr: '8000',
      gnr: Math.floor(Math.random() * 1_000_000),
      bnr: 1,
      streetName: 'Leieveien',
      houseNumber: String(Math.floor(Math.random() * 200) + 1),
      postalCode: '8000',
      postalCity: 'Testby',
      dwellingType: 'apartment',
      disposalForm: 'municipal',
      bedrooms: 2,
      monthlyRent: options.monthlyRent ?? 9000,
    });
    await tx.insert(dwellingStatusPeriod).values({ municipalityId, dwellingId: id, status: options.status ?? 'vacant', fromDate: options.vacantFrom ?? '2020-01-01' });
    return id;
  });
}

/** A household whose head has the given address protection, with children of the given birth dates. */
export async function createHousehold(
  env: Pick<LeaseTestEnv, 'handle' | 'municipalityId'>,
  options: { addressProtection?: 'none' | 'fortrolig' | 'strengt_fortrolig'; children?: string[]; givenName?: string } = {},
) {
  const { municipalityId } = env;
  return withTenant(env.handle.db, { municipalityId }, async (tx) => {
    const insertPerson = async (givenName: string, birthDate: string) => {
      const [row] = await tx
        .insert(person)
        .values({ municipalityId, givenName, familyName: 'Leietaker', birthDate, addressProtection: options.addressProtection ?? 'none' })
        .returning({ id: person.id });
      return row!.id;
    };
    const headId = await insertPerson(options.givenName ?? 'Liv', '1985-04-01');
    const [hh] = await tx.insert(household).values({ municipalityId, headPersonId: headId }).returning({ id: household.id });
    await tx.insert(householdMember).values({ municipalityId, householdId: hh!.id, personId: headId, relation: 'applicant' });
    for (const birthDate of options.children ?? []) {
      await tx.insert(householdMember).values({ municipalityId, householdId: hh!.id, personId: await insertPerson('Barn', birthDate), relation: 'child' });
    }
    return hh!.id;
  });
}

export function leaseBody(dwellingId: string, householdId: string, overrides: Partial<CreateLeaseBody> = {}): Partial<CreateLeaseBody> {
  return { dwellingId, householdId, startDate: '2026-01-01', depositType: 'blocked_account', depositAmount: 27_000, rentModel: 'gjengs', monthlyRent: 9000, ...overrides };
}

/** Drafts and signs a lease through the API as the caseworker; returns its id. */
export async function signedLease(env: LeaseTestEnv, overrides: Partial<CreateLeaseBody> & { signedOn?: string } = {}): Promise<string> {
  const { signedOn = '2025-12-15', ...body } = overrides;
  const dwellingId = body.dwellingId ?? (await createDwelling(env));
  const householdId = body.householdId ?? (await createHousehold(env));
  const created = await env.clients.caseworker.request({ method: 'POST', url: '/api/leases', payload: leaseBody(dwellingId, householdId, body) });
  if (created.statusCode !== 201) throw new Error(`lease not created: ${created.body}`);
  const id = created.json().id as string;
  const signed = await env.clients.caseworker.request({ method: 'POST', url: `/api/leases/${id}/sign`, payload: { signedOn } });
  if (signed.statusCode !== 200) throw new Error(`lease not signed: ${signed.body}`);
  return id;
}

export async function countRows(env: Pick<LeaseTestEnv, 'handle' | 'municipalityId'>, table: string, where: SQL): Promise<number> {
  const [row] = await rows<{ n: number }>(env.handle.db, sql`select count(*)::int as n from ${sql.identifier(table)} where municipality_id = ${env.municipalityId} and ${where}`);
  return row?.n ?? 0;
}

export async function statusPeriods(env: Pick<LeaseTestEnv, 'handle' | 'municipalityId'>, dwellingId: string) {
  return withTenant(env.handle.db, { municipalityId: env.municipalityId }, (tx) =>
    tx
      .select({ status: dwellingStatusPeriod.status, fromDate: dwellingStatusPeriod.fromDate, toDate: dwellingStatusPeriod.toDate })
      .from(dwellingStatusPeriod)
      .where(and(eq(dwellingStatusPeriod.municipalityId, env.municipalityId), eq(dwellingStatusPeriod.dwellingId, dwellingId)))
      .orderBy(dwellingStatusPeriod.fromDate),
  );
}
