import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { boligskoleAttendance, household, landlord, person, privateLeaseHelp, refugeeSettlement, staffUser } from '../../../db/schema/index.js';
import type { Tx } from '../../platform/db.js';

/** Refugee settlements and boligskole attendance. Never opens a transaction. */

export type SettlementRow = typeof refugeeSettlement.$inferSelect;
export type SettlementView = SettlementRow & {
  headName: string;
  helpStatus: 'in_progress' | 'signed' | 'not_found' | 'ended' | null;
  helpLandlordName: string | null;
  sessions: number;
  attended: number;
};

function views(tx: Tx) {
  return tx
    .select({
      settlement: refugeeSettlement,
      headName: sql<string>`${person.givenName} || ' ' || ${person.familyName}`,
      helpStatus: privateLeaseHelp.status,
      helpLandlordName: landlord.name,
      sessions: sql<number>`(select count(*)::int from ${boligskoleAttendance} ba where ba.municipality_id = ${refugeeSettlement.municipalityId} and ba.settlement_id = ${refugeeSettlement.id})`,
      attended: sql<number>`(select count(*)::int from ${boligskoleAttendance} ba where ba.municipality_id = ${refugeeSettlement.municipalityId} and ba.settlement_id = ${refugeeSettlement.id} and ba.attended)`,
    })
    .from(refugeeSettlement)
    .innerJoin(household, and(eq(household.municipalityId, refugeeSettlement.municipalityId), eq(household.id, refugeeSettlement.householdId)))
    .innerJoin(person, and(eq(person.municipalityId, household.municipalityId), eq(person.id, household.headPersonId)))
    .leftJoin(privateLeaseHelp, and(eq(privateLeaseHelp.municipalityId, refugeeSettlement.municipalityId), eq(privateLeaseHelp.id, refugeeSettlement.privateLeaseHelpId)))
    .leftJoin(landlord, and(eq(landlord.municipalityId, privateLeaseHelp.municipalityId), eq(landlord.id, privateLeaseHelp.landlordId)));
}

type ViewRecord = Awaited<ReturnType<ReturnType<typeof views>['execute']>>[number];
const flatten = (r: ViewRecord): SettlementView => ({
  ...r.settlement,
  headName: r.headName,
  helpStatus: r.helpStatus,
  helpLandlordName: r.helpLandlordName,
  sessions: Number(r.sessions),
  attended: Number(r.attended),
});

/** Settlements newest first; with `inIntroductionOn`, only households in the introduction programme that day. */
export async function listSettlements(
  tx: Tx,
  municipalityId: number,
  filter: { inIntroductionOn?: string },
  page: { limit: number; offset: number },
): Promise<{ items: SettlementView[]; total: number }> {
  const day = filter.inIntroductionOn;
  const w: SQL | undefined = and(
    eq(refugeeSettlement.municipalityId, municipalityId),
    day === undefined
      ? undefined
      : and(isNotNull(refugeeSettlement.introductionFrom), lte(refugeeSettlement.introductionFrom, day), or(isNull(refugeeSettlement.introductionTo), gte(refugeeSettlement.introductionTo, day))),
  );
  const found = await views(tx).where(w).orderBy(desc(refugeeSettlement.settledOn), asc(refugeeSettlement.id)).limit(page.limit).offset(page.offset);
  const [total] = await tx.select({ n: count() }).from(refugeeSettlement).where(w);
  return { items: found.map(flatten), total: Number(total?.n ?? 0) };
}

export async function findSettlementView(tx: Tx, municipalityId: number, id: string): Promise<SettlementView | undefined> {
  const [row] = await views(tx).where(and(eq(refugeeSettlement.municipalityId, municipalityId), eq(refugeeSettlement.id, id)));
  return row ? flatten(row) : undefined;
}

export async function findSettlementForUpdate(tx: Tx, municipalityId: number, id: string): Promise<SettlementRow | undefined> {
  const [row] = await tx
    .select()
    .from(refugeeSettlement)
    .where(and(eq(refugeeSettlement.municipalityId, municipalityId), eq(refugeeSettlement.id, id)))
    .for('update');
  return row;
}

/** The household's settlements (a household is settled once). */
export function settlementsOfHousehold(tx: Tx, municipalityId: number, householdId: string): Promise<SettlementRow[]> {
  return tx
    .select()
    .from(refugeeSettlement)
    .where(and(eq(refugeeSettlement.municipalityId, municipalityId), eq(refugeeSettlement.householdId, householdId)));
}

export async function insertSettlement(tx: Tx, values: typeof refugeeSettlement.$inferInsert): Promise<SettlementRow> {
  const [row] = await tx.insert(refugeeSettlement).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export type SettlementChanges = Partial<Pick<SettlementRow, 'settledOn' | 'introductionFrom' | 'introductionTo' | 'housing' | 'privateLeaseHelpId'>>;

export async function updateSettlement(tx: Tx, municipalityId: number, id: string, changes: SettlementChanges): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  await tx
    .update(refugeeSettlement)
    .set(changes)
    .where(and(eq(refugeeSettlement.municipalityId, municipalityId), eq(refugeeSettlement.id, id)));
}

/** Every settlement's facts for the year figures. */
export function settlementFacts(tx: Tx, municipalityId: number) {
  return tx
    .select({
      householdId: refugeeSettlement.householdId,
      settledOn: refugeeSettlement.settledOn,
      introductionFrom: refugeeSettlement.introductionFrom,
      introductionTo: refugeeSettlement.introductionTo,
      housing: refugeeSettlement.housing,
      privateLeaseHelpId: refugeeSettlement.privateLeaseHelpId,
    })
    .from(refugeeSettlement)
    .where(eq(refugeeSettlement.municipalityId, municipalityId));
}

export type AttendanceView = typeof boligskoleAttendance.$inferSelect & { recordedByName: string };

/** A settlement's boligskole sessions, newest first. */
export function listAttendance(tx: Tx, municipalityId: number, settlementIds: readonly string[]): Promise<AttendanceView[]> {
  if (settlementIds.length === 0) return Promise.resolve([]);
  return tx
    .select({
      municipalityId: boligskoleAttendance.municipalityId,
      id: boligskoleAttendance.id,
      settlementId: boligskoleAttendance.settlementId,
      heldOn: boligskoleAttendance.heldOn,
      topic: boligskoleAttendance.topic,
      attended: boligskoleAttendance.attended,
      recordedBy: boligskoleAttendance.recordedBy,
      recordedByName: sql<string>`coalesce(${staffUser.displayName}, '')`,
    })
    .from(boligskoleAttendance)
    .leftJoin(staffUser, and(eq(staffUser.municipalityId, boligskoleAttendance.municipalityId), eq(staffUser.id, boligskoleAttendance.recordedBy)))
    .where(and(eq(boligskoleAttendance.municipalityId, municipalityId), inArray(boligskoleAttendance.settlementId, [...settlementIds])))
    .orderBy(desc(boligskoleAttendance.heldOn), asc(boligskoleAttendance.id));
}

export async function insertAttendance(tx: Tx, values: typeof boligskoleAttendance.$inferInsert) {
  const [row] = await tx.insert(boligskoleAttendance).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Locks the household row so two settlements of one household cannot be registered at once; false when it does not exist. */
export async function lockHousehold(tx: Tx, municipalityId: number, householdId: string): Promise<boolean> {
  const found = await tx
    .select({ id: household.id })
    .from(household)
    .where(and(eq(household.municipalityId, municipalityId), eq(household.id, householdId)))
    .for('update');
  return found.length > 0;
}
