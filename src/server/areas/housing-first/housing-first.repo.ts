import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { fidelityAssessment, housingFirstParticipant, housingFirstTarget, person } from '../../../db/schema/index.js';
import { rows, type Tx } from '../../platform/db.js';

/** The Housing First programme's reads and writes: participants, targets, fidelity assessments. Never opens a transaction. */

export type ParticipantRow = typeof housingFirstParticipant.$inferSelect;

/** A dwelling's address line (street, number, letter, unit) for alias `d`. */
const ADDRESS = sql.raw(`trim(d.street_name || ' ' || d.house_number || d.house_letter || case when d.unit_number <> '' then ' ' || d.unit_number else '' end)`);

export interface ParticipantListRow extends ParticipantRow {
  givenName: string;
  familyName: string;
}

function participantQuery(tx: Tx, where: SQL | undefined) {
  return tx
    .select({ participant: housingFirstParticipant, givenName: person.givenName, familyName: person.familyName })
    .from(housingFirstParticipant)
    .innerJoin(person, and(eq(person.municipalityId, housingFirstParticipant.municipalityId), eq(person.id, housingFirstParticipant.personId)))
    .where(where);
}

const flatten = (r: { participant: ParticipantRow; givenName: string; familyName: string }): ParticipantListRow => ({ ...r.participant, givenName: r.givenName, familyName: r.familyName });

/** Participants with the person's name; `activeOnly`: not exited (whatever the date). Active first, newest enrolment first. */
export async function listParticipants(tx: Tx, municipalityId: number, activeOnly: boolean): Promise<ParticipantListRow[]> {
  const found = await participantQuery(tx, and(eq(housingFirstParticipant.municipalityId, municipalityId), activeOnly ? isNull(housingFirstParticipant.exitedOn) : undefined)).orderBy(
    sql`${housingFirstParticipant.exitedOn} nulls first`,
    desc(housingFirstParticipant.enrolledOn),
    asc(housingFirstParticipant.id),
  );
  return found.map(flatten);
}

export async function findParticipant(tx: Tx, municipalityId: number, id: string, forUpdate = false): Promise<ParticipantListRow | undefined> {
  const query = participantQuery(tx, and(eq(housingFirstParticipant.municipalityId, municipalityId), eq(housingFirstParticipant.id, id)));
  const [row] = forUpdate ? await query.for('update', { of: housingFirstParticipant }) : await query;
  return row ? flatten(row) : undefined;
}

/** The dates of every participant, for the programme's figures. */
export function participantDates(tx: Tx, municipalityId: number) {
  return tx
    .select({ enrolledOn: housingFirstParticipant.enrolledOn, housedOn: housingFirstParticipant.housedOn, exitedOn: housingFirstParticipant.exitedOn, exitReason: housingFirstParticipant.exitReason })
    .from(housingFirstParticipant)
    .where(eq(housingFirstParticipant.municipalityId, municipalityId));
}

export type NewParticipant = typeof housingFirstParticipant.$inferInsert;

export async function insertParticipant(tx: Tx, values: NewParticipant): Promise<string> {
  const [row] = await tx.insert(housingFirstParticipant).values(values).returning({ id: housingFirstParticipant.id });
  return row!.id;
}

export type ParticipantChanges = Partial<Pick<ParticipantRow, 'team' | 'referredBy' | 'chosenDistricts' | 'chosenDwellingTypes' | 'chosenDwellingIds' | 'housedOn' | 'leaseId' | 'exitedOn' | 'exitReason'>>;

export async function updateParticipant(tx: Tx, municipalityId: number, id: string, changes: ParticipantChanges): Promise<void> {
  await tx
    .update(housingFirstParticipant)
    .set(changes)
    .where(and(eq(housingFirstParticipant.municipalityId, municipalityId), eq(housingFirstParticipant.id, id)));
}

/** Whether the person is a member of the household on `today` (not left). */
export async function isCurrentMember(tx: Tx, municipalityId: number, householdId: string, personId: string, today: string): Promise<{ person: boolean; member: boolean }> {
  const [row] = await rows<{ person: boolean; member: boolean }>(
    tx,
    sql`select exists (select 1 from person where municipality_id = ${municipalityId} and id = ${personId}) as person,
               exists (select 1 from household_member where municipality_id = ${municipalityId} and household_id = ${householdId}
                         and person_id = ${personId} and (left_on is null or left_on > ${today})) as member`,
  );
  return { person: row?.person === true, member: row?.member === true };
}

export function districts(tx: Tx, municipalityId: number) {
  return rows<{ code: string; name: string }>(tx, sql`select code, name from district where municipality_id = ${municipalityId} order by code`);
}

export interface DwellingOptionRow {
  id: string;
  address: string;
  districtCode: string | null;
  dwellingType: string;
  bedrooms: number;
}

/** The given dwellings (those that exist), with address, district and type. */
export function dwellingsByIds(tx: Tx, municipalityId: number, ids: readonly string[]): Promise<DwellingOptionRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return rows<DwellingOptionRow>(
    tx,
    sql`select d.id, ${ADDRESS} as address, d.district_code as "districtCode", d.dwelling_type as "dwellingType", d.bedrooms
        from dwelling d where d.municipality_id = ${municipalityId} and d.id in ${sql`(${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`} order by address`,
  );
}

/** Dwellings vacant today: what a participant may name as a wish. */
export function vacantDwellings(tx: Tx, municipalityId: number, today: string): Promise<DwellingOptionRow[]> {
  return rows<DwellingOptionRow>(
    tx,
    sql`select d.id, ${ADDRESS} as address, d.district_code as "districtCode", d.dwelling_type as "dwellingType", d.bedrooms
        from dwelling d join dwelling_status_period s on s.municipality_id = d.municipality_id and s.dwelling_id = d.id
        where d.municipality_id = ${municipalityId} and s.status = 'vacant' and s.from_date <= ${today} and (s.to_date is null or s.to_date > ${today})
        order by address limit 500`,
  );
}

export interface LeaseOptionRow {
  id: string;
  householdId: string;
  address: string;
  startDate: string;
  status: string;
}

/** The household's leases that are not cancelled, newest first. */
export function leasesOfHousehold(tx: Tx, municipalityId: number, householdId: string): Promise<LeaseOptionRow[]> {
  return rows<LeaseOptionRow>(
    tx,
    sql`select l.id, l.household_id as "householdId", ${ADDRESS} as address, l.start_date::text as "startDate", l.status
        from lease l join dwelling d on d.municipality_id = l.municipality_id and d.id = l.dwelling_id
        where l.municipality_id = ${municipalityId} and l.household_id = ${householdId} and l.status not in ('cancelled', 'draft')
        order by l.start_date desc`,
  );
}

export async function findLease(tx: Tx, municipalityId: number, id: string): Promise<LeaseOptionRow | undefined> {
  const [row] = await rows<LeaseOptionRow>(
    tx,
    sql`select l.id, l.household_id as "householdId", ${ADDRESS} as address, l.start_date::text as "startDate", l.status
        from lease l join dwelling d on d.municipality_id = l.municipality_id and d.id = l.dwelling_id
        where l.municipality_id = ${municipalityId} and l.id = ${id}`,
  );
  return row;
}

/**
 * The choices of every participant not exited whose person belongs to one of the households
 * today (or who was enrolled with it): household id → the union of their dwellings and districts.
 */
export async function activeChoicesOfHouseholds(tx: Tx, municipalityId: number, householdIds: readonly string[], today: string) {
  if (householdIds.length === 0) return [];
  const ids = sql.join(
    [...new Set(householdIds)].map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return rows<{ householdId: string; dwellingIds: string[]; districts: string[] }>(
    tx,
    sql`select h.household_id as "householdId", hf.chosen_dwelling_ids as "dwellingIds", hf.chosen_districts as districts
        from housing_first_participant hf
        join (
          select hm.household_id, hm.person_id from household_member hm
          where hm.municipality_id = ${municipalityId} and hm.household_id in (${ids}) and (hm.left_on is null or hm.left_on > ${today})
          union
          select p.household_id, p.person_id from housing_first_participant p
          where p.municipality_id = ${municipalityId} and p.household_id in (${ids})
        ) h on h.person_id = hf.person_id
        where hf.municipality_id = ${municipalityId} and hf.exited_on is null`,
  );
}

// ── Targets ──────────────────────────────────────────────────────────────────────────────

export async function findTarget(tx: Tx, municipalityId: number, year: number): Promise<number | null> {
  const [row] = await tx
    .select({ participants: housingFirstTarget.participants })
    .from(housingFirstTarget)
    .where(and(eq(housingFirstTarget.municipalityId, municipalityId), eq(housingFirstTarget.year, year)));
  return row?.participants ?? null;
}

/** Sets the year's target; returns the previous value (null when there was none). */
export async function upsertTarget(tx: Tx, municipalityId: number, year: number, participants: number, userId: string, at: Date): Promise<number | null> {
  const before = await findTarget(tx, municipalityId, year);
  await tx
    .insert(housingFirstTarget)
    .values({ municipalityId, year, participants, updatedBy: userId, updatedAt: at })
    .onConflictDoUpdate({ target: [housingFirstTarget.municipalityId, housingFirstTarget.year], set: { participants, updatedBy: userId, updatedAt: at } });
  return before;
}

// ── Fidelity ─────────────────────────────────────────────────────────────────────────────

export function listAssessments(tx: Tx, municipalityId: number) {
  return rows<{ id: string; assessedOn: string; scaleVersion: string; scores: Record<string, number>; note: string | null; assessedBy: string }>(
    tx,
    sql`select a.id, a.assessed_on::text as "assessedOn", a.scale_version as "scaleVersion", a.scores, a.note, s.display_name as "assessedBy"
        from fidelity_assessment a join staff_user s on s.municipality_id = a.municipality_id and s.id = a.assessed_by
        where a.municipality_id = ${municipalityId} order by a.assessed_on, a.id`,
  );
}

export async function insertAssessment(tx: Tx, values: typeof fidelityAssessment.$inferInsert): Promise<string> {
  const [row] = await tx.insert(fidelityAssessment).values(values).returning({ id: fidelityAssessment.id });
  return row!.id;
}
