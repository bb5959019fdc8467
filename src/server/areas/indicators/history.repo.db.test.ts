import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMunicipality, createStaffUser, openTestDb } from '../../../../test/db.js';
import {
  appeal,
  decision,
  district,
  dwelling,
  dwellingStatusPeriod,
  evictionStep,
  helpRequest,
  household,
  householdMember,
  housingCase,
  lease,
  person,
  refugeeSettlement,
  tempProvider,
  tempStay,
} from '../../../db/schema/index.js';
import { computeIndicator } from '../../../domain/indicators/engine.js';
import type { IndicatorHistory } from '../../../domain/indicators/history.js';
import { withTenant, type DbHandle, type Tx } from '../../platform/db.js';
import { historyVersion, loadIndicatorHistory } from './history.repo.js';

/**
 * A small fixed scenario written straight into the tables (asOf 15 February 2026):
 *   districts A (4 000), B (3 000); the municipality 10 000 inhabitants.
 *   d1 (A, owned, wheelchair): vacant 2020 → let from 2021-03-01; lease l1 of household h1 from then.
 *   d3 (B, leased from private): let 2022 → vacant from 2026-03-01 (after asOf); lease l3 of h3 ended 2026-02-28 (after asOf).
 *   d4 (A): vacant 2024 → let from 2025-11-01; lease l2 of h2 on the approval of case c2.
 *   d2 (B): first registered 2026-03-01 (after asOf): not in the history.
 *   c1: h1 applies for a change on 2025-05-01 while renting d1 → lived in a municipal dwelling, district A; approved 2025-06-01.
 *   c2: h2 (head settled as a refugee 2019-08-15, six years earlier) applies new 2025-09-01; approved 2025-10-01; housed 2025-11-01.
 *   c3: received 2026-03-01 (after asOf): left out. A refugee_settlement of h2 on 2026-03-01 is left out too.
 *   appeal on c2's decision, received 2025-10-10, upheld by the body on 2026-03-05 (after asOf) → pending.
 *   eviction request on l1 2025-12-01 (district A); a warning is no eviction step of the history.
 *   temporary stay of h2 2025-08-01 – 2026-03-10 (end after asOf → open), no district (no lease then).
 */

const AS_OF = '2026-02-15';
let handle: DbHandle;
let municipalityId: number;
let staffId: string;
const ids: Record<string, string> = {};
const id = (name: string) => (ids[name] ??= randomUUID());

async function scenario(tx: Tx) {
  const m = municipalityId;
  await tx.insert(district).values([
    { municipalityId: m, code: 'A', name: 'Sentrum', inhabitants: 4000 },
    { municipalityId: m, code: 'B', name: 'Nord', inhabitants: 3000 },
  ]);
  const newDwelling = async (name: string, o: { district: string; form: string; wheelchair?: boolean; periods: Array<[string, string, string | null]> }) => {
    await tx.insert(dwelling).values({
      municipalityId: m, id: id(name), knr: '8000', gnr: 100 + Object.keys(ids).length, bnr: 1, streetName: 'Tallveien', houseNumber: '1', postalCode: '8000',
      dwellingType: 'apartment', disposalForm: o.form, bedrooms: 2, monthlyRent: 9000, wheelchairAccessible: o.wheelchair ?? false, districtCode: o.district,
    });
    for (const [status, fromDate, toDate] of o.periods) await tx.insert(dwellingStatusPeriod).values({ municipalityId: m, dwellingId: id(name), status, fromDate, toDate });
  };
  await newDwelling('d1', { district: 'A', form: 'municipally_owned', wheelchair: true, periods: [['vacant', '2020-01-01', '2021-03-01'], ['let', '2021-03-01', null]] });
  await newDwelling('d2', { district: 'B', form: 'municipally_owned', periods: [['vacant', '2026-03-01', null]] });
  await newDwelling('d3', { district: 'B', form: 'leased_from_private', periods: [['let', '2022-01-01', '2026-03-01'], ['vacant', '2026-03-01', null]] });
  await newDwelling('d4', { district: 'A', form: 'municipally_owned', periods: [['vacant', '2024-01-01', '2025-11-01'], ['let', '2025-11-01', null]] });

  const newHousehold = async (name: string, refugeeSettledOn: string | null = null) => {
    const [p] = await tx.insert(person).values({ municipalityId: m, givenName: name, familyName: 'Test', refugeeSettledOn }).returning({ id: person.id });
    await tx.insert(household).values({ municipalityId: m, id: id(name), headPersonId: p!.id });
    await tx.insert(householdMember).values({ municipalityId: m, householdId: id(name), personId: p!.id, relation: 'applicant' });
    return p!.id;
  };
  const p1 = await newHousehold('h1');
  const p2 = await newHousehold('h2', '2019-08-15');
  const p3 = await newHousehold('h3');
  await tx.insert(refugeeSettlement).values({ municipalityId: m, householdId: id('h2'), settledOn: '2026-03-01', housing: 'other', createdBy: staffId });

  const newLease = (name: string, o: { dwelling: string; household: string; start: string; status: 'signed' | 'ended'; endedOn?: string; decision?: string }) =>
    tx.insert(lease).values({
      municipalityId: m, id: id(name), dwellingId: id(o.dwelling), householdId: id(o.household), startDate: o.start, status: o.status, endedOn: o.endedOn ?? null,
      decisionId: o.decision ? id(o.decision) : null, depositType: 'none', rentModel: 'market', monthlyRent: 9000,
    });

  const newCase = async (name: string, o: { household: string; personId: string; kind: string; received: string; need: string; status: string }) => {
    const requestId = randomUUID();
    await tx.insert(helpRequest).values({ municipalityId: m, id: requestId, householdId: id(o.household), receivedOn: o.received, channel: 'paper', summary: 'Søknad', createdBy: staffId });
    await tx.insert(housingCase).values({
      municipalityId: m, id: id(name), caseNumber: `T-${name}-${m}`, requestId, householdId: id(o.household), personId: o.personId, caseType: 'rental_dwelling',
      rentalKind: o.kind, status: o.status, receivedOn: o.received, legalBasisVersion: 'rental_dwelling/1', needCategory: o.need,
    });
  };
  const approve = (name: string, caseName: string, decidedOn: string) =>
    tx.insert(decision).values({
      municipalityId: m, id: id(name), caseId: id(caseName), outcome: 'approved', status: 'sent', language: 'nb', decidedOn, decidedBy: staffId, validUntil: '2026-12-31',
      content: { dwelling: { bedrooms: 2 } },
    });

  await newLease('l1', { dwelling: 'd1', household: 'h1', start: '2021-03-01', status: 'signed' });
  await newLease('l3', { dwelling: 'd3', household: 'h3', start: '2022-01-01', status: 'ended', endedOn: '2026-02-28' });
  await newCase('c1', { household: 'h1', personId: p1, kind: 'change', received: '2025-05-01', need: 'other', status: 'decided' });
  await approve('v1', 'c1', '2025-06-01');
  await newCase('c2', { household: 'h2', personId: p2, kind: 'new', received: '2025-09-01', need: 'refugee', status: 'decided' });
  await approve('v2', 'c2', '2025-10-01');
  await newLease('l2', { dwelling: 'd4', household: 'h2', start: '2025-11-01', status: 'signed', decision: 'v2' });
  await newCase('c3', { household: 'h3', personId: p3, kind: 'new', received: '2026-03-01', need: 'other', status: 'received' });
  await tx.insert(appeal).values({
    municipalityId: m, id: id('k1'), caseId: id('c2'), decisionId: id('v2'), submittedOn: '2025-10-09', receivedOn: '2025-10-10', grounds: 'Klage', inTime: 'yes',
    status: 'decided', forwardedOn: '2025-11-01', bodyOutcome: 'upheld', bodyDecidedOn: '2026-03-05',
  });
  await tx.insert(evictionStep).values([
    { municipalityId: m, leaseId: id('l1'), step: 'warning', stepOn: '2025-11-01' },
    { municipalityId: m, leaseId: id('l1'), step: 'eviction_request', stepOn: '2025-12-01' },
  ]);
  await tx.insert(tempProvider).values({ municipalityId: m, id: id('tp'), name: 'Hospitset', kind: 'private_overnight' });
  await tx.insert(tempStay).values({ municipalityId: m, id: id('s1'), householdId: id('h2'), providerId: id('tp'), startDate: '2025-08-01', endDate: '2026-03-10', createdBy: staffId });
}

let history: IndicatorHistory;

beforeAll(async () => {
  handle = await openTestDb();
  municipalityId = (await createMunicipality(handle, 'Indikatorkommune')).id;
  staffId = (await createStaffUser(handle, municipalityId, 'caseworker')).id;
  await withTenant(handle.db, { municipalityId }, scenario);
  history = await withTenant(handle.db, { municipalityId }, (tx) => loadIndicatorHistory(tx, AS_OF));
});
afterAll(() => handle.close());

describe('loadIndicatorHistory', () => {
  it('reads the municipality, its districts in order, and the asOf', () => {
    expect(history).toMatchObject({ asOf: AS_OF, inhabitants: 10_000, districts: [{ code: 'A', inhabitants: 4000 }, { code: 'B', inhabitants: 3000 }] });
  });

  it('reads the applications: a change flagged as living in a municipal dwelling (district A); nothing received after asOf', () => {
    const byId = new Map(history.applications.map((a) => [a.id, a]));
    expect(history.applications).toHaveLength(2);
    expect(byId.has(id('c3'))).toBe(false);
    expect(byId.get(id('c1'))).toEqual({
      id: id('c1'), householdId: id('h1'), caseType: 'rental_dwelling', rentalKind: 'change', livedInMunicipalDwelling: true, receivedOn: '2025-05-01',
      preliminaryReplySentOn: null, decidedOn: '2025-06-01', outcome: 'approved', forwardedOn: null, closedWithoutDecisionOn: null, needCategory: 'other', districtCode: 'A',
    });
    expect(byId.get(id('c2'))).toMatchObject({ rentalKind: 'new', livedInMunicipalDwelling: false, decidedOn: '2025-10-01', districtCode: null });
  });

  it('reads the waiting list: one entry per approval, housed by the lease resting on it', () => {
    expect(history.waiting).toEqual([
      {
        id: id('c1'), householdId: id('h1'), rentalKind: 'change', livedInMunicipalDwelling: true, approvedOn: '2025-06-01', validUntil: '2026-12-31',
        housedOn: null, leftOn: null, bedroomsNeeded: 2, needCategory: 'other', refugeeSettledOn: null, districtCode: 'A',
      },
      {
        id: id('c2'), householdId: id('h2'), rentalKind: 'new', livedInMunicipalDwelling: false, approvedOn: '2025-10-01', validUntil: '2026-12-31',
        housedOn: '2025-11-01', leftOn: null, bedroomsNeeded: 2, needCategory: 'refugee', refugeeSettledOn: '2019-08-15', districtCode: null,
      },
    ].sort((a, b) => (a.id < b.id ? -1 : 1)));
  });

  it('reads the move-ins with the refugee settled six years earlier (not the settlement after asOf), in the dwelling’s district', () => {
    const l2 = history.housed.find((e) => e.id === id('l2'));
    expect(l2).toEqual({
      id: id('l2'), householdId: id('h2'), dwellingId: id('d4'), housedOn: '2025-11-01', rentalKind: 'new', livedInMunicipalDwelling: false,
      needCategory: 'refugee', refugeeSettledOn: '2019-08-15', districtCode: 'A',
    });
    expect(history.housed.map((e) => e.id).sort()).toEqual([id('l1'), id('l2'), id('l3')].sort());
  });

  it('reads leases and dwellings with their districts; an end or a period after asOf is not known', () => {
    expect(history.leases.find((l) => l.id === id('l3'))).toEqual({ id: id('l3'), dwellingId: id('d3'), householdId: id('h3'), startDate: '2022-01-01', endedOn: null, districtCode: 'B' });
    const dwellings = new Map(history.dwellings.map((d) => [d.id, d]));
    expect(dwellings.has(id('d2'))).toBe(false);
    expect(dwellings.get(id('d3'))).toEqual({
      id: id('d3'), disposalForm: 'leased_from_private', wheelchairAccessible: false, bedrooms: 2, monthlyRent: 9000, districtCode: 'B',
      statusPeriods: [{ status: 'let', fromDate: '2022-01-01', toDate: null }],
    });
    expect(dwellings.get(id('d1'))?.statusPeriods).toEqual([
      { status: 'vacant', fromDate: '2020-01-01', toDate: '2021-03-01' },
      { status: 'let', fromDate: '2021-03-01', toDate: null },
    ]);
  });

  it('reads the appeal as pending (the body decided after asOf), evictions and the open temporary stay', () => {
    expect(history.appeals).toEqual([{ id: id('k1'), caseId: id('c2'), caseType: 'rental_dwelling', receivedOn: '2025-10-10', outcome: 'pending', outcomeOn: null, districtCode: null }]);
    expect(history.evictions).toEqual([{ leaseId: id('l1'), step: 'requested', stepOn: '2025-12-01', districtCode: 'A' }]);
    expect(history.temporaryStays).toEqual([{ id: id('s1'), householdId: id('h2'), startDate: '2025-08-01', endDate: null, childrenPresent: false, nightShelter: false, districtCode: null }]);
  });

  it('sees the appeal decided once asOf passes the body’s date', async () => {
    const later = await withTenant(handle.db, { municipalityId }, (tx) => loadIndicatorHistory(tx, '2026-03-31'));
    expect(later.appeals[0]).toMatchObject({ outcome: 'upheld', outcomeOn: '2026-03-05' });
    expect(later.applications).toHaveLength(3);
    expect(later.housed.find((e) => e.id === id('l2'))?.refugeeSettledOn).toBe('2026-03-01');
  });

  it('feeds the engine: stock on asOf by district A d1 d4, B d3', () => {
    const r = computeIndicator('stock.dwellings', history, { from: AS_OF, to: AS_OF });
    expect(r.municipality.value).toBe(3);
    expect(r.districts.map((d) => [d.code, d.value.value])).toEqual([['A', 2], ['B', 1]]);
  });

  it('gives a stable data version that changes with the facts', async () => {
    const again = await withTenant(handle.db, { municipalityId }, (tx) => loadIndicatorHistory(tx, AS_OF));
    expect(historyVersion(again)).toBe(historyVersion(history));
    expect(historyVersion(history)).toMatch(/^2026-02-15:[0-9a-f]{64}$/);
    expect(historyVersion({ ...history, inhabitants: 9999 })).not.toBe(historyVersion(history));
  });

  it('dates leaving the waiting list by the case closed, or by a later decision replacing the approval (runs last: it adds facts)', async () => {
    await withTenant(handle.db, { municipalityId }, async (tx) => {
      const m = municipalityId;
      const [head] = await tx.select({ id: household.headPersonId }).from(household).where(sql`${household.id} = ${id('h3')}`);
      const requestId = randomUUID();
      await tx.insert(helpRequest).values({ municipalityId: m, id: requestId, householdId: id('h3'), receivedOn: '2025-03-01', channel: 'paper', summary: 'Søknad', createdBy: staffId });
      for (const [name, status, closedOn] of [['c5', 'closed', '2025-08-01'], ['c6', 'decided', null]] as const) {
        await tx.insert(housingCase).values({
          municipalityId: m, id: id(name), caseNumber: `T-${name}-${m}`, requestId, householdId: id('h3'), personId: head!.id, caseType: 'rental_dwelling',
          rentalKind: 'new', status, receivedOn: '2025-03-01', legalBasisVersion: 'rental_dwelling/1', needCategory: 'other', closedOn,
        });
      }
      await tx.insert(decision).values([
        { municipalityId: m, id: id('v5'), caseId: id('c5'), outcome: 'approved', status: 'sent', language: 'nb', decidedOn: '2025-04-01', decidedBy: staffId, content: {} },
        { municipalityId: m, id: id('v6'), caseId: id('c6'), outcome: 'approved', status: 'sent', language: 'nb', decidedOn: '2025-04-01', decidedBy: staffId, content: {} },
        { municipalityId: m, id: id('v7'), caseId: id('c6'), outcome: 'refused', status: 'sent', language: 'nb', decidedOn: '2025-09-01', decidedBy: staffId, content: {} },
        { municipalityId: m, id: id('v8'), caseId: id('c6'), outcome: 'approved', status: 'sent', language: 'nb', decidedOn: '2026-03-01', decidedBy: staffId, content: {} },
      ]);
    });
    const h = await withTenant(handle.db, { municipalityId }, (tx) => loadIndicatorHistory(tx, AS_OF));
    expect(h.waiting.find((w) => w.id === id('c5'))).toMatchObject({ approvedOn: '2025-04-01', leftOn: '2025-08-01', bedroomsNeeded: 1, districtCode: 'B' });
    // c6: approved, then refused on 1 September (off the list); the approval after asOf is not known.
    expect(h.waiting.filter((w) => w.id === id('c6'))).toEqual([expect.objectContaining({ approvedOn: '2025-04-01', leftOn: '2025-09-01' })]);
    expect(h.applications.find((a) => a.id === id('c6'))).toMatchObject({ decidedOn: '2025-04-01', outcome: 'approved', livedInMunicipalDwelling: true });
  });
});
