import { and, eq, sql, type SQL } from 'drizzle-orm';
import { rentToOwnPlan } from '../../../db/schema/index.js';
import { rows, type Tx } from '../../platform/db.js';

/** Rent-to-own plans, the leases they rest on and the start-loan cases they link. Never opens a transaction. */

const ADDRESS = sql.raw(`trim(d.street_name || ' ' || d.house_number || d.house_letter || case when d.unit_number <> '' then ' ' || d.unit_number else '' end)`);

export interface PlanRow {
  id: string;
  householdId: string;
  leaseId: string;
  dwellingId: string;
  startedOn: string;
  plan: string;
  targetOn: string | null;
  startLoanCaseId: string | null;
  status: 'active' | 'moved_to_owned' | 'ended';
  outcomeOn: string | null;
  outcomeNote: string | null;
  createdAt: string;
  givenName: string;
  familyName: string;
  addressProtection: 'none' | 'fortrolig' | 'strengt_fortrolig';
  address: string;
  leaseStartDate: string;
  monthlyRent: number;
}

function planQuery(municipalityId: number, where: SQL, forUpdate = false) {
  return sql`
    select r.id, r.household_id as "householdId", r.lease_id as "leaseId", r.dwelling_id as "dwellingId", r.started_on::text as "startedOn",
           r.plan, r.target_on::text as "targetOn", r.start_loan_case_id as "startLoanCaseId", r.status, r.outcome_on::text as "outcomeOn",
           r.outcome_note as "outcomeNote", to_char(r.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt",
           p.given_name as "givenName", p.family_name as "familyName", p.address_protection as "addressProtection",
           ${ADDRESS} as address, l.start_date::text as "leaseStartDate", l.monthly_rent as "monthlyRent"
    from rent_to_own_plan r
    join household h on h.municipality_id = r.municipality_id and h.id = r.household_id
    join person p on p.municipality_id = h.municipality_id and p.id = h.head_person_id
    join dwelling d on d.municipality_id = r.municipality_id and d.id = r.dwelling_id
    join lease l on l.municipality_id = r.municipality_id and l.id = r.lease_id
    where r.municipality_id = ${municipalityId} and ${where}
    ${forUpdate ? sql`for update of r` : sql``}`;
}

export function listPlans(tx: Tx, municipalityId: number, activeOnly: boolean): Promise<PlanRow[]> {
  return rows<PlanRow>(tx, sql`${planQuery(municipalityId, activeOnly ? sql`r.status = 'active'` : sql`true`)} order by r.status = 'active' desc, r.started_on desc, r.id`);
}

export async function findPlan(tx: Tx, municipalityId: number, id: string, forUpdate = false): Promise<PlanRow | undefined> {
  const [row] = await rows<PlanRow>(tx, planQuery(municipalityId, sql`r.id = ${id}`, forUpdate));
  return row;
}

/** Outcomes of every plan (for the indicator). */
export function outcomes(tx: Tx, municipalityId: number) {
  return rows<{ status: 'active' | 'moved_to_owned' | 'ended'; outcomeOn: string | null }>(
    tx,
    sql`select status, outcome_on::text as "outcomeOn" from rent_to_own_plan where municipality_id = ${municipalityId}`,
  );
}

export interface LeaseFacts {
  id: string;
  householdId: string;
  dwellingId: string;
  status: 'draft' | 'signed' | 'terminated' | 'ended' | 'cancelled';
  startDate: string;
  rentToOwnPotential: boolean;
}

/** The lease with its dwelling's rent-to-own flag, locked so two plans for one lease queue. */
export async function findLeaseForPlan(tx: Tx, municipalityId: number, leaseId: string): Promise<LeaseFacts | undefined> {
  const [row] = await rows<LeaseFacts>(
    tx,
    sql`select l.id, l.household_id as "householdId", l.dwelling_id as "dwellingId", l.status, l.start_date::text as "startDate", d.rent_to_own_potential as "rentToOwnPotential"
        from lease l join dwelling d on d.municipality_id = l.municipality_id and d.id = l.dwelling_id
        where l.municipality_id = ${municipalityId} and l.id = ${leaseId}
        for update of l`,
  );
  return row;
}

export interface CaseRefRow {
  id: string;
  householdId: string;
  caseType: string;
  caseNumber: string;
  status: string;
  receivedOn: string;
}

const caseColumns = sql`c.id, c.household_id as "householdId", c.case_type as "caseType", c.case_number as "caseNumber", c.status, c.received_on::text as "receivedOn"`;

export async function findCase(tx: Tx, municipalityId: number, id: string): Promise<CaseRefRow | undefined> {
  const [row] = await rows<CaseRefRow>(tx, sql`select ${caseColumns} from housing_case c where c.municipality_id = ${municipalityId} and c.id = ${id}`);
  return row;
}

/** The start-loan cases (type `startlan`) of the given households, newest first. */
export function startLoanCasesOf(tx: Tx, municipalityId: number, householdIds: readonly string[]): Promise<CaseRefRow[]> {
  if (householdIds.length === 0) return Promise.resolve([]);
  const ids = sql.join(
    [...new Set(householdIds)].map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return rows<CaseRefRow>(
    tx,
    sql`select ${caseColumns} from housing_case c
        where c.municipality_id = ${municipalityId} and c.case_type = 'startlan' and c.household_id in (${ids})
        order by c.received_on desc, c.case_number`,
  );
}

export interface CandidateRow {
  leaseId: string;
  householdId: string;
  givenName: string;
  familyName: string;
  addressProtection: 'none' | 'fortrolig' | 'strengt_fortrolig';
  address: string;
  leaseStartDate: string;
  monthlyRent: number;
}

/** Running leases on dwellings with rent-to-own potential and no active plan. */
export function candidates(tx: Tx, municipalityId: number): Promise<CandidateRow[]> {
  return rows<CandidateRow>(
    tx,
    sql`select l.id as "leaseId", l.household_id as "householdId", p.given_name as "givenName", p.family_name as "familyName",
               p.address_protection as "addressProtection", ${ADDRESS} as address, l.start_date::text as "leaseStartDate", l.monthly_rent as "monthlyRent"
        from lease l
        join dwelling d on d.municipality_id = l.municipality_id and d.id = l.dwelling_id
        join household h on h.municipality_id = l.municipality_id and h.id = l.household_id
        join person p on p.municipality_id = h.municipality_id and p.id = h.head_person_id
        where l.municipality_id = ${municipalityId} and l.status in ('signed', 'terminated') and d.rent_to_own_potential
          and not exists (select 1 from rent_to_own_plan r where r.municipality_id = l.municipality_id and r.lease_id = l.id and r.status = 'active')
        order by p.family_name, p.given_name, l.id
        limit 500`,
  );
}

export async function insertPlan(tx: Tx, values: typeof rentToOwnPlan.$inferInsert): Promise<string> {
  const [row] = await tx.insert(rentToOwnPlan).values(values).returning({ id: rentToOwnPlan.id });
  return row!.id;
}

export type PlanChanges = Partial<Pick<typeof rentToOwnPlan.$inferInsert, 'plan' | 'targetOn' | 'startLoanCaseId' | 'status' | 'outcomeOn' | 'outcomeNote'>>;

export async function updatePlan(tx: Tx, municipalityId: number, id: string, changes: PlanChanges): Promise<void> {
  await tx
    .update(rentToOwnPlan)
    .set(changes)
    .where(and(eq(rentToOwnPlan.municipalityId, municipalityId), eq(rentToOwnPlan.id, id)));
}
