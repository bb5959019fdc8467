import { sql } from 'drizzle-orm';
import { addDays, osloDate } from '../../domain/deadlines/calendar.js';
import { createRng } from '../../domain/random/rng.js';
import { rows } from '../../server/platform/db.js';
import {
  boligskoleAttendance,
  consent,
  household,
  householdMember,
  landlord,
  landlordAgreement,
  person,
  privateLeaseHelp,
  refugeeSettlement,
} from '../schema/index.js';
import { DEMO_SEED, type DemoMunicipality } from './demo-data.js';
import { demoFnr } from './demo-people.js';
import { planPrivateRental, type NewPersonPlan } from './demo-private-rental-data.js';
import type { SeedStep } from './seed-context.js';
import { insertJson } from './seed-insert.js';

/**
 * Demo step for private rental partnerships and refugee settlement (demo-private-rental-data.ts).
 * The companies the dwelling register leases from become landlords with their organisation number,
 * and those dwellings get the number too, so a landlord's page shows the dwellings the
 * municipality leases from it. New households (refugees among them) get a consent to NAV, since
 * NAV's housing adviser is the one helping them. Every table is written in one statement; its own
 * rng stream keeps the other steps' data unchanged. Idempotent: skipped when a landlord exists.
 */

function privateRentalStep(m: DemoMunicipality): SeedStep {
  return {
    name: 'private rental and settlement',
    async run(ctx) {
      const { tx, municipalityId } = ctx;
      const [existing] = await rows<{ n: number }>(tx, sql`select count(*)::int as n from ${landlord} where municipality_id = ${municipalityId}`);
      if ((existing?.n ?? 0) > 0) return;
      const [nav] = await rows<{ id: string }>(
        tx,
        sql`select id from staff_user where municipality_id = ${municipalityId} order by case role when 'nav_adviser' then 0 when 'caseworker' then 1 else 2 end, username limit 1`,
      );
      if (!nav) return;
      const today = osloDate(ctx.today);
      const companies = await rows<{ name: string }>(
        tx,
        sql`select distinct owner_name as name from dwelling where municipality_id = ${municipalityId} and owner_name is not null
              and disposal_form in ('leased_from_private', 'private_with_allocation_right') order by 1`,
      );
      const existingRefugees = await rows<{ householdId: string; settledOn: string }>(
        tx,
        sql`select h.id as "householdId", p.refugee_settled_on::text as "settledOn"
            from person p join household h on h.municipality_id = p.municipality_id and h.head_person_id = p.id
            where p.municipality_id = ${municipalityId} and p.refugee_settled_on is not null and p.refugee_settled_on <= ${today}
              and exists (select 1 from lease le where le.municipality_id = h.municipality_id and le.household_id = h.id and le.status = 'signed')
            order by p.refugee_settled_on desc, h.id`,
      );
      const rng = createRng(DEMO_SEED + Number(m.kommunenummer) + 8_000_000);
      const plan = planPrivateRental(rng, { today, companies: companies.map((c) => c.name), existingRefugees, large: m.inhabitants >= 20_000 });

      await insertJson(tx, landlord, plan.landlords.map((l) => ({ municipalityId, ...l })));
      const numbers = plan.landlords.filter((l) => l.orgNumber !== null).map((l) => ({ name: l.name, org_number: l.orgNumber }));
      if (numbers.length > 0) {
        await tx.execute(sql`update dwelling d set owner_org_number = x.org_number
                             from json_to_recordset(${JSON.stringify(numbers)}::json) as x(name text, org_number text)
                             where d.municipality_id = ${municipalityId} and d.owner_name = x.name and d.owner_org_number is null`);
      }
      await insertJson(tx, landlordAgreement, plan.agreements.map((a) => ({ municipalityId, ...a, contactPersonId: nav.id, createdBy: nav.id })));

      const taken = new Set((await rows<{ national_id: string }>(tx, sql`select national_id from person where municipality_id = ${municipalityId} and national_id is not null`)).map((r) => r.national_id));
      const personRow = (p: NewPersonPlan) => {
        const birthDate = addDays(today, -(p.age * 365 + rng.int(10, 350)));
        let nationalId = demoFnr(birthDate, rng, today);
        while (taken.has(nationalId)) nationalId = demoFnr(birthDate, rng, today);
        taken.add(nationalId);
        return {
          municipalityId,
          id: p.id,
          nationalId,
          nationalIdKind: 'fnr' as const,
          givenName: p.givenName,
          familyName: p.familyName,
          birthDate,
          interpreterLanguage: p.interpreterLanguage,
          residentSince: p.refugeeSettledOn ?? addDays(today, -rng.int(800, 9000)),
          residenceStatus: p.refugeeSettledOn ? 'refugee' : 'citizen',
          refugeeSettledOn: p.refugeeSettledOn,
        };
      };
      await insertJson(tx, person, plan.households.flatMap((h) => [h.head, ...h.children].map(personRow)));
      await insertJson(tx, household, plan.households.map((h) => ({ municipalityId, id: h.id, headPersonId: h.head.id })));
      await insertJson(
        tx,
        householdMember,
        plan.households.flatMap((h) => [
          { municipalityId, householdId: h.id, personId: h.head.id, relation: 'applicant' as const },
          ...h.children.map((c) => ({ municipalityId, householdId: h.id, personId: c.id, relation: 'child' as const })),
        ]),
      );
      const firstHelp = new Map<string, string>();
      for (const help of plan.helps) if (!firstHelp.has(help.householdId) || help.startedOn < firstHelp.get(help.householdId)!) firstHelp.set(help.householdId, help.startedOn);
      await insertJson(
        tx,
        consent,
        plan.households.map((h) => ({
          municipalityId,
          personId: h.head.id,
          recipient: 'nav',
          purpose: 'Hjelp til å skaffe og beholde en bolig',
          scope: 'Opplysninger om bolig, økonomi og oppfølging',
          validFrom: [firstHelp.get(h.id), h.head.refugeeSettledOn].filter((d): d is string => d != null).sort()[0] ?? today,
          givenInWriting: true,
        })),
      );
      await insertJson(tx, privateLeaseHelp, plan.helps.map((h) => ({ municipalityId, ...h, helpedById: nav.id })));
      await insertJson(tx, refugeeSettlement, plan.settlements.map((s) => ({ municipalityId, ...s, createdBy: nav.id })));
      await insertJson(tx, boligskoleAttendance, plan.sessions.map((s) => ({ municipalityId, ...s, recordedBy: nav.id })));
    },
  };
}

/** The private-rental area's demo steps: after the dwellings (it names their owners) and the waiting list (its housed refugees). */
export function demoPrivateRentalSteps(m: DemoMunicipality): SeedStep[] {
  return [privateRentalStep(m)];
}
