/** Small factories for the neighbourhood db tests; not used by production code. */
import { randomUUID } from 'node:crypto';
import type { sql } from 'drizzle-orm';
import { createTestApp, loginAs, type TestClient } from '../../../../test/app.js';
import { createMunicipality, createStaffUser, openTestDb } from '../../../../test/db.js';
import { district, dwelling, dwellingStatusPeriod, household, householdMember, lease, person } from '../../../db/schema/index.js';
import { ROLES, type Role } from '../../../domain/access/roles.js';
import type { Husly } from '../../main.js';
import { fixedClock } from '../../platform/clock.js';
import { rows, withTenant, type DbHandle } from '../../platform/db.js';

export interface NeighbourhoodTestEnv {
  handle: DbHandle;
  husly: Husly;
  municipalityId: number;
  clients: Record<Role, TestClient>;
  userIds: Record<Role, string>;
  /** The neighbourhood team of another municipality, for row-level security. */
  otherTeam: TestClient;
  close(): Promise<void>;
}

/** A municipality with a district and one logged-in user per role, a team member next door, on a fixed clock. */
export async function setupNeighbourhoodTest(now = '2026-06-15T10:00:00Z'): Promise<NeighbourhoodTestEnv> {
  const handle = await openTestDb();
  const { id: municipalityId } = await createMunicipality(handle, 'Bomiljøkommune');
  const other = await createMunicipality(handle, 'Nabokommune');
  await withTenant(handle.db, { municipalityId }, (tx) => tx.insert(district).values({ municipalityId, code: '01', name: 'Sentrum', inhabitants: 5000 }));
  const husly = await createTestApp(handle, { clock: fixedClock(now), config: { sessionHours: 24 * 800 } });
  const clients = {} as Record<Role, TestClient>;
  const userIds = {} as Record<Role, string>;
  for (const role of ROLES) {
    const user = await createStaffUser(handle, municipalityId, role, `nb-${role}-${randomUUID().slice(0, 4)}`);
    userIds[role] = user.id;
    clients[role] = await loginAs(husly, user.username, user.password);
  }
  const nabo = await createStaffUser(handle, other.id, 'neighbourhood', `nb-nabo-${randomUUID().slice(0, 4)}`);
  return { handle, husly, municipalityId, clients, userIds, otherTeam: await loginAs(husly, nabo.username, nabo.password), close: () => husly.close() };
}

let gnr = 100;

export interface TestBuilding {
  key: string;
  slug: string;
  label: string;
  dwellingIds: string[];
}

/** A building of `units` municipal dwellings at one matrikkel unit, let since 2020. */
export async function createBuilding(env: Pick<NeighbourhoodTestEnv, 'handle' | 'municipalityId'>, options: { street?: string; units?: number; status?: string } = {}): Promise<TestBuilding> {
  gnr += 1;
  const { municipalityId } = env;
  const street = options.street ?? `Naboveien ${gnr}`;
  const [streetName, houseNumber] = [street.replace(/ \d+$/, ''), street.match(/(\d+)$/)?.[1] ?? '1'];
  const dwellingIds = await withTenant(env.handle.db, { municipalityId }, async (tx) => {
    const ids: string[] = [];
    for (let i = 0; i < (options.units ?? 4); i += 1) {
      const id = randomUUID();
      ids.push(id);
      await tx.insert(dwelling).values({
        municipalityId,
        id,
        knr: '8000',
        gnr,
        bnr: 7,
        unitNumber: `H0${i + 1}01`,
        streetName,
        houseNumber,
        postalCode: '8000',
        postalCity: 'Testby',
        dwellingType: 'apartment',
        disposalForm: 'municipally_owned',
        bedrooms: 2,
        monthlyRent: 9000,
        districtCode: '01',
      });
      await tx.insert(dwellingStatusPeriod).values({ municipalityId, dwellingId: id, status: options.status ?? 'let', fromDate: '2020-01-01' });
    }
    return ids;
  });
  const key = `8000-${gnr}/7/0/0`;
  return { key, slug: `8000-${gnr}-7-0-0`, label: street, dwellingIds };
}

/** A tenant household (head only) with a signed lease in the dwelling from `startDate`. */
export async function createTenant(
  env: Pick<NeighbourhoodTestEnv, 'handle' | 'municipalityId'>,
  dwellingId: string,
  options: { givenName?: string; familyName?: string; addressProtection?: 'none' | 'fortrolig' | 'strengt_fortrolig'; startDate?: string; endDate?: string | null } = {},
): Promise<{ householdId: string; leaseId: string; personId: string }> {
  const { municipalityId } = env;
  return withTenant(env.handle.db, { municipalityId }, async (tx) => {
    const [p] = await tx
      .insert(person)
      .values({ municipalityId, givenName: options.givenName ?? 'Kari', familyName: options.familyName ?? 'Nabo', birthDate: '1980-01-01', addressProtection: options.addressProtection ?? 'none' })
      .returning({ id: person.id });
    const [h] = await tx.insert(household).values({ municipalityId, headPersonId: p!.id }).returning({ id: household.id });
    await tx.insert(householdMember).values({ municipalityId, householdId: h!.id, personId: p!.id, relation: 'applicant' });
    const [l] = await tx
      .insert(lease)
      .values({
        municipalityId,
        dwellingId,
        householdId: h!.id,
        startDate: options.startDate ?? '2024-01-01',
        endDate: options.endDate ?? null,
        status: 'signed',
        signedOn: '2023-12-01',
        depositType: 'none',
        rentModel: 'gjengs',
        monthlyRent: 9000,
      })
      .returning({ id: lease.id });
    return { householdId: h!.id, leaseId: l!.id, personId: p!.id };
  });
}

export async function count(env: Pick<NeighbourhoodTestEnv, 'handle' | 'municipalityId'>, query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await rows<{ n: number }>(env.handle.db, query);
  return row?.n ?? 0;
}
