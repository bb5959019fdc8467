/** Small factories for the cases db tests; not used by production code. */
import { and, eq, sql } from 'drizzle-orm';
import { createTestApp, loginAs, type TestClient } from '../../../../test/app.js';
import { createMunicipality, createStaffUser, openTestDb } from '../../../../test/db.js';
import type { ApplicationInput } from '../../../contracts/cases.js';
import { consent, district, household, householdMember, municipality, person, personRepresentative } from '../../../db/schema/index.js';
import type { Role } from '../../../domain/access/roles.js';
import { DEMO_9999_V1 } from '../../../domain/eligibility/rule-sets/index.js';
import type { Husly } from '../../main.js';
import { fixedClock } from '../../platform/clock.js';
import { rows, withTenant, type DbHandle } from '../../platform/db.js';
import { installRuleSet } from './rule-sets.repo.js';

export const TEST_ROLES = ['caseworker', 'caseworker2', 'nav_adviser', 'followup', 'manager', 'admin'] as const;
export type TestUser = (typeof TEST_ROLES)[number];

export interface CaseTestEnv {
  handle: DbHandle;
  husly: Husly;
  clock: ReturnType<typeof fixedClock>;
  municipalityId: number;
  kommunenummer: string;
  clients: Record<TestUser, TestClient>;
  userIds: Record<TestUser, string>;
  /** Moves the clock (sessions last 800 days by it). */
  setNow(iso: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A municipality with three districts, the Demo rule set stored under its own kommunenummer,
 * one logged-in user per role (two caseworkers) and an app on a fixed clock.
 */
export async function setupCaseTest(now = '2026-03-02T09:00:00Z'): Promise<CaseTestEnv> {
  const handle = await openTestDb();
  const { id: municipalityId, kommunenummer } = await createMunicipality(handle, 'Sakskommune');
  await withTenant(handle.db, { municipalityId }, async (tx) => {
    await tx.insert(district).values(['01', '02', '03'].map((code) => ({ municipalityId, code, name: `Bydel ${code}`, inhabitants: 1000 })));
    await installRuleSet(tx, municipalityId, { ...DEMO_9999_V1, id: `test-${kommunenummer}-v1`, municipality: kommunenummer });
  });
  const clock = fixedClock(now);
  // Sessions expire by the same clock; a long lifetime lets a test move the clock by months without logging in again.
  const husly = await createTestApp(handle, { clock, config: { sessionHours: 24 * 800 } });
  const clients = {} as Record<TestUser, TestClient>;
  const userIds = {} as Record<TestUser, string>;
  for (const name of TEST_ROLES) {
    const role: Role = name === 'caseworker2' ? 'caseworker' : name;
    const user = await createStaffUser(handle, municipalityId, role, `${name}-${municipalityId}`);
    userIds[name] = user.id;
    clients[name] = await loginAs(husly, user.username, user.password);
  }
  const setNow = async (iso: string) => {
    clock.set(iso);
  };
  return { handle, husly, clock, municipalityId, kommunenummer, clients, userIds, setNow, close: () => husly.close() };
}

export interface PersonInput {
  givenName?: string;
  familyName?: string;
  birthDate?: string;
  writtenLanguage?: 'nb' | 'nn';
  addressProtection?: 'none' | 'fortrolig' | 'strengt_fortrolig';
  residentSince?: string | null;
  residenceStatus?: string | null;
  refugeeSettledOn?: string | null;
  grossAnnualIncome?: number | null;
}

/** A household with a head and optional members, inserted as the owner (the people area's API is not under test here). */
export async function createHousehold(env: Pick<CaseTestEnv, 'handle' | 'municipalityId'>, head: PersonInput = {}, members: PersonInput[] = []) {
  const { municipalityId } = env;
  return withTenant(env.handle.db, { municipalityId }, async (tx) => {
    const insertPerson = async (p: PersonInput) => {
      const [row] = await tx
        .insert(person)
        .values({
          municipalityId,
          givenName: p.givenName ?? 'Kari',
          familyName: p.familyName ?? 'Nordmann',
          birthDate: p.birthDate ?? '1990-05-17',
          writtenLanguage: p.writtenLanguage ?? 'nb',
          addressLine: 'Storgata 1',
          postalCode: '9999',
          postalCity: 'Demo',
          addressProtection: p.addressProtection ?? 'none',
          residentSince: p.residentSince === undefined ? '2015-01-01' : p.residentSince,
          residenceStatus: p.residenceStatus === undefined ? 'citizen' : p.residenceStatus,
          refugeeSettledOn: p.refugeeSettledOn ?? null,
        })
        .returning({ id: person.id });
      return row!.id;
    };
    const headId = await insertPerson(head);
    const [hh] = await tx.insert(household).values({ municipalityId, headPersonId: headId }).returning({ id: household.id });
    const householdId = hh!.id;
    await tx.insert(householdMember).values({ municipalityId, householdId, personId: headId, relation: 'applicant', grossAnnualIncome: head.grossAnnualIncome ?? null });
    const memberIds: string[] = [];
    for (const m of members) {
      const id = await insertPerson(m);
      memberIds.push(id);
      await tx.insert(householdMember).values({ municipalityId, householdId, personId: id, relation: 'child', grossAnnualIncome: m.grossAnnualIncome ?? null });
    }
    return { householdId, personId: headId, memberIds };
  });
}

export async function addRepresentative(env: Pick<CaseTestEnv, 'handle' | 'municipalityId'>, personId: string, name: string, validFrom = '2020-01-01') {
  await withTenant(env.handle.db, { municipalityId: env.municipalityId }, (tx) =>
    tx.insert(personRepresentative).values({ municipalityId: env.municipalityId, personId, kind: 'fullmektig', name, addressLine: 'Advokatveien 2', postalCode: '9999', postalCity: 'Demo', validFrom }),
  );
}

export async function grantConsent(env: Pick<CaseTestEnv, 'handle' | 'municipalityId'>, personId: string, recipient: string, validFrom = '2020-01-01'): Promise<string> {
  const [row] = await withTenant(env.handle.db, { municipalityId: env.municipalityId }, (tx) =>
    tx.insert(consent).values({ municipalityId: env.municipalityId, personId, recipient, purpose: 'Boligsak', scope: 'Saksopplysninger', validFrom }).returning({ id: consent.id }),
  );
  return row!.id;
}

export async function withdrawConsent(env: Pick<CaseTestEnv, 'handle' | 'municipalityId'>, consentId: string, at: Date) {
  await withTenant(env.handle.db, { municipalityId: env.municipalityId }, (tx) =>
    tx.update(consent).set({ withdrawnAt: at }).where(and(eq(consent.municipalityId, env.municipalityId), eq(consent.id, consentId))),
  );
}

export async function setRequireAttestation(env: Pick<CaseTestEnv, 'handle' | 'municipalityId'>, value: boolean) {
  await env.handle.db.update(municipality).set({ settings: { requireAttestation: value } }).where(eq(municipality.id, env.municipalityId));
}

/** A complete application form that meets every Demo rule. */
export function application(overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    housingSituation: 'staying_with_friends_family',
    needCategory: 'other',
    specialNeeds: { wheelchair: false, sharedHousingOk: 'no' },
    areaWishes: ['01', '02'],
    income: { applicantGrossAnnual: 250_000, householdGrossAnnual: null, assets: 10_000 },
    debtToMunicipality: { amount: 0, repaymentPlan: false },
    lastEvictionDate: null,
    documentation: [
      { item: 'income_statement', status: 'missing' },
      { item: 'identity', status: 'received' },
    ],
    facts: { documentedOwnAttempts: true, canMeetLeaseTerms: true, hasDailyCareOfChildren: false },
    ...overrides,
  };
}

export interface IntakeOptions {
  householdId: string;
  receivedOn?: string;
  cases?: Array<{ caseType: string; rentalKind?: string }>;
  application?: ApplicationInput;
}

export function intakeBody(o: IntakeOptions) {
  return {
    householdId: o.householdId,
    channel: 'paper',
    receivedOn: o.receivedOn ?? '2026-02-20',
    summary: 'Søker bor hos venner og trenger bolig.',
    cases: o.cases ?? [{ caseType: 'rental_dwelling', rentalKind: 'new' }],
    application: o.application ?? application(),
  };
}

/** Registers an intake through the API and returns the first case's id. */
export async function openCase(client: TestClient, o: IntakeOptions): Promise<{ caseId: string; caseNumber: string }> {
  const res = await client.request({ method: 'POST', url: '/api/cases/intake', payload: intakeBody(o) });
  if (res.statusCode !== 201) throw new Error(`intake failed: ${res.statusCode} ${res.body}`);
  const c = res.json().cases[0];
  return { caseId: c.id, caseNumber: c.caseNumber };
}

/** Rows in a tenant table for the municipality (owner connection, so RLS does not hide anything). */
export async function countRows(env: Pick<CaseTestEnv, 'handle' | 'municipalityId'>, table: string, where = sql`true`): Promise<number> {
  const [row] = await rows<{ n: number }>(env.handle.db, sql`select count(*)::int as n from ${sql.identifier(table)} where municipality_id = ${env.municipalityId} and ${where}`);
  return row!.n;
}

/** Decision content that satisfies the letter builder for an approved rental dwelling. */
export function approvalContent(overrides: Record<string, unknown> = {}) {
  return {
    conclusion: 'Du får tildelt kommunal utleiebolig.',
    facts: 'Du bor midlertidig hos venner og har en inntekt på 250 000 kroner.',
    considerations: 'Du oppfyller vilkårene, og vi legger vekt på at du mangler egen bolig.',
    dwelling: { bedrooms: 1, sizeM2: 40, floorRequirement: 'none', lift: false, wheelchair: false },
    leaseYears: 3,
    premises: ['du bor i kommunen', 'husstanden består av én person'],
    ...overrides,
  };
}

/** Decision content for a refusal; `otherHelp` is what the builder insists on. */
export function refusalContent(overrides: Record<string, unknown> = {}) {
  return {
    conclusion: 'Du får ikke kommunal utleiebolig.',
    facts: 'Du eier en egnet bolig.',
    considerations: 'Du har en egnet bolig og er derfor ikke vanskeligstilt på boligmarkedet.',
    otherHelp: ['housing_allowance', 'financial_advice'],
    ...overrides,
  };
}
