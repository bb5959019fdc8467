import type { BuildingDetail, BuildingList, BuildingTenant, NeighbourhoodStaff } from '../../../contracts/neighbourhood.js';
import { addDays } from '../../../domain/deadlines/calendar.js';
import { buildingKeyOfSlug, canNameTenant, summariseActivities } from '../../../domain/neighbourhood/index.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import * as activities from './activities.repo.js';
import * as buildings from './buildings.repo.js';
import { summarise } from './cases-read.service.js';
import * as cases from './cases.repo.js';
import { assertAllowed, canReadBuildings, canReadNeighbourCases } from './neighbourhood.policy.js';
import { buildingRef, presentActivity, presentTask } from './neighbourhood.present.js';
import { listStaff as listStaffRows, staffNames } from './staff.repo.js';

/** The buildings with municipal dwellings, one building's activities and caretaker tasks (and cases, for the team), and who may be chosen. */

/**
 * Every building with a municipal dwelling in use, with this year's activities, open caretaker
 * tasks and — for the team only — the active neighbour cases. @throws AppError forbidden.
 */
export async function listBuildings(ctx: ServiceContext): Promise<BuildingList> {
  assertAllowed(ctx.actor, canReadBuildings);
  const today = todayOf(ctx);
  const year = Number(today.slice(0, 4));
  const { municipalityId, role } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const rows = await buildings.listBuildings(tx, municipalityId, today);
    const stats = await activities.activityStatsByBuilding(tx, municipalityId, year);
    const tasks = await activities.openTasksByBuilding(tx, municipalityId);
    const active = canReadNeighbourCases(role) ? await cases.activeCasesByBuilding(tx, municipalityId) : null;
    return {
      year,
      today,
      items: rows.map((b) => ({
        ...buildingRef(b.key, b.label),
        districtCode: b.districtCode,
        districtName: b.districtName,
        dwellings: b.dwellings,
        activitiesThisYear: stats.get(b.key)?.thisYear ?? 0,
        lastActivityOn: stats.get(b.key)?.lastOn ?? null,
        openCaretakerTasks: tasks.get(b.key) ?? 0,
        activeCases: active === null ? null : (active.get(b.key) ?? 0),
      })),
    };
  });
}

/**
 * One building: this year's and last year's activity summary, the last two years' activities,
 * the caretaker's open tasks and those done in the last twelve months, and the building's cases
 * for the team. @throws AppError forbidden, not_found (no such building in use).
 */
export async function getBuilding(ctx: ServiceContext, slug: string): Promise<BuildingDetail> {
  assertAllowed(ctx.actor, canReadBuildings);
  const key = buildingKeyOfSlug(slug);
  if (key === null) throw notFound();
  const today = todayOf(ctx);
  const year = Number(today.slice(0, 4));
  const { municipalityId, role } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const building = await buildings.findBuilding(tx, municipalityId, today, key);
    if (!building) throw notFound();
    const held = await activities.listActivities(tx, municipalityId, key, `${year - 1}-01-01`);
    const tasks = await activities.listTasks(tx, municipalityId, { status: 'all', buildingKey: key, doneSince: addDays(today, -365) }, { limit: 200, offset: 0 });
    const names = await staffNames(tx, municipalityId, [...held.map((a) => a.recordedBy), ...tasks.items.map((t) => t.assignedToId)]);
    const caseRows = canReadNeighbourCases(role) ? (await cases.listCases(tx, municipalityId, { status: 'all', buildingKey: key }, { limit: 100, offset: 0 })).items : null;
    const stats = await activities.activityStatsByBuilding(tx, municipalityId, year);
    return {
      building: {
        ...buildingRef(building.key, building.label),
        districtCode: building.districtCode,
        districtName: building.districtName,
        dwellings: building.dwellings,
        activitiesThisYear: stats.get(key)?.thisYear ?? 0,
        lastActivityOn: stats.get(key)?.lastOn ?? null,
        openCaretakerTasks: tasks.items.filter((t) => t.status === 'open').length,
        activeCases: caseRows === null ? null : caseRows.filter((c) => c.status !== 'closed').length,
      },
      today,
      thisYear: summariseActivities(held, year),
      lastYear: summariseActivities(held, year - 1),
      activities: held.map((a) => presentActivity(a, names)),
      caretakerTasks: tasks.items.map((t) => presentTask(t, names)),
      cases: caseRows === null ? null : await summarise(tx, municipalityId, caseRows),
    };
  });
}

/**
 * The building's tenants who may be named as parties: a lease running today, the head of the
 * household, never one with a protected address. For the team only. @throws AppError forbidden, not_found.
 */
export async function listTenants(ctx: ServiceContext, slug: string): Promise<{ items: BuildingTenant[] }> {
  assertAllowed(ctx.actor, canReadNeighbourCases);
  const key = buildingKeyOfSlug(slug);
  if (key === null) throw notFound();
  const today = todayOf(ctx);
  const { municipalityId, role } = ctx.actor;
  return ctx.transaction(async (tx) => {
    if (!(await buildings.findBuilding(tx, municipalityId, today, key))) throw notFound();
    const tenants = await buildings.listTenants(tx, municipalityId, today, key);
    return {
      items: tenants.filter((t) => canNameTenant(role, t.addressProtection)).map((t) => ({ leaseId: t.leaseId, name: `${t.givenName} ${t.familyName}`, unit: t.unit })),
    };
  });
}

/** The neighbourhood team and the property managers, to name a responsible worker or a caretaker. @throws AppError forbidden. */
export async function listStaff(ctx: ServiceContext): Promise<NeighbourhoodStaff> {
  assertAllowed(ctx.actor, canReadBuildings);
  const rows = await ctx.transaction((tx) => listStaffRows(tx, ctx.actor.municipalityId, ['neighbourhood', 'property_manager']));
  return { items: rows.map((r) => ({ id: r.id, name: r.name, role: r.role as 'neighbourhood' | 'property_manager' })) };
}
