import { sql } from 'drizzle-orm';
import { osloDate } from '../../domain/deadlines/calendar.js';
import { createRng } from '../../domain/random/rng.js';
import { rows } from '../../server/platform/db.js';
import { buildingActivity, caretakerTask, neighbourCase, neighbourCaseEvent, neighbourCaseParty } from '../schema/index.js';
import { DEMO_SEED, type DemoMunicipality } from './demo-data.js';
import { planNeighbourhood, type BuildingFact, type NeighbourhoodStaff } from './demo-neighbourhood-data.js';
import type { SeedContext, SeedStep } from './seed-context.js';
import { insertJson } from './seed-insert.js';

/**
 * Demo step for neighbourhood work (demo-neighbourhood-data.ts): neighbour cases with tenants of
 * the building as parties (household kept, as the early-warning run reads it), activities in a
 * few buildings over the last year, and the caretaker's tasks. Reads the buildings and today's
 * tenants in two statements and writes each table in one; its own rng stream keeps the other
 * steps' data unchanged. Idempotent: skipped when the municipality has a case or an activity.
 */

const BUILDING_KEY = sql.raw(`d.knr || '-' || d.gnr || '/' || d.bnr || '/' || d.fnr || '/' || d.snr`);

async function buildingFacts(ctx: SeedContext, today: string): Promise<BuildingFact[]> {
  const m = ctx.municipalityId;
  const buildings = await rows<{ key: string; label: string; districtCode: string | null; dwellings: number }>(
    ctx.tx,
    sql`select ${BUILDING_KEY} as key, min(trim(d.street_name || ' ' || d.house_number || d.house_letter)) as label, min(d.district_code) as "districtCode", count(*)::int as dwellings
        from dwelling d where d.municipality_id = ${m} and d.disposal_form = 'municipally_owned' group by 1 order by 1`,
  );
  const tenants = await rows<{ key: string; leaseId: string; householdId: string; headPersonId: string; name: string; startDate: string }>(
    ctx.tx,
    sql`select ${BUILDING_KEY} as key, le.id as "leaseId", le.household_id as "householdId", p.id as "headPersonId", p.given_name || ' ' || p.family_name as name,
               le.start_date::text as "startDate"
        from lease le join dwelling d on d.municipality_id = le.municipality_id and d.id = le.dwelling_id
        join household h on h.municipality_id = le.municipality_id and h.id = le.household_id
        join person p on p.municipality_id = h.municipality_id and p.id = h.head_person_id
        where le.municipality_id = ${m} and le.status in ('signed', 'terminated') and le.start_date <= ${today} and (le.end_date is null or le.end_date >= ${today})
          and p.address_protection = 'none'
        order by 1, le.id`,
  );
  const byKey = new Map<string, BuildingFact['tenants']>();
  for (const t of tenants) byKey.set(t.key, [...(byKey.get(t.key) ?? []), { leaseId: t.leaseId, householdId: t.householdId, headPersonId: t.headPersonId, name: t.name, startDate: t.startDate }]);
  return buildings.map((b) => ({ ...b, tenants: byKey.get(b.key) ?? [] }));
}

async function staffOf(ctx: SeedContext): Promise<NeighbourhoodStaff | undefined> {
  const found = await rows<{ id: string; role: string }>(
    ctx.tx,
    sql`select id, role from staff_user where municipality_id = ${ctx.municipalityId} and role in ('neighbourhood', 'property_manager') and active order by username`,
  );
  const team = found.find((s) => s.role === 'neighbourhood')?.id ?? (await rows<{ id: string }>(ctx.tx, sql`select id from staff_user where municipality_id = ${ctx.municipalityId} order by username limit 1`))[0]?.id;
  if (!team) return undefined;
  return { team, property: found.find((s) => s.role === 'property_manager')?.id ?? null };
}

function neighbourhoodStep(m: DemoMunicipality): SeedStep {
  return {
    name: 'neighbourhood work',
    async run(ctx) {
      const { tx, municipalityId } = ctx;
      const [existing] = await rows<{ n: number }>(
        tx,
        sql`select (select count(*)::int from neighbour_case where municipality_id = ${municipalityId}) + (select count(*)::int from building_activity where municipality_id = ${municipalityId}) as n`,
      );
      if ((existing?.n ?? 0) > 0) return;
      const staff = await staffOf(ctx);
      if (!staff) return;
      const today = osloDate(ctx.today);
      const buildings = await buildingFacts(ctx, today);
      if (buildings.length === 0) return;
      const rng = createRng(DEMO_SEED + Number(m.kommunenummer) + 7_000_000);
      const plan = planNeighbourhood(rng, today, buildings, staff, m.inhabitants >= 20_000);
      await insertJson(tx, neighbourCase, plan.cases.map((c) => ({ municipalityId, ...c, responsibleWorkerId: staff.team, createdBy: staff.team })));
      await insertJson(tx, neighbourCaseParty, plan.parties.map((p) => ({ municipalityId, ...p })));
      await insertJson(tx, neighbourCaseEvent, plan.events.map((e) => ({ municipalityId, ...e, recordedBy: staff.team })));
      await insertJson(tx, buildingActivity, plan.activities.map((a) => ({ municipalityId, ...a, recordedBy: staff.team })));
      await insertJson(tx, caretakerTask, plan.tasks.map((t) => ({ municipalityId, ...t, createdBy: staff.team })));
    },
  };
}

/** The neighbourhood area's demo steps: after the dwellings and leases (its parties are tenants). */
export function demoNeighbourhoodSteps(m: DemoMunicipality): SeedStep[] {
  return [neighbourhoodStep(m)];
}
