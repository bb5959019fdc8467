/** Factories for the allocation db tests: approved rental-dwelling cases on the waiting list. Not used by production code. */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { decision, dwelling, dwellingStatusPeriod, helpRequest, household, housingCase } from '../../../db/schema/index.js';
import { withTenant } from '../../platform/db.js';
import type { LeaseTestEnv } from '../leases/leases.fixtures.js';

export interface ApprovedCaseOptions {
  decidedOn?: string;
  validUntil?: string | null;
  needCategory?: string;
  housingSituation?: string;
  bedrooms?: number;
  application?: Record<string, unknown>;
}

/** An approved, sent rental-dwelling decision for the household: it is on the waiting list. Returns the case and decision ids. */
export async function approvedCase(env: Pick<LeaseTestEnv, 'handle' | 'municipalityId' | 'actors'>, householdId: string, o: ApprovedCaseOptions = {}) {
  const { municipalityId } = env;
  const decidedOn = o.decidedOn ?? '2025-12-01';
  return withTenant(env.handle.db, { municipalityId }, async (tx) => {
    const [hh] = await tx.select({ head: household.headPersonId }).from(household).where(and(eq(household.municipalityId, municipalityId), eq(household.id, householdId)));
    const requestId = randomUUID();
    const caseId = randomUUID();
    const decisionId = randomUUID();
    await tx.insert(helpRequest).values({ municipalityId, id: requestId, householdId, receivedOn: '2025-10-01', channel: 'paper', summary: 'Søknad om kommunal bolig', createdBy: env.actors.caseworker.userId });
    await tx.insert(housingCase).values({
      municipalityId,
      id: caseId,
      caseNumber: `T-${caseId.slice(0, 8)}`,
      requestId,
      householdId,
      personId: hh!.head,
      caseType: 'rental_dwelling',
      rentalKind: 'new',
      status: 'decided',
      receivedOn: '2025-10-01',
      legalBasisVersion: 'rental_dwelling/1',
      housingSituation: o.housingSituation ?? 'staying_with_friends_family',
      needCategory: o.needCategory ?? 'other',
      application: { housingSituation: o.housingSituation ?? 'staying_with_friends_family', needCategory: o.needCategory ?? 'other', areaWishes: [], specialNeeds: {}, ...o.application },
      decidedOn,
    });
    await tx.insert(decision).values({
      municipalityId,
      id: decisionId,
      caseId,
      outcome: 'approved',
      status: 'sent',
      language: 'nb',
      content: { conclusion: 'Innvilget', dwelling: { bedrooms: o.bedrooms ?? 1, floorRequirement: 'none', lift: false, wheelchair: false }, leaseYears: 3 },
      decidedOn,
      decidedBy: env.actors.caseworker.userId,
      noticeSentOn: decidedOn,
      validUntil: o.validUntil === undefined ? '2026-12-01' : o.validUntil,
    });
    return { caseId, decisionId };
  });
}


/** A vacant dwelling in a given building (gnr/bnr), so tests can put several units in one building. */
export async function dwellingIn(env: Pick<LeaseTestEnv, 'handle' | 'municipalityId'>, o: { gnr: number; bnr?: number; unit: string; bedrooms?: number; monthlyRent?: number }) {
  const { municipalityId } = env;
  return withTenant(env.handle.db, { municipalityId }, async (tx) => {
    const id = randomUUID();
    await tx.insert(dwelling).values({
      municipalityId,
      id,
      knr: '8000',
      gnr: o.gnr,
      bnr: o.bnr ?? 1,
      unitNumber: o.unit,
      streetName: 'Samleveien',
      houseNumber: String(o.gnr),
      postalCode: '8000',
      postalCity: 'Testby',
      dwellingType: 'apartment',
      disposalForm: 'municipal',
      bedrooms: o.bedrooms ?? 1,
      monthlyRent: o.monthlyRent ?? 8000,
    });
    await tx.insert(dwellingStatusPeriod).values({ municipalityId, dwellingId: id, status: 'vacant', fromDate: '2026-01-01' });
    return id;
  });
}
