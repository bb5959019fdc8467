import { sql } from 'drizzle-orm';
import { addDays, osloDate } from '../../domain/deadlines/calendar.js';
import { rows } from '../../server/platform/db.js';
import { buildingProject, buildingProjectCheck, buildingProjectQuota } from '../schema/index.js';
import type { DemoMunicipality } from './demo-data.js';
import type { SeedStep } from './seed-context.js';

/**
 * Demo step for building projects (issue 7 § 6), Demo kommune only: five zoning plans and building
 * projects at different stages, with planned quota units and a few ticked checklist items. The
 * quotas themselves live on the action plan (seeded by the plan's step, if at all); nothing here
 * depends on it. Idempotent: skipped when the municipality has a project.
 */

const PROJECTS = [
  { kind: 'zoning_plan', name: 'Reguleringsplan Sjøsiden', reference: 'PlanID 2026-004', developer: 'Sjøsiden Utvikling AS', units: 120, status: 'registered', meetingIn: 21, doneIn: 1460, quotas: {}, checks: [] },
  { kind: 'building_project', name: 'Kvartal 7, Stasjonsbyen', reference: '26/1184', developer: 'Bygg & Bo AS', units: 45, status: 'startup_meeting', meetingIn: -10, doneIn: 900, quotas: { disabled: 3, municipal_rental: 2 }, checks: ['quota_share', 'universal_design'] },
  { kind: 'building_project', name: 'Lia boligfelt, trinn 2', reference: '25/3310', developer: 'Lia Eiendom AS', units: 28, status: 'in_review', meetingIn: -120, doneIn: 700, quotas: { disabled: 3, rent_to_own: 2 }, checks: ['quota_share', 'universal_design', 'unit_mix', 'concentration', 'services_transport'] },
  { kind: 'building_project', name: 'Torget omsorgsboliger', reference: '24/0912', developer: 'Demo kommune, eiendom', units: 16, status: 'under_construction', meetingIn: -500, doneIn: 180, quotas: { disabled: 16, elderly: 8 }, checks: ['quota_share', 'universal_design', 'staff_base', 'outdoor_areas'] },
  { kind: 'building_project', name: 'Bekkeveien 12', reference: '23/2201', developer: 'Nordbo AS', units: 10, status: 'completed', meetingIn: -900, doneIn: -60, quotas: { municipal_rental: 1 }, checks: ['quota_share', 'allocation_right'] },
] as const;

function buildingProjectsStep(m: DemoMunicipality): SeedStep {
  return {
    name: 'building projects',
    async run({ tx, municipalityId, today }) {
      if (m.kommunenummer !== '9999') return;
      const [existing] = await rows<{ n: number }>(tx, sql`select count(*)::int as n from building_project where municipality_id = ${municipalityId}`);
      if ((existing?.n ?? 0) > 0) return;
      const [user] = await rows<{ id: string }>(tx, sql`select id from staff_user where municipality_id = ${municipalityId} and username = 'forvalter'`);
      if (!user) return;
      const districts = await rows<{ code: string }>(tx, sql`select code from district where municipality_id = ${municipalityId} order by code`);
      const day = osloDate(today);
      for (const [i, p] of PROJECTS.entries()) {
        const [row] = await tx
          .insert(buildingProject)
          .values({
            municipalityId,
            kind: p.kind,
            name: p.name,
            reference: p.reference,
            developer: p.developer,
            districtCode: districts.length > 0 ? districts[i % districts.length]!.code : null,
            unitsTotal: p.units,
            status: p.status,
            startupMeetingOn: addDays(day, p.meetingIn),
            expectedCompletionOn: addDays(day, p.doneIn),
            completedOn: p.status === 'completed' ? addDays(day, p.doneIn) : null,
            createdBy: user.id,
          })
          .returning({ id: buildingProject.id });
        for (const [groupKey, plannedUnits] of Object.entries(p.quotas)) await tx.insert(buildingProjectQuota).values({ municipalityId, projectId: row!.id, groupKey, plannedUnits });
        for (const itemKey of p.checks) {
          await tx.insert(buildingProjectCheck).values({ municipalityId, projectId: row!.id, itemKey, done: true, checkedBy: user.id, checkedAt: today });
        }
      }
    },
  };
}

export function demoBuildingProjectSteps(m: DemoMunicipality): SeedStep[] {
  return [buildingProjectsStep(m)];
}
