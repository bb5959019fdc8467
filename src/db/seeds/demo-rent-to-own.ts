import { sql } from 'drizzle-orm';
import { formatCaseNumber } from '../../domain/cases/case-number.js';
import { addDays, osloDate } from '../../domain/deadlines/calendar.js';
import { findLegalBasis } from '../../domain/letters/legal-basis.js';
import { createRng } from '../../domain/random/rng.js';
import { rows } from '../../server/platform/db.js';
import { helpRequest, housingCase, rentToOwnPlan } from '../schema/index.js';
import { DEMO_SEED, type DemoMunicipality } from './demo-data.js';
import { seededUuid } from './demo-dwellings-data.js';
import type { SeedContext, SeedStep } from './seed-context.js';

/**
 * Demo step for rent-to-own (leie til eie), Demo kommune only: makes sure at least six tenants
 * with a running lease live in dwellings marked with rent-to-own potential (marking a few family
 * apartments when the register has too few), puts two of them on the path — one with a start-loan
 * case forwarded to the start-loan office — and records one household that moved to an owned home
 * (an ended lease, the plan's outcome on the lease's last day). The rest stay candidates. Its own
 * rng stream; a few rows. Runs after the leases. Idempotent: skipped when a plan exists.
 */

const MIN_POTENTIAL = 6;
const PLANS = [
  { plan: 'Nedbetale forbruksgjeld innen et år og spare 1 500 kroner i måneden til egenkapital. Søke startlån for å kjøpe leiligheten de bor i.', startedDaysAgo: 240, targetInDays: 300, startLoan: true },
  { plan: 'Økonomisk rådgivning hos NAV. Fast stilling fra høsten gir grunnlag for startlån; vurderes på nytt om seks måneder.', startedDaysAgo: 90, targetInDays: 540, startLoan: false },
] as const;

interface LeaseRow {
  leaseId: string;
  householdId: string;
  personId: string;
  dwellingId: string;
  startDate: string;
  endedOn: string | null;
}

/** A start-loan case forwarded to the start-loan office (as demo-cases does for Hanne Strand), numbered from the sequence. */
async function startLoanCase(ctx: SeedContext, lease: LeaseRow, receivedOn: string, caseworkerId: string, rng: ReturnType<typeof createRng>): Promise<string> {
  const { tx, municipalityId } = ctx;
  const year = Number(receivedOn.slice(0, 4));
  const [seq] = await rows<{ last: number }>(
    tx,
    sql`insert into case_number_sequence (municipality_id, year, last) values (${municipalityId}, ${year}, 1)
        on conflict (municipality_id, year) do update set last = case_number_sequence.last + 1 returning last`,
  );
  const requestId = seededUuid(rng);
  const id = seededUuid(rng);
  await tx.insert(helpRequest).values({ municipalityId, id: requestId, householdId: lease.householdId, receivedOn, channel: 'meeting', summary: 'Ønsker å kjøpe boligen de leier, med startlån (leie til eie).', createdBy: caseworkerId });
  await tx.insert(housingCase).values({
    municipalityId,
    id,
    caseNumber: formatCaseNumber(year, Number(seq!.last)),
    requestId,
    householdId: lease.householdId,
    personId: lease.personId,
    caseType: 'startlan',
    status: 'forwarded',
    receivedOn,
    legalBasisVersion: findLegalBasis('startlan', receivedOn)?.id ?? 'startlan/1',
    application: {},
    forwardedTo: 'Startlånkontoret i Demo kommune',
    forwardedOn: addDays(receivedOn, 3),
  });
  return id;
}

const leaseColumns = sql`l.id as "leaseId", l.household_id as "householdId", h.head_person_id as "personId", l.dwelling_id as "dwellingId", l.start_date::text as "startDate", l.ended_on::text as "endedOn"`;

function rentToOwnStep(m: DemoMunicipality): SeedStep {
  return {
    name: 'rent to own',
    async run(ctx) {
      if (m.kommunenummer !== '9999') return;
      const { tx, municipalityId } = ctx;
      const [existing] = await rows<{ n: number }>(tx, sql`select count(*)::int as n from rent_to_own_plan where municipality_id = ${municipalityId}`);
      if ((existing?.n ?? 0) > 0) return;
      const today = osloDate(ctx.today);
      const rng = createRng(DEMO_SEED + Number(m.kommunenummer) + 7_000_000);
      const [caseworker] = await rows<{ id: string }>(tx, sql`select id from staff_user where municipality_id = ${municipalityId} and username = 'saksbehandler'`);
      if (!caseworker) return;

      const running = sql`l.municipality_id = ${municipalityId} and l.status = 'signed' and p.address_protection = 'none'`;
      const [marked] = await rows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from lease l join dwelling d on d.municipality_id = l.municipality_id and d.id = l.dwelling_id
            join household h on h.municipality_id = l.municipality_id and h.id = l.household_id join person p on p.municipality_id = h.municipality_id and p.id = h.head_person_id
            where ${running} and d.rent_to_own_potential`,
      );
      const missing = MIN_POTENTIAL - (marked?.n ?? 0);
      if (missing > 0) {
        // Family apartments let for more than two years: the tenants most likely to buy.
        await tx.execute(sql`
          update dwelling set rent_to_own_potential = true
          where municipality_id = ${municipalityId} and id in (
            select d.id from lease l join dwelling d on d.municipality_id = l.municipality_id and d.id = l.dwelling_id
            join household h on h.municipality_id = l.municipality_id and h.id = l.household_id join person p on p.municipality_id = h.municipality_id and p.id = h.head_person_id
            where ${running} and not d.rent_to_own_potential and d.dwelling_type = 'apartment' and d.bedrooms >= 2 and l.start_date <= ${addDays(today, -730)}
            order by d.id limit ${missing})`);
      }
      const candidates = await rows<LeaseRow>(
        tx,
        sql`select ${leaseColumns} from lease l join dwelling d on d.municipality_id = l.municipality_id and d.id = l.dwelling_id
            join household h on h.municipality_id = l.municipality_id and h.id = l.household_id join person p on p.municipality_id = h.municipality_id and p.id = h.head_person_id
            where ${running} and d.rent_to_own_potential order by l.id limit ${PLANS.length}`,
      );
      const plans: Array<typeof rentToOwnPlan.$inferInsert> = [];
      for (const [i, spec] of PLANS.entries()) {
        const lease = candidates[i];
        if (!lease) break;
        const startedOn = addDays(today, -spec.startedDaysAgo);
        const startLoanCaseId = spec.startLoan ? await startLoanCase(ctx, lease, addDays(today, -rng.int(30, 60)), caseworker.id, rng) : null;
        plans.push({ municipalityId, id: seededUuid(rng), householdId: lease.householdId, leaseId: lease.leaseId, dwellingId: lease.dwellingId, startedOn, plan: spec.plan, targetOn: addDays(today, spec.targetInDays), startLoanCaseId, createdBy: caseworker.id });
      }

      // A household that bought: its lease ended in the last year, the dwelling marked, the plan's outcome on the last day.
      const [bought] = await rows<LeaseRow>(
        tx,
        sql`select ${leaseColumns} from lease l join household h on h.municipality_id = l.municipality_id and h.id = l.household_id
            join person p on p.municipality_id = h.municipality_id and p.id = h.head_person_id
            where l.municipality_id = ${municipalityId} and l.status = 'ended' and p.address_protection = 'none'
              and l.ended_on between ${addDays(today, -300)} and ${addDays(today, -20)} and l.start_date <= ${addDays(today, -700)}
            order by l.id limit 1`,
      );
      if (bought?.endedOn) {
        await tx.execute(sql`update dwelling set rent_to_own_potential = true where municipality_id = ${municipalityId} and id = ${bought.dwellingId}`);
        const startLoanCaseId = await startLoanCase(ctx, bought, addDays(bought.endedOn, -rng.int(90, 150)), caseworker.id, rng);
        plans.push({
          municipalityId,
          id: seededUuid(rng),
          householdId: bought.householdId,
          leaseId: bought.leaseId,
          dwellingId: bought.dwellingId,
          startedOn: addDays(bought.endedOn, -rng.int(330, 420)),
          plan: 'Kjøpe leiligheten med startlån og egen sparing. Takst og finansiering avklart med startlånkontoret.',
          targetOn: bought.endedOn,
          startLoanCaseId,
          status: 'moved_to_owned',
          outcomeOn: bought.endedOn,
          outcomeNote: 'Kjøpte leiligheten med startlån.',
          createdBy: caseworker.id,
        });
      }
      if (plans.length > 0) await tx.insert(rentToOwnPlan).values(plans);
    },
  };
}

export function demoRentToOwnSteps(m: DemoMunicipality): SeedStep[] {
  return [rentToOwnStep(m)];
}
