/** Small factories for the private-rental db tests; not used by production code. */
import { randomUUID } from 'node:crypto';
import { createTestApp, loginAs, type TestClient } from '../../../../test/app.js';
import { createMunicipality, createStaffUser, openTestDb } from '../../../../test/db.js';
import { consent, dwelling, dwellingStatusPeriod, household, householdMember, person } from '../../../db/schema/index.js';
import { ROLES, type Role } from '../../../domain/access/roles.js';
import type { Husly } from '../../main.js';
import { fixedClock } from '../../platform/clock.js';
import { withTenant, type DbHandle } from '../../platform/db.js';

export interface PrivateRentalTestEnv {
  handle: DbHandle;
  husly: Husly;
  municipalityId: number;
  clients: Record<Role, TestClient>;
  userIds: Record<Role, string>;
  /** A NAV adviser of another municipality, for row-level security. */
  otherNav: TestClient;
  close(): Promise<void>;
}

export async function setupPrivateRentalTest(now = '2026-06-15T10:00:00Z'): Promise<PrivateRentalTestEnv> {
  const handle = await openTestDb();
  const { id: municipalityId } = await createMunicipality(handle, 'Utleiekommune');
  const other = await createMunicipality(handle, 'Nabokommune');
  const husly = await createTestApp(handle, { clock: fixedClock(now), config: { sessionHours: 24 * 800 } });
  const clients = {} as Record<Role, TestClient>;
  const userIds = {} as Record<Role, string>;
  for (const role of ROLES) {
    const user = await createStaffUser(handle, municipalityId, role, `pr-${role}-${randomUUID().slice(0, 4)}`);
    userIds[role] = user.id;
    clients[role] = await loginAs(husly, user.username, user.password);
  }
  const nabo = await createStaffUser(handle, other.id, 'nav_adviser', `pr-nabo-${randomUUID().slice(0, 4)}`);
  return { handle, husly, municipalityId, clients, userIds, otherNav: await loginAs(husly, nabo.username, nabo.password), close: () => husly.close() };
}

/** A household (head only); with `navConsent` the head has consented to NAV, so the NAV adviser may see it. */
export async function createHousehold(env: Pick<PrivateRentalTestEnv, 'handle' | 'municipalityId'>, options: { givenName?: string; navConsent?: boolean } = {}): Promise<string> {
  const { municipalityId } = env;
  return withTenant(env.handle.db, { municipalityId }, async (tx) => {
    const [p] = await tx.insert(person).values({ municipalityId, givenName: options.givenName ?? 'Amina', familyName: 'Leietaker', birthDate: '1990-02-02' }).returning({ id: person.id });
    const [h] = await tx.insert(household).values({ municipalityId, headPersonId: p!.id }).returning({ id: household.id });
    await tx.insert(householdMember).values({ municipalityId, householdId: h!.id, personId: p!.id, relation: 'applicant' });
    if (options.navConsent) await tx.insert(consent).values({ municipalityId, personId: p!.id, recipient: 'nav', purpose: 'Bolig', scope: 'Boligsaken', validFrom: '2026-01-01' });
    return h!.id;
  });
}

let gnr = 500;

/** A dwelling the municipality leases from a private owner, as the dwelling register holds it. */
export async function createLeasedDwelling(env: Pick<PrivateRentalTestEnv, 'handle' | 'municipalityId'>, owner: { ownerName: string | null; ownerOrgNumber: string | null; status?: string; disposalForm?: string }): Promise<string> {
  gnr += 1;
  const { municipalityId } = env;
  return withTenant(env.handle.db, { municipalityId }, async (tx) => {
    const id = randomUUID();
    await tx.insert(dwelling).values({
      municipalityId,
      id,
      knr: '8000',
      gnr,
      bnr: 1,
      streetName: 'Utleieveien',
      houseNumber: String(gnr),
      postalCode: '8000',
      dwellingType: 'apartment',
      disposalForm: owner.disposalForm ?? 'leased_from_private',
      ownerName: owner.ownerName,
      ownerOrgNumber: owner.ownerOrgNumber,
      bedrooms: 2,
      monthlyRent: 11000,
    });
    await tx.insert(dwellingStatusPeriod).values({ municipalityId, dwellingId: id, status: owner.status ?? 'let', fromDate: '2024-01-01' });
    return id;
  });
}
