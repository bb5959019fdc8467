import { sql } from 'drizzle-orm';
import type { HouseholdFacts } from '../../../domain/homelessness/count.js';
import type { WeekSpan } from '../../../domain/homelessness/count.js';
import { homelessnessCount } from '../../../db/schema/index.js';
import { rows, type Tx } from '../../platform/db.js';

/** The facts the count is computed from, and the submitted counts. Never opens a transaction. */

export interface LoadedHousehold extends HouseholdFacts {
  readonly label: string;
  /** Each case's type and person, for the record-level access check (cases.policy maySeeCase). */
  readonly caseAccess: ReadonlyArray<{ caseId: string; caseType: string; personId: string }>;
  readonly hasStayInWeek: boolean;
}

/**
 * Every household with a housing case open in the week or a temporary stay overlapping it, with
 * its cases, stays, signed municipal leases and members (birth date, gender). Names only for the label.
 */
export async function householdFacts(tx: Tx, municipalityId: number, week: WeekSpan): Promise<LoadedHousehold[]> {
  const ids = await rows<{ id: string; label: string }>(
    tx,
    sql`with candidates as (
          select household_id from housing_case
           where municipality_id = ${municipalityId} and received_on <= ${week.to}::date
             and (closed_on is null or closed_on >= ${week.from}::date) and (forwarded_on is null or forwarded_on >= ${week.from}::date)
          union
          select household_id from temp_stay
           where municipality_id = ${municipalityId} and start_date <= ${week.to}::date and (end_date is null or end_date >= ${week.from}::date)
        )
        select h.id, p.given_name || ' ' || p.family_name as label
          from household h join candidates c on c.household_id = h.id
          join person p on p.municipality_id = h.municipality_id and p.id = h.head_person_id
         where h.municipality_id = ${municipalityId}
         order by h.id`,
  );
  if (ids.length === 0) return [];
  const list = sql.join(
    ids.map((i) => sql`${i.id}::uuid`),
    sql`, `,
  );
  const cases = await rows<{
    household_id: string;
    id: string;
    case_number: string;
    case_type: string;
    person_id: string;
    received_on: string;
    closed_on: string | null;
    forwarded_on: string | null;
    housing_situation: string | null;
  }>(
    tx,
    sql`select household_id, id, case_number, case_type, person_id, received_on::text, closed_on::text, forwarded_on::text, housing_situation
          from housing_case where municipality_id = ${municipalityId} and household_id in (${list})`,
  );
  const stays = await rows<{ household_id: string; start_date: string; end_date: string | null }>(
    tx,
    sql`select household_id, start_date::text, end_date::text from temp_stay where municipality_id = ${municipalityId} and household_id in (${list})`,
  );
  const leases = await rows<{ household_id: string; start_date: string; end_date: string | null }>(
    tx,
    sql`select household_id, start_date::text, coalesce(ended_on, end_date)::text as end_date from lease
         where municipality_id = ${municipalityId} and household_id in (${list}) and status in ('signed', 'terminated', 'ended')`,
  );
  const members = await rows<{ household_id: string; birth_date: string | null; gender: 'female' | 'male' | 'other' | null; joined_on: string | null; left_on: string | null }>(
    tx,
    sql`select m.household_id, p.birth_date::text, p.gender, m.joined_on::text, m.left_on::text
          from household_member m join person p on p.municipality_id = m.municipality_id and p.id = m.person_id
         where m.municipality_id = ${municipalityId} and m.household_id in (${list})`,
  );
  return ids.map(({ id, label }) => ({
    householdId: id,
    label,
    cases: cases
      .filter((c) => c.household_id === id)
      .map((c) => ({ caseId: c.id, caseNumber: c.case_number, receivedOn: c.received_on, closedOn: c.closed_on, forwardedOn: c.forwarded_on, housingSituation: c.housing_situation })),
    caseAccess: cases.filter((c) => c.household_id === id).map((c) => ({ caseId: c.id, caseType: c.case_type, personId: c.person_id })),
    hasStayInWeek: stays.some((s) => s.household_id === id && s.start_date <= week.to && (s.end_date === null || s.end_date >= week.from)),
    stays: stays.filter((s) => s.household_id === id).map((s) => ({ startDate: s.start_date, endDate: s.end_date })),
    leases: leases.filter((l) => l.household_id === id).map((l) => ({ startDate: l.start_date, endDate: l.end_date })),
    members: members.filter((m) => m.household_id === id).map((m) => ({ birthDate: m.birth_date, gender: m.gender, joinedOn: m.joined_on, leftOn: m.left_on })),
  }));
}

export interface SubmittedRow {
  figures: Record<string, unknown>;
  submitted_at: Date | string;
  submitted_by_name: string | null;
}

export async function findSubmitted(tx: Tx, municipalityId: number, year: number, week: number): Promise<SubmittedRow | undefined> {
  const [row] = await rows<SubmittedRow>(
    tx,
    sql`select c.figures, c.submitted_at, s.display_name as submitted_by_name
          from homelessness_count c left join staff_user s on s.municipality_id = c.municipality_id and s.id = c.submitted_by
         where c.municipality_id = ${municipalityId} and c.year = ${year} and c.week = ${week}`,
  );
  return row;
}

export async function insertCount(tx: Tx, values: typeof homelessnessCount.$inferInsert): Promise<void> {
  await tx.insert(homelessnessCount).values(values);
}
