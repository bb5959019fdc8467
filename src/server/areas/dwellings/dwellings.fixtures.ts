/** Small factories for the dwelling db tests; not used by production code. */
import { createTestApp, loginAs, type TestClient } from '../../../../test/app.js';
import { createMunicipality, createStaffUser, openTestDb } from '../../../../test/db.js';
import type { CreateDwellingBody } from '../../../contracts/dwellings.js';
import { district, household, person } from '../../../db/schema/index.js';
import { ROLES, type Role } from '../../../domain/access/roles.js';
import type { Husly } from '../../main.js';
import { fixedClock } from '../../platform/clock.js';
import { withTenant, type DbHandle } from '../../platform/db.js';

export interface DwellingTestEnv {
  handle: DbHandle;
  husly: Husly;
  clock: ReturnType<typeof fixedClock>;
  municipalityId: number;
  kommunenummer: string;
  clients: Record<Role, TestClient>;
  /** The property manager of another municipality. */
  neighbour: TestClient;
  neighbourMunicipalityId: number;
  close(): Promise<void>;
}

/** District codes '01'–'12' for a municipality, as in Demo kommune. */
export async function createDistricts(handle: DbHandle, municipalityId: number, count = 12): Promise<void> {
  await withTenant(handle.db, { municipalityId }, (tx) =>
    tx
      .insert(district)
      .values(Array.from({ length: count }, (_, i) => ({ municipalityId, code: String(i + 1).padStart(2, '0'), name: `Bydel ${i + 1}`, inhabitants: 1000 }))),
  );
}

/** A municipality with twelve districts and one logged-in user per role, another with a property manager, on a fixed clock. */
export async function setupDwellingTest(now = '2025-03-11T09:00:00Z'): Promise<DwellingTestEnv> {
  const handle = await openTestDb();
  const { id: municipalityId, kommunenummer } = await createMunicipality(handle, 'Boligkommune');
  const { id: neighbourMunicipalityId } = await createMunicipality(handle, 'Nabokommune');
  await createDistricts(handle, municipalityId);
  await createDistricts(handle, neighbourMunicipalityId, 3);
  const clock = fixedClock(now);
  const husly = await createTestApp(handle, { clock, config: { sessionHours: 24 * 800 } });
  const clients = {} as Record<Role, TestClient>;
  for (const role of ROLES) {
    const user = await createStaffUser(handle, municipalityId, role, `${role}-${municipalityId}`);
    clients[role] = await loginAs(husly, user.username, user.password);
  }
  const other = await createStaffUser(handle, neighbourMunicipalityId, 'property_manager', `forvalter-${neighbourMunicipalityId}`);
  const neighbour = await loginAs(husly, other.username, other.password);
  return { handle, husly, clock, municipalityId, kommunenummer, clients, neighbour, neighbourMunicipalityId, close: () => husly.close() };
}

let counter = 0;

/** A valid registration body; each call gets its own matrikkel unit. */
export function dwellingBody(overrides: Partial<CreateDwellingBody> = {}): CreateDwellingBody {
  counter += 1;
  return {
    knr: '9999',
    gnr: 10,
    bnr: counter,
    fnr: 0,
    snr: 0,
    unitNumber: 'H0101',
    extraReference: '',
    streetName: 'Storgata',
    houseNumber: String(counter),
    houseLetter: '',
    postalCode: '4306',
    postalCity: 'Demoby',
    dwellingType: 'apartment',
    subcategory: null,
    disposalForm: 'municipally_owned',
    ownershipForm: null,
    ownerName: null,
    ownerOrgNumber: null,
    ownerPhone: null,
    bedrooms: 2,
    usableAreaM2: 54.5,
    floor: 2,
    hasLift: true,
    wheelchairAccessible: false,
    sharedHousing: false,
    staffed24h: false,
    staffBase: false,
    schoolDistrictPrimary: null,
    schoolDistrictLowerSecondary: null,
    monthlyRent: 7300,
    deposit: 21_900,
    electricityMeter: null,
    waterMeter: null,
    vatCompensation: false,
    rentToOwnPotential: false,
    districtCode: '01',
    latitude: 58.85,
    longitude: 5.73,
    notes: null,
    status: 'vacant',
    expectedReadyOn: null,
    ...overrides,
  };
}

/** A household whose head has the given address protection, inserted as the owner. */
export async function createTenant(
  env: Pick<DwellingTestEnv, 'handle' | 'municipalityId'>,
  name: { givenName: string; familyName: string; addressProtection?: 'none' | 'fortrolig' | 'strengt_fortrolig' },
): Promise<{ householdId: string; personId: string }> {
  const { municipalityId } = env;
  return withTenant(env.handle.db, { municipalityId }, async (tx) => {
    const [p] = await tx
      .insert(person)
      .values({ municipalityId, givenName: name.givenName, familyName: name.familyName, addressProtection: name.addressProtection ?? 'none' })
      .returning({ id: person.id });
    const [h] = await tx.insert(household).values({ municipalityId, headPersonId: p!.id }).returning({ id: household.id });
    return { householdId: h!.id, personId: p!.id };
  });
}

/** A multipart body with one file, as a browser sends it. */
export function multipartFile(content: Buffer, filename = 'boliger.xlsx', type = 'application/octet-stream') {
  const boundary = '----husly-dwelling-boundary';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
